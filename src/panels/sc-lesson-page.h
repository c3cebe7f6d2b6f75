/* sc-lesson-page.h - one lesson: its bar, its text in a measured column, its footer
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sc-course.h"
#include "sc-progress.h"
#include "sc-rich-text-view.h"

G_BEGIN_DECLS

#define SC_TYPE_LESSON_PAGE (sc_lesson_page_get_type ())

G_DECLARE_FINAL_TYPE (ScLessonPage, sc_lesson_page, SC, LESSON_PAGE, GtkWidget)

GtkWidget      *sc_lesson_page_new            (void);
void            sc_lesson_page_set_lesson     (ScLessonPage  *self,
                                               ScCourse      *course,
                                               ScLesson      *lesson);
ScLesson       *sc_lesson_page_get_lesson     (ScLessonPage  *self);
ScRichTextView *sc_lesson_page_get_view       (ScLessonPage  *self);
GtkPopover     *sc_lesson_page_get_glossary   (ScLessonPage  *self);
void            sc_lesson_page_set_state      (ScLessonPage  *self,
                                               ScLessonState  state);
void            sc_lesson_page_set_folded     (ScLessonPage  *self,
                                               gboolean       folded);
void            sc_lesson_page_set_practice_best (ScLessonPage *self,
                                                  double        best);
double          sc_lesson_page_get_scroll     (ScLessonPage  *self);
void            sc_lesson_page_set_scroll     (ScLessonPage  *self,
                                               double         scroll);
GtkAdjustment  *sc_lesson_page_get_vadjustment (ScLessonPage *self);
gboolean        sc_lesson_page_show_section   (ScLessonPage  *self,
                                               const char    *section_id);
gboolean        sc_lesson_page_show_term      (ScLessonPage  *self,
                                               const char    *term_id);

G_END_DECLS
