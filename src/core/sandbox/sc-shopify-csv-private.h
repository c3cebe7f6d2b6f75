/* sc-shopify-csv-private.h - the columns of Shopify product files
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-shopify-csv.h"

G_BEGIN_DECLS

/* The columns Shopcraft models. */
typedef enum
{
  SHOPIFY_HANDLE,
  SHOPIFY_TITLE,
  SHOPIFY_BODY,
  SHOPIFY_VENDOR,
  SHOPIFY_CATEGORY,
  SHOPIFY_TYPE,
  SHOPIFY_TAGS,
  SHOPIFY_PUBLISHED,
  SHOPIFY_OPTION1_NAME,
  SHOPIFY_OPTION1_VALUE,
  SHOPIFY_OPTION2_NAME,
  SHOPIFY_OPTION2_VALUE,
  SHOPIFY_OPTION3_NAME,
  SHOPIFY_OPTION3_VALUE,
  SHOPIFY_SKU,
  SHOPIFY_GRAMS,
  SHOPIFY_TRACKER,
  SHOPIFY_QUANTITY,
  SHOPIFY_POLICY,
  SHOPIFY_PRICE,
  SHOPIFY_COMPARE_AT,
  SHOPIFY_REQUIRES_SHIPPING,
  SHOPIFY_TAXABLE,
  SHOPIFY_BARCODE,
  SHOPIFY_IMAGE_SRC,
  SHOPIFY_IMAGE_POSITION,
  SHOPIFY_IMAGE_ALT,
  SHOPIFY_SEO_TITLE,
  SHOPIFY_SEO_DESCRIPTION,
  SHOPIFY_VARIANT_IMAGE,
  SHOPIFY_WEIGHT_UNIT,
  SHOPIFY_COST,
  SHOPIFY_STATUS,
  SHOPIFY_N_FIELDS,
  /* In an export layout: a column Shopcraft keeps but does not model. */
  SHOPIFY_EXTRA = SHOPIFY_N_FIELDS,
  /* In an export layout: where the columns no layout names go. */
  SHOPIFY_OTHER_EXTRAS,
} ScShopifyField;

/* What a column belongs to on a row. */
typedef enum
{
  SHOPIFY_ROLE_PRODUCT,  /* filled on a product's first row only */
  SHOPIFY_ROLE_VARIANT,
  SHOPIFY_ROLE_IMAGE,
  SHOPIFY_ROLE_KEY,      /* the handle: on every row */
} ScShopifyRole;

typedef struct
{
  const char    *names[2];  /* by ScShopifyHeaderSet */
  ScShopifyRole  role;
  gboolean       text;      /* neutralised on export, un-neutralised on import */
} ScShopifyColumn;

/* A column of an export layout: a field, or a kept column by its names. */
typedef struct
{
  ScShopifyField  field;
  const char     *names[2];  /* for SHOPIFY_EXTRA */
} ScShopifyLayoutColumn;

/* A file being read (sc-shopify-csv.c, sc-shopify-csv-variant.c). */
typedef struct _ScShopifyImport ScShopifyImport;

struct _ScShopifyImport
{
  ScCsvReader       *reader;
  ScCatalog         *catalog;
  ScCatalogProblems *problems;
  const ScCurrency  *currency;
  ScShopifyHeaderSet set;
  int                columns[SHOPIFY_N_FIELDS];  /* the file's column of each field, or -1 */
  gboolean          *modelled;                    /* by file column */
  GStrv              kept_names;                  /* by file column: the name it is kept under */
  guint              n_columns;
  GHashTable        *images;      /* ScCatalogProduct → GArray of PendingImage */
  GHashTable        *first_rows;  /* ScCatalogProduct → its first line */
  guint              n_images;
  guint              line;
};

const char                  *sc_shopify_import_cell            (ScShopifyImport    *self,
                                                                ScShopifyField      field);
const char                  *sc_shopify_import_column_name     (ScShopifyImport    *self,
                                                                ScShopifyField      field);
char                        *sc_shopify_import_text_cell       (ScShopifyImport    *self,
                                                                ScShopifyField      field);
char                        *sc_shopify_import_trimmed_cell    (ScShopifyImport    *self,
                                                                ScShopifyField      field);
gboolean                     sc_shopify_import_is_empty        (ScShopifyImport    *self,
                                                                ScShopifyField      field);
gboolean                     sc_shopify_import_read_bool       (ScShopifyImport    *self,
                                                                ScShopifyField      field,
                                                                gboolean            fallback);
gboolean                     sc_shopify_import_row_has_variant (ScShopifyImport    *self);
ScCatalogVariant            *sc_shopify_import_read_variant    (ScShopifyImport    *self,
                                                                ScCatalogProduct   *product);

const ScShopifyColumn       *sc_shopify_column_get             (ScShopifyField      field);
const ScShopifyLayoutColumn *sc_shopify_layout_get             (ScShopifyHeaderSet  set,
                                                                guint              *n_columns);
int                          sc_shopify_field_for_key          (const char         *key,
                                                                gboolean           *out_legacy,
                                                                gboolean           *out_modern);
guint                        sc_shopify_layout_find_extra      (ScShopifyHeaderSet  set,
                                                                const char         *key);
char                        *sc_shopify_canonical_extra        (const char         *column,
                                                                const char         *key);
char                        *sc_shopify_rename_extra           (const char         *column,
                                                                ScShopifyHeaderSet  set);

G_END_DECLS
