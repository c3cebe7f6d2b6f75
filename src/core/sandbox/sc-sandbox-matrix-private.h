/* sc-sandbox-matrix-private.h - setting a product option and regenerating its variants (sc-sandbox-matrix.c)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "sc-run.h"

G_BEGIN_DECLS

typedef struct _ScSandboxOptionChange ScSandboxOptionChange;

struct _ScSandboxOptionChange
{
  const ScRun *run;
  gint64       product_id;
  guint        position;      /* 1 to 3 */
  char        *name;          /* NULL removes the option */
  GPtrArray   *values;        /* (element-type utf8) trimmed, in order */
  char        *before;        /* "Size: S, M" as the log shows it, or NULL */
  char        *after;
  GPtrArray   *old_options;   /* what plan () read and computed */
  GPtrArray   *new_options;
  GArray      *source;        /* (element-type int) new option → its old index, or -1 */
  GPtrArray   *old_variants;  /* in position order */
  GPtrArray   *matrix;        /* (element-type MatrixCell) the new variants, in order */
};

extern const char * const sc_sandbox_matrix_tables[];

ScSandboxOptionChange *sc_sandbox_option_change_new   (const ScRun            *run,
                                                       gint64                  product_id,
                                                       guint                   position,
                                                       const char             *name,
                                                       const char * const     *values,
                                                       GError                **error);
void                   sc_sandbox_option_change_free  (ScSandboxOptionChange  *self);
gboolean               sc_sandbox_option_change_plan  (ScSandboxOptionChange  *self,
                                                       sqlite3                *db,
                                                       GError                **error);
gboolean               sc_sandbox_option_change_apply (sqlite3                *db,
                                                       gpointer                user_data,
                                                       GError                **error);
gboolean               sc_sandbox_matrix_check_product (sqlite3               *db,
                                                       const ScRun            *run,
                                                       gint64                  product_id,
                                                       GError                **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScSandboxOptionChange, sc_sandbox_option_change_free)

G_END_DECLS
