/* sc-learner.h - a learner profile and the store of learners
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "sc-types.h"

G_BEGIN_DECLS

/* At most this many characters in a display name. */
#define SC_LEARNER_NAME_MAX 80

typedef struct
{
  gint64    id;            /* learners.id: every learning row's learner_id */
  char     *uuid;          /* xAPI actor.account.name; never changes */
  char     *display_name;  /* actor.name; the learner may change it */
  char     *created_at;    /* UTC, as statement timestamps */
  gboolean  is_default;    /* used when no --learner is given */
  gboolean  name_is_placeholder;  /* the name was given silently at first run
                                   * (sc_learner_ensure_default), and the
                                   * learner has not chosen or confirmed it */
} ScLearner;

#define SC_TYPE_LEARNER (sc_learner_get_type ())

GType      sc_learner_get_type        (void) G_GNUC_CONST;
ScLearner *sc_learner_copy            (const ScLearner  *self);
void       sc_learner_free            (ScLearner        *self);

ScLearner *sc_learner_ensure_default  (ScDatabase       *database,
                                       GError          **error);
ScLearner *sc_learner_create          (ScDatabase       *database,
                                       const char       *display_name,
                                       GError          **error);
ScLearner *sc_learner_lookup_uuid     (ScDatabase       *database,
                                       const char       *uuid,
                                       GError          **error);
ScLearner *sc_learner_lookup_name     (ScDatabase       *database,
                                       const char       *display_name,
                                       GError          **error);
ScLearner *sc_learner_lookup          (ScDatabase       *database,
                                       const char       *uuid_or_name,
                                       GError          **error);
GPtrArray *sc_learner_list            (ScDatabase       *database,
                                       GError          **error);
gboolean   sc_learner_rename          (ScDatabase       *database,
                                       ScLearner        *learner,
                                       const char       *display_name,
                                       GError          **error);
gboolean   sc_learner_delete          (ScDatabase       *database,
                                       const ScLearner  *learner,
                                       GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScLearner, sc_learner_free)

G_END_DECLS
