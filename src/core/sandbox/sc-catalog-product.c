/* sc-catalog-product.c - one product of a sandbox catalog: options, variants, images
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "sc-catalog-product.h"

G_DEFINE_BOXED_TYPE (ScCatalogProduct, sc_catalog_product,
                     sc_catalog_product_copy, sc_catalog_product_free)
G_DEFINE_BOXED_TYPE (ScCatalogVariant, sc_catalog_variant,
                     sc_catalog_variant_copy, sc_catalog_variant_free)

void
sc_catalog_set_string (char       **field,
                       const char  *value)
{
  char *copy = (value != NULL && *value != '\0') ? g_strdup (value) : NULL;

  g_free (*field);
  *field = copy;
}

/* Extras */

ScCatalogExtra *
sc_catalog_extra_new (ScCatalogPlatform  platform,
                      const char        *column,
                      const char        *value,
                      guint              column_index)
{
  ScCatalogExtra *self = g_new0 (ScCatalogExtra, 1);

  self->platform = platform;
  self->column = g_strdup (column);
  self->value = g_strdup (value);
  self->column_index = column_index;

  return self;
}

ScCatalogExtra *
sc_catalog_extra_copy (const ScCatalogExtra *self)
{
  return sc_catalog_extra_new (self->platform, self->column, self->value, self->column_index);
}

void
sc_catalog_extra_free (ScCatalogExtra *self)
{
  if (self == NULL)
    return;
  g_free (self->column);
  g_free (self->value);
  g_free (self);
}

GPtrArray *
sc_catalog_extras_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) sc_catalog_extra_free);
}

static GPtrArray *
copy_array (GPtrArray      *array,
            GCopyFunc       copy,
            GDestroyNotify  free_func)
{
  GPtrArray *result = g_ptr_array_new_full (array->len, free_func);

  for (guint i = 0; i < array->len; i++)
    g_ptr_array_add (result, copy (g_ptr_array_index (array, i), NULL));

  return result;
}

static gpointer
copy_extra (gconstpointer src,
            gpointer      data)
{
  return sc_catalog_extra_copy (src);
}

static GPtrArray *
copy_extras (GPtrArray *extras)
{
  return copy_array (extras, copy_extra, (GDestroyNotify) sc_catalog_extra_free);
}

/**
 * sc_catalog_extras_lookup:
 *
 * Returns: (nullable): the value kept for @column of @platform
 */
const char *
sc_catalog_extras_lookup (GPtrArray         *extras,
                          ScCatalogPlatform  platform,
                          const char        *column)
{
  g_return_val_if_fail (extras != NULL, NULL);

  for (guint i = 0; i < extras->len; i++)
    {
      const ScCatalogExtra *extra = g_ptr_array_index (extras, i);

      if (extra->platform == platform && strcmp (extra->column, column) == 0)
        return extra->value;
    }

  return NULL;
}

/**
 * sc_catalog_extras_set:
 * @value: (nullable): the new value; %NULL or "" removes the column
 */
void
sc_catalog_extras_set (GPtrArray         *extras,
                       ScCatalogPlatform  platform,
                       const char        *column,
                       const char        *value,
                       guint              column_index)
{
  g_return_if_fail (extras != NULL);
  g_return_if_fail (column != NULL);

  for (guint i = 0; i < extras->len; i++)
    {
      ScCatalogExtra *extra = g_ptr_array_index (extras, i);

      if (extra->platform != platform || strcmp (extra->column, column) != 0)
        continue;
      if (value == NULL || *value == '\0')
        g_ptr_array_remove_index (extras, i);
      else
        {
          g_free (extra->value);
          extra->value = g_strdup (value);
        }
      return;
    }

  if (value != NULL && *value != '\0')
    g_ptr_array_add (extras, sc_catalog_extra_new (platform, column, value, column_index));
}

/* Options */

ScCatalogOption *
sc_catalog_option_new (const char *name)
{
  ScCatalogOption *self = g_new0 (ScCatalogOption, 1);

  self->name = g_strdup (name);
  self->values = g_ptr_array_new_with_free_func (g_free);

  return self;
}

ScCatalogOption *
sc_catalog_option_copy (const ScCatalogOption *self)
{
  ScCatalogOption *copy = sc_catalog_option_new (self->name);

  for (guint i = 0; i < self->values->len; i++)
    g_ptr_array_add (copy->values, g_strdup (g_ptr_array_index (self->values, i)));

  return copy;
}

void
sc_catalog_option_free (ScCatalogOption *self)
{
  if (self == NULL)
    return;
  g_free (self->name);
  g_ptr_array_unref (self->values);
  g_free (self);
}

gboolean
sc_catalog_option_has_value (const ScCatalogOption *self,
                             const char            *value)
{
  for (guint i = 0; i < self->values->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->values, i), value) == 0)
      return TRUE;

  return FALSE;
}

/* Adds @value unless it is empty or already listed. */
void
sc_catalog_option_add_value (ScCatalogOption *self,
                             const char      *value)
{
  g_return_if_fail (self != NULL);

  if (value != NULL && *value != '\0' && !sc_catalog_option_has_value (self, value))
    g_ptr_array_add (self->values, g_strdup (value));
}

/* Images */

ScCatalogImage *
sc_catalog_image_new (const char *src,
                      const char *alt)
{
  ScCatalogImage *self = g_new0 (ScCatalogImage, 1);

  sc_catalog_set_string (&self->src, src);
  sc_catalog_set_string (&self->alt, alt);
  self->extras = sc_catalog_extras_new ();

  return self;
}

ScCatalogImage *
sc_catalog_image_copy (const ScCatalogImage *self)
{
  ScCatalogImage *copy = sc_catalog_image_new (self->src, self->alt);

  g_ptr_array_unref (copy->extras);
  copy->extras = copy_extras (self->extras);
  copy->id = self->id;

  return copy;
}

void
sc_catalog_image_free (ScCatalogImage *self)
{
  if (self == NULL)
    return;
  g_free (self->src);
  g_free (self->alt);
  g_ptr_array_unref (self->extras);
  g_free (self);
}

/* Variants */

/**
 * sc_catalog_variant_new:
 * @currency: the catalog's currency, used by every amount of the variant
 *
 * A variant as a store admin makes one: no price yet, quantity not
 * tracked, sold only in stock, shipped and taxed, weighed in grams.
 */
ScCatalogVariant *
sc_catalog_variant_new (const ScCurrency *currency)
{
  ScCatalogVariant *self = g_new0 (ScCatalogVariant, 1);

  g_return_val_if_fail (currency != NULL, NULL);

  self->price = sc_money_init (0, currency);
  self->compare_at = sc_money_init (0, currency);
  self->cost = sc_money_init (0, currency);
  self->inventory_policy = SC_INVENTORY_POLICY_DENY;
  self->weight_unit = SC_WEIGHT_UNIT_G;
  self->requires_shipping = TRUE;
  self->taxable = TRUE;
  self->extras = sc_catalog_extras_new ();

  return self;
}

ScCatalogVariant *
sc_catalog_variant_copy (const ScCatalogVariant *self)
{
  ScCatalogVariant *copy = g_memdup2 (self, sizeof *self);

  for (guint i = 0; i < SC_CATALOG_MAX_OPTIONS; i++)
    copy->option_values[i] = g_strdup (self->option_values[i]);
  copy->sku = g_strdup (self->sku);
  copy->barcode = g_strdup (self->barcode);
  copy->weight_grams = g_strdup (self->weight_grams);
  copy->image_src = g_strdup (self->image_src);
  copy->extras = copy_extras (self->extras);

  return copy;
}

void
sc_catalog_variant_free (ScCatalogVariant *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < SC_CATALOG_MAX_OPTIONS; i++)
    g_free (self->option_values[i]);
  g_free (self->sku);
  g_free (self->barcode);
  g_free (self->weight_grams);
  g_free (self->image_src);
  g_ptr_array_unref (self->extras);
  g_free (self);
}

const char *
sc_catalog_variant_get_option_value (const ScCatalogVariant *self,
                                     guint                   index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < SC_CATALOG_MAX_OPTIONS, NULL);

  return self->option_values[index];
}

void
sc_catalog_variant_set_option_value (ScCatalogVariant *self,
                                     guint             index,
                                     const char       *value)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (index < SC_CATALOG_MAX_OPTIONS);

  sc_catalog_set_string (&self->option_values[index], value);
}

/* Products */

/**
 * sc_catalog_product_new:
 * @handle: (nullable): the URL handle; the catalog checks it is unique
 *
 * A product as a store admin makes one: a draft, unpublished, simple.
 */
ScCatalogProduct *
sc_catalog_product_new (const char *handle)
{
  ScCatalogProduct *self = g_new0 (ScCatalogProduct, 1);

  sc_catalog_set_string (&self->handle, handle);
  self->description_format = SC_DESCRIPTION_FORMAT_HTML;
  self->tags = g_new0 (char *, 1);
  self->status = SC_PRODUCT_STATUS_DRAFT;
  self->kind = SC_PRODUCT_KIND_SIMPLE;
  self->options = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_catalog_option_free);
  self->images = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_catalog_image_free);
  self->variants = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_catalog_variant_free);
  self->extras = sc_catalog_extras_new ();

  return self;
}

static gpointer
copy_option (gconstpointer src,
             gpointer      data)
{
  return sc_catalog_option_copy (src);
}

static gpointer
copy_image (gconstpointer src,
            gpointer      data)
{
  return sc_catalog_image_copy (src);
}

static gpointer
copy_variant (gconstpointer src,
              gpointer      data)
{
  return sc_catalog_variant_copy (src);
}

ScCatalogProduct *
sc_catalog_product_copy (const ScCatalogProduct *self)
{
  ScCatalogProduct *copy = g_memdup2 (self, sizeof *self);

  copy->handle = g_strdup (self->handle);
  copy->title = g_strdup (self->title);
  copy->description = g_strdup (self->description);
  copy->vendor = g_strdup (self->vendor);
  copy->product_type = g_strdup (self->product_type);
  copy->category = g_strdup (self->category);
  copy->tags = g_strdupv (self->tags);
  copy->seo_title = g_strdup (self->seo_title);
  copy->seo_description = g_strdup (self->seo_description);
  copy->options = copy_array (self->options, copy_option,
                              (GDestroyNotify) sc_catalog_option_free);
  copy->images = copy_array (self->images, copy_image,
                             (GDestroyNotify) sc_catalog_image_free);
  copy->variants = copy_array (self->variants, copy_variant,
                               (GDestroyNotify) sc_catalog_variant_free);
  copy->extras = copy_extras (self->extras);

  return copy;
}

void
sc_catalog_product_free (ScCatalogProduct *self)
{
  if (self == NULL)
    return;
  g_free (self->handle);
  g_free (self->title);
  g_free (self->description);
  g_free (self->vendor);
  g_free (self->product_type);
  g_free (self->category);
  g_strfreev (self->tags);
  g_free (self->seo_title);
  g_free (self->seo_description);
  g_ptr_array_unref (self->options);
  g_ptr_array_unref (self->images);
  g_ptr_array_unref (self->variants);
  g_ptr_array_unref (self->extras);
  g_free (self);
}

/**
 * sc_catalog_option_name_equal:
 * @a: (nullable): an option name
 * @b: (nullable): another
 *
 * Returns: whether @a and @b name the same option: compared without
 *   regard to case, as the platforms do (%NULL is the empty name)
 */
gboolean
sc_catalog_option_name_equal (const char *a,
                              const char *b)
{
  g_autofree char *folded_a = g_utf8_casefold (a != NULL ? a : "", -1);
  g_autofree char *folded_b = g_utf8_casefold (b != NULL ? b : "", -1);

  return strcmp (folded_a, folded_b) == 0;
}

/**
 * sc_catalog_product_find_option:
 * @out_index: (out) (optional): the option's index, 0 to 2
 *
 * Returns: (nullable) (transfer none): the option called @name, compared
 *   without regard to case as the platforms do
 */
ScCatalogOption *
sc_catalog_product_find_option (const ScCatalogProduct *self,
                                const char             *name,
                                guint                  *out_index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  for (guint i = 0; i < self->options->len; i++)
    {
      ScCatalogOption *option = g_ptr_array_index (self->options, i);

      if (sc_catalog_option_name_equal (option->name, name))
        {
          if (out_index != NULL)
            *out_index = i;
          return option;
        }
    }

  return NULL;
}

/**
 * sc_catalog_product_find_image:
 * @out_position: (out) (optional): the image's position, from 1
 *
 * Returns: (nullable) (transfer none): the first image whose source is @src
 */
ScCatalogImage *
sc_catalog_product_find_image (const ScCatalogProduct *self,
                               const char             *src,
                               guint                  *out_position)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (src == NULL || *src == '\0')
    return NULL;

  for (guint i = 0; i < self->images->len; i++)
    {
      ScCatalogImage *image = g_ptr_array_index (self->images, i);

      if (g_strcmp0 (image->src, src) == 0)
        {
          if (out_position != NULL)
            *out_position = i + 1;
          return image;
        }
    }

  return NULL;
}

/**
 * sc_catalog_product_get_variant_image:
 *
 * Returns: (nullable) (transfer none): the product image @variant shows,
 *   or %NULL when it shows none or one that is not among the product's
 */
ScCatalogImage *
sc_catalog_product_get_variant_image (const ScCatalogProduct *self,
                                      const ScCatalogVariant *variant)
{
  g_return_val_if_fail (variant != NULL, NULL);

  return sc_catalog_product_find_image (self, variant->image_src, NULL);
}

/**
 * sc_catalog_product_count_image_variants:
 *
 * Returns: how many variants show @image
 */
guint
sc_catalog_product_count_image_variants (const ScCatalogProduct *self,
                                         const ScCatalogImage   *image)
{
  guint n = 0;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (image != NULL, 0);

  for (guint i = 0; i < self->variants->len; i++)
    {
      const ScCatalogVariant *variant = g_ptr_array_index (self->variants, i);

      if (image->src != NULL && g_strcmp0 (variant->image_src, image->src) == 0)
        n++;
    }

  return n;
}

/**
 * sc_catalog_product_collect_option_values:
 *
 * Adds to each option the values its variants use that it does not list
 * yet, in the order the variants use them.
 */
void
sc_catalog_product_collect_option_values (ScCatalogProduct *self)
{
  g_return_if_fail (self != NULL);

  for (guint v = 0; v < self->variants->len; v++)
    {
      ScCatalogVariant *variant = g_ptr_array_index (self->variants, v);

      for (guint o = 0; o < self->options->len && o < SC_CATALOG_MAX_OPTIONS; o++)
        sc_catalog_option_add_value (g_ptr_array_index (self->options, o),
                                     variant->option_values[o]);
    }
}

/* Names */

static const char * const platform_names[] = { "shopify", "woocommerce" };
static const char * const status_names[] = { "active", "draft", "archived" };
static const char * const kind_names[] = { "simple", "variable", "grouped", "external" };
static const char * const format_names[] = { "html", "markdown", "plain" };
static const char * const policy_names[] = { "deny", "continue" };
static const char * const unit_names[] = { "g", "kg", "lb", "oz" };

static gboolean
lookup_name (const char * const *names,
             guint               n_names,
             const char         *text,
             int                *out_value)
{
  if (text == NULL)
    return FALSE;

  for (guint i = 0; i < n_names; i++)
    if (g_ascii_strcasecmp (names[i], text) == 0)
      {
        *out_value = (int) i;
        return TRUE;
      }

  return FALSE;
}

#define DEFINE_NAMES(func, Type, names)                                          \
  const char *                                                                   \
  func##_to_string (Type value)                                                  \
  {                                                                              \
    g_return_val_if_fail ((guint) value < G_N_ELEMENTS (names), NULL);           \
    return names[value];                                                         \
  }                                                                              \
                                                                                 \
  gboolean                                                                       \
  func##_from_string (const char *text,                                          \
                      Type       *out_value)                                     \
  {                                                                              \
    int value;                                                                   \
                                                                                 \
    if (!lookup_name (names, G_N_ELEMENTS (names), text, &value))                \
      return FALSE;                                                              \
    *out_value = (Type) value;                                                   \
    return TRUE;                                                                 \
  }

DEFINE_NAMES (sc_catalog_platform, ScCatalogPlatform, platform_names)
DEFINE_NAMES (sc_product_status, ScProductStatus, status_names)
DEFINE_NAMES (sc_product_kind, ScProductKind, kind_names)
DEFINE_NAMES (sc_description_format, ScDescriptionFormat, format_names)
DEFINE_NAMES (sc_inventory_policy, ScInventoryPolicy, policy_names)
DEFINE_NAMES (sc_weight_unit, ScWeightUnit, unit_names)
