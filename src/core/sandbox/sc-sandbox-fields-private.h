/* sc-sandbox-fields-private.h - the fields an edit action changes (sc-sandbox-fields.c)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "sc-catalog-product.h"
#include "sc-run.h"

G_BEGIN_DECLS

typedef enum
{
  SC_SANDBOX_FIELD_TEXT,              /* "" is stored as NULL, as the catalog does */
  SC_SANDBOX_FIELD_STATUS,            /* active, draft or archived */
  SC_SANDBOX_FIELD_TAGS,              /* given as "a, b, c"; stored as a JSON array */
  SC_SANDBOX_FIELD_MONEY,             /* given as "12.50" in the run's currency; stored in minor units */
  SC_SANDBOX_FIELD_COUNT,             /* a whole number, never empty */
  SC_SANDBOX_FIELD_HANDLE,            /* the URL handle: valid, lower case, unique in the run */
  SC_SANDBOX_FIELD_FLAG,              /* true or false; stored as 1 or 0 */
  SC_SANDBOX_FIELD_POLICY,            /* deny or continue */
  SC_SANDBOX_FIELD_WEIGHT,            /* given in the variant's unit; stored as exact grams text */
  SC_SANDBOX_FIELD_WEIGHT_UNIT,       /* g, kg, lb or oz; the weight in grams stays */
  SC_SANDBOX_FIELD_IMAGE,             /* one of the product's image sources, or none */
} ScSandboxFieldKind;

typedef struct
{
  const char         *name;
  const char         *column;
  gboolean            variant;
  ScSandboxFieldKind  kind;
} ScSandboxField;

/* A column's value as stored: NULL, an integer or text. */
typedef struct
{
  int     type;  /* SQLITE_NULL, SQLITE_INTEGER or SQLITE_TEXT */
  gint64  integer;
  char   *text;
} ScSandboxStored;

/* The row being edited, read inside the transaction. */
typedef struct
{
  ScSandboxStored  before;
  gint64           product_id;  /* the product itself, or the variant's */
  ScWeightUnit     unit;        /* a variant's weight unit */
} ScSandboxRow;

const ScSandboxField *sc_sandbox_field_lookup       (const char             *name);
char                 *sc_sandbox_field_show         (const ScSandboxField   *field,
                                                     const ScRun            *run,
                                                     const ScSandboxRow     *row,
                                                     const ScSandboxStored  *stored);
gboolean              sc_sandbox_field_parse        (sqlite3                *db,
                                                     const ScSandboxField   *field,
                                                     const ScRun            *run,
                                                     const ScSandboxRow     *row,
                                                     const char             *value,
                                                     ScSandboxStored        *out,
                                                     GError                **error);
void                  sc_sandbox_stored_set_text    (ScSandboxStored        *stored,
                                                     char                   *text);
void                  sc_sandbox_stored_set_integer (ScSandboxStored        *stored,
                                                     gint64                  integer);
gboolean              sc_sandbox_stored_equal       (const ScSandboxStored  *a,
                                                     const ScSandboxStored  *b);

G_END_DECLS
