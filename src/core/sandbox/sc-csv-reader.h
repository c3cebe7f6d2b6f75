/* sc-csv-reader.h - RFC 4180 CSV files as classrooms produce them, every cell as text
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reader takes a whole file (with a size cap), accepts UTF-8 with or
 * without a byte order mark and UTF-16 LE/BE with one (converted to UTF-8),
 * and refuses anything else with advice. The first record is the header;
 * its first line picks the delimiter (',' ';' or tab, whichever appears
 * most outside quotes) unless the caller names one. Cells are never
 * converted: "007" stays "007", a barcode stays its digits.
 *
 * Locations are lines as a text editor counts them (CR, LF and CRLF each
 * end one line); a record is reported at the line where it starts, which
 * is the spreadsheet's row number as long as no cell above holds a line
 * break. Errors and problems read `FILE:LINE: message`, FILE being the
 * display name the caller gave.
 *
 * Errors stop reading (GError, SC_ERROR_INVALID_INPUT, or SC_ERROR_IO when
 * the file cannot be read): an encoding other than UTF-8/UTF-16, a quote
 * that is never closed (reported at the line where it opened), a quote
 * inside an unquoted cell, text after a closing quote, a file, a cell or a
 * row over its cap. Problems do not stop reading: rows whose cell count
 * differs from the header (unless the caller makes that an error or
 * allows it), duplicate column names, and cells of identifier columns
 * that a spreadsheet turned into scientific notation.
 *
 * Two tolerances beyond RFC 4180, both for hand-edited files and neither
 * changing how a valid file reads: spaces before an opening quote and
 * after a closing quote are dropped, and an empty line is skipped.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define SC_CSV_DEFAULT_MAX_FILE_SIZE  ((gsize) 64 * 1024 * 1024)
#define SC_CSV_DEFAULT_MAX_FIELD_SIZE ((gsize) 1024 * 1024)
#define SC_CSV_DEFAULT_MAX_COLUMNS    1024

typedef enum
{
  SC_CSV_ENCODING_UTF8,
  SC_CSV_ENCODING_UTF8_BOM,
  SC_CSV_ENCODING_UTF16LE,
  SC_CSV_ENCODING_UTF16BE,
} ScCsvEncoding;

/* What a row with more or fewer cells than the header does. Missing cells
 * read as "" either way; extra cells stay readable by index. */
typedef enum
{
  SC_CSV_RAGGED_REPORT,  /* kept, with a problem (the default) */
  SC_CSV_RAGGED_ALLOW,   /* kept silently */
  SC_CSV_RAGGED_ERROR,   /* stops reading with an error */
} ScCsvRagged;

typedef struct
{
  char         delimiter;       /* ',', ';' or '\t'; 0 detects it from the header line */
  ScCsvRagged  ragged;
  gsize        max_file_size;   /* bytes as stored; 0 for SC_CSV_DEFAULT_MAX_FILE_SIZE */
  gsize        max_field_size;  /* bytes of one cell in UTF-8; 0 for the default */
  guint        max_columns;     /* cells in one row; 0 for the default */
} ScCsvOptions;

typedef struct
{
  guint  line;     /* 0 when the problem is about the whole file */
  char  *message;  /* without the location */
} ScCsvProblem;

typedef struct _ScCsvReader ScCsvReader;

void                 sc_csv_options_init               (ScCsvOptions       *options);

ScCsvReader         *sc_csv_reader_new_for_path        (const char         *path,
                                                        const char         *display_name,
                                                        const ScCsvOptions *options,
                                                        GError            **error);
ScCsvReader         *sc_csv_reader_new_for_bytes       (GBytes             *bytes,
                                                        const char         *display_name,
                                                        const ScCsvOptions *options,
                                                        GError            **error);
ScCsvReader         *sc_csv_reader_new_for_data        (const char         *data,
                                                        gsize               length,
                                                        const char         *display_name,
                                                        const ScCsvOptions *options,
                                                        GError            **error);
void                 sc_csv_reader_free                (ScCsvReader        *self);

const char          *sc_csv_reader_get_display_name    (ScCsvReader        *self);
ScCsvEncoding        sc_csv_reader_get_encoding        (ScCsvReader        *self);
char                 sc_csv_reader_get_delimiter       (ScCsvReader        *self);

/* The header (read when the reader is created) */
guint                sc_csv_reader_get_n_columns       (ScCsvReader        *self);
const char          *sc_csv_reader_get_column_name     (ScCsvReader        *self,
                                                        guint               column);
const char          *sc_csv_reader_get_column_key      (ScCsvReader        *self,
                                                        guint               column);
gboolean             sc_csv_reader_column_is_duplicate (ScCsvReader        *self,
                                                        guint               column);
int                  sc_csv_reader_find_column         (ScCsvReader        *self,
                                                        const char         *name);
void                 sc_csv_reader_watch_identifiers   (ScCsvReader        *self,
                                                        const char * const *names);

/* The rows after the header, one at a time */
gboolean             sc_csv_reader_next                (ScCsvReader        *self,
                                                        GError            **error);
guint                sc_csv_reader_get_line            (ScCsvReader        *self);
guint                sc_csv_reader_get_n_fields        (ScCsvReader        *self);
const char          *sc_csv_reader_get_field           (ScCsvReader        *self,
                                                        guint               column);
const char          *sc_csv_reader_get_field_by_name   (ScCsvReader        *self,
                                                        const char         *name);
GStrv                sc_csv_reader_dup_fields          (ScCsvReader        *self);
gboolean             sc_csv_reader_is_blank            (ScCsvReader        *self);

/* Problems found so far, in the order found */
guint                sc_csv_reader_get_n_problems      (ScCsvReader        *self);
const ScCsvProblem  *sc_csv_reader_get_problem         (ScCsvReader        *self,
                                                        guint               index);
char                *sc_csv_reader_format_problem      (ScCsvReader        *self,
                                                        const ScCsvProblem *problem);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScCsvReader, sc_csv_reader_free)

G_END_DECLS
