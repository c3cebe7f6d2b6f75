/* sc-catalog-product.h - one product of a sandbox catalog: options, variants, images
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Plain structs, owned by their product, the product owned by its
 * ScCatalog. Every string may be NULL, which means empty; setters store
 * "" as NULL so that an empty cell and a missing one read alike.
 *
 * Columns Shopcraft does not model (metafields, Google Shopping, Markets,
 * WooCommerce "Meta:" and the like) are kept verbatim as extras on the
 * row they came from: the product's first row, a variant's row or an
 * image-only row. They are written back only to files of the platform
 * they came from.
 */
#pragma once

#include <glib-object.h>

#include "sc-money.h"

G_BEGIN_DECLS

/* Shopify allows three options per product. */
#define SC_CATALOG_MAX_OPTIONS 3

typedef enum
{
  SC_CATALOG_PLATFORM_SHOPIFY,
  SC_CATALOG_PLATFORM_WOOCOMMERCE,
} ScCatalogPlatform;

typedef enum
{
  SC_PRODUCT_STATUS_ACTIVE,
  SC_PRODUCT_STATUS_DRAFT,
  SC_PRODUCT_STATUS_ARCHIVED,
} ScProductStatus;

/* WooCommerce's product types; a Shopify product is simple when it has
 * no options (one "Default Title" variant) and variable otherwise. */
typedef enum
{
  SC_PRODUCT_KIND_SIMPLE,
  SC_PRODUCT_KIND_VARIABLE,
  SC_PRODUCT_KIND_GROUPED,
  SC_PRODUCT_KIND_EXTERNAL,
} ScProductKind;

/* How the description's source text is written; imports give HTML. */
typedef enum
{
  SC_DESCRIPTION_FORMAT_HTML,
  SC_DESCRIPTION_FORMAT_MARKDOWN,
  SC_DESCRIPTION_FORMAT_PLAIN,
} ScDescriptionFormat;

/* What a sale does when the tracked quantity reaches zero. */
typedef enum
{
  SC_INVENTORY_POLICY_DENY,
  SC_INVENTORY_POLICY_CONTINUE,
} ScInventoryPolicy;

typedef enum
{
  SC_WEIGHT_UNIT_G,
  SC_WEIGHT_UNIT_KG,
  SC_WEIGHT_UNIT_LB,
  SC_WEIGHT_UNIT_OZ,
} ScWeightUnit;

typedef struct
{
  ScCatalogPlatform  platform;      /* files it is written back to */
  char              *column;        /* the header cell, exactly as read */
  char              *value;         /* the cell, exactly as read; never empty */
  guint              column_index;  /* the column's place in the source, for the export order */
} ScCatalogExtra;

typedef struct
{
  char      *name;    /* "Size" */
  GPtrArray *values;  /* (element-type utf8): "S", "M", "L", in order */
} ScCatalogOption;

typedef struct
{
  char      *src;     /* a local path or a remote URL, kept as a reference, never downloaded */
  char      *alt;
  GPtrArray *extras;  /* (element-type ScCatalogExtra): of an image-only row */
  gint64     id;      /* its row in a run when loaded from one, 0 otherwise */
} ScCatalogImage;

typedef struct
{
  char              *option_values[SC_CATALOG_MAX_OPTIONS];  /* NULL past the product's options */
  char              *sku;
  char              *barcode;          /* text: digits stay digits, leading zeros kept */
  gboolean           has_price;
  ScMoney            price;
  gboolean           has_compare_at;
  ScMoney            compare_at;
  gboolean           has_cost;
  ScMoney            cost;
  gboolean           track_quantity;
  gint64             quantity;         /* may be negative: oversold */
  ScInventoryPolicy  inventory_policy;
  char              *weight_grams;     /* canonical decimal ("226.796185"), NULL when unknown */
  ScWeightUnit       weight_unit;      /* the unit the admin shows the weight in */
  gboolean           requires_shipping;
  gboolean           taxable;
  char              *image_src;        /* the variant's image: usually one of the product's */
  GPtrArray         *extras;           /* (element-type ScCatalogExtra) */
  gint64             id;               /* its row in a run when loaded from one, 0 otherwise */
} ScCatalogVariant;

typedef struct
{
  char             *handle;              /* unique in the catalog: letters, digits, dashes */
  char             *title;
  char             *description;         /* the source text, kept byte for byte */
  ScDescriptionFormat description_format;
  char             *vendor;
  char             *product_type;
  char             *category;            /* a taxonomy path: "Apparel & Accessories > Clothing" */
  GStrv             tags;                /* never NULL; may be empty */
  ScProductStatus   status;
  gboolean          published;
  ScProductKind     kind;
  char             *seo_title;
  char             *seo_description;
  GPtrArray        *options;             /* (element-type ScCatalogOption): at most 3 */
  GPtrArray        *images;              /* (element-type ScCatalogImage): position = index + 1 */
  GPtrArray        *variants;            /* (element-type ScCatalogVariant) */
  GPtrArray        *extras;              /* (element-type ScCatalogExtra): of the first row */
  gint64            id;                  /* its row in a run when loaded from one, 0 otherwise */
} ScCatalogProduct;

#define SC_TYPE_CATALOG_PRODUCT (sc_catalog_product_get_type ())
#define SC_TYPE_CATALOG_VARIANT (sc_catalog_variant_get_type ())

GType             sc_catalog_product_get_type          (void) G_GNUC_CONST;
GType             sc_catalog_variant_get_type          (void) G_GNUC_CONST;

/* Extras */
ScCatalogExtra   *sc_catalog_extra_new                 (ScCatalogPlatform        platform,
                                                        const char              *column,
                                                        const char              *value,
                                                        guint                    column_index);
ScCatalogExtra   *sc_catalog_extra_copy                (const ScCatalogExtra    *self);
void              sc_catalog_extra_free                (ScCatalogExtra          *self);
const char       *sc_catalog_extras_lookup             (GPtrArray               *extras,
                                                        ScCatalogPlatform        platform,
                                                        const char              *column);
void              sc_catalog_extras_set                (GPtrArray               *extras,
                                                        ScCatalogPlatform        platform,
                                                        const char              *column,
                                                        const char              *value,
                                                        guint                    column_index);
GPtrArray        *sc_catalog_extras_new                (void);

/* Options */
ScCatalogOption  *sc_catalog_option_new                (const char              *name);
ScCatalogOption  *sc_catalog_option_copy               (const ScCatalogOption   *self);
void              sc_catalog_option_free               (ScCatalogOption         *self);
gboolean          sc_catalog_option_has_value          (const ScCatalogOption   *self,
                                                        const char              *value);
void              sc_catalog_option_add_value          (ScCatalogOption         *self,
                                                        const char              *value);

/* Images */
ScCatalogImage   *sc_catalog_image_new                 (const char              *src,
                                                        const char              *alt);
ScCatalogImage   *sc_catalog_image_copy                (const ScCatalogImage    *self);
void              sc_catalog_image_free                (ScCatalogImage          *self);

/* Variants */
ScCatalogVariant *sc_catalog_variant_new               (const ScCurrency        *currency);
ScCatalogVariant *sc_catalog_variant_copy              (const ScCatalogVariant  *self);
void              sc_catalog_variant_free              (ScCatalogVariant        *self);
const char       *sc_catalog_variant_get_option_value  (const ScCatalogVariant  *self,
                                                        guint                    index);
void              sc_catalog_variant_set_option_value  (ScCatalogVariant        *self,
                                                        guint                    index,
                                                        const char              *value);

gboolean          sc_catalog_option_name_equal         (const char              *a,
                                                        const char              *b);

/* Products */
ScCatalogProduct *sc_catalog_product_new               (const char              *handle);
ScCatalogProduct *sc_catalog_product_copy              (const ScCatalogProduct  *self);
void              sc_catalog_product_free              (ScCatalogProduct        *self);
ScCatalogOption  *sc_catalog_product_find_option       (const ScCatalogProduct  *self,
                                                        const char              *name,
                                                        guint                   *out_index);
ScCatalogImage   *sc_catalog_product_find_image        (const ScCatalogProduct  *self,
                                                        const char              *src,
                                                        guint                   *out_position);
ScCatalogImage   *sc_catalog_product_get_variant_image (const ScCatalogProduct  *self,
                                                        const ScCatalogVariant  *variant);
guint             sc_catalog_product_count_image_variants (const ScCatalogProduct *self,
                                                        const ScCatalogImage    *image);
void              sc_catalog_product_collect_option_values (ScCatalogProduct    *self);

/* Setters that store "" as NULL */
void              sc_catalog_set_string                (char                   **field,
                                                        const char              *value);

/* Names as they are stored and dumped */
const char       *sc_catalog_platform_to_string        (ScCatalogPlatform        platform);
gboolean          sc_catalog_platform_from_string      (const char              *text,
                                                        ScCatalogPlatform       *out_platform);
const char       *sc_product_status_to_string          (ScProductStatus          status);
gboolean          sc_product_status_from_string        (const char              *text,
                                                        ScProductStatus         *out_status);
const char       *sc_product_kind_to_string            (ScProductKind            kind);
gboolean          sc_product_kind_from_string          (const char              *text,
                                                        ScProductKind           *out_kind);
const char       *sc_description_format_to_string     (ScDescriptionFormat      format);
gboolean          sc_description_format_from_string   (const char              *text,
                                                        ScDescriptionFormat     *out_format);
const char       *sc_inventory_policy_to_string        (ScInventoryPolicy        policy);
gboolean          sc_inventory_policy_from_string      (const char              *text,
                                                        ScInventoryPolicy       *out_policy);
const char       *sc_weight_unit_to_string             (ScWeightUnit             unit);
gboolean          sc_weight_unit_from_string           (const char              *text,
                                                        ScWeightUnit            *out_unit);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScCatalogExtra, sc_catalog_extra_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScCatalogOption, sc_catalog_option_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScCatalogImage, sc_catalog_image_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScCatalogVariant, sc_catalog_variant_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScCatalogProduct, sc_catalog_product_free)

G_END_DECLS
