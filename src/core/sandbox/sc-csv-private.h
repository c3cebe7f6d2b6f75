/* sc-csv-private.h - what the CSV reader's files share
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-csv-reader.h"

G_BEGIN_DECLS

struct _ScCsvReader
{
  char         *display_name;
  ScCsvOptions  options;
  ScCsvEncoding encoding;
  char          delimiter;

  GBytes       *text;     /* UTF-8, no BOM */
  const char   *data;
  gsize         length;
  gsize         pos;
  guint         line;     /* the line at pos */
  gboolean      done;

  /* The current record */
  GString      *buffer;
  GArray       *offsets;  /* gsize: where each cell starts in buffer */
  guint         record_line;

  GPtrArray    *header;   /* char * */
  GPtrArray    *keys;     /* char *: each header cell's sc_csv_normalize_name () */
  GHashTable   *columns;  /* normalised name (in keys) -> first index + 1 */
  GArray       *duplicates; /* gboolean per column: its name is an earlier one's */
  GArray       *identifiers; /* guint: columns whose cells must keep their digits */
  GPtrArray    *problems; /* ScCsvProblem */
};

typedef enum
{
  SC_CSV_PARSE_RECORD,
  SC_CSV_PARSE_END,
  SC_CSV_PARSE_ERROR,
} ScCsvParse;

guint       sc_csv_count_line_breaks (const char     *data,
                                      gsize           length);
void        sc_csv_set_error         (GError        **error,
                                      int             code,
                                      const char     *display_name,
                                      guint           line,
                                      const char     *format,
                                      ...) G_GNUC_PRINTF (5, 6);

/* sc-csv-decode.c */
GBytes     *sc_csv_read_file         (const char     *path,
                                      const char     *display_name,
                                      gsize           max_size,
                                      GError        **error);
GBytes     *sc_csv_decode            (GBytes         *raw,
                                      const char     *display_name,
                                      gsize           max_size,
                                      ScCsvEncoding  *encoding,
                                      GError        **error);

/* sc-csv-parse.c */
ScCsvParse  sc_csv_parse_record      (ScCsvReader    *self,
                                      GError        **error);
char        sc_csv_detect_delimiter  (const char     *data,
                                      gsize           length);

G_END_DECLS
