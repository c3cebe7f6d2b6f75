/* test-csv.c - CSV reading and writing as classrooms produce the files
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each reading case is a file's bytes and the complete account of reading
 * it: the header, every row with the line it starts on, every problem and
 * the error, each exactly as a learner would see it. Cells are shown with
 * line breaks and tabs made visible (\n \r \t) and separated by " | ".
 */
#include <string.h>

#include "sc-csv.h"
#include "sc-error.h"

static void
append_cell (GString    *out,
             const char *cell)
{
  for (const char *p = cell; *p != '\0'; p++)
    {
      if (*p == '\n')
        g_string_append (out, "\\n");
      else if (*p == '\r')
        g_string_append (out, "\\r");
      else if (*p == '\t')
        g_string_append (out, "\\t");
      else
        g_string_append_c (out, *p);
    }
}

static void
append_problems (GString     *out,
                 ScCsvReader *reader,
                 guint        from)
{
  for (guint i = from; i < sc_csv_reader_get_n_problems (reader); i++)
    {
      g_autofree char *line = sc_csv_reader_format_problem (reader, sc_csv_reader_get_problem (reader, i));

      g_string_append_printf (out, "problem: %s\n", line);
    }
}

/* The whole account of reading @data as "t.csv". */
static char *
read_account (const char         *data,
              gsize               length,
              const ScCsvOptions *options,
              const char * const *identifiers)
{
  g_autoptr(ScCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  GString *out = g_string_new (NULL);
  guint shown = 0;

  reader = sc_csv_reader_new_for_data (data, length, "t.csv", options, &error);
  if (reader == NULL)
    {
      g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
      g_string_append_printf (out, "error: %s\n", error->message);
      return g_string_free (out, FALSE);
    }

  g_string_append (out, "header:");
  for (guint i = 0; i < sc_csv_reader_get_n_columns (reader); i++)
    {
      g_string_append (out, i == 0 ? " " : " | ");
      append_cell (out, sc_csv_reader_get_column_name (reader, i));
    }
  g_string_append_c (out, '\n');
  if (identifiers != NULL)
    sc_csv_reader_watch_identifiers (reader, identifiers);

  while (sc_csv_reader_next (reader, &error))
    {
      append_problems (out, reader, shown);
      shown = sc_csv_reader_get_n_problems (reader);
      g_string_append_printf (out, "%u:", sc_csv_reader_get_line (reader));
      for (guint i = 0; i < sc_csv_reader_get_n_fields (reader); i++)
        {
          g_string_append (out, i == 0 ? " " : " | ");
          append_cell (out, sc_csv_reader_get_field (reader, i));
        }
      g_string_append_c (out, '\n');
    }
  append_problems (out, reader, shown);
  if (error != NULL)
    {
      g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
      g_string_append_printf (out, "error: %s\n", error->message);
    }

  /* Reading stays at the end once it got there. */
  g_assert_false (sc_csv_reader_next (reader, NULL));

  return g_string_free (out, FALSE);
}

typedef struct
{
  const char  *name;
  const char  *data;
  gsize        length;      /* 0: strlen (data) */
  char         delimiter;   /* option; 0 detects */
  ScCsvRagged  ragged;
  gsize        max_field_size;
  guint        max_columns;
  gsize        max_file_size;
  const char  *expected;
} ReadCase;

/* Bytes with NULs in them: the literal and its length. */
#define BYTES(literal) .data = literal, .length = sizeof (literal) - 1

static const ReadCase read_cases[] = {
  /* RFC 4180 itself */
  { "plain", "Handle,Title\r\nshirt,Shirt\r\nmug,Mug\r\n", .expected =
    "header: Handle | Title\n2: shirt | Shirt\n3: mug | Mug\n" },
  { "quoting", "a,b\n\"x,y\",\"say \"\"hi\"\"\"\n\"\",\"\"\"\"\n", .expected =
    "header: a | b\n2: x,y | say \"hi\"\n3:  | \"\n" },
  { "embedded-newlines", "h1,h2\n\"line one\nline two\",x\n3,4\n\"a\n\nb\",\"c\"\n5,6\n", .expected =
    "header: h1 | h2\n2: line one\\nline two | x\n4: 3 | 4\n5: a\\n\\nb | c\n8: 5 | 6\n" },
  { "crlf-mixes", "a,b\r\n1,2\n3,4\r5,6\r\n\"x\r\ny\",\"p\rq\"\r\n7,8", .expected =
    "header: a | b\n2: 1 | 2\n3: 3 | 4\n4: 5 | 6\n5: x\\r\\ny | p\\rq\n8: 7 | 8\n" },
  { "no-final-newline", "a,b\n1,2", .expected = "header: a | b\n2: 1 | 2\n" },
  { "header-only", "Handle,Title\n", .expected = "header: Handle | Title\n" },
  { "empty-trailing-fields", "a,b,c\n1,,\n,,\n,2,\n1,", .ragged = SC_CSV_RAGGED_ALLOW, .expected =
    "header: a | b | c\n2: 1 |  | \n3:  |  | \n4:  | 2 | \n5: 1 | \n" },
  { "empty-lines-skipped", "\n\na,b\n\n1,2\r\n\r\n\r\n3,4\n\n", .expected =
    "header: a | b\n5: 1 | 2\n8: 3 | 4\n" },
  { "quoted-empty-row-kept", "a\n\"\"\nx\n", .expected = "header: a\n2: \n3: x\n" },
  { "spaces-around-quotes", "a,b,c\n \"x\" ,  y  ,\"z\"  \n", .expected =
    "header: a | b | c\n2: x |   y   | z\n" },
  { "cells-stay-text", "SKU,Barcode,Price,Qty\n007,0012345678905,1.50,-0\n", .expected =
    "header: SKU | Barcode | Price | Qty\n2: 007 | 0012345678905 | 1.50 | -0\n" },
  { "utf8-text", "Title,Price\nCafé crème – “Spécial” 🙂,3.50\n", .expected =
    "header: Title | Price\n2: Café crème – “Spécial” 🙂 | 3.50\n" },
  { "bom", "\xef\xbb\xbfHandle,Title\nmug,Mug\n", .expected = "header: Handle | Title\n2: mug | Mug\n" },
  { "bom-quoted-header", "\xef\xbb\xbf\"ID\",Name\n1,x\n", .expected = "header: ID | Name\n2: 1 | x\n" },
  /* Delimiters */
  { "semicolon", "Name;Price;Tags\nShirt;12,50;\"a;b\"\n", .expected =
    "header: Name | Price | Tags\n2: Shirt | 12,50 | a;b\n" },
  { "semicolon-over-quoted-commas", "\"a,b\";\"c,d\";e\n1,5;2;3\n", .expected =
    "header: a,b | c,d | e\n2: 1,5 | 2 | 3\n" },
  { "tab", "Name\tPrice\nShirt, blue\t12.50\n", .expected = "header: Name | Price\n2: Shirt, blue | 12.50\n" },
  { "one-column", "Handle\nshirt\n", .expected = "header: Handle\n2: shirt\n" },
  { "delimiter-given", "a;b,c\n1;2,3\n", .delimiter = ';', .expected = "header: a | b,c\n2: 1 | 2,3\n" },
  { "delimiter-from-first-line-only", "Handle\nx;y;z\n", .expected = "header: Handle\n2: x;y;z\n" },
  /* Ragged rows */
  { "ragged-report", "a,b,c\n1,2\n1,2,3,4\n1,2,3\n", .expected =
    "header: a | b | c\n"
    "problem: t.csv:2: the row has 2 cells but the header has 3; the missing cells are read as empty\n"
    "2: 1 | 2\n"
    "problem: t.csv:3: the row has 4 cells but the header has 3; cells past the last column are ignored. Check for a delimiter inside a cell that is not in quotes\n"
    "3: 1 | 2 | 3 | 4\n"
    "4: 1 | 2 | 3\n" },
  { "ragged-one-cell", "a,b\nx\n", .expected =
    "header: a | b\n"
    "problem: t.csv:2: the row has 1 cell but the header has 2; the missing cells are read as empty\n"
    "2: x\n" },
  { "ragged-allow", "a,b,c\n1,2\n1,2,3,4\n", .ragged = SC_CSV_RAGGED_ALLOW, .expected =
    "header: a | b | c\n2: 1 | 2\n3: 1 | 2 | 3 | 4\n" },
  { "ragged-error", "a,b,c\n1,2,3\n1,2,3,4\n5,6,7\n", .ragged = SC_CSV_RAGGED_ERROR, .expected =
    "header: a | b | c\n2: 1 | 2 | 3\n"
    "error: t.csv:3: the row has 4 cells but the header has 3. Every row needs one cell per column; check for a delimiter inside a cell that is not in quotes\n" },
  { "duplicate-columns", "SKU,Title,sku , Title\n1,2,3,4\n", .expected =
    "header: SKU | Title | sku  |  Title\n"
    "problem: t.csv:1: column 3 (“sku ”) has the same name as column 1; only column 1 is read\n"
    "problem: t.csv:1: column 4 (“ Title”) has the same name as column 2; only column 2 is read\n"
    "2: 1 | 2 | 3 | 4\n" },
  /* Broken quoting: the error names the line a learner must fix */
  { "unterminated-quote", "a,b\n1,2\n3,\"open\n4,5\n", .expected =
    "header: a | b\n2: 1 | 2\nerror: t.csv:3: " "the quote that opens column 2 (“b”) is never closed, so the rest of the file would be one cell. A quote inside a quoted cell must be doubled (\"\")\n" },
  { "unterminated-after-multiline-cell", "a,b\n\"one\ntwo\",\"never\nclosed\n", .expected =
    "header: a | b\nerror: t.csv:3: the quote that opens column 2 (“b”) is never closed, so the rest of the file would be one cell. A quote inside a quoted cell must be doubled (\"\")\n" },
  { "unterminated-in-header", "a,\"b\n1,2\n", .expected =
    "error: t.csv:1: the quote that opens column 2 is never closed, so the rest of the file would be one cell. A quote inside a quoted cell must be doubled (\"\")\n" },
  { "stray-quote", "Title,Size\nFrame,12\" x 16\"\n", .expected =
    "header: Title | Size\nerror: t.csv:2: column 2 (“Size”) holds a quote but does not start with one. Put the whole cell in quotes and double each quote inside it, like \"12\"\" frame\"\n" },
  { "text-after-closing-quote", "a,b\n\"12\" frame\",x\n", .expected =
    "header: a | b\nerror: t.csv:2: column 1 (“a”) has text after its closing quote. A quote inside a quoted cell must be doubled (\"\")\n" },
  { "text-after-multiline-quote", "a,b\nx,\"1\n2\"3\n", .expected =
    "header: a | b\nerror: t.csv:3: column 2 (“b”) has text after its closing quote. A quote inside a quoted cell must be doubled (\"\")\n" },
  /* Caps */
  { "field-cap-quoted", "a,b\n\"12345678\",x\n\"123456789\",x\n", .max_field_size = 8, .expected =
    "header: a | b\n2: 12345678 | x\nerror: t.csv:3: the quoted cell in column 1 (“a”) that starts here is longer than 8 bytes, the most Shopcraft reads in one cell; its closing quote may be missing\n" },
  { "field-cap-doubled-quotes", "a\n\"" "\"\"\"\"\"\"\"\"\"\"" "\"\n", .max_field_size = 4, .expected =
    "header: a\nerror: t.csv:2: the quoted cell in column 1 (“a”) that starts here is longer than 4 bytes, the most Shopcraft reads in one cell; its closing quote may be missing\n" },
  { "field-cap-unquoted", "a,b\nx,123456789\n", .max_field_size = 8, .expected =
    "header: a | b\nerror: t.csv:2: the cell in column 2 (“b”) is longer than 8 bytes, the most Shopcraft reads in one cell\n" },
  { "column-cap", "a,b,c\n1,2,3\n1,2,3,4\n", .max_columns = 3, .ragged = SC_CSV_RAGGED_ALLOW, .expected =
    "header: a | b | c\n2: 1 | 2 | 3\nerror: t.csv:3: the row has more than 3 cells, the most Shopcraft reads in one row. Check that this is a product CSV file and that its delimiter is right\n" },
  { "column-cap-header", "a,b,c,d\n", .max_columns = 3, .expected =
    "error: t.csv:1: the row has more than 3 cells, the most Shopcraft reads in one row. Check that this is a product CSV file and that its delimiter is right\n" },
  { "file-cap", "Handle,Title\nmug,Mug\n", .max_file_size = 10, .expected =
    "error: t.csv: the file is 21 bytes, more than the 10 bytes Shopcraft reads at once. Split it into smaller files and import each\n" },
  /* Encodings and files that are not CSV text */
  { "windows-1252", "Title,Price\nCaf\xe9,3.50\n", .expected =
    "error: t.csv:2: the file is not UTF-8 text (byte 0xE9 cannot appear here); it was probably saved as windows-1252 or another legacy encoding. Save it as CSV UTF-8 from your spreadsheet and import it again\n" },
  { "windows-1252-in-multiline-cell", "a,b\n\"x\ny\",\x80\n", .expected =
    "error: t.csv:3: the file is not UTF-8 text (byte 0x80 cannot appear here); it was probably saved as windows-1252 or another legacy encoding. Save it as CSV UTF-8 from your spreadsheet and import it again\n" },
  { "nul-byte", BYTES ("a,b\r\n1,2\r\nx\0y,z\r\n"), .expected =
    "error: t.csv:3: the file holds NUL bytes, so it is not CSV text: it may be UTF-16 without a byte order mark, or a spreadsheet’s own format. Save it as CSV UTF-8 from your spreadsheet and import it again\n" },
  { "utf16-without-bom", BYTES ("a\0,\0b\0\n\0"), .expected =
    "error: t.csv:1: the file holds NUL bytes, so it is not CSV text: it may be UTF-16 without a byte order mark, or a spreadsheet’s own format. Save it as CSV UTF-8 from your spreadsheet and import it again\n" },
  { "workbook-signature-in-text", "PK\3\4,b\nx,y\n", .expected = "header: PK\3\4 | b\n2: x | y\n" },
  { "xlsx", BYTES ("PK\3\4\24\0\6\0"), .expected =
    "error: t.csv: this is a spreadsheet workbook (such as .xlsx or .ods), not a CSV file. Open it in your spreadsheet and save it as CSV UTF-8\n" },
  { "xls", BYTES ("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\0\0"), .expected =
    "error: t.csv: this is an old Excel workbook (.xls), not a CSV file. Open it in your spreadsheet and save it as CSV UTF-8\n" },
  { "empty", "", .expected = "error: t.csv: the file is empty. Export the products again, with the header row\n" },
  { "bom-only", "\xef\xbb\xbf", .expected = "error: t.csv: the file is empty. Export the products again, with the header row\n" },
  { "line-breaks-only", "\r\n\n\r", .expected = "error: t.csv: the file is empty. Export the products again, with the header row\n" },
  { "utf16le-odd-length", BYTES ("\xff\xfe" "a\0,\0b"), .expected =
    "error: t.csv: the file starts like UTF-16 text but ends in the middle of a character, so it was cut off. Save it again from your spreadsheet as CSV UTF-8\n" },
  { "utf16le-lone-surrogate", BYTES ("\xff\xfe" "a\0\n\0\x00\xd8" "b\0"), .expected =
    "error: t.csv:2: the file is UTF-16 text with a damaged character here (half of a surrogate pair). Save it again from your spreadsheet as CSV UTF-8\n" },
  { "utf16be-lone-low-surrogate", BYTES ("\xfe\xff\0a\xdc\0"), .expected =
    "error: t.csv:1: the file is UTF-16 text with a damaged character here (half of a surrogate pair). Save it again from your spreadsheet as CSV UTF-8\n" },
};

static void
test_csv_read_case (gconstpointer data)
{
  const ReadCase *c = data;
  ScCsvOptions options;
  g_autofree char *account = NULL;

  sc_csv_options_init (&options);
  options.delimiter = c->delimiter;
  options.ragged = c->ragged;
  options.max_field_size = c->max_field_size;
  options.max_columns = c->max_columns;
  options.max_file_size = c->max_file_size;

  account = read_account (c->data, c->length > 0 ? c->length : strlen (c->data), &options, NULL);
  g_assert_cmpstr (account, ==, c->expected);
}

/* UTF-8 text as UTF-16 with a byte order mark, as Excel's "Unicode text". */
static GBytes *
to_utf16 (const char *text,
          gboolean    big_endian)
{
  g_autoptr(GByteArray) out = g_byte_array_new ();
  glong n_units = 0;
  g_autofree gunichar2 *units = g_utf8_to_utf16 (text, -1, NULL, &n_units, NULL);

  g_assert_nonnull (units);
  g_byte_array_append (out, (const guint8 *) (big_endian ? "\xfe\xff" : "\xff\xfe"), 2);
  for (glong i = 0; i < n_units; i++)
    {
      guint8 pair[2];

      pair[big_endian ? 0 : 1] = units[i] >> 8;
      pair[big_endian ? 1 : 0] = units[i] & 0xff;
      g_byte_array_append (out, pair, 2);
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}

static void
test_csv_utf16 (void)
{
  const char *text = "Title\tPrice\r\n\"Café, crème\"\t3,50\r\nTasse 🙂 €\t12\r\n";
  const char *expected = "header: Title | Price\n2: Café, crème | 3,50\n3: Tasse 🙂 € | 12\n";

  for (guint big_endian = 0; big_endian <= 1; big_endian++)
    {
      g_autoptr(GBytes) bytes = to_utf16 (text, big_endian);
      g_autoptr(ScCsvReader) reader = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *account = NULL;
      gsize length;
      const char *data = g_bytes_get_data (bytes, &length);

      reader = sc_csv_reader_new_for_bytes (bytes, "unicode.txt", NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpint (sc_csv_reader_get_encoding (reader), ==,
                       big_endian ? SC_CSV_ENCODING_UTF16BE : SC_CSV_ENCODING_UTF16LE);
      /* Excel's "Unicode text" is tab-separated. */
      g_assert_cmpint (sc_csv_reader_get_delimiter (reader), ==, '\t');

      account = read_account (data, length, NULL, NULL);
      g_assert_cmpstr (account, ==, expected);
    }
}

static void
test_csv_encoding_reported (void)
{
  const struct
  {
    const char   *data;
    ScCsvEncoding encoding;
    char          delimiter;
  } cases[] = {
    { "a,b\n", SC_CSV_ENCODING_UTF8, ',' },
    { "\xef\xbb\xbf" "a;b\n", SC_CSV_ENCODING_UTF8_BOM, ';' },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ScCsvReader) reader = sc_csv_reader_new_for_data (cases[i].data, strlen (cases[i].data),
                                                                   "t.csv", NULL, &error);

      g_assert_no_error (error);
      g_assert_cmpint (sc_csv_reader_get_encoding (reader), ==, cases[i].encoding);
      g_assert_cmpint (sc_csv_reader_get_delimiter (reader), ==, cases[i].delimiter);
      g_assert_cmpstr (sc_csv_reader_get_display_name (reader), ==, "t.csv");
    }
}

/* The default cap: a description of a megabyte is read, one byte more is
 * not, and the message names the line where the runaway cell began. */
static void
test_csv_huge_field_cap (void)
{
  g_autoptr(GString) file = g_string_new ("Handle,Body (HTML)\nshirt,\"");
  g_autoptr(ScCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  gsize cell_start;

  cell_start = file->len;
  for (gsize i = 0; i < SC_CSV_DEFAULT_MAX_FIELD_SIZE / 8; i++)
    g_string_append (file, "<p>abc\n\n");
  g_assert_cmpuint (file->len - cell_start, ==, SC_CSV_DEFAULT_MAX_FIELD_SIZE);
  g_string_append (file, "\"\nmug,\"");
  for (gsize i = 0; i <= SC_CSV_DEFAULT_MAX_FIELD_SIZE; i++)
    g_string_append_c (file, 'x');
  g_string_append (file, "\"\n");

  reader = sc_csv_reader_new_for_data (file->str, file->len, "big.csv", NULL, &error);
  g_assert_no_error (error);
  g_assert_true (sc_csv_reader_next (reader, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (strlen (sc_csv_reader_get_field (reader, 1)), ==, SC_CSV_DEFAULT_MAX_FIELD_SIZE);
  g_assert_false (sc_csv_reader_next (reader, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_assert_cmpstr (error->message, ==,
                   "big.csv:262147: the quoted cell in column 2 (“Body (HTML)”) that starts here is longer than 1.0\xc2\xa0" "MB, the most Shopcraft reads in one cell; its closing quote may be missing");
}

static void
test_csv_find_column (void)
{
  const char *file = "\xef\xbb\xbf Variant SKU ,Title,Variant  Barcode,Ｔａｇｓ,Title\nS-1,Shirt,0012345678905,x,second\n";
  g_autoptr(ScCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) fields = NULL;

  reader = sc_csv_reader_new_for_data (file, strlen (file), "t.csv", NULL, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (sc_csv_reader_get_n_columns (reader), ==, 5);
  g_assert_cmpstr (sc_csv_reader_get_column_name (reader, 0), ==, " Variant SKU ");
  g_assert_cmpint (sc_csv_reader_find_column (reader, "variant sku"), ==, 0);
  g_assert_cmpint (sc_csv_reader_find_column (reader, "VARIANT SKU"), ==, 0);
  g_assert_cmpint (sc_csv_reader_find_column (reader, "  Variant SKU"), ==, 0);
  g_assert_cmpint (sc_csv_reader_find_column (reader, "title"), ==, 1);
  g_assert_cmpint (sc_csv_reader_find_column (reader, "variant barcode"), ==, 2);
  g_assert_cmpint (sc_csv_reader_find_column (reader, "Tags"), ==, 3);
  g_assert_cmpint (sc_csv_reader_find_column (reader, "SKU"), ==, -1);
  g_assert_cmpint (sc_csv_reader_find_column (reader, ""), ==, -1);

  g_assert_true (sc_csv_reader_next (reader, &error));
  g_assert_cmpstr (sc_csv_reader_get_field_by_name (reader, "title"), ==, "Shirt");
  g_assert_cmpstr (sc_csv_reader_get_field_by_name (reader, "Variant Barcode"), ==, "0012345678905");
  g_assert_null (sc_csv_reader_get_field_by_name (reader, "Vendor"));
  g_assert_cmpstr (sc_csv_reader_get_field (reader, 99), ==, "");
  g_assert_false (sc_csv_reader_is_blank (reader));

  fields = sc_csv_reader_dup_fields (reader);
  g_assert_cmpuint (g_strv_length (fields), ==, 5);
  g_assert_cmpstr (fields[4], ==, "second");
  g_assert_false (sc_csv_reader_next (reader, &error));
  g_assert_no_error (error);
  /* The fields copied before stay valid. */
  g_assert_cmpstr (fields[0], ==, "S-1");
}

static void
test_csv_blank_rows (void)
{
  const char *file = "a,b,c\n,,\n , ,\n";
  g_autoptr(ScCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;

  reader = sc_csv_reader_new_for_data (file, strlen (file), "t.csv", NULL, &error);
  g_assert_true (sc_csv_reader_next (reader, &error));
  g_assert_true (sc_csv_reader_is_blank (reader));
  g_assert_true (sc_csv_reader_next (reader, &error));
  g_assert_false (sc_csv_reader_is_blank (reader));
  g_assert_no_error (error);
}

static void
test_csv_mangled_barcodes (void)
{
  const struct
  {
    const char *cell;
    gboolean    mangled;
  } cases[] = {
    { "3.65275E+11", TRUE },
    { "3,65275E+11", TRUE },
    { "1E+12", TRUE },
    { "-1.2E-05", TRUE },
    { " 3.65E+11 ", TRUE },
    { "3.65275e+11", TRUE },
    { "365275101829", FALSE },
    { "0012345678905", FALSE },
    { "12E3", FALSE },
    { "SRT-12E+3", FALSE },
    { "E+11", FALSE },
    { "3.E+11", FALSE },
    { "3.65E+", FALSE },
    { "3.65275E+11x", FALSE },
    { "", FALSE },
  };
  const char *file =
    "Handle,Variant SKU,Variant Barcode,Title\r\n"
    "shirt,SRT-1,3.65275E+11,1E+12\r\n"
    "shirt,4.2E+13,365275101829,Shirt\r\n";
  const char *identifiers[] = { "variant barcode", "Variant SKU", "Barcode", "variant barcode", NULL };
  g_autofree char *account = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *message = sc_csv_check_identifier ("Barcode", cases[i].cell);

      g_test_message ("cell “%s”", cases[i].cell);
      g_assert_cmpint (sc_csv_looks_mangled_number (cases[i].cell), ==, cases[i].mangled);
      g_assert_cmpint (message != NULL, ==, cases[i].mangled);
    }

  /* Only watched columns are flagged, once each, in the row's order. */
  account = read_account (file, strlen (file), NULL, identifiers);
  g_assert_cmpstr (account, ==,
                   "header: Handle | Variant SKU | Variant Barcode | Title\n"
                   "problem: t.csv:2: “3.65275E+11” in column “Variant Barcode” is a number a spreadsheet rewrote in scientific notation, so its digits are lost. Export the file again from the store, or format the column as Text in the spreadsheet and type the codes again\n"
                   "2: shirt | SRT-1 | 3.65275E+11 | 1E+12\n"
                   "problem: t.csv:3: “4.2E+13” in column “Variant SKU” is a number a spreadsheet rewrote in scientific notation, so its digits are lost. Export the file again from the store, or format the column as Text in the spreadsheet and type the codes again\n"
                   "3: shirt | 4.2E+13 | 365275101829 | Shirt\n");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (read_cases); i++)
    {
      g_autofree char *path = g_strconcat ("/csv/read/", read_cases[i].name, NULL);

      g_test_add_data_func (path, &read_cases[i], test_csv_read_case);
    }
  g_test_add_func ("/csv/read/utf16", test_csv_utf16);
  g_test_add_func ("/csv/read/encoding-reported", test_csv_encoding_reported);
  g_test_add_func ("/csv/read/huge-field-cap", test_csv_huge_field_cap);
  g_test_add_func ("/csv/read/find-column", test_csv_find_column);
  g_test_add_func ("/csv/read/blank-rows", test_csv_blank_rows);
  g_test_add_func ("/csv/read/mangled-barcodes", test_csv_mangled_barcodes);

  return g_test_run ();
}
