/* sc-woocommerce-csv-private.h - the columns of WooCommerce product files
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-woocommerce-csv.h"

G_BEGIN_DECLS

/* The columns Shopcraft models, as WooCommerce's exporter names them. */
typedef enum
{
  WOO_ID,
  WOO_TYPE,
  WOO_SKU,
  WOO_GTIN,
  WOO_NAME,
  WOO_PUBLISHED,
  WOO_DESCRIPTION,
  WOO_TAX_STATUS,
  WOO_IN_STOCK,
  WOO_STOCK,
  WOO_BACKORDERS,
  WOO_WEIGHT,
  WOO_SALE_PRICE,
  WOO_REGULAR_PRICE,
  WOO_CATEGORIES,
  WOO_TAGS,
  WOO_IMAGES,
  WOO_PARENT,
  WOO_N_FIELDS,
} ScWooField;

/* What a Type cell says: "simple, downloadable, virtual". */
typedef struct
{
  gboolean      is_variation;
  ScProductKind kind;
  gboolean      is_virtual;
  gboolean      is_downloadable;
  gboolean      known;  /* every word of the cell was understood */
} ScWooType;

/* A file being read (sc-woocommerce-csv.c, sc-woocommerce-csv-cells.c):
 * its rows, and the one being read. */
typedef struct
{
  GStrv     cells;
  guint     n_cells;
  guint     line;
  gboolean *used;
} ScWooRow;

/* A product row a variation's "Parent" cell may name. */
typedef struct
{
  guint             line;
  ScCatalogProduct *product;
} ScWooParent;

typedef struct
{
  ScCsvReader       *reader;
  ScCatalog         *catalog;
  ScCatalogProblems *problems;
  const ScCurrency  *currency;
  int                columns[WOO_N_FIELDS];
  ScWeightUnit       weight_unit;
  GArray            *attributes;  /* sc-woocommerce-csv.c's Attribute, by number */
  guint              n_columns;
  gboolean          *repeated;    /* [n_columns]: another spelling of an earlier
                                   * attribute column, not read */
  GPtrArray         *rows;        /* (element-type ScWooRow) */
  GHashTable        *by_id;       /* ID → GArray of ScWooParent, by line */
  GHashTable        *by_sku;      /* SKU → GArray of ScWooParent, by line */
  ScWooRow          *row;         /* being read */
} ScWooImport;

const char *sc_woocommerce_import_peek                (ScWooImport      *self,
                                                      ScWooField        field);
const char *sc_woocommerce_import_take                (ScWooImport      *self,
                                                      ScWooField        field);
char       *sc_woocommerce_import_take_trimmed        (ScWooImport      *self,
                                                      ScWooField        field);
const char *sc_woocommerce_import_column_name         (ScWooImport      *self,
                                                      ScWooField        field);
void        sc_woocommerce_import_problem             (ScWooImport      *self,
                                                      const char       *format,
                                                      ...) G_GNUC_PRINTF (2, 3);
void        sc_woocommerce_import_take_publication    (ScWooImport      *self,
                                                      ScCatalogProduct *product);
void        sc_woocommerce_import_take_variant_fields (ScWooImport      *self,
                                                      ScCatalogVariant *variant,
                                                      GPtrArray        *extras,
                                                      const ScWooType  *type);
void        sc_woocommerce_import_keep_type           (ScWooImport      *self,
                                                      GPtrArray        *extras,
                                                      const ScWooType  *type);
void        sc_woocommerce_import_keep_extras         (ScWooImport      *self,
                                                      GPtrArray        *extras);

/* A file being written (sc-woocommerce-csv-export.c): its columns, planned
 * by sc-woocommerce-csv-layout.c, and the row being filled. */
typedef struct
{
  ScWeightUnit  unit;
  GPtrArray    *columns;        /* (element-type utf8): the header */
  GHashTable   *by_name;        /* a kept column's exact name → index + 1 */
  int           fields[WOO_N_FIELDS];
  int           option_columns[SC_CATALOG_MAX_OPTIONS][2];  /* ScWooAttributePart: name, value(s) */
  GHashTable   *weight_columns; /* kept weight columns → their unit + 1 */
  const char  **cells;
  gboolean     *text;
  GPtrArray    *owned;
} ScWooExport;

/* The columns of one attribute, "Attribute N name" to "Attribute N
 * default", in the order WooCommerce writes them. */
typedef enum
{
  SC_WOO_ATTRIBUTE_NAME,
  SC_WOO_ATTRIBUTE_VALUES,
  SC_WOO_ATTRIBUTE_VISIBLE,
  SC_WOO_ATTRIBUTE_GLOBAL,
  SC_WOO_ATTRIBUTE_DEFAULT,
  SC_WOO_ATTRIBUTE_N_PARTS,
} ScWooAttributePart;

void          sc_woocommerce_export_plan       (ScWooExport  *self,
                                                ScCatalog    *catalog);
const char   *sc_woocommerce_field_name        (ScWooField    field);
gboolean      sc_woocommerce_parse_type        (const char   *text,
                                                ScWooType    *out_type);
gboolean      sc_woocommerce_parse_weight_unit (const char   *column,
                                                ScWeightUnit *out_unit);
const char   *sc_woocommerce_weight_column     (ScWeightUnit  unit);
gboolean      sc_woocommerce_attribute_column  (const char         *column,
                                                guint              *out_number,
                                                ScWooAttributePart *out_part);

G_END_DECLS
