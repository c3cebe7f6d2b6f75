/* sc-sandbox-action.h - changes to a practice store, logged, with undo and redo
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every change a learner makes to a run's store is one action: one call
 * commits one field of one product, variant or image (or adds an image,
 * or sets an option with its variant matrix), in one transaction that
 * both changes the row and appends the action (kind, target, before,
 * after and the session changeset of exactly that change) to the run's
 * log. Coalescing keystrokes is the editor's job: it calls once per
 * field commit (Enter, focus-out, an apply button), never per key.
 *
 * Undo and redo are new actions too. Undo applies the inverse of the
 * changeset of the last undoable action and names it in undo_of; redo
 * applies the inverse of the last undo's changeset and names that undo.
 * Nothing is removed from the log, so an undone mistake stays visible to
 * checks and debriefs. The undo and redo stacks are not kept anywhere:
 * they are read from the log (sc_sandbox_history_load ()), so they are
 * the same after a restart, and as deep as the log is long. A new edit
 * empties the redo stack; an action of another kind (a catalog import or
 * replacement) is a wall that neither stack crosses.
 *
 * When the row was changed since (its current value is not what the
 * changeset expects), undo and redo refuse with SC_ERROR_CONFLICT and
 * change nothing.
 */
#pragma once

#include <gio/gio.h>

#include "sc-run.h"
#include "sc-types.h"

G_BEGIN_DECLS

#define SC_SANDBOX_ACTION_EDIT_PRODUCT "edit-product"
#define SC_SANDBOX_ACTION_EDIT_VARIANT "edit-variant"
#define SC_SANDBOX_ACTION_UNDO         "undo"
#define SC_SANDBOX_ACTION_REDO         "redo"

typedef struct
{
  gint64  sequence;
  char   *kind;
  char   *target;   /* "product:ID:FIELD", "variant:ID:FIELD", "image:ID:FIELD",
                       "product:ID:images" (an added image) or "product:ID:option-N" */
  char   *before;   /* NULL when the field was not set */
  char   *after;
  gint64  undo_of;  /* 0 when it reverses nothing */
} ScSandboxAction;

typedef struct
{
  GPtrArray *undo;  /* (element-type ScSandboxAction) the undoable actions, oldest first */
  GPtrArray *redo;  /* (element-type ScSandboxAction) the undos redo can reverse, oldest first */
} ScSandboxHistory;

const char       *sc_sandbox_field_get_words  (const char          *field);
gboolean          sc_sandbox_field_is_product (const char          *field);
gboolean          sc_sandbox_field_is_variant (const char          *field);

gboolean          sc_sandbox_edit_product     (ScDatabase          *database,
                                               const ScRun         *run,
                                               gint64               learner_id,
                                               gint64               product_id,
                                               const char          *field,
                                               const char          *value,
                                               gint64              *out_sequence,
                                               GError             **error);
gboolean          sc_sandbox_edit_variant     (ScDatabase          *database,
                                               const ScRun         *run,
                                               gint64               learner_id,
                                               gint64               variant_id,
                                               const char          *field,
                                               const char          *value,
                                               gint64              *out_sequence,
                                               GError             **error);

/* Structure: images and options. Each call is one action of its own
 * kind, undone and redone like an edit. */
#define SC_SANDBOX_ACTION_EDIT_IMAGE  "edit-image"
#define SC_SANDBOX_ACTION_ADD_IMAGE   "add-image"
#define SC_SANDBOX_ACTION_SET_OPTION  "set-option"

/* Limits of sc_sandbox_set_option (): values of one option, and variants
 * of one product (Shopify's own limit). */
#define SC_SANDBOX_MAX_OPTION_VALUES  100
#define SC_SANDBOX_MAX_VARIANTS       2048

gboolean          sc_sandbox_edit_image       (ScDatabase          *database,
                                               const ScRun         *run,
                                               gint64               learner_id,
                                               gint64               image_id,
                                               const char          *field,
                                               const char          *value,
                                               gint64              *out_sequence,
                                               GError             **error);
gboolean          sc_sandbox_add_image        (ScDatabase          *database,
                                               const ScRun         *run,
                                               gint64               learner_id,
                                               gint64               product_id,
                                               const char          *src,
                                               const char          *alt,
                                               gint64              *out_sequence,
                                               GError             **error);
gboolean          sc_sandbox_set_option       (ScDatabase          *database,
                                               const ScRun         *run,
                                               gint64               learner_id,
                                               gint64               product_id,
                                               guint                position,
                                               const char          *name,
                                               const char * const  *values,
                                               gint64              *out_sequence,
                                               GError             **error);

gboolean          sc_sandbox_undo             (ScDatabase          *database,
                                               const ScRun         *run,
                                               gint64               learner_id,
                                               gint64              *out_sequence,
                                               GError             **error);
gboolean          sc_sandbox_redo             (ScDatabase          *database,
                                               const ScRun         *run,
                                               gint64               learner_id,
                                               gint64              *out_sequence,
                                               GError             **error);

void              sc_sandbox_action_free      (ScSandboxAction     *self);
ScSandboxHistory *sc_sandbox_history_load     (sqlite3             *db,
                                               const ScRun         *run,
                                               gint64               learner_id,
                                               GError             **error);
void              sc_sandbox_history_free     (ScSandboxHistory    *self);
GPtrArray        *sc_sandbox_log_load         (sqlite3             *db,
                                               const ScRun         *run,
                                               gint64               learner_id,
                                               GError             **error);
gboolean          sc_sandbox_log_is_undone    (GPtrArray           *log,
                                               guint                index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScSandboxAction, sc_sandbox_action_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScSandboxHistory, sc_sandbox_history_free)

G_END_DECLS
