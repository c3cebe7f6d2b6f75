/* sc-catalog.c - a sandbox store's products, in memory
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The catalog keeps products in the order they were added (a file's
 * order, or the learner's) and finds them by handle, which is unique as
 * on the real platforms. Saving into a run and the canonical dump never
 * depend on that order: they sort by handle.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sc-catalog.h"
#include "sc-error.h"

struct _ScCatalog
{
  GObject           parent_instance;

  const ScCurrency *currency;
  GPtrArray        *products;  /* (element-type ScCatalogProduct) */
  GHashTable       *by_handle; /* handle → ScCatalogProduct, not owned */
};

G_DEFINE_FINAL_TYPE (ScCatalog, sc_catalog, G_TYPE_OBJECT)

static void
sc_catalog_finalize (GObject *object)
{
  ScCatalog *self = SC_CATALOG (object);

  g_hash_table_unref (self->by_handle);
  g_ptr_array_unref (self->products);

  G_OBJECT_CLASS (sc_catalog_parent_class)->finalize (object);
}

static void
sc_catalog_class_init (ScCatalogClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sc_catalog_finalize;
}

static void
sc_catalog_init (ScCatalog *self)
{
  self->products = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_catalog_product_free);
  self->by_handle = g_hash_table_new (g_str_hash, g_str_equal);
}

/**
 * sc_catalog_new:
 * @currency: (nullable): the store's currency; %NULL for the default
 *
 * Returns: (transfer full): an empty catalog
 */
ScCatalog *
sc_catalog_new (const ScCurrency *currency)
{
  ScCatalog *self = g_object_new (SC_TYPE_CATALOG, NULL);

  self->currency = currency != NULL ? currency : sc_currency_get_default ();

  return self;
}

/**
 * sc_catalog_copy:
 *
 * Returns: (transfer full): a deep copy of @self
 */
ScCatalog *
sc_catalog_copy (ScCatalog *self)
{
  ScCatalog *copy;

  g_return_val_if_fail (SC_IS_CATALOG (self), NULL);

  copy = sc_catalog_new (self->currency);
  for (guint i = 0; i < self->products->len; i++)
    {
      ScCatalogProduct *product = sc_catalog_product_copy (g_ptr_array_index (self->products, i));

      g_ptr_array_add (copy->products, product);
      g_hash_table_insert (copy->by_handle, product->handle, product);
    }

  return copy;
}

const ScCurrency *
sc_catalog_get_currency (ScCatalog *self)
{
  g_return_val_if_fail (SC_IS_CATALOG (self), NULL);

  return self->currency;
}

guint
sc_catalog_get_n_products (ScCatalog *self)
{
  g_return_val_if_fail (SC_IS_CATALOG (self), 0);

  return self->products->len;
}

/**
 * sc_catalog_get_product:
 *
 * Returns: (transfer none): the product at @index, in the order added
 */
ScCatalogProduct *
sc_catalog_get_product (ScCatalog *self,
                        guint      index)
{
  g_return_val_if_fail (SC_IS_CATALOG (self), NULL);
  g_return_val_if_fail (index < self->products->len, NULL);

  return g_ptr_array_index (self->products, index);
}

/**
 * sc_catalog_lookup_product:
 *
 * Returns: (transfer none) (nullable): the product with @handle
 */
ScCatalogProduct *
sc_catalog_lookup_product (ScCatalog  *self,
                           const char *handle)
{
  g_return_val_if_fail (SC_IS_CATALOG (self), NULL);

  if (handle == NULL)
    return NULL;

  return g_hash_table_lookup (self->by_handle, handle);
}

/**
 * sc_catalog_add_product:
 * @product: (transfer full): a product with a handle
 *
 * Adds @product at the end. Fails, freeing @product, when its handle is
 * missing or already used.
 */
gboolean
sc_catalog_add_product (ScCatalog         *self,
                        ScCatalogProduct  *product,
                        GError           **error)
{
  g_autoptr(ScCatalogProduct) owned = product;

  g_return_val_if_fail (SC_IS_CATALOG (self), FALSE);
  g_return_val_if_fail (product != NULL, FALSE);

  if (product->handle == NULL)
    {
      g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                   _("The product “%s” has no URL handle; give it one made of letters, digits and dashes."),
                   product->title != NULL ? product->title : "");
      return FALSE;
    }
  if (g_hash_table_contains (self->by_handle, product->handle))
    {
      g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                   _("Another product already has the URL handle “%s”; each product needs its own."),
                   product->handle);
      return FALSE;
    }

  g_ptr_array_add (self->products, g_steal_pointer (&owned));
  g_hash_table_insert (self->by_handle, product->handle, product);

  return TRUE;
}

/**
 * sc_catalog_remove_product:
 *
 * Returns: whether a product with @handle was there
 */
gboolean
sc_catalog_remove_product (ScCatalog  *self,
                           const char *handle)
{
  ScCatalogProduct *product;

  g_return_val_if_fail (SC_IS_CATALOG (self), FALSE);

  product = sc_catalog_lookup_product (self, handle);
  if (product == NULL)
    return FALSE;

  g_hash_table_remove (self->by_handle, product->handle);
  g_ptr_array_remove (self->products, product);

  return TRUE;
}

/**
 * sc_catalog_set_handle:
 *
 * Gives @product, which is in @self, the URL handle @handle, unless
 * another product has it.
 */
gboolean
sc_catalog_set_handle (ScCatalog         *self,
                       ScCatalogProduct  *product,
                       const char        *handle,
                       GError           **error)
{
  ScCatalogProduct *other;

  g_return_val_if_fail (SC_IS_CATALOG (self), FALSE);
  g_return_val_if_fail (product != NULL, FALSE);
  g_return_val_if_fail (g_hash_table_lookup (self->by_handle, product->handle) == product, FALSE);

  if (handle == NULL || *handle == '\0')
    {
      g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                   _("A URL handle cannot be empty; use letters, digits and dashes."));
      return FALSE;
    }

  other = sc_catalog_lookup_product (self, handle);
  if (other == product)
    return TRUE;
  if (other != NULL)
    {
      g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                   _("Another product already has the URL handle “%s”; each product needs its own."),
                   handle);
      return FALSE;
    }

  g_hash_table_remove (self->by_handle, product->handle);
  sc_catalog_set_string (&product->handle, handle);
  g_hash_table_insert (self->by_handle, product->handle, product);

  return TRUE;
}

/**
 * sc_catalog_slugify:
 * @text: (nullable): a title
 *
 * Returns: (transfer full): @text as a URL handle as the platforms make
 *   one: lower case, accents dropped, every run of other characters one
 *   dash; "product" when nothing is left
 */
char *
sc_catalog_slugify (const char *text)
{
  g_autofree char *ascii = NULL;
  GString *slug = g_string_new (NULL);
  gboolean dash = FALSE;

  if (text != NULL && g_utf8_validate (text, -1, NULL))
    ascii = g_str_to_ascii (text, "C");

  for (const char *p = ascii; p != NULL && *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        {
          if (dash && slug->len > 0)
            g_string_append_c (slug, '-');
          g_string_append_c (slug, g_ascii_tolower (*p));
          dash = FALSE;
        }
      else if (*p != '\'')
        dash = TRUE;
    }

  if (slug->len == 0)
    g_string_append (slug, "product");

  return g_string_free (slug, FALSE);
}

/**
 * sc_catalog_make_handle:
 *
 * Returns: (transfer full): a handle made from @title that no product of
 *   @self has yet ("hoodie", then "hoodie-1", "hoodie-2", …)
 */
char *
sc_catalog_make_handle (ScCatalog  *self,
                        const char *title)
{
  g_autofree char *base = sc_catalog_slugify (title);
  char *handle = g_strdup (base);

  g_return_val_if_fail (SC_IS_CATALOG (self), NULL);

  for (guint n = 1; g_hash_table_contains (self->by_handle, handle); n++)
    {
      g_free (handle);
      handle = g_strdup_printf ("%s-%u", base, n);
    }

  return handle;
}

/**
 * sc_catalog_handle_is_valid:
 *
 * Returns: whether @handle is one the platforms accept as it is: lower
 *   case letters, digits and single dashes inside
 */
gboolean
sc_catalog_handle_is_valid (const char *handle)
{
  gsize length;
  const char *q;

  if (handle == NULL || *handle == '\0')
    return FALSE;

  /* ASCII, as nearly every handle is: lower-case letters, digits and
   * single dashes inside, checked byte by byte; any other byte sends the
   * rest to the general check below. */
  for (q = handle; *q != '\0' && (guchar) *q < 0x80; q++)
    {
      if (*q == '-')
        {
          if (q == handle || q[-1] == '-')
            return FALSE;
          continue;
        }
      if (!((*q >= 'a' && *q <= 'z') || (*q >= '0' && *q <= '9')))
        return FALSE;
    }
  if (*q == '\0')
    return q[-1] != '-';

  if (!g_utf8_validate (handle, -1, NULL))
    return FALSE;

  length = strlen (handle);
  if (handle[0] == '-' || handle[length - 1] == '-' || strstr (handle, "--") != NULL)
    return FALSE;

  for (const char *p = handle; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '-')
        continue;
      if (!g_unichar_isalnum (c) || g_unichar_isupper (c))
        return FALSE;
    }

  return TRUE;
}

guint
sc_catalog_count_variants (ScCatalog *self)
{
  guint n = 0;

  g_return_val_if_fail (SC_IS_CATALOG (self), 0);

  for (guint i = 0; i < self->products->len; i++)
    n += ((ScCatalogProduct *) g_ptr_array_index (self->products, i))->variants->len;

  return n;
}

guint
sc_catalog_count_images (ScCatalog *self)
{
  guint n = 0;

  g_return_val_if_fail (SC_IS_CATALOG (self), 0);

  for (guint i = 0; i < self->products->len; i++)
    n += ((ScCatalogProduct *) g_ptr_array_index (self->products, i))->images->len;

  return n;
}
