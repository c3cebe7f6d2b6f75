/* test-csv-write.c - CSV output and the cell helpers importers and exporters share
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What Shopcraft writes must read back to exactly the cells it wrote, and
 * a text cell a spreadsheet would run as a formula must reach the file
 * neutralised and come back as the learner typed it.
 */
#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "sc-csv.h"
#include "sc-error.h"

typedef struct
{
  const char *text;
  const char *neutralized;
} FormulaCase;

static const FormulaCase formula_cases[] = {
  { "=SUM(A1:A9)", "'=SUM(A1:A9)" },
  { "=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")" },
  { "+1 555 0100", "'+1 555 0100" },
  { "-5% off", "'-5% off" },
  { "@SUM(1)", "'@SUM(1)" },
  { "\tindented", "'\tindented" },
  { "\rcarriage", "'\rcarriage" },
  { "'=already", "''=already" },
  { "''+twice", "'''+twice" },
  { "'quoted word'", "'quoted word'" },
  { "''", "''" },
  { "'", "'" },
  { "plain title", "plain title" },
  { "a=b", "a=b" },
  { " =spaced", " =spaced" },
  { "", "" },
};

static void
test_csv_formula_neutralising (void)
{
  g_autoptr(ScCsvWriter) writer = sc_csv_writer_new (',', SC_CSV_WRITER_DEFAULT);
  g_autoptr(ScCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;
  const char *data;

  sc_csv_writer_add (writer, "text");
  sc_csv_writer_add (writer, "price");
  sc_csv_writer_end_row (writer);
  for (guint i = 0; i < G_N_ELEMENTS (formula_cases); i++)
    {
      const FormulaCase *c = &formula_cases[i];
      g_autofree char *neutralized = sc_csv_neutralize (c->text);
      g_autofree char *back = sc_csv_unneutralize (neutralized);

      g_test_message ("text “%s”", c->text);
      g_assert_cmpstr (neutralized, ==, c->neutralized);
      g_assert_cmpint (sc_csv_needs_neutralizing (c->text), ==, !g_str_equal (c->text, c->neutralized));
      g_assert_cmpstr (back, ==, c->text);

      sc_csv_writer_add_text (writer, c->text);
      /* Numbers are never touched: a negative price stays a number. */
      sc_csv_writer_add (writer, "-12.50");
      sc_csv_writer_end_row (writer);
    }

  /* Through a file: written neutralised, read back to the original. */
  data = sc_csv_writer_get_data (writer, &length);
  reader = sc_csv_reader_new_for_data (data, length, "out.csv", NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (formula_cases); i++)
    {
      g_autofree char *text = NULL;

      g_assert_true (sc_csv_reader_next (reader, &error));
      g_assert_cmpstr (sc_csv_reader_get_field (reader, 0), ==, formula_cases[i].neutralized);
      g_assert_cmpstr (sc_csv_reader_get_field (reader, 1), ==, "-12.50");
      text = sc_csv_unneutralize (sc_csv_reader_get_field (reader, 0));
      g_assert_cmpstr (text, ==, formula_cases[i].text);
    }
  g_assert_false (sc_csv_reader_next (reader, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sc_csv_reader_get_n_problems (reader), ==, 0);

  /* What WooCommerce's exporter writes comes back the same way. */
  {
    g_autofree char *woo = sc_csv_unneutralize ("'=1+1");

    g_assert_cmpstr (woo, ==, "=1+1");
  }
}

static void
test_csv_lists (void)
{
  const struct
  {
    const char *cell;
    const char *items;  /* joined with '|' */
  } cases[] = {
    { "Blue, Green, Red", "Blue|Green|Red" },
    { "Clothing > Hoodies, Music", "Clothing > Hoodies|Music" },
    { "Size 10\\, wide, Size 11", "Size 10, wide|Size 11" },
    { "a\\,b\\,c", "a,b,c" },
    { "", "" },
    { " , a ,, ", "a" },
    { "back\\slash, x", "back\\slash|x" },
    { "trailing\\", "trailing\\" },
  };
  const char *items[] = { "Size 10, wide", "Red", "a,b,", NULL };
  g_autofree char *joined = sc_csv_join_list (items);
  g_auto(GStrv) split = sc_csv_split_list (joined);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(GStrv) parts = sc_csv_split_list (cases[i].cell);
      g_autofree char *flat = g_strjoinv ("|", parts);

      g_assert_cmpstr (flat, ==, cases[i].items);
    }

  g_assert_cmpstr (joined, ==, "Size 10\\, wide, Red, a\\,b\\,");
  g_assert_cmpuint (g_strv_length (split), ==, 3);
  for (guint i = 0; items[i] != NULL; i++)
    g_assert_cmpstr (split[i], ==, items[i]);

  /* A value ending in a backslash, such as a Windows folder, comes back
   * whole and does not swallow the next one. */
  {
    const char *folders[] = { "C:\\Shop\\", "Summer", "x\\", NULL };
    g_autofree char *cell = sc_csv_join_list (folders);
    g_auto(GStrv) again = sc_csv_split_list (cell);

    g_assert_cmpstr (cell, ==, "C:\\Shop\\ , Summer, x\\");
    g_assert_cmpuint (g_strv_length (again), ==, 3);
    for (guint i = 0; folders[i] != NULL; i++)
      g_assert_cmpstr (again[i], ==, folders[i]);
  }
}

static void
test_csv_normalize_name (void)
{
  const struct
  {
    const char *name;
    const char *key;
  } cases[] = {
    { "Variant SKU", "variant sku" },
    { "  Variant \t SKU  ", "variant sku" },
    { "Compare-at price", "compare-at price" },
    { "ＳＫＵ", "sku" },
    { "Größe", "grösse" },
    { "Variant\xc2\xa0SKU", "variant sku" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *key = sc_csv_normalize_name (cases[i].name);

      g_assert_cmpstr (key, ==, cases[i].key);
    }

  /* ASCII names take a shorter road; it must end at the same key as the
   * Unicode one, which a trailing "é" forces. */
  for (int c = 1; c < 0x80; c++)
    {
      g_autofree char *ascii = g_strdup_printf ("Ab%c Cd", c);
      g_autofree char *unicode = g_strdup_printf ("Ab%c Cd\xc3\xa9", c);
      g_autofree char *ascii_key = sc_csv_normalize_name (ascii);
      g_autofree char *unicode_key = sc_csv_normalize_name (unicode);
      g_autofree char *expected = g_strconcat (ascii_key, "\xc3\xa9", NULL);

      g_assert_cmpstr (unicode_key, ==, expected);
    }
}

/* Importers compare a file's column key with the names they know without
 * making each name's key: every answer must be the one the keys give. */
static void
test_csv_key_is_name (void)
{
  const char *names[] = {
    "Variant SKU", "  Variant \t SKU  ", "variant sku", "VARIANT  SKU", "Variant SK",
    "Variant SKUs", "VariantSKU", " ", "", "\r\nSKU\f", "Compare-at price",
    "Compare At Price / International", "ＳＫＵ", "SKU", "sku", "Größe", "GRÖSSE",
    "Variant\xc2\xa0SKU", "Variant\xc2\xa0 SKU", "Length (cm)", "Length", "length (",
    "Weight (kg)", "weight (KG) ", "a\x01b", "A\x01B", "Google Shopping / MPN",
    "google shopping /  mpn", "Option1 Name", "option1name", "Ⅻ", "xii",
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *key = sc_csv_normalize_name (names[i]);

      for (guint j = 0; j < G_N_ELEMENTS (names); j++)
        {
          g_autofree char *other = sc_csv_normalize_name (names[j]);

          g_assert_true (sc_csv_key_is_name (key, names[j]) == (strcmp (key, other) == 0));
          g_assert_true (sc_csv_key_has_name_prefix (key, names[j]) == g_str_has_prefix (key, other));
        }
    }

  /* What the importers rely on, spelled out. */
  g_assert_true (sc_csv_key_is_name ("variant sku", " Variant\t\tSKU "));
  g_assert_true (sc_csv_key_is_name ("variant sku", "Variant\xc2\xa0SKU"));
  g_assert_true (sc_csv_key_is_name ("sku", "ＳＫＵ"));
  g_assert_false (sc_csv_key_is_name ("variant sku", "Variant SKUs"));
  g_assert_false (sc_csv_key_is_name ("variant sk", "Variant SKU"));
  g_assert_false (sc_csv_key_is_name ("variantsku", "Variant SKU"));
  g_assert_true (sc_csv_key_is_name ("", "  "));
  g_assert_true (sc_csv_key_has_name_prefix ("length (cm)", "Length "));
  g_assert_false (sc_csv_key_has_name_prefix ("len", "Length"));
}

typedef struct
{
  const char *cells[5];
  gssize      n_cells;
  const char *expected;
} WriteCase;

static const WriteCase write_cases[] = {
  { { "a", "b" }, 2, "a,b\r\n" },
  { { "x,y", "z" }, 2, "\"x,y\",z\r\n" },
  { { "say \"hi\"" }, 1, "\"say \"\"hi\"\"\"\r\n" },
  { { "line one\nline two", "cr\rhere" }, 2, "\"line one\nline two\",\"cr\rhere\"\r\n" },
  { { " padded", "end ", "mid dle" }, 3, "\" padded\",\"end \",mid dle\r\n" },
  { { "", "" }, 2, ",\r\n" },
  { { "" }, 1, "\"\"\r\n" },
  { { NULL }, 1, "\"\"\r\n" },
  { { NULL, "x" }, 2, ",x\r\n" },
  /* On the first line, where a reader guesses the delimiter. */
  { { "semi;colon", "tab\there" }, 2, "\"semi;colon\",\"tab\there\"\r\n" },
  { { "=SUM(1)", "007", "3.65275E+11" }, 3, "=SUM(1),007,3.65275E+11\r\n" },
  { { "Café 🙂" }, 1, "Café 🙂\r\n" },
  { { "\xef\xbb\xbf" "bom" }, 1, "\"\xef\xbb\xbf" "bom\"\r\n" },
};

static void
test_csv_write_quoting (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (write_cases); i++)
    {
      const WriteCase *c = &write_cases[i];
      g_autoptr(ScCsvWriter) writer = sc_csv_writer_new (',', SC_CSV_WRITER_DEFAULT);
      g_autoptr(ScCsvWriter) header = sc_csv_writer_new (',', SC_CSV_WRITER_DEFAULT);
      g_autoptr(ScCsvReader) reader = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GString) file = g_string_new (NULL);

      sc_csv_writer_add_row (writer, c->cells, c->n_cells);
      g_assert_cmpstr (sc_csv_writer_get_data (writer, NULL), ==, c->expected);
      g_assert_cmpuint (sc_csv_writer_get_n_rows (writer), ==, 1);

      /* Every row reads back to the cells written, below any header. */
      for (gssize k = 0; k < c->n_cells; k++)
        sc_csv_writer_add (header, "h");
      sc_csv_writer_end_row (header);
      g_string_append (file, sc_csv_writer_get_data (header, NULL));
      g_string_append (file, c->expected);
      reader = sc_csv_reader_new_for_data (file->str, file->len, "t.csv", NULL, &error);
      g_assert_no_error (error);
      g_assert_true (sc_csv_reader_next (reader, &error));
      g_assert_cmpuint (sc_csv_reader_get_n_fields (reader), ==, c->n_cells);
      for (gssize k = 0; k < c->n_cells; k++)
        g_assert_cmpstr (sc_csv_reader_get_field (reader, k), ==, c->cells[k] != NULL ? c->cells[k] : "");
    }
}

static void
test_csv_write_semicolon_and_bom (void)
{
  g_autoptr(ScCsvWriter) writer = sc_csv_writer_new (';', SC_CSV_WRITER_BOM);
  const char *row[] = { "12,50", "a;b", "plain", NULL };
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(ScCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;

  sc_csv_writer_add_row (writer, row, -1);
  sc_csv_writer_add_row (writer, row, -1);
  /* A comma is quoted on the first line only, where readers guess the
   * delimiter. */
  g_assert_cmpstr (sc_csv_writer_get_data (writer, NULL), ==,
                   "\xef\xbb\xbf" "\"12,50\";\"a;b\";plain\r\n12,50;\"a;b\";plain\r\n");

  bytes = sc_csv_writer_to_bytes (writer);
  reader = sc_csv_reader_new_for_bytes (bytes, "t.csv", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sc_csv_reader_get_encoding (reader), ==, SC_CSV_ENCODING_UTF8_BOM);
  g_assert_cmpint (sc_csv_reader_get_delimiter (reader), ==, ';');
  g_assert_cmpstr (sc_csv_reader_get_column_name (reader, 0), ==, "12,50");
  g_assert_cmpstr (sc_csv_reader_get_column_name (reader, 1), ==, "a;b");
}

/* Header names with more tabs than there are commas (found by the
 * catalog fuzz target in an exported file): the reader must still take
 * the comma for the delimiter and read back every name. */
static void
test_csv_write_header_with_tabs (void)
{
  g_autoptr(ScCsvWriter) writer = sc_csv_writer_new (',', SC_CSV_WRITER_DEFAULT);
  const char *header[] = { "Name", "Notes\t\t\t\tmore\t\t\t", "semi;;;colons", "Price", NULL };
  const char *row[] = { "Mug", "a\tb", "c;d", "12.00", NULL };
  g_autoptr(ScCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  const char *data;

  sc_csv_writer_add_row (writer, header, -1);
  sc_csv_writer_add_row (writer, row, -1);
  data = sc_csv_writer_get_data (writer, NULL);
  reader = sc_csv_reader_new_for_data (data, strlen (data), "t.csv", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sc_csv_reader_get_delimiter (reader), ==, ',');
  g_assert_cmpuint (sc_csv_reader_get_n_columns (reader), ==, 4);
  for (guint i = 0; i < 4; i++)
    g_assert_cmpstr (sc_csv_reader_get_column_name (reader, i), ==, header[i]);
  g_assert_true (sc_csv_reader_next (reader, &error));
  for (guint i = 0; i < 4; i++)
    g_assert_cmpstr (sc_csv_reader_get_field (reader, i), ==, row[i]);
}

static void
test_csv_files (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("shopcraft-csv-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "out.csv", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.csv", NULL);
  g_autofree char *nowhere = g_build_filename (dir, "no", "such", "folder.csv", NULL);
  g_autofree char *fifo = g_build_filename (dir, "pipe.csv", NULL);
  g_autofree char *expected = NULL;
  g_autoptr(ScCsvWriter) writer = sc_csv_writer_new (',', SC_CSV_WRITER_BOM);
  g_autoptr(ScCsvReader) reader = NULL;
  ScCsvOptions options;

  g_assert_no_error (error);
  sc_csv_writer_add (writer, "Handle");
  sc_csv_writer_add (writer, "Title");
  sc_csv_writer_end_row (writer);
  sc_csv_writer_add (writer, "mug");
  sc_csv_writer_add_text (writer, "=Mug");
  sc_csv_writer_end_row (writer);
  g_assert_true (sc_csv_writer_save (writer, path, &error));
  g_assert_no_error (error);

  reader = sc_csv_reader_new_for_path (path, "out.csv", NULL, &error);
  g_assert_no_error (error);
  g_assert_true (sc_csv_reader_next (reader, &error));
  g_assert_cmpstr (sc_csv_reader_get_field (reader, 1), ==, "'=Mug");
  g_clear_pointer (&reader, sc_csv_reader_free);

  /* The display name defaults to the path. */
  sc_csv_options_init (&options);
  options.max_file_size = 8;
  reader = sc_csv_reader_new_for_path (path, NULL, &options, &error);
  g_assert_null (reader);
  expected = g_strdup_printf ("%s: the file is 28 bytes, more than the 8 bytes Shopcraft reads at once. Split it into smaller files and import each", path);
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_assert_cmpstr (error->message, ==, expected);
  g_clear_error (&error);

  reader = sc_csv_reader_new_for_path (missing, "missing.csv", NULL, &error);
  g_assert_null (reader);
  g_assert_error (error, SC_ERROR, SC_ERROR_IO);
  g_assert_cmpstr (error->message, ==, "missing.csv: the file cannot be read (No such file or directory). Check its name and that you may open it");
  g_clear_error (&error);

  reader = sc_csv_reader_new_for_path (dir, "folder", NULL, &error);
  g_assert_null (reader);
  g_assert_error (error, SC_ERROR, SC_ERROR_IO);
  g_assert_cmpstr (error->message, ==, "folder: this is not a file. Choose the CSV file itself");
  g_clear_error (&error);

  /* A named pipe is refused at once instead of blocking. */
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  reader = sc_csv_reader_new_for_path (fifo, "pipe.csv", NULL, &error);
  g_assert_null (reader);
  g_assert_cmpstr (error->message, ==, "pipe.csv: this is not a file. Choose the CSV file itself");
  g_clear_error (&error);

  g_assert_false (sc_csv_writer_save (writer, nowhere, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_IO);
  g_assert_true (g_str_has_prefix (error->message, nowhere));
  g_assert_true (g_str_has_suffix (error->message, ". Choose another folder, or check that the disk has space"));
  g_assert_false (g_file_test (nowhere, G_FILE_TEST_EXISTS));

  g_unlink (fifo);
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/files", test_csv_files);
  g_test_add_func ("/csv/cells/formula-neutralising", test_csv_formula_neutralising);
  g_test_add_func ("/csv/cells/lists", test_csv_lists);
  g_test_add_func ("/csv/cells/normalize-name", test_csv_normalize_name);
  g_test_add_func ("/csv/cells/key-is-name", test_csv_key_is_name);
  g_test_add_func ("/csv/write/quoting", test_csv_write_quoting);
  g_test_add_func ("/csv/write/header-with-tabs", test_csv_write_header_with_tabs);
  g_test_add_func ("/csv/write/semicolon-and-bom", test_csv_write_semicolon_and_bom);

  return g_test_run ();
}
