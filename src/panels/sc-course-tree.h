/* sc-course-tree.h - the course's contents: domains, modules, lessons and their state
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sc-course.h"
#include "sc-module-status.h"
#include "sc-progress.h"

G_BEGIN_DECLS

#define SC_TYPE_COURSE_TREE (sc_course_tree_get_type ())

G_DECLARE_FINAL_TYPE (ScCourseTree, sc_course_tree, SC, COURSE_TREE, GtkWidget)

GtkWidget     *sc_course_tree_new              (void);
ScCourse      *sc_course_tree_get_course       (ScCourseTree  *self);
void           sc_course_tree_set_course       (ScCourseTree  *self,
                                                ScCourse      *course);
ScLessonState  sc_course_tree_get_lesson_state (ScCourseTree  *self,
                                                const char    *lesson_id);
void           sc_course_tree_set_lesson_state (ScCourseTree  *self,
                                                const char    *lesson_id,
                                                ScLessonState  state);
void           sc_course_tree_select_lesson    (ScCourseTree  *self,
                                                const char    *lesson_id);
GtkWidget     *sc_course_tree_get_row          (ScCourseTree  *self,
                                                const char    *lesson_id);
gboolean       sc_course_tree_get_complete     (ScCourseTree  *self);
const char    *sc_course_state_describe        (ScLessonState  state);
void           sc_course_tree_set_module_state (ScCourseTree  *self,
                                                const char    *module_id,
                                                ScModuleState  state,
                                                double         best_score);
ScModuleState  sc_course_tree_get_module_state (ScCourseTree  *self,
                                                const char    *module_id);

G_END_DECLS
