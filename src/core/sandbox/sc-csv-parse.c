/* sc-csv-parse.c - one CSV record at a time, RFC 4180 with two tolerances
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The whole decoded file is in memory (it has a cap) and each record is
 * parsed into one reused buffer: cells are NUL-terminated strings laid
 * end to end, found through an array of offsets. A row costs no
 * allocation once the buffer has grown to the widest row.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sc-csv-private.h"
#include "sc-error.h"

/* "column 3 (“SKU”)", or "column 3" when the header has no name for it */
static char *
describe_column (ScCsvReader *self,
                 guint        index)
{
  const char *name = NULL;

  if (self->header != NULL && index < self->header->len)
    name = g_ptr_array_index (self->header, index);

  if (name != NULL && *name != '\0')
    return g_strdup_printf (_("column %u (“%s”)"), index + 1, name);

  return g_strdup_printf (_("column %u"), index + 1);
}

static ScCsvParse
set_cell_too_long (ScCsvReader *self,
                   guint        index,
                   guint        line,
                   gboolean     quoted,
                   GError     **error)
{
  g_autofree char *column = describe_column (self, index);
  g_autofree char *most = g_format_size (self->options.max_field_size);

  if (quoted)
    sc_csv_set_error (error, SC_ERROR_INVALID_INPUT, self->display_name, line,
                      _("the quoted cell in %s that starts here is longer than %s, the most Shopcraft reads in one cell; its closing quote may be missing"),
                      column, most);
  else
    sc_csv_set_error (error, SC_ERROR_INVALID_INPUT, self->display_name, line,
                      _("the cell in %s is longer than %s, the most Shopcraft reads in one cell"),
                      column, most);

  return SC_CSV_PARSE_ERROR;
}

/* Appends data[start, stop) to the current cell, which began at
 * @cell_start in the buffer, unless that makes it too long. */
static gboolean
append_to_cell (ScCsvReader *self,
                gsize        cell_start,
                gsize        start,
                gsize        stop)
{
  if (self->buffer->len - cell_start + (stop - start) > self->options.max_field_size)
    return FALSE;

  g_string_append_len (self->buffer, self->data + start, stop - start);
  return TRUE;
}

/* A quoted cell from just after its opening quote: "" is one quote, and
 * line breaks are part of the cell. Leaves pos after the closing quote. */
static ScCsvParse
parse_quoted (ScCsvReader *self,
              gsize        cell_start,
              guint        index,
              GError     **error)
{
  guint quote_line = self->line;

  for (;;)
    {
      const char *quote = memchr (self->data + self->pos, '"', self->length - self->pos);
      gsize stop = quote != NULL ? (gsize) (quote - self->data) : self->length;

      if (!append_to_cell (self, cell_start, self->pos, stop))
        return set_cell_too_long (self, index, quote_line, TRUE, error);
      self->line += sc_csv_count_line_breaks (self->data + self->pos, stop - self->pos);

      if (quote == NULL)
        {
          g_autofree char *column = describe_column (self, index);

          sc_csv_set_error (error, SC_ERROR_INVALID_INPUT, self->display_name, quote_line,
                            _("the quote that opens %s is never closed, so the rest of the file would be one cell. A quote inside a quoted cell must be doubled (\"\")"),
                            column);
          return SC_CSV_PARSE_ERROR;
        }

      self->pos = stop + 1;
      if (self->pos < self->length && self->data[self->pos] == '"')
        {
          if (!append_to_cell (self, cell_start, self->pos, self->pos + 1))
            return set_cell_too_long (self, index, quote_line, TRUE, error);
          self->pos++;
          continue;
        }

      return SC_CSV_PARSE_RECORD;
    }
}

static gboolean
ends_cell (ScCsvReader *self,
           char         c)
{
  return c == self->delimiter || c == '\r' || c == '\n';
}

/* One record into buffer/offsets, skipping empty lines; self->line
 * follows every line break, inside quotes too. */
ScCsvParse
sc_csv_parse_record (ScCsvReader *self,
                     GError     **error)
{
  const char *data = self->data;
  gboolean any_quoted;

  do
    {
      g_string_truncate (self->buffer, 0);
      g_array_set_size (self->offsets, 0);
      self->record_line = self->line;
      any_quoted = FALSE;

      if (self->pos >= self->length)
        return SC_CSV_PARSE_END;

      for (;;)
        {
          gsize cell_start = self->buffer->len;
          guint index = self->offsets->len;
          gsize q = self->pos;

          if (index >= self->options.max_columns)
            {
              sc_csv_set_error (error, SC_ERROR_INVALID_INPUT, self->display_name, self->record_line,
                                _("the row has more than %u cells, the most Shopcraft reads in one row. Check that this is a product CSV file and that its delimiter is right"),
                                self->options.max_columns);
              return SC_CSV_PARSE_ERROR;
            }
          g_array_append_val (self->offsets, cell_start);

          while (q < self->length && data[q] == ' ')
            q++;

          if (q < self->length && data[q] == '"')
            {
              any_quoted = TRUE;
              self->pos = q + 1;
              if (parse_quoted (self, cell_start, index, error) == SC_CSV_PARSE_ERROR)
                return SC_CSV_PARSE_ERROR;
              while (self->pos < self->length && data[self->pos] == ' ')
                self->pos++;
              if (self->pos < self->length && !ends_cell (self, data[self->pos]))
                {
                  g_autofree char *column = describe_column (self, index);

                  sc_csv_set_error (error, SC_ERROR_INVALID_INPUT, self->display_name, self->line,
                                    _("%s has text after its closing quote. A quote inside a quoted cell must be doubled (\"\")"),
                                    column);
                  return SC_CSV_PARSE_ERROR;
                }
            }
          else
            {
              gsize start = self->pos;

              while (self->pos < self->length && !ends_cell (self, data[self->pos]))
                {
                  if (data[self->pos] == '"')
                    {
                      g_autofree char *column = describe_column (self, index);

                      sc_csv_set_error (error, SC_ERROR_INVALID_INPUT, self->display_name, self->line,
                                        _("%s holds a quote but does not start with one. Put the whole cell in quotes and double each quote inside it, like \"12\"\" frame\""),
                                        column);
                      return SC_CSV_PARSE_ERROR;
                    }
                  self->pos++;
                }
              if (!append_to_cell (self, cell_start, start, self->pos))
                return set_cell_too_long (self, index, self->line, FALSE, error);
            }
          g_string_append_c (self->buffer, '\0');

          if (self->pos >= self->length)
            break;
          if (data[self->pos] == self->delimiter)
            {
              self->pos++;
              continue;
            }

          /* A line break ends the record: CRLF, LF or a lone CR. */
          if (data[self->pos] == '\r' && self->pos + 1 < self->length && data[self->pos + 1] == '\n')
            self->pos++;
          self->pos++;
          self->line++;
          break;
        }
    }
  while (self->offsets->len == 1 && self->buffer->len == 1 && !any_quoted);

  return SC_CSV_PARSE_RECORD;
}

/* The delimiter that appears most often outside quotes on the header's
 * first line; a comma when there is none (a one-column file). */
char
sc_csv_detect_delimiter (const char *data,
                         gsize       length)
{
  static const char candidates[] = { ',', ';', '\t' };
  guint counts[G_N_ELEMENTS (candidates)] = { 0 };
  gboolean quoted = FALSE;
  gboolean content = FALSE;
  guint best = 0;

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (!quoted && (c == '\r' || c == '\n'))
        {
          /* Empty lines before the header are skipped like everywhere. */
          if (content)
            break;
          continue;
        }
      content = TRUE;
      if (c == '"')
        quoted = !quoted;
      else if (!quoted)
        {
          for (guint k = 0; k < G_N_ELEMENTS (candidates); k++)
            counts[k] += c == candidates[k];
        }
    }

  for (guint k = 1; k < G_N_ELEMENTS (candidates); k++)
    if (counts[k] > counts[best])
      best = k;

  return candidates[best];
}
