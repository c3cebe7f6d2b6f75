/* sc-learn-progress.h - the Learn panel's lessons, ticks and reading time, recorded
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-learn-panel.h"

G_BEGIN_DECLS

/* After this long without scrolling, the position is saved. */
#define SC_LEARN_PROGRESS_SCROLL_SAVE_SECS 2

#define SC_TYPE_LEARN_PROGRESS (sc_learn_progress_get_type ())

G_DECLARE_FINAL_TYPE (ScLearnProgress, sc_learn_progress, SC, LEARN_PROGRESS, GObject)

ScLearnProgress *sc_learn_progress_new   (ScLearnPanel    *panel);
gboolean         sc_learn_progress_load  (ScLearnProgress *self,
                                          ScContext       *context,
                                          gboolean        *out_learner_changed);
void             sc_learn_progress_enter (ScLearnProgress *self,
                                          const char      *lesson_id,
                                          gboolean         restore_scroll);
void             sc_learn_progress_leave (ScLearnProgress *self);
void             sc_learn_progress_load_modules (ScLearnProgress *self);
void             sc_learn_progress_load_practice (ScLearnProgress *self);

G_END_DECLS
