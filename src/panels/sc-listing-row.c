/* sc-listing-row.c - one product as a row of the Listings section's product list
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The row is computed from the product and its lint findings: the texts
 * the columns show (in words, never colour alone), the numbers the
 * columns sort by, and the folded text the search matches. When its
 * product changes (or only its findings do) the list updates the row in
 * place (sc_listing_row_update ()), which notifies what changed, and
 * then tells its model the item changed, so the filter and the sort see
 * the change.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sc-lint.h"
#include "sc-listing-row.h"

struct _ScListingRow
{
  GObject          parent_instance;

  gint64           id;
  char            *title;
  char            *handle;
  ScProductStatus  status;
  char            *category;
  char            *category_path;
  gboolean         has_category;
  char            *price;
  gint64           price_sort;
  char            *inventory;
  gint64           inventory_sort;
  ScListingLint    lint;
  char            *lint_text;
  gint64           lint_sort;
  gboolean         has_image;
  char            *search;   /* folded: title, handle, SKUs, vendor, tags */
};

G_DEFINE_FINAL_TYPE (ScListingRow, sc_listing_row, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_HANDLE,
  PROP_STATUS_LABEL,
  PROP_STATUS_CLASSES,
  PROP_CATEGORY,
  PROP_CATEGORY_PATH,
  PROP_PRICE,
  PROP_PRICE_SORT,
  PROP_INVENTORY,
  PROP_INVENTORY_SORT,
  PROP_LINT_TEXT,
  PROP_LINT_ICON,
  PROP_LINT_SORT,
  PROP_LINT_CLASSES,
  PROP_IMAGE_ICON,
  PROP_IMAGE_TOOLTIP,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * sc_listing_fold:
 *
 * Returns: (transfer full): @text normalised and case-folded, so that a
 *   search matches "Café" with "cafe" typed as "CAFÉ"
 */
char *
sc_listing_fold (const char *text)
{
  g_autofree char *normal = NULL;

  if (text == NULL)
    return g_strdup ("");
  normal = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);

  return g_utf8_casefold (normal != NULL ? normal : "", -1);
}

static const char *
status_label (ScProductStatus status)
{
  switch (status)
    {
    case SC_PRODUCT_STATUS_ACTIVE:
      return C_("product status", "Active");
    case SC_PRODUCT_STATUS_DRAFT:
      return C_("product status", "Draft");
    case SC_PRODUCT_STATUS_ARCHIVED:
      return C_("product status", "Archived");
    default:
      g_assert_not_reached ();
    }
}

static const char *
lint_icon (ScListingLint lint)
{
  switch (lint)
    {
    case SC_LISTING_LINT_ERRORS:
      return "dialog-error-symbolic";
    case SC_LISTING_LINT_WARNINGS:
      return "dialog-warning-symbolic";
    case SC_LISTING_LINT_CLEAN:
      return "emblem-ok-symbolic";
    case SC_LISTING_LINT_UNCHECKED:
    default:
      return "dialog-question-symbolic";
    }
}

static void
sc_listing_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  ScListingRow *self = SC_LISTING_ROW (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_HANDLE:
      g_value_set_string (value, self->handle);
      break;
    case PROP_STATUS_LABEL:
      g_value_set_string (value, status_label (self->status));
      break;
    case PROP_STATUS_CLASSES:
      {
        const char *classes[] = { "sc-status-pill", NULL, NULL };

        classes[1] = self->status == SC_PRODUCT_STATUS_ACTIVE ? "sc-status-active"
                     : self->status == SC_PRODUCT_STATUS_DRAFT ? "sc-status-draft"
                     : "sc-status-archived";
        g_value_set_boxed (value, classes);
      }
      break;
    case PROP_CATEGORY:
      g_value_set_string (value, self->category);
      break;
    case PROP_CATEGORY_PATH:
      g_value_set_string (value, self->category_path);
      break;
    case PROP_PRICE:
      g_value_set_string (value, self->price);
      break;
    case PROP_PRICE_SORT:
      g_value_set_int64 (value, self->price_sort);
      break;
    case PROP_INVENTORY:
      g_value_set_string (value, self->inventory);
      break;
    case PROP_INVENTORY_SORT:
      g_value_set_int64 (value, self->inventory_sort);
      break;
    case PROP_LINT_TEXT:
      g_value_set_string (value, self->lint_text);
      break;
    case PROP_LINT_ICON:
      g_value_set_string (value, lint_icon (self->lint));
      break;
    case PROP_LINT_SORT:
      g_value_set_int64 (value, self->lint_sort);
      break;
    case PROP_LINT_CLASSES:
      {
        const char *classes[] = { "sc-lint-state", NULL, NULL };

        classes[1] = self->lint == SC_LISTING_LINT_ERRORS ? "sc-lint-errors"
                     : self->lint == SC_LISTING_LINT_WARNINGS ? "sc-lint-warnings"
                     : self->lint == SC_LISTING_LINT_CLEAN ? "sc-lint-clean"
                     : "sc-lint-unchecked";
        g_value_set_boxed (value, classes);
      }
      break;
    case PROP_IMAGE_ICON:
      g_value_set_string (value, self->has_image ? "image-x-generic-symbolic"
                                                 : "image-missing-symbolic");
      break;
    case PROP_IMAGE_TOOLTIP:
      g_value_set_string (value, self->has_image ? _("Has an image (shown as a placeholder; web images are never downloaded)")
                                                 : _("No image"));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_listing_row_finalize (GObject *object)
{
  ScListingRow *self = SC_LISTING_ROW (object);

  g_free (self->title);
  g_free (self->handle);
  g_free (self->category);
  g_free (self->category_path);
  g_free (self->price);
  g_free (self->inventory);
  g_free (self->lint_text);
  g_free (self->search);

  G_OBJECT_CLASS (sc_listing_row_parent_class)->finalize (object);
}

static GParamSpec *
string_property (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
}

static GParamSpec *
int64_property (const char *name)
{
  return g_param_spec_int64 (name, NULL, NULL, G_MININT64, G_MAXINT64, 0,
                             G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
}

static void
sc_listing_row_class_init (ScListingRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sc_listing_row_finalize;
  object_class->get_property = sc_listing_row_get_property;

  properties[PROP_TITLE] = string_property ("title");
  properties[PROP_HANDLE] = string_property ("handle");
  properties[PROP_STATUS_LABEL] = string_property ("status-label");
  properties[PROP_STATUS_CLASSES] =
    g_param_spec_boxed ("status-classes", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CATEGORY] = string_property ("category");
  properties[PROP_CATEGORY_PATH] = string_property ("category-path");
  properties[PROP_PRICE] = string_property ("price");
  properties[PROP_PRICE_SORT] = int64_property ("price-sort");
  properties[PROP_INVENTORY] = string_property ("inventory");
  properties[PROP_INVENTORY_SORT] = int64_property ("inventory-sort");
  properties[PROP_LINT_TEXT] = string_property ("lint-text");
  properties[PROP_LINT_ICON] = string_property ("lint-icon");
  properties[PROP_LINT_SORT] = int64_property ("lint-sort");
  properties[PROP_LINT_CLASSES] =
    g_param_spec_boxed ("lint-classes", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_IMAGE_ICON] = string_property ("image-icon");
  properties[PROP_IMAGE_TOOLTIP] = string_property ("image-tooltip");

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sc_listing_row_init (ScListingRow *self)
{
}

/* "12.99 EUR" or "12.99 – 18.99 EUR"; the lowest price sorts. */
static void
describe_price (ScListingRow           *self,
                const ScCatalogProduct *product,
                const ScCurrency       *currency)
{
  const ScCatalogVariant *low = NULL;
  const ScCatalogVariant *high = NULL;
  g_autofree char *low_text = NULL;
  g_autofree char *high_text = NULL;

  for (guint i = 0; i < product->variants->len; i++)
    {
      const ScCatalogVariant *variant = product->variants->pdata[i];

      if (!variant->has_price)
        continue;
      if (low == NULL || variant->price.minor < low->price.minor)
        low = variant;
      if (high == NULL || variant->price.minor > high->price.minor)
        high = variant;
    }

  if (low == NULL)
    {
      self->price = g_strdup (_("No price"));
      self->price_sort = G_MAXINT64;
      return;
    }

  low_text = sc_money_format (low->price, '.', ',');
  self->price_sort = low->price.minor;
  if (high->price.minor == low->price.minor)
    {
      /* TRANSLATORS: an amount and its ISO 4217 currency code: "12.99 EUR" */
      self->price = g_strdup_printf (_("%s %s"), low_text, low->price.currency->code);
      return;
    }

  high_text = sc_money_format (high->price, '.', ',');
  /* TRANSLATORS: a price range and its currency code: "12.99 – 18.99 EUR" */
  self->price = g_strdup_printf (_("%s – %s %s"), low_text, high_text, low->price.currency->code);
}

/* "12 in stock", "Not tracked", "3 variants · 40 in stock". */
static void
describe_inventory (ScListingRow           *self,
                    const ScCatalogProduct *product)
{
  guint n_variants = product->variants->len;
  guint n_tracked = 0;
  gint64 quantity = 0;
  g_autofree char *stock = NULL;

  for (guint i = 0; i < n_variants; i++)
    {
      const ScCatalogVariant *variant = product->variants->pdata[i];

      if (variant->track_quantity)
        {
          n_tracked++;
          quantity += variant->quantity;
        }
    }

  if (n_tracked == 0)
    stock = g_strdup (_("Not tracked"));
  else if (quantity <= 0)
    stock = g_strdup (_("Out of stock"));
  else
    stock = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%" G_GINT64_FORMAT " in stock",
                                          "%" G_GINT64_FORMAT " in stock", quantity),
                             quantity);
  self->inventory_sort = n_tracked == 0 ? G_MININT64 : quantity;

  if (n_variants <= 1)
    self->inventory = g_steal_pointer (&stock);
  else
    /* TRANSLATORS: "3 variants · 40 in stock" */
    self->inventory = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u variant · %s",
                                                    "%u variants · %s", n_variants),
                                       n_variants, stock);
}

static void
describe_lint (ScListingRow *self,
               GPtrArray    *findings)
{
  guint n_errors = 0;
  guint n_warnings = 0;
  guint n_suggestions = 0;
  g_autofree char *errors = NULL;
  g_autofree char *warnings = NULL;

  if (findings == NULL)
    {
      self->lint = SC_LISTING_LINT_UNCHECKED;
      self->lint_text = g_strdup (_("Not checked"));
      self->lint_sort = -1;
      return;
    }

  for (guint i = 0; i < findings->len; i++)
    {
      const ScLintFinding *finding = findings->pdata[i];

      if (finding->rule->severity == SC_LINT_SEVERITY_ERROR)
        n_errors++;
      else if (finding->rule->severity == SC_LINT_SEVERITY_WARNING)
        n_warnings++;
      else
        n_suggestions++;
    }

  self->lint_sort = (gint64) n_errors * 10000 + n_warnings * 100 + n_suggestions;
  self->lint = n_errors > 0 ? SC_LISTING_LINT_ERRORS
               : n_warnings > 0 ? SC_LISTING_LINT_WARNINGS
               : SC_LISTING_LINT_CLEAN;

  errors = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u error", "%u errors", n_errors),
                            n_errors);
  warnings = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings",
                                           n_warnings),
                              n_warnings);
  if (n_errors > 0 && n_warnings > 0)
    /* TRANSLATORS: "2 errors · 1 warning" */
    self->lint_text = g_strdup_printf (_("%s · %s"), errors, warnings);
  else if (n_errors > 0)
    self->lint_text = g_steal_pointer (&errors);
  else if (n_warnings > 0)
    self->lint_text = g_steal_pointer (&warnings);
  else if (n_suggestions > 0)
    self->lint_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u suggestion",
                                                    "%u suggestions", n_suggestions),
                                       n_suggestions);
  else
    self->lint_text = g_strdup (_("No problems"));
}

/* The category column: the product type, or the last step of the
 * category path when there is none. */
static void
describe_category (ScListingRow           *self,
                   const ScCatalogProduct *product)
{
  self->category_path = g_strdup (product->category != NULL ? product->category
                                                            : product->product_type);
  self->has_category = self->category_path != NULL;
  if (product->product_type != NULL)
    self->category = g_strdup (product->product_type);
  else if (product->category != NULL)
    {
      const char *last = g_strrstr (product->category, " > ");

      self->category = g_strdup (last != NULL ? last + 3 : product->category);
    }
  else
    self->category = g_strdup (C_("category", "Uncategorised"));
}

static void
build_search (ScListingRow           *self,
              const ScCatalogProduct *product)
{
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, "%s\n%s\n%s\n", product->title != NULL ? product->title : "",
                          product->handle, product->vendor != NULL ? product->vendor : "");
  for (guint i = 0; i < product->variants->len; i++)
    {
      const ScCatalogVariant *variant = product->variants->pdata[i];

      if (variant->sku != NULL)
        g_string_append_printf (text, "%s\n", variant->sku);
    }
  for (guint i = 0; product->tags[i] != NULL; i++)
    g_string_append_printf (text, "%s\n", product->tags[i]);

  self->search = sc_listing_fold (text->str);
  g_string_free (text, TRUE);
}

static void
fill (ScListingRow           *self,
      const ScCatalogProduct *product,
      const ScCurrency       *currency,
      GPtrArray              *findings)
{
  self->id = product->id;
  self->handle = g_strdup (product->handle);
  self->title = g_strdup (product->title != NULL ? product->title : _("Untitled product"));
  self->status = product->status;
  self->has_image = product->images->len > 0;
  describe_category (self, product);
  describe_price (self, product, currency);
  describe_inventory (self, product);
  describe_lint (self, findings);
  build_search (self, product);
}

/**
 * sc_listing_row_new:
 * @findings: (nullable) (element-type ScLintFinding): the product's
 *   findings, or %NULL when there was no policy to check it with
 */
ScListingRow *
sc_listing_row_new (const ScCatalogProduct *product,
                    const ScCurrency       *currency,
                    GPtrArray              *findings)
{
  ScListingRow *self;

  g_return_val_if_fail (product != NULL, NULL);

  self = g_object_new (SC_TYPE_LISTING_ROW, NULL);
  fill (self, product, currency, findings);

  return self;
}

/**
 * sc_listing_row_update:
 * @product: the row's product (the same id) as it is now
 * @findings: (nullable) (element-type ScLintFinding): its findings now
 *
 * Computes the row again and notifies the properties whose values
 * changed, so a cell bound to one that stayed the same is left alone.
 *
 * Returns: whether anything the row shows, sorts or filters by changed
 */
gboolean
sc_listing_row_update (ScListingRow           *self,
                       const ScCatalogProduct *product,
                       const ScCurrency       *currency,
                       GPtrArray              *findings)
{
  /* The old values, moved aside to compare with. */
  g_autofree char *title = NULL;
  g_autofree char *handle = NULL;
  g_autofree char *category = NULL;
  g_autofree char *category_path = NULL;
  g_autofree char *price = NULL;
  g_autofree char *inventory = NULL;
  g_autofree char *lint_text = NULL;
  g_autofree char *search = NULL;
  ScProductStatus status;
  gboolean has_category;
  gint64 price_sort;
  gint64 inventory_sort;
  ScListingLint lint;
  gint64 lint_sort;
  gboolean has_image;
  gboolean changed = FALSE;

  g_return_val_if_fail (SC_IS_LISTING_ROW (self), FALSE);
  g_return_val_if_fail (product != NULL, FALSE);
  g_return_val_if_fail (product->id == self->id, FALSE);

  title = g_steal_pointer (&self->title);
  handle = g_steal_pointer (&self->handle);
  category = g_steal_pointer (&self->category);
  category_path = g_steal_pointer (&self->category_path);
  price = g_steal_pointer (&self->price);
  inventory = g_steal_pointer (&self->inventory);
  lint_text = g_steal_pointer (&self->lint_text);
  search = g_steal_pointer (&self->search);
  status = self->status;
  has_category = self->has_category;
  price_sort = self->price_sort;
  inventory_sort = self->inventory_sort;
  lint = self->lint;
  lint_sort = self->lint_sort;
  has_image = self->has_image;

  fill (self, product, currency, findings);

  g_object_freeze_notify (G_OBJECT (self));
#define NOTIFY_IF(cond, prop) \
  G_STMT_START { \
    if (cond) \
      { \
        changed = TRUE; \
        g_object_notify_by_pspec (G_OBJECT (self), properties[prop]); \
      } \
  } G_STMT_END
  NOTIFY_IF (g_strcmp0 (title, self->title) != 0, PROP_TITLE);
  NOTIFY_IF (g_strcmp0 (handle, self->handle) != 0, PROP_HANDLE);
  NOTIFY_IF (status != self->status, PROP_STATUS_LABEL);
  NOTIFY_IF (status != self->status, PROP_STATUS_CLASSES);
  NOTIFY_IF (g_strcmp0 (category, self->category) != 0, PROP_CATEGORY);
  NOTIFY_IF (g_strcmp0 (category_path, self->category_path) != 0, PROP_CATEGORY_PATH);
  NOTIFY_IF (g_strcmp0 (price, self->price) != 0, PROP_PRICE);
  NOTIFY_IF (price_sort != self->price_sort, PROP_PRICE_SORT);
  NOTIFY_IF (g_strcmp0 (inventory, self->inventory) != 0, PROP_INVENTORY);
  NOTIFY_IF (inventory_sort != self->inventory_sort, PROP_INVENTORY_SORT);
  NOTIFY_IF (g_strcmp0 (lint_text, self->lint_text) != 0, PROP_LINT_TEXT);
  NOTIFY_IF (lint != self->lint, PROP_LINT_ICON);
  NOTIFY_IF (lint_sort != self->lint_sort, PROP_LINT_SORT);
  NOTIFY_IF (lint != self->lint, PROP_LINT_CLASSES);
  NOTIFY_IF (has_image != self->has_image, PROP_IMAGE_ICON);
  NOTIFY_IF (has_image != self->has_image, PROP_IMAGE_TOOLTIP);
#undef NOTIFY_IF
  changed |= g_strcmp0 (search, self->search) != 0 || has_category != self->has_category;
  g_object_thaw_notify (G_OBJECT (self));

  return changed;
}

gint64
sc_listing_row_get_id (ScListingRow *self)
{
  g_return_val_if_fail (SC_IS_LISTING_ROW (self), 0);

  return self->id;
}

const char *
sc_listing_row_get_title (ScListingRow *self)
{
  g_return_val_if_fail (SC_IS_LISTING_ROW (self), NULL);

  return self->title;
}

const char *
sc_listing_row_get_handle (ScListingRow *self)
{
  g_return_val_if_fail (SC_IS_LISTING_ROW (self), NULL);

  return self->handle;
}

ScProductStatus
sc_listing_row_get_status (ScListingRow *self)
{
  g_return_val_if_fail (SC_IS_LISTING_ROW (self), SC_PRODUCT_STATUS_ACTIVE);

  return self->status;
}

const char *
sc_listing_row_get_category (ScListingRow *self)
{
  g_return_val_if_fail (SC_IS_LISTING_ROW (self), NULL);

  return self->category;
}

gboolean
sc_listing_row_has_category (ScListingRow *self)
{
  g_return_val_if_fail (SC_IS_LISTING_ROW (self), FALSE);

  return self->has_category;
}

ScListingLint
sc_listing_row_get_lint (ScListingRow *self)
{
  g_return_val_if_fail (SC_IS_LISTING_ROW (self), SC_LISTING_LINT_UNCHECKED);

  return self->lint;
}

const char *
sc_listing_row_get_price (ScListingRow *self)
{
  g_return_val_if_fail (SC_IS_LISTING_ROW (self), NULL);

  return self->price;
}

const char *
sc_listing_row_get_inventory (ScListingRow *self)
{
  g_return_val_if_fail (SC_IS_LISTING_ROW (self), NULL);

  return self->inventory;
}

const char *
sc_listing_row_get_lint_text (ScListingRow *self)
{
  g_return_val_if_fail (SC_IS_LISTING_ROW (self), NULL);

  return self->lint_text;
}

/* Whether every word of @folded_query (from sc_listing_fold ()) is in
 * the row's title, handle, SKUs, vendor or tags. */
gboolean
sc_listing_row_matches (ScListingRow *self,
                        const char   *folded_query)
{
  g_auto(GStrv) words = NULL;

  g_return_val_if_fail (SC_IS_LISTING_ROW (self), FALSE);

  if (folded_query == NULL || *folded_query == '\0')
    return TRUE;

  words = g_strsplit_set (folded_query, " \t", -1);
  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0' && strstr (self->search, words[i]) == NULL)
      return FALSE;

  return TRUE;
}
