/* sc-progress-private.h - what the files of the progress API share
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "sc-progress.h"
#include "sc-statement.h"

G_BEGIN_DECLS

gboolean  sc_progress_apply                (ScDatabase       *database,
                                            gint64            learner_id,
                                            JsonObject       *statement,
                                            GError          **error);
gboolean  sc_progress_write                (ScDatabase       *database,
                                            const ScLearner  *learner,
                                            ScStatement      *statement,
                                            GError          **error);
ScLesson *sc_progress_find_lesson          (ScCourse         *course,
                                            const char       *lesson_id,
                                            GError          **error);
GPtrArray *sc_progress_dup_completions     (ScDatabase       *database,
                                            gint64            learner_id,
                                            const char       *course_id,
                                            const char       *lesson_id,
                                            GError          **error);

G_END_DECLS
