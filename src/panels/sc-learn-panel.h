/* sc-learn-panel.h - the Learn section: the course tree and the lesson reader
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-panel.h"
#include "sc-progress.h"

G_BEGIN_DECLS

#define SC_TYPE_LEARN_PANEL (sc_learn_panel_get_type ())

G_DECLARE_FINAL_TYPE (ScLearnPanel, sc_learn_panel, SC, LEARN_PANEL, ScPanel)

GtkWidget     *sc_learn_panel_new               (void);
gboolean       sc_learn_panel_open_lesson       (ScLearnPanel  *self,
                                                 const char    *lesson_id);
const char    *sc_learn_panel_get_lesson_id     (ScLearnPanel  *self);

/* The seam to the learner's progress: whoever knows it (src/core/learning)
 * sets it here, and hears of changes through the signals "lesson-opened",
 * "lesson-state-changed" and "sop-step-toggled". */
ScLessonState  sc_learn_panel_get_lesson_state  (ScLearnPanel  *self,
                                                 const char    *lesson_id);
void           sc_learn_panel_set_lesson_state  (ScLearnPanel  *self,
                                                 const char    *lesson_id,
                                                 ScLessonState  state);
gboolean       sc_learn_panel_get_sop_step      (ScLearnPanel  *self,
                                                 const char    *lesson_id,
                                                 const char    *sop_id,
                                                 guint          step);
void           sc_learn_panel_set_sop_step      (ScLearnPanel  *self,
                                                 const char    *lesson_id,
                                                 const char    *sop_id,
                                                 guint          step,
                                                 gboolean       ticked);
void           sc_learn_panel_set_resume_lesson (ScLearnPanel  *self,
                                                 const char    *lesson_id);

G_END_DECLS
