/* sc-course-tree-private.h - what the files of ScCourseTree share
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-course-tree.h"

G_BEGIN_DECLS

struct _ScCourseTree
{
  GtkWidget          parent_instance;

  /* Template children */
  GtkProgressBar    *course_progress;
  GtkLabel          *course_summary;
  GtkLabel          *course_title;
  GtkListBox        *list_box;
  GtkScrolledWindow *scroller;

  ScCourse          *course;
  ScModule          *current_module;  /* the selected lesson's */
  GHashTable        *states;    /* lesson id -> ScLessonState */
  GHashTable        *rows;      /* lesson id -> GtkListBoxRow (owned by the list) */
  GHashTable        *modules;   /* module id -> ScTreeModuleState */

  /* Rows still to build (sc-course-tree-rows.c): the first module
   * without rows, as its domain's and its own index. */
  guint              next_domain;
  guint              next_module;
  guint              rest_tick_id;
  guint              rest_idle_id;
};

typedef struct
{
  ScModuleState state;
  double        best_score;
} ScTreeModuleState;

/* sc-course-tree-rows.c: one row per lesson and module quiz */
void sc_course_tree_rebuild        (ScCourseTree  *self);
void sc_course_tree_complete       (ScCourseTree  *self);
void sc_course_tree_schedule_rest  (ScCourseTree  *self);
void sc_course_tree_cancel_rest    (ScCourseTree  *self);

/* sc-course-tree-modules.c: domain and module headings with their status */
void sc_course_tree_header_func    (GtkListBoxRow *row,
                                    GtkListBoxRow *before,
                                    gpointer       user_data);

G_END_DECLS
