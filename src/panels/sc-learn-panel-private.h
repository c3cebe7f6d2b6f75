/* sc-learn-panel-private.h - what the files of ScLearnPanel share
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sc-course-tree.h"
#include "sc-learn-panel.h"
#include "sc-learn-progress.h"
#include "sc-lesson-page.h"
#include "sc-search-pane.h"

G_BEGIN_DECLS

/* How a lesson is reached: by the learner's choice (it goes on the
 * history), by moving through the history, or restored at start-up. */
typedef enum
{
  SC_LEARN_NAV_PUSH,
  SC_LEARN_NAV_HISTORY,
  SC_LEARN_NAV_RESTORE,
} ScLearnNav;

typedef struct
{
  char   *lesson_id;
  double  scroll;
} ScLearnVisit;

struct _ScLearnPanel
{
  ScPanel          parent_instance;

  /* Template children */
  GtkWidget       *contents;
  ScSearchPane    *search_pane;   /* made on the first Ctrl+F, above the tree */
  AdwStatusPage   *error_page;
  GtkWidget       *error_problems;  /* the error page's list, a label per problem */
  GtkLabel        *error_hint;      /* and what to run to see them all */
  AdwLeaflet      *leaflet;
  ScLessonPage    *lesson_page;
  GtkStack        *lesson_stack;
  AdwStatusPage   *missing_page;
  GtkLabel        *overview_description;
  AdwStatusPage   *overview_page;
  GtkLabel        *overview_title;
  GtkStack        *stack;
  GtkButton       *start_button;
  AdwToastOverlay *toast_overlay;
  ScCourseTree    *tree;

  ScCourse        *course;
  ScLesson        *lesson;          /* shown; owned by the course */
  GHashTable      *states;          /* lesson id -> ScLessonState */
  GHashTable      *ticks;           /* "lesson\x1fsop\x1fstep" of ticked steps */
  char            *resume_lesson;
  char            *pending_lesson;  /* asked for before the course arrived */
  GPtrArray       *back;            /* ScLearnVisit, most recent last */
  GPtrArray       *forward;         /* ScLearnVisit, most recent last */
  ScLearnProgress *progress;        /* records it all (sc-learn-progress.c) */
};

/* sc-learn-panel.c */
gboolean      sc_learn_panel_show_lesson      (ScLearnPanel  *self,
                                               const char    *lesson_id,
                                               ScLearnNav     nav);
void          sc_learn_panel_update_overview  (ScLearnPanel  *self);

/* sc-learn-panel-progress.c */
ScLesson     *sc_learn_panel_neighbour        (ScLearnPanel  *self,
                                               int            offset);
ScLesson     *sc_learn_panel_first_lesson_in  (ScLearnPanel  *self,
                                               ScLessonState  state);
void          sc_learn_panel_change_state     (ScLearnPanel  *self,
                                               const char    *lesson_id,
                                               ScLessonState  state,
                                               gboolean       by_learner);
void          sc_learn_panel_restore_ticks    (ScLearnPanel  *self);
void          sc_learn_panel_set_lesson_done  (ScLearnPanel  *self,
                                               gboolean       done);
gboolean      sc_learn_panel_get_lesson_done  (ScLearnPanel  *self);

/* sc-learn-panel-search.c */
void          sc_learn_panel_class_init_search (GtkWidgetClass *widget_class);
void          sc_learn_panel_update_search    (ScLearnPanel  *self);

/* sc-learn-panel-actions.c */
void          sc_learn_panel_class_install_actions (GtkWidgetClass *widget_class);
void          sc_learn_panel_init_actions     (ScLearnPanel *self);
void          sc_learn_panel_update_actions   (ScLearnPanel *self);
void          sc_learn_panel_history_clear    (ScLearnPanel *self);
void          sc_learn_panel_history_push     (ScLearnPanel *self);
ScLearnVisit *sc_learn_visit_new              (const char   *lesson_id,
                                               double        scroll);
void          sc_learn_visit_free             (ScLearnVisit *visit);

G_END_DECLS
