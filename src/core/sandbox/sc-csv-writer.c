/* sc-csv-writer.c - RFC 4180 CSV output: CRLF, quotes only where needed, UTF-8
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sc-csv-cells.h"
#include "sc-csv-writer.h"
#include "sc-error.h"

struct _ScCsvWriter
{
  GString *out;
  char     delimiter;
  guint    n_cells;      /* in the row being written */
  gsize    row_start;    /* where that row starts in out */
  gboolean last_empty;   /* the row's last cell was written empty and unquoted */
  guint    n_rows;
};

/**
 * sc_csv_writer_new:
 * @delimiter: ',', ';' or '\t'
 */
ScCsvWriter *
sc_csv_writer_new (char             delimiter,
                   ScCsvWriterFlags flags)
{
  ScCsvWriter *self;

  g_return_val_if_fail (delimiter == ',' || delimiter == ';' || delimiter == '\t', NULL);

  self = g_new0 (ScCsvWriter, 1);
  self->out = g_string_new (NULL);
  self->delimiter = delimiter;
  if (flags & SC_CSV_WRITER_BOM)
    g_string_append (self->out, "\xef\xbb\xbf");
  self->row_start = self->out->len;

  return self;
}

void
sc_csv_writer_free (ScCsvWriter *self)
{
  if (self == NULL)
    return;

  g_string_free (self->out, TRUE);
  g_free (self);
}

static gboolean
needs_quotes (ScCsvWriter *self,
              const char  *cell)
{
  gsize length = strlen (cell);

  if (length == 0)
    return FALSE;
  /* Readers that trim (ours does before a quote) would lose the spaces,
   * and a byte order mark at the start of the file would be taken off. */
  if (cell[0] == ' ' || cell[length - 1] == ' ' || g_str_has_prefix (cell, "\xef\xbb\xbf"))
    return TRUE;

  for (const char *p = cell; *p != '\0'; p++)
    if (*p == self->delimiter || *p == '"' || *p == '\r' || *p == '\n')
      return TRUE;

  /* A reader that is not told the delimiter takes the one found most
   * often outside quotes on the first line (ours does): header names
   * holding many tabs or semicolons would pass for more columns than the
   * commas make, so there every delimiter a reader might guess is quoted. */
  if (self->n_rows == 0)
    for (const char *p = cell; *p != '\0'; p++)
      if (*p == ',' || *p == ';' || *p == '\t')
        return TRUE;

  return FALSE;
}

/**
 * sc_csv_writer_add:
 * @cell: (nullable): the cell as it is, in UTF-8; %NULL for an empty cell
 *
 * Adds a cell to the current row, quoting it when needed.
 */
void
sc_csv_writer_add (ScCsvWriter *self,
                   const char  *cell)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (cell == NULL || g_utf8_validate (cell, -1, NULL));

  if (cell == NULL)
    cell = "";

  if (self->n_cells > 0)
    g_string_append_c (self->out, self->delimiter);
  self->n_cells++;
  self->last_empty = *cell == '\0';

  if (!needs_quotes (self, cell))
    {
      g_string_append (self->out, cell);
      return;
    }

  g_string_append_c (self->out, '"');
  for (const char *p = cell; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (self->out, '"');
      g_string_append_c (self->out, *p);
    }
  g_string_append_c (self->out, '"');
}

/**
 * sc_csv_writer_add_text:
 * @cell: (nullable): a text cell: a title, a description, a tag list
 *
 * Like sc_csv_writer_add (), after neutralising a leading formula
 * character with an apostrophe. Never for prices, quantities or codes.
 */
void
sc_csv_writer_add_text (ScCsvWriter *self,
                        const char  *cell)
{
  g_autofree char *safe = NULL;

  g_return_if_fail (self != NULL);

  if (cell == NULL)
    {
      sc_csv_writer_add (self, NULL);
      return;
    }

  safe = sc_csv_neutralize (cell);
  sc_csv_writer_add (self, safe);
}

/* Ends the current row with CRLF. */
void
sc_csv_writer_end_row (ScCsvWriter *self)
{
  g_return_if_fail (self != NULL);

  /* A row of one empty cell would be an empty line, which readers skip. */
  if (self->n_cells == 0 || (self->n_cells == 1 && self->last_empty))
    {
      g_string_truncate (self->out, self->row_start);
      g_string_append (self->out, "\"\"");
    }

  g_string_append (self->out, "\r\n");
  self->n_cells = 0;
  self->last_empty = FALSE;
  self->row_start = self->out->len;
  self->n_rows++;
}

/**
 * sc_csv_writer_add_row:
 * @cells: (array length=n_cells): the cells, each as for sc_csv_writer_add ()
 * @n_cells: their number, or -1 when @cells ends with %NULL
 */
void
sc_csv_writer_add_row (ScCsvWriter        *self,
                       const char * const *cells,
                       gssize              n_cells)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (cells != NULL || n_cells == 0);

  if (n_cells < 0)
    n_cells = g_strv_length ((char **) cells);

  for (gssize i = 0; i < n_cells; i++)
    sc_csv_writer_add (self, cells[i]);
  sc_csv_writer_end_row (self);
}

guint
sc_csv_writer_get_n_rows (ScCsvWriter *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_rows;
}

/* Every finished row so far; a row not ended yet is included as written. */
const char *
sc_csv_writer_get_data (ScCsvWriter *self,
                        gsize       *length)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (length != NULL)
    *length = self->out->len;

  return self->out->str;
}

GBytes *
sc_csv_writer_to_bytes (ScCsvWriter *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_bytes_new (self->out->str, self->out->len);
}

/**
 * sc_csv_writer_save:
 * @path: the file to write; replaced atomically when it exists
 *
 * Returns: %FALSE with an SC_ERROR_IO error naming @path on failure; the
 *   old file, if any, is then untouched
 */
gboolean
sc_csv_writer_save (ScCsvWriter *self,
                    const char  *path,
                    GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (self->n_cells == 0, FALSE);

  if (!g_file_set_contents_full (path, self->out->str, self->out->len,
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0666, &local_error))
    {
      g_set_error (error, SC_ERROR, SC_ERROR_IO,
                   _("%s cannot be written (%s). Choose another folder, or check that the disk has space"),
                   path, local_error->message);
      return FALSE;
    }

  return TRUE;
}
