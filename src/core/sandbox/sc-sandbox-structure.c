/* sc-sandbox-structure.c - images and options of a practice product, as logged actions
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * INTERFACE STUB for the parallel work of session 4: every call refuses.
 * The sandbox-actions branch replaces this file.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-error.h"
#include "sc-sandbox-action.h"

static gboolean
refuse (GError **error)
{
  g_set_error_literal (error, SC_ERROR, SC_ERROR_FAILED,
                       _("This change cannot be made in a practice store yet."));
  return FALSE;
}

/**
 * sc_sandbox_edit_image:
 * @field: "alt" or "src"
 */
gboolean
sc_sandbox_edit_image (ScDatabase   *database,
                       const ScRun  *run,
                       gint64        learner_id,
                       gint64        image_id,
                       const char   *field,
                       const char   *value,
                       gint64       *out_sequence,
                       GError      **error)
{
  return refuse (error);
}

/**
 * sc_sandbox_add_image:
 * @src: a local path or a remote URL, kept as a reference
 */
gboolean
sc_sandbox_add_image (ScDatabase   *database,
                      const ScRun  *run,
                      gint64        learner_id,
                      gint64        product_id,
                      const char   *src,
                      const char   *alt,
                      gint64       *out_sequence,
                      GError      **error)
{
  return refuse (error);
}

/**
 * sc_sandbox_set_option:
 * @position: 1 to %SC_CATALOG_MAX_OPTIONS
 * @name: (nullable): the option's name; %NULL removes the option
 * @values: (array zero-terminated=1) (nullable): its values, in order
 *
 * Sets one option of a product and regenerates its variant matrix:
 * variants whose combination remains keep every field, new combinations
 * get the first variant's price, cost and shipping, and combinations no
 * longer possible are removed. One action.
 */
gboolean
sc_sandbox_set_option (ScDatabase          *database,
                       const ScRun         *run,
                       gint64               learner_id,
                       gint64               product_id,
                       guint                position,
                       const char          *name,
                       const char * const  *values,
                       gint64              *out_sequence,
                       GError             **error)
{
  return refuse (error);
}
