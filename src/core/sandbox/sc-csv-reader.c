/* sc-csv-reader.c - RFC 4180 CSV files as classrooms produce them, every cell as text
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reader object: options, header, problems and the accessors of the
 * current row. Decoding is in sc-csv-decode.c, the record parser in
 * sc-csv-parse.c.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sc-csv-cells.h"
#include "sc-csv-private.h"
#include "sc-error.h"


void
sc_csv_options_init (ScCsvOptions *options)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  options->ragged = SC_CSV_RAGGED_REPORT;
}

static void
problem_free (gpointer data)
{
  ScCsvProblem *problem = data;

  g_free (problem->message);
  g_free (problem);
}

static void
add_problem (ScCsvReader *self,
             guint        line,
             char        *message)
{
  ScCsvProblem *problem = g_new0 (ScCsvProblem, 1);

  problem->line = line;
  problem->message = message;
  g_ptr_array_add (self->problems, problem);
}

static gboolean
read_header (ScCsvReader *self,
             GError     **error)
{
  ScCsvParse result = sc_csv_parse_record (self, error);

  if (result == SC_CSV_PARSE_ERROR)
    return FALSE;
  if (result == SC_CSV_PARSE_END)
    {
      sc_csv_set_error (error, SC_ERROR_INVALID_INPUT, self->display_name, 0,
                        _("the file is empty. Export the products again, with the header row"));
      return FALSE;
    }

  self->header = g_ptr_array_new_with_free_func (g_free);
  self->keys = g_ptr_array_new_with_free_func (g_free);
  self->columns = g_hash_table_new (g_str_hash, g_str_equal);
  self->duplicates = g_array_sized_new (FALSE, TRUE, sizeof (gboolean), self->offsets->len);
  for (guint i = 0; i < self->offsets->len; i++)
    {
      const char *name = sc_csv_reader_get_field (self, i);
      char *key = sc_csv_normalize_name (name);
      gboolean duplicate = FALSE;
      gpointer first;

      g_ptr_array_add (self->header, g_strdup (name));
      g_ptr_array_add (self->keys, key);
      if (*key != '\0')
        duplicate = g_hash_table_lookup_extended (self->columns, key, NULL, &first);
      g_array_append_val (self->duplicates, duplicate);
      if (*key == '\0')
        continue;
      if (duplicate)
        add_problem (self, self->record_line,
                     g_strdup_printf (_("column %u (“%s”) has the same name as column %u; only column %u is read"),
                                      i + 1, name, GPOINTER_TO_UINT (first), GPOINTER_TO_UINT (first)));
      else
        g_hash_table_insert (self->columns, key, GUINT_TO_POINTER (i + 1));
    }

  return TRUE;
}

/**
 * sc_csv_reader_new_for_bytes:
 * @bytes: the file as stored
 * @display_name: how messages name the file, such as its base name
 * @options: (nullable): limits and choices; %NULL for the defaults
 *
 * Decodes the text and reads the header row.
 *
 * Returns: (transfer full) (nullable): the reader, positioned before the
 *   first row after the header, or %NULL with an error
 */
ScCsvReader *
sc_csv_reader_new_for_bytes (GBytes             *bytes,
                             const char         *display_name,
                             const ScCsvOptions *options,
                             GError            **error)
{
  g_autoptr(ScCsvReader) self = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (options == NULL || options->delimiter == '\0' || options->delimiter == ',' ||
                        options->delimiter == ';' || options->delimiter == '\t', NULL);

  self = g_new0 (ScCsvReader, 1);
  self->display_name = g_strdup (display_name);
  if (options != NULL)
    self->options = *options;
  else
    sc_csv_options_init (&self->options);
  if (self->options.max_file_size == 0)
    self->options.max_file_size = SC_CSV_DEFAULT_MAX_FILE_SIZE;
  if (self->options.max_field_size == 0)
    self->options.max_field_size = SC_CSV_DEFAULT_MAX_FIELD_SIZE;
  if (self->options.max_columns == 0)
    self->options.max_columns = SC_CSV_DEFAULT_MAX_COLUMNS;
  self->buffer = g_string_new (NULL);
  self->offsets = g_array_new (FALSE, FALSE, sizeof (gsize));
  self->identifiers = g_array_new (FALSE, FALSE, sizeof (guint));
  self->problems = g_ptr_array_new_with_free_func (problem_free);
  self->line = 1;

  self->text = sc_csv_decode (bytes, display_name, self->options.max_file_size, &self->encoding, error);
  if (self->text == NULL)
    return NULL;
  self->data = g_bytes_get_data (self->text, &self->length);

  self->delimiter = self->options.delimiter;
  if (self->delimiter == '\0')
    self->delimiter = sc_csv_detect_delimiter (self->data, self->length);

  if (!read_header (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

ScCsvReader *
sc_csv_reader_new_for_data (const char         *data,
                            gsize               length,
                            const char         *display_name,
                            const ScCsvOptions *options,
                            GError            **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, length);

  return sc_csv_reader_new_for_bytes (bytes, display_name, options, error);
}

/**
 * sc_csv_reader_new_for_path:
 * @display_name: (nullable): how messages name the file; %NULL for @path
 */
ScCsvReader *
sc_csv_reader_new_for_path (const char         *path,
                            const char         *display_name,
                            const ScCsvOptions *options,
                            GError            **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize max_size = SC_CSV_DEFAULT_MAX_FILE_SIZE;

  g_return_val_if_fail (path != NULL, NULL);

  if (display_name == NULL)
    display_name = path;
  if (options != NULL && options->max_file_size > 0)
    max_size = options->max_file_size;

  bytes = sc_csv_read_file (path, display_name, max_size, error);
  if (bytes == NULL)
    return NULL;

  return sc_csv_reader_new_for_bytes (bytes, display_name, options, error);
}

void
sc_csv_reader_free (ScCsvReader *self)
{
  if (self == NULL)
    return;

  g_free (self->display_name);
  g_clear_pointer (&self->text, g_bytes_unref);
  g_string_free (self->buffer, TRUE);
  g_array_unref (self->offsets);
  g_clear_pointer (&self->header, g_ptr_array_unref);
  g_clear_pointer (&self->duplicates, g_array_unref);
  g_clear_pointer (&self->columns, g_hash_table_unref);
  g_clear_pointer (&self->keys, g_ptr_array_unref);
  g_array_unref (self->identifiers);
  g_ptr_array_unref (self->problems);
  g_free (self);
}

const char *
sc_csv_reader_get_display_name (ScCsvReader *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->display_name;
}

ScCsvEncoding
sc_csv_reader_get_encoding (ScCsvReader *self)
{
  g_return_val_if_fail (self != NULL, SC_CSV_ENCODING_UTF8);

  return self->encoding;
}

char
sc_csv_reader_get_delimiter (ScCsvReader *self)
{
  g_return_val_if_fail (self != NULL, ',');

  return self->delimiter;
}

guint
sc_csv_reader_get_n_columns (ScCsvReader *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->header->len;
}

/* The header cell exactly as in the file (not trimmed). */
const char *
sc_csv_reader_get_column_name (ScCsvReader *self,
                               guint        column)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (column < self->header->len, NULL);

  return g_ptr_array_index (self->header, column);
}

/**
 * sc_csv_reader_get_column_key:
 *
 * Returns: the header cell's key, as sc_csv_normalize_name () makes it
 *   (made once, with the header)
 */
const char *
sc_csv_reader_get_column_key (ScCsvReader *self,
                              guint        column)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (column < self->keys->len, NULL);

  return g_ptr_array_index (self->keys, column);
}

/**
 * sc_csv_reader_column_is_duplicate:
 *
 * Returns: whether @column's name (compared as sc_csv_normalize_name ()
 *   does) is an earlier column's: such a column is not read, as the
 *   problem about it says.
 */
gboolean
sc_csv_reader_column_is_duplicate (ScCsvReader *self,
                                   guint        column)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (column < self->header->len, FALSE);

  return g_array_index (self->duplicates, gboolean, column);
}

/**
 * sc_csv_reader_find_column:
 * @name: a column name; case, Unicode normalisation and spaces around it
 *   do not matter ("variant sku" finds " Variant SKU")
 *
 * Returns: the index of the first column with that name, or -1
 */
int
sc_csv_reader_find_column (ScCsvReader *self,
                           const char  *name)
{
  g_autofree char *key = NULL;
  gpointer found;

  g_return_val_if_fail (self != NULL, -1);
  g_return_val_if_fail (name != NULL, -1);

  key = sc_csv_normalize_name (name);
  found = g_hash_table_lookup (self->columns, key);

  return found != NULL ? (int) GPOINTER_TO_UINT (found) - 1 : -1;
}

static int
compare_columns (gconstpointer a,
                 gconstpointer b)
{
  guint left = *(const guint *) a;
  guint right = *(const guint *) b;

  return (left > right) - (left < right);
}

/**
 * sc_csv_reader_watch_identifiers:
 * @names: (array zero-terminated=1): columns holding barcodes, SKUs or
 *   other codes; names the header lacks are ignored
 *
 * From the next row on, a cell of these columns that a spreadsheet turned
 * into scientific notation ("3.65275E+11") is reported as a problem,
 * columns left to right.
 */
void
sc_csv_reader_watch_identifiers (ScCsvReader        *self,
                                 const char * const *names)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (names != NULL);

  for (guint i = 0; names[i] != NULL; i++)
    {
      int column = sc_csv_reader_find_column (self, names[i]);
      gboolean known = FALSE;

      if (column < 0)
        continue;
      for (guint k = 0; k < self->identifiers->len; k++)
        known |= g_array_index (self->identifiers, guint, k) == (guint) column;
      if (!known)
        {
          guint index = column;

          g_array_append_val (self->identifiers, index);
        }
    }

  /* Reported left to right, as a learner reads the row. */
  g_array_sort (self->identifiers, compare_columns);
}

static gboolean
check_ragged (ScCsvReader *self,
              GError     **error)
{
  guint have = self->offsets->len;
  guint want = self->header->len;
  g_autofree char *counts = NULL;

  if (have == want || self->options.ragged == SC_CSV_RAGGED_ALLOW)
    return TRUE;

  counts = g_strdup_printf (ngettext ("the row has %u cell but the header has %u",
                                      "the row has %u cells but the header has %u", have),
                            have, want);
  if (self->options.ragged == SC_CSV_RAGGED_ERROR)
    {
      sc_csv_set_error (error, SC_ERROR_INVALID_INPUT, self->display_name, self->record_line,
                        _("%s. Every row needs one cell per column; check for a delimiter inside a cell that is not in quotes"),
                        counts);
      return FALSE;
    }

  if (have < want)
    add_problem (self, self->record_line,
                 g_strdup_printf (_("%s; the missing cells are read as empty"), counts));
  else
    add_problem (self, self->record_line,
                 g_strdup_printf (_("%s; cells past the last column are ignored. Check for a delimiter inside a cell that is not in quotes"),
                                  counts));
  return TRUE;
}

/**
 * sc_csv_reader_next:
 *
 * Moves to the next row. Rows' cells are valid until the next call.
 *
 * Returns: %TRUE when there is a row; %FALSE at the end (@error unset) or
 *   on an error, after which the reader stays at the end
 */
gboolean
sc_csv_reader_next (ScCsvReader *self,
                    GError     **error)
{
  ScCsvParse result;

  g_return_val_if_fail (self != NULL, FALSE);

  if (self->done)
    return FALSE;

  result = sc_csv_parse_record (self, error);
  if (result != SC_CSV_PARSE_RECORD || !check_ragged (self, error))
    {
      self->done = TRUE;
      g_array_set_size (self->offsets, 0);
      return FALSE;
    }

  for (guint k = 0; k < self->identifiers->len; k++)
    {
      guint column = g_array_index (self->identifiers, guint, k);
      char *message = sc_csv_check_identifier (g_ptr_array_index (self->header, column),
                                               sc_csv_reader_get_field (self, column));

      if (message != NULL)
        add_problem (self, self->record_line, message);
    }

  return TRUE;
}

/* The line where the current row starts. */
guint
sc_csv_reader_get_line (ScCsvReader *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->record_line;
}

guint
sc_csv_reader_get_n_fields (ScCsvReader *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->offsets->len;
}

/* The cell, or "" past the end of a short row. */
const char *
sc_csv_reader_get_field (ScCsvReader *self,
                         guint        column)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (column >= self->offsets->len)
    return "";

  return self->buffer->str + g_array_index (self->offsets, gsize, column);
}

/* The cell of the named column; %NULL when the header has no such column. */
const char *
sc_csv_reader_get_field_by_name (ScCsvReader *self,
                                 const char  *name)
{
  int column = sc_csv_reader_find_column (self, name);

  return column < 0 ? NULL : sc_csv_reader_get_field (self, column);
}

/* A copy of the current row's cells, to keep past the next call. */
GStrv
sc_csv_reader_dup_fields (ScCsvReader *self)
{
  GStrv fields;

  g_return_val_if_fail (self != NULL, NULL);

  fields = g_new0 (char *, self->offsets->len + 1);
  for (guint i = 0; i < self->offsets->len; i++)
    fields[i] = g_strdup (sc_csv_reader_get_field (self, i));

  return fields;
}

/* TRUE when every cell of the row is empty, like the ",,,," rows a
 * spreadsheet writes for formatted but empty rows. */
gboolean
sc_csv_reader_is_blank (ScCsvReader *self)
{
  g_return_val_if_fail (self != NULL, TRUE);

  for (guint i = 0; i < self->offsets->len; i++)
    if (*sc_csv_reader_get_field (self, i) != '\0')
      return FALSE;

  return TRUE;
}

guint
sc_csv_reader_get_n_problems (ScCsvReader *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->problems->len;
}

const ScCsvProblem *
sc_csv_reader_get_problem (ScCsvReader *self,
                           guint        index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->problems->len, NULL);

  return g_ptr_array_index (self->problems, index);
}

/* `FILE:LINE: message`, or `FILE: message` for the whole file */
char *
sc_csv_reader_format_problem (ScCsvReader        *self,
                              const ScCsvProblem *problem)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (problem != NULL, NULL);

  if (problem->line > 0)
    return g_strdup_printf ("%s:%u: %s", self->display_name, problem->line, problem->message);

  return g_strdup_printf ("%s: %s", self->display_name, problem->message);
}
