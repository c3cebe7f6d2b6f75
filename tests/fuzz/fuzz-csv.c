/* fuzz-csv.c - arbitrary bytes as a CSV file, and every cell through the cell helpers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The bytes are read twice: with the default options, and with tiny caps
 * so the cap paths run too. Reading must end either at the end of the
 * file or with one error naming the file; every cell is valid UTF-8, and
 * every message starts with the file's name. A file that reads cleanly
 * must survive the round trip: written back with the writer and read
 * again (same delimiter), it gives the same header and cells. Each cell
 * also goes through the helpers with their own round trips: formula
 * neutralising, money parsing and formatting, WooCommerce lists.
 */
#include <string.h>

#include <glib.h>

#include "sc-csv.h"
#include "sc-fuzz.h"
#include "sc-money.h"

#define NAME "fuzz.csv"

static void
check_message (const char *message)
{
  g_assert_true (g_str_has_prefix (message, NAME ":"));
  g_assert_true (g_utf8_validate (message, -1, NULL));
}

static void
check_cell_helpers (const char *cell)
{
  const ScCurrency *usd = sc_currency_lookup ("USD");
  g_autofree char *neutral = sc_csv_neutralize (cell);
  g_autofree char *back = sc_csv_unneutralize (neutral);
  g_autofree char *flagged = sc_csv_check_identifier ("Barcode", cell);
  g_autofree char *key = sc_csv_normalize_name (cell);
  g_auto(GStrv) items = sc_csv_split_list (cell);
  g_autoptr(GError) error = NULL;
  ScMoney money;

  g_assert_cmpstr (back, ==, cell);
  g_assert_true ((flagged != NULL) == sc_csv_looks_mangled_number (cell));
  g_assert_true (g_utf8_validate (key, -1, NULL));

  /* Lists: splitting what was joined gives the items back, an item
   * ending in a backslash too. */
  {
    g_autofree char *joined = sc_csv_join_list ((const char * const *) items);
    g_auto(GStrv) again = sc_csv_split_list (joined);

    g_assert_true (g_strv_equal ((const char * const *) items, (const char * const *) again));
  }

  /* An amount reads back to itself once formatted. */
  if (sc_money_parse (cell, usd, '.', SC_MONEY_PARSE_GROUPING | SC_MONEY_PARSE_EXTRA_ZEROS, &money, &error))
    {
      g_autofree char *text = sc_money_to_string (money);
      ScMoney again;

      g_assert_true (sc_money_parse (text, usd, '.', SC_MONEY_PARSE_DEFAULT, &again, NULL));
      g_assert_cmpint (again.minor, ==, money.minor);
    }
  else
    {
      g_assert_nonnull (error);
    }
}

/* Reads everything; returns the rows (header first) when the file read
 * without an error, NULL otherwise. */
static GPtrArray *
read_all (const uint8_t      *data,
          size_t              size,
          const ScCsvOptions *options,
          gboolean            helpers,
          char               *delimiter)
{
  const char *identifiers[] = { "Variant Barcode", "Barcode", "SKU", NULL };
  g_autoptr(ScCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  GStrv header;

  reader = sc_csv_reader_new_for_data ((const char *) data, size, NAME, options, &error);
  if (reader == NULL)
    {
      g_assert_nonnull (error);
      check_message (error->message);
      return NULL;
    }

  *delimiter = sc_csv_reader_get_delimiter (reader);
  g_assert_cmpuint (sc_csv_reader_get_n_columns (reader), >, 0);
  header = g_new0 (char *, sc_csv_reader_get_n_columns (reader) + 1);
  for (guint i = 0; i < sc_csv_reader_get_n_columns (reader); i++)
    {
      const char *name = sc_csv_reader_get_column_name (reader, i);

      g_assert_true (g_utf8_validate (name, -1, NULL));
      header[i] = g_strdup (name);
      if (*name != '\0')
        g_assert_cmpint (sc_csv_reader_find_column (reader, name), <=, (int) i);
    }
  g_ptr_array_add (rows, header);
  sc_csv_reader_watch_identifiers (reader, identifiers);

  while (sc_csv_reader_next (reader, &error))
    {
      guint n = sc_csv_reader_get_n_fields (reader);

      g_assert_cmpuint (n, >, 0);
      g_assert_cmpuint (sc_csv_reader_get_line (reader), >, 0);
      for (guint i = 0; i < n; i++)
        {
          const char *cell = sc_csv_reader_get_field (reader, i);

          g_assert_true (g_utf8_validate (cell, -1, NULL));
          if (helpers)
            check_cell_helpers (cell);
        }
      g_ptr_array_add (rows, sc_csv_reader_dup_fields (reader));
    }

  for (guint i = 0; i < sc_csv_reader_get_n_problems (reader); i++)
    {
      g_autofree char *line = sc_csv_reader_format_problem (reader, sc_csv_reader_get_problem (reader, i));

      check_message (line);
    }

  if (error != NULL)
    {
      check_message (error->message);
      return NULL;
    }

  return g_steal_pointer (&rows);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static gboolean initialized;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(ScCsvWriter) writer = NULL;
  ScCsvOptions tiny;
  ScCsvOptions same;
  const char *written;
  gsize written_size = 0;
  char delimiter = ',';
  char ignored;

  if (!initialized)
    {
      /* Anything unexpected, even a warning, is a finding. */
      g_log_set_always_fatal (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);
      initialized = TRUE;
    }

  sc_csv_options_init (&tiny);
  tiny.max_file_size = 512;
  tiny.max_field_size = 16;
  tiny.max_columns = 4;
  tiny.ragged = SC_CSV_RAGGED_ERROR;
  rows = read_all (data, size, &tiny, FALSE, &ignored);
  g_clear_pointer (&rows, g_ptr_array_unref);

  rows = read_all (data, size, NULL, TRUE, &delimiter);
  if (rows == NULL)
    return 0;

  writer = sc_csv_writer_new (delimiter, size % 2 ? SC_CSV_WRITER_BOM : SC_CSV_WRITER_DEFAULT);
  for (guint i = 0; i < rows->len; i++)
    sc_csv_writer_add_row (writer, g_ptr_array_index (rows, i), -1);
  written = sc_csv_writer_get_data (writer, &written_size);

  sc_csv_options_init (&same);
  same.delimiter = delimiter;
  same.ragged = SC_CSV_RAGGED_ALLOW;
  again = read_all ((const uint8_t *) written, written_size, &same, FALSE, &ignored);
  g_assert_nonnull (again);
  g_assert_cmpuint (again->len, ==, rows->len);
  for (guint i = 0; i < rows->len; i++)
    g_assert_true (g_strv_equal (g_ptr_array_index (rows, i), g_ptr_array_index (again, i)));

  return 0;
}
