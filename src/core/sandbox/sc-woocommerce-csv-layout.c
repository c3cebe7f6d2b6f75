/* sc-woocommerce-csv-layout.c - the columns of a WooCommerce file being written
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The order of WooCommerce's own exporter, with the modelled columns
 * always there and each kept column in its place: dimensions after the
 * weight, Attribute N and Download N groups by number, then Meta:
 * columns, then anything else in the order its source had it.
 */
#include "config.h"

#include <string.h>

#include "sc-catalog-values.h"
#include "sc-woocommerce-csv-private.h"

typedef enum
{
  SLOT_NAME,        /* a column only kept cells fill */
  SLOT_FIELD,       /* a modelled column */
  SLOT_DIMENSION,   /* "Length (cm)": any unit */
  SLOT_ATTRIBUTES,  /* Attribute N name, value(s), visible, global, default */
  SLOT_DOWNLOADS,   /* Download N ID, name, URL */
  SLOT_META,        /* Meta: … */
  SLOT_OTHERS,      /* anything else kept */
} SlotKind;

typedef struct
{
  SlotKind    kind;
  const char *name;
  ScWooField  field;
} Slot;

static const Slot layout[] = {
  { SLOT_NAME, "ID", 0 },
  { SLOT_FIELD, NULL, WOO_TYPE },
  { SLOT_FIELD, NULL, WOO_SKU },
  { SLOT_FIELD, NULL, WOO_GTIN },
  { SLOT_FIELD, NULL, WOO_NAME },
  { SLOT_FIELD, NULL, WOO_PUBLISHED },
  { SLOT_NAME, "Is featured?", 0 },
  { SLOT_NAME, "Visibility in catalog", 0 },
  { SLOT_NAME, "Short description", 0 },
  { SLOT_FIELD, NULL, WOO_DESCRIPTION },
  { SLOT_NAME, "Date sale price starts", 0 },
  { SLOT_NAME, "Date sale price ends", 0 },
  { SLOT_FIELD, NULL, WOO_TAX_STATUS },
  { SLOT_NAME, "Tax class", 0 },
  { SLOT_FIELD, NULL, WOO_IN_STOCK },
  { SLOT_FIELD, NULL, WOO_STOCK },
  { SLOT_NAME, "Low stock amount", 0 },
  { SLOT_FIELD, NULL, WOO_BACKORDERS },
  { SLOT_NAME, "Sold individually?", 0 },
  { SLOT_FIELD, NULL, WOO_WEIGHT },
  { SLOT_DIMENSION, "length (", 0 },
  { SLOT_DIMENSION, "width (", 0 },
  { SLOT_DIMENSION, "height (", 0 },
  { SLOT_NAME, "Allow customer reviews?", 0 },
  { SLOT_NAME, "Purchase note", 0 },
  { SLOT_FIELD, NULL, WOO_SALE_PRICE },
  { SLOT_FIELD, NULL, WOO_REGULAR_PRICE },
  { SLOT_FIELD, NULL, WOO_CATEGORIES },
  { SLOT_FIELD, NULL, WOO_TAGS },
  { SLOT_NAME, "Shipping class", 0 },
  { SLOT_FIELD, NULL, WOO_IMAGES },
  { SLOT_NAME, "Download limit", 0 },
  { SLOT_NAME, "Download expiry days", 0 },
  { SLOT_FIELD, NULL, WOO_PARENT },
  { SLOT_NAME, "Grouped products", 0 },
  { SLOT_NAME, "Upsells", 0 },
  { SLOT_NAME, "Cross-sells", 0 },
  { SLOT_NAME, "External URL", 0 },
  { SLOT_NAME, "Button text", 0 },
  { SLOT_NAME, "Position", 0 },
  { SLOT_ATTRIBUTES, NULL, 0 },
  { SLOT_DOWNLOADS, NULL, 0 },
  { SLOT_META, NULL, 0 },
  { SLOT_OTHERS, NULL, 0 },
};

/* A column waiting for its place: where it sorts within its slot. */
typedef struct
{
  char  *name;
  guint  slot;
  guint  number;        /* Attribute N, Download N */
  guint  part;          /* order within the number */
  guint  column_index;  /* in its source file */
  int    option;        /* a modelled attribute column: the option, else -1 */
  int    field;         /* a modelled field, else -1 */
  guint  out;           /* its index in the file */
} Planned;


static void
planned_free (Planned *planned)
{
  g_free (planned->name);
  g_free (planned);
}

static int
compare_planned (gconstpointer a,
                 gconstpointer b)
{
  const Planned *pa = *(Planned * const *) a;
  const Planned *pb = *(Planned * const *) b;

  if (pa->slot != pb->slot)
    return pa->slot < pb->slot ? -1 : 1;
  if (pa->number != pb->number)
    return pa->number < pb->number ? -1 : 1;
  if (pa->part != pb->part)
    return pa->part < pb->part ? -1 : 1;
  if (pa->column_index != pb->column_index)
    return pa->column_index < pb->column_index ? -1 : 1;

  return strcmp (pa->name, pb->name);
}

static guint
slot_of_kind (SlotKind kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (layout); i++)
    if (layout[i].kind == kind)
      return i;

  g_assert_not_reached ();
}

static Planned *
plan_kept (const char *name,
           guint       column_index)
{
  static const char * const download_parts[] = { "id", "name", "url" };
  g_autofree char *key = sc_csv_normalize_name (name);
  Planned *planned = g_new0 (Planned, 1);
  ScWooAttributePart part;
  guint number;

  planned->name = g_strdup (name);
  planned->column_index = column_index;
  planned->option = -1;
  planned->field = -1;
  planned->slot = slot_of_kind (SLOT_OTHERS);

  if (sc_woocommerce_attribute_column (name, &number, &part))
    {
      planned->slot = slot_of_kind (SLOT_ATTRIBUTES);
      planned->number = number;
      planned->part = part;
      return planned;
    }

  if (g_str_has_prefix (key, "download ") && g_ascii_isdigit (key[strlen ("download ")]))
    {
      char *end;

      planned->slot = slot_of_kind (SLOT_DOWNLOADS);
      planned->number = (guint) g_ascii_strtoull (key + strlen ("download "), &end, 10);
      for (guint i = 0; i < G_N_ELEMENTS (download_parts); i++)
        if (*end == ' ' && strcmp (end + 1, download_parts[i]) == 0)
          planned->part = i;
      return planned;
    }

  if (g_str_has_prefix (key, "meta:"))
    {
      planned->slot = slot_of_kind (SLOT_META);
      return planned;
    }

  for (guint i = 0; i < G_N_ELEMENTS (layout); i++)
    {
      const char *slot_name = layout[i].kind == SLOT_FIELD ? sc_woocommerce_field_name (layout[i].field)
                                                            : layout[i].name;

      if (slot_name == NULL)
        continue;
      if ((layout[i].kind == SLOT_DIMENSION && sc_csv_key_has_name_prefix (key, slot_name)) ||
          (layout[i].kind != SLOT_DIMENSION && sc_csv_key_is_name (key, slot_name)))
        {
          planned->slot = i;
          return planned;
        }
    }

  return planned;
}

static gboolean
is_exact (const char   *grams,
          ScWeightUnit  unit)
{
  g_autofree char *in_unit = sc_catalog_weight_from_grams (grams, unit);
  g_autofree char *back = in_unit != NULL ? sc_catalog_weight_to_grams (in_unit, unit) : NULL;
  g_autofree char *normal = sc_catalog_decimal_normalize (grams);

  return back != NULL && g_strcmp0 (back, normal) == 0;
}

static gboolean
any_counted (const guint *counts)
{
  for (guint u = 0; u <= SC_WEIGHT_UNIT_OZ; u++)
    if (counts[u] > 0)
      return TRUE;

  return FALSE;
}

static ScWeightUnit
choose_unit (ScCatalog  *catalog,
             GHashTable *weight_columns)
{
  guint counts[SC_WEIGHT_UNIT_OZ + 1] = { 0 };
  ScWeightUnit best = SC_WEIGHT_UNIT_KG;
  GHashTableIter iter;
  gpointer value;

  for (guint p = 0; p < sc_catalog_get_n_products (catalog); p++)
    {
      ScCatalogProduct *product = sc_catalog_get_product (catalog, p);

      for (guint v = 0; v < product->variants->len; v++)
        {
          ScCatalogVariant *variant = g_ptr_array_index (product->variants, v);

          if (variant->weight_grams != NULL)
            counts[variant->weight_unit]++;
        }
    }

  /* With no weight at all, the unit the variants have (the one of the
   * file they came from) names the column, so a re-import gives them the
   * same (a catalog fuzz finding: a "Weight (g)" file without weights
   * came back in kilograms). */
  if (!any_counted (counts))
    for (guint p = 0; p < sc_catalog_get_n_products (catalog); p++)
      {
        ScCatalogProduct *product = sc_catalog_get_product (catalog, p);

        for (guint v = 0; v < product->variants->len; v++)
          counts[((ScCatalogVariant *) g_ptr_array_index (product->variants, v))->weight_unit]++;
      }

  /* A variable product's own weight is kept under its file's weight
   * column, in the unit its variants have, so a kept column's unit counts
   * only when there is no variant at all. Before the variants', a file
   * with a second weight column in another unit ("Weight (g)" then
   * "Weight (kg)", the second kept as it is) was written in that unit,
   * and its variants came back in it (catalog fuzz findings). */
  if (!any_counted (counts))
    {
      g_hash_table_iter_init (&iter, weight_columns);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        counts[GPOINTER_TO_UINT (value) - 1]++;
    }

  for (guint u = 0; u < G_N_ELEMENTS (counts); u++)
    if (counts[u] > counts[best])
      best = u;

  /* Kilograms hold any weight in grams exactly; another unit is used
   * only when every weight can be written in it without rounding. */
  for (guint p = 0; best != SC_WEIGHT_UNIT_KG && p < sc_catalog_get_n_products (catalog); p++)
    {
      ScCatalogProduct *product = sc_catalog_get_product (catalog, p);

      for (guint v = 0; v < product->variants->len; v++)
        {
          ScCatalogVariant *variant = g_ptr_array_index (product->variants, v);

          if (variant->weight_grams != NULL && !is_exact (variant->weight_grams, best))
            {
              best = SC_WEIGHT_UNIT_KG;
              break;
            }
        }
    }

  return best;
}

static void
collect_kept (GHashTable *kept,
              GPtrArray  *extras)
{
  for (guint i = 0; i < extras->len; i++)
    {
      const ScCatalogExtra *extra = g_ptr_array_index (extras, i);
      gpointer found;

      if (extra->platform != SC_CATALOG_PLATFORM_WOOCOMMERCE)
        continue;
      if (!g_hash_table_lookup_extended (kept, extra->column, NULL, &found) ||
          extra->column_index < GPOINTER_TO_UINT (found))
        g_hash_table_insert (kept, g_strdup (extra->column), GUINT_TO_POINTER (extra->column_index));
    }
}

void
sc_woocommerce_export_plan (ScWooExport *self,
                            ScCatalog   *catalog)
{
  g_autoptr(GHashTable) kept = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) planned = g_ptr_array_new_with_free_func ((GDestroyNotify) planned_free);
  g_autoptr(GHashTable) aliases = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTableIter iter;
  gpointer key, value;
  guint max_options = 0;
  gboolean any_barcode = FALSE;

  for (guint p = 0; p < sc_catalog_get_n_products (catalog); p++)
    {
      ScCatalogProduct *product = sc_catalog_get_product (catalog, p);

      max_options = MAX (max_options, MIN (product->options->len, SC_CATALOG_MAX_OPTIONS));
      collect_kept (kept, product->extras);
      for (guint v = 0; v < product->variants->len; v++)
        {
          ScCatalogVariant *variant = g_ptr_array_index (product->variants, v);

          any_barcode |= variant->barcode != NULL;
          collect_kept (kept, variant->extras);
        }
    }

  g_hash_table_iter_init (&iter, kept);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      ScWeightUnit unit;

      if (sc_woocommerce_parse_weight_unit (key, &unit))
        g_hash_table_insert (self->weight_columns, g_strdup (key), GUINT_TO_POINTER (unit + 1));
    }
  self->unit = choose_unit (catalog, self->weight_columns);

  /* The modelled columns. */
  for (guint i = 0; i < G_N_ELEMENTS (layout); i++)
    {
      Planned *field;

      if (layout[i].kind != SLOT_FIELD || (layout[i].field == WOO_GTIN && !any_barcode))
        continue;
      field = g_new0 (Planned, 1);
      field->name = g_strdup (layout[i].field == WOO_WEIGHT ? sc_woocommerce_weight_column (self->unit)
                                                           : sc_woocommerce_field_name (layout[i].field));
      field->slot = i;
      field->option = -1;
      field->field = layout[i].field;
      g_ptr_array_add (planned, field);
    }
  for (guint o = 0; o < max_options; o++)
    for (guint part = SC_WOO_ATTRIBUTE_NAME; part <= SC_WOO_ATTRIBUTE_VALUES; part++)
      {
        Planned *attribute = g_new0 (Planned, 1);

        attribute->name = g_strdup_printf (part == SC_WOO_ATTRIBUTE_NAME ? "Attribute %u name"
                                                                        : "Attribute %u value(s)",
                                           o + 1);
        attribute->slot = slot_of_kind (SLOT_ATTRIBUTES);
        attribute->number = o + 1;
        attribute->part = part;
        attribute->option = (int) o;
        attribute->field = -1;
        g_ptr_array_add (planned, attribute);
      }

  /* The kept ones, unless a modelled column of that name is written. */
  g_hash_table_iter_init (&iter, kept);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_autofree char *kept_key = sc_csv_normalize_name (key);
      Planned *same = NULL;

      /* A kept weight in the unit written goes into the weight column
       * (sc-woocommerce-csv-export.c); one in another unit, from a file
       * with a second weight column, stays a column of its own. */
      if (GPOINTER_TO_UINT (g_hash_table_lookup (self->weight_columns, key)) == self->unit + 1)
        continue;
      for (guint i = 0; i < planned->len && same == NULL; i++)
        {
          Planned *column = g_ptr_array_index (planned, i);

          if (column->field < 0 && column->option < 0)
            continue;
          if (sc_csv_key_is_name (kept_key, column->name))
            same = column;
        }
      if (same != NULL)
        g_hash_table_insert (aliases, g_strdup (key), same);
      else
        g_ptr_array_add (planned, plan_kept (key, GPOINTER_TO_UINT (value)));
    }

  g_ptr_array_sort (planned, compare_planned);
  for (guint i = 0; i < planned->len; i++)
    {
      Planned *column = g_ptr_array_index (planned, i);

      column->out = i;
      g_ptr_array_add (self->columns, g_strdup (column->name));
      if (column->field >= 0)
        self->fields[column->field] = (int) i;
      else if (column->option >= 0)
        self->option_columns[column->option][column->part] = (int) i;
      else
        g_hash_table_insert (self->by_name, g_strdup (column->name), GUINT_TO_POINTER (i + 1));
    }

  g_hash_table_iter_init (&iter, aliases);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (self->by_name, g_strdup (key),
                         GUINT_TO_POINTER (((Planned *) value)->out + 1));
}
