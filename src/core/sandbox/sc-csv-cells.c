/* sc-csv-cells.c - what importers and exporters do to single CSV cells
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sc-csv-cells.h"

/* What a spreadsheet takes for the start of a formula. */
static gboolean
is_formula_start (char c)
{
  return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

/* One or more apostrophes, then a formula start: what neutralising
 * produces, and so what un-neutralising takes one apostrophe off. */
static gboolean
is_neutralized (const char *text)
{
  if (text[0] != '\'')
    return FALSE;
  while (*text == '\'')
    text++;

  return is_formula_start (*text);
}

/**
 * sc_csv_needs_neutralizing:
 *
 * Returns: %TRUE when a text cell would change on export: it starts like
 *   a formula (= + - @ tab CR), or like an already neutralised one
 */
gboolean
sc_csv_needs_neutralizing (const char *text)
{
  g_return_val_if_fail (text != NULL, FALSE);

  return is_formula_start (text[0]) || is_neutralized (text);
}

/**
 * sc_csv_neutralize:
 *
 * Returns: (transfer full): @text with a leading apostrophe when a
 *   spreadsheet could run it as a formula; otherwise a copy
 */
char *
sc_csv_neutralize (const char *text)
{
  g_return_val_if_fail (text != NULL, NULL);

  if (sc_csv_needs_neutralizing (text))
    return g_strconcat ("'", text, NULL);

  return g_strdup (text);
}

/**
 * sc_csv_unneutralize:
 *
 * Returns: (transfer full): @text without the apostrophe
 *   sc_csv_neutralize () added (WooCommerce's exporter adds the same one)
 */
char *
sc_csv_unneutralize (const char *text)
{
  g_return_val_if_fail (text != NULL, NULL);

  if (is_neutralized (text))
    return g_strdup (text + 1);

  return g_strdup (text);
}

static gboolean
is_digit (char c)
{
  return c >= '0' && c <= '9';
}

static const char *
skip_digits (const char *p)
{
  while (is_digit (*p))
    p++;

  return p;
}

/**
 * sc_csv_looks_mangled_number:
 *
 * Returns: %TRUE for a cell a spreadsheet wrote in its scientific
 *   notation: digits, an optional decimal part (with '.' or ','), then E
 *   with an explicit sign and digits: "3.65275E+11", "1E+12", "4,2E+13".
 *   "12E3" (no sign) is left alone: SKUs like that exist.
 */
gboolean
sc_csv_looks_mangled_number (const char *cell)
{
  const char *p;
  const char *digits;

  g_return_val_if_fail (cell != NULL, FALSE);

  p = cell;
  while (*p == ' ')
    p++;
  if (*p == '-' || *p == '+')
    p++;

  digits = p;
  p = skip_digits (p);
  if (p == digits)
    return FALSE;
  if (*p == '.' || *p == ',')
    {
      digits = ++p;
      p = skip_digits (p);
      if (p == digits)
        return FALSE;
    }
  if (*p != 'E' && *p != 'e')
    return FALSE;
  p++;
  if (*p != '+' && *p != '-')
    return FALSE;
  p++;
  digits = p;
  p = skip_digits (p);
  if (p == digits)
    return FALSE;
  while (*p == ' ')
    p++;

  return *p == '\0';
}

/**
 * sc_csv_check_identifier:
 * @column_name: the column, as its header names it
 * @cell: the cell of a barcode, SKU or other code column
 *
 * Returns: (transfer full) (nullable): why the cell cannot be trusted,
 *   without a location, or %NULL when it is fine
 */
char *
sc_csv_check_identifier (const char *column_name,
                         const char *cell)
{
  g_return_val_if_fail (column_name != NULL, NULL);
  g_return_val_if_fail (cell != NULL, NULL);

  if (!sc_csv_looks_mangled_number (cell))
    return NULL;

  return g_strdup_printf (_("“%s” in column “%s” is a number a spreadsheet rewrote in scientific notation, so its digits are lost. Export the file again from the store, or format the column as Text in the spreadsheet and type the codes again"),
                          cell, column_name);
}

/**
 * sc_csv_split_list:
 * @cell: a WooCommerce list cell: "Blue, Green, Red", or "Size 10\, wide, Size 11"
 *
 * Splits at commas, except "\," which is a literal comma, and trims the
 * spaces around each item as WooCommerce does. Empty items are dropped,
 * so an empty cell is an empty list.
 *
 * Returns: (transfer full): the items
 */
GStrv
sc_csv_split_list (const char *cell)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) item = g_string_new (NULL);

  g_return_val_if_fail (cell != NULL, NULL);

  for (const char *p = cell; ; p++)
    {
      if (*p == '\\' && p[1] == ',')
        {
          g_string_append_c (item, ',');
          p++;
          continue;
        }
      if (*p == ',' || *p == '\0')
        {
          g_strstrip (item->str);
          if (item->str[0] != '\0')
            g_ptr_array_add (items, g_strdup (item->str));
          g_string_truncate (item, 0);
          if (*p == '\0')
            break;
          continue;
        }
      g_string_append_c (item, *p);
    }
  g_ptr_array_add (items, NULL);

  return (GStrv) g_ptr_array_free (g_steal_pointer (&items), FALSE);
}

/**
 * sc_csv_join_list:
 * @items: (array zero-terminated=1): the items
 *
 * The inverse of sc_csv_split_list () for items without spaces around
 * them: commas become "\,", items are joined with ", " as WooCommerce's
 * exporter does, and an item ending in a backslash gets a space before
 * the separator (trimmed again on reading).
 *
 * Returns: (transfer full): the cell
 */
char *
sc_csv_join_list (const char * const *items)
{
  GString *cell = g_string_new (NULL);

  g_return_val_if_fail (items != NULL, NULL);

  for (guint i = 0; items[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (cell, ", ");
      for (const char *p = items[i]; *p != '\0'; p++)
        {
          if (*p == ',')
            g_string_append_c (cell, '\\');
          g_string_append_c (cell, *p);
        }
      /* "a\" then ", b" would read back as "a, b": a space keeps the
       * backslash apart from the separator, and reading trims it. */
      if (cell->len > 0 && cell->str[cell->len - 1] == '\\' && items[i + 1] != NULL)
        g_string_append_c (cell, ' ');
    }

  return g_string_free (cell, FALSE);
}

static gboolean
is_ascii (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if ((guchar) *p >= 0x80)
      return FALSE;

  return TRUE;
}

/**
 * sc_csv_normalize_name:
 * @name: a column name from a header, or one to look for
 *
 * Returns: (transfer full): the key two names are compared by: Unicode
 *   NFKC, case-folded, spaces around it removed and runs of spaces
 *   inside it made one: " Variant  SKU" and "variant sku" match
 */
char *
sc_csv_normalize_name (const char *name)
{
  g_autofree char *normal = NULL;
  g_autofree char *folded = NULL;
  GString *key;
  gboolean space = FALSE;

  g_return_val_if_fail (name != NULL, NULL);

  /* Most names are ASCII, where NFKC changes nothing and case folding is
   * lowercasing: the same key, without the Unicode tables (importers ask
   * for keys per row). The spaces are the ASCII ones g_unichar_isspace ()
   * takes. */
  if (is_ascii (name))
    {
      /* Never longer than @name: one allocation. */
      char *ascii = g_malloc (strlen (name) + 1);
      char *end = ascii;

      for (const char *p = name; *p != '\0'; p++)
        {
          if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f')
            {
              space = end != ascii;
              continue;
            }
          if (space)
            *end++ = ' ';
          space = FALSE;
          *end++ = g_ascii_tolower (*p);
        }
      *end = '\0';

      return ascii;
    }

  normal = g_utf8_normalize (name, -1, G_NORMALIZE_NFKC);
  if (normal == NULL)
    return g_strdup ("");
  folded = g_utf8_casefold (normal, -1);

  key = g_string_new (NULL);
  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          space = key->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (key, ' ');
      space = FALSE;
      g_string_append_unichar (key, c);
    }

  return g_string_free (key, FALSE);
}

/* Whether @key is the key of @name (or, with @prefix, starts with it),
 * read off @name as sc_csv_normalize_name () would write it. */
static gboolean
key_matches_name (const char *key,
                  const char *name,
                  gboolean    prefix)
{
  const char *k = key;
  gboolean space = FALSE;

  if (!is_ascii (name))
    {
      /* NFKC and case folding can change the length: the long road. */
      g_autofree char *name_key = sc_csv_normalize_name (name);

      return prefix ? g_str_has_prefix (key, name_key) : strcmp (key, name_key) == 0;
    }

  /* As the ASCII road of sc_csv_normalize_name (), comparing each byte it
   * would append; a mismatch at @key's end is its '\0', so @k never
   * passes it. */
  for (const char *p = name; *p != '\0'; p++)
    {
      if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f')
        {
          space = k != key;
          continue;
        }
      if (space && *k++ != ' ')
        return FALSE;
      space = FALSE;
      if (*k++ != g_ascii_tolower (*p))
        return FALSE;
    }

  return prefix || *k == '\0';
}

/**
 * sc_csv_key_is_name:
 * @key: a key from sc_csv_normalize_name ()
 * @name: a column name, such as one of an importer's constants
 *
 * The same as comparing @key with sc_csv_normalize_name (@name), without
 * making that key when @name is ASCII: importers compare each column of
 * a file with each name they know.
 *
 * Returns: whether @name has the key @key
 */
gboolean
sc_csv_key_is_name (const char *key,
                    const char *name)
{
  g_return_val_if_fail (key != NULL, FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  return key_matches_name (key, name, FALSE);
}

/**
 * sc_csv_key_has_name_prefix:
 * @key: a key from sc_csv_normalize_name ()
 * @name: a column name
 *
 * Returns: whether @key starts with the key of @name, as
 *   g_str_has_prefix (@key, sc_csv_normalize_name (@name)) would say
 */
gboolean
sc_csv_key_has_name_prefix (const char *key,
                            const char *name)
{
  g_return_val_if_fail (key != NULL, FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  return key_matches_name (key, name, TRUE);
}
