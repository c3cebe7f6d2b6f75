/* sc-context.h - the one object handed to every page
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "sc-learner.h"
#include "sc-types.h"

G_BEGIN_DECLS

#define SC_TYPE_CONTEXT (sc_context_get_type ())

G_DECLARE_FINAL_TYPE (ScContext, sc_context, SC, CONTEXT, GObject)

ScContext       *sc_context_new              (ScDatabase      *database,
                                              GSettings       *settings);
ScDatabase      *sc_context_get_database     (ScContext       *self);
void             sc_context_set_database     (ScContext       *self,
                                              ScDatabase      *database);
GSettings       *sc_context_get_settings     (ScContext       *self);
ScCourse        *sc_context_get_course       (ScContext       *self);
void             sc_context_set_course       (ScContext       *self,
                                              ScCourse        *course);
const char      *sc_context_get_course_error (ScContext       *self);
void             sc_context_set_course_error (ScContext       *self,
                                              const char      *course_error);
const ScLearner *sc_context_get_learner      (ScContext       *self);
void             sc_context_set_learner      (ScContext       *self,
                                              const ScLearner *learner);
gboolean         sc_context_get_search_ready (ScContext       *self);
void             sc_context_set_search_ready (ScContext       *self,
                                              gboolean         search_ready);

G_END_DECLS
