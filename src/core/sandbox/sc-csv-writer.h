/* sc-csv-writer.h - RFC 4180 CSV output: CRLF, quotes only where needed, UTF-8
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Rows are built in memory cell by cell and saved in one atomic write, so
 * a failed export never leaves half a file behind. A cell is quoted when
 * it holds the delimiter, a quote, CR or LF, or starts or ends with a
 * space; a row whose only cell is empty is written as "" so that it does
 * not read back as a skipped empty line. sc_csv_writer_add_text ()
 * neutralises spreadsheet formulas (see sc-csv-cells.h) and is meant for
 * text columns only; prices, quantities and barcodes go through
 * sc_csv_writer_add () unchanged.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  SC_CSV_WRITER_DEFAULT = 0,
  SC_CSV_WRITER_BOM     = 1 << 0,  /* start with a UTF-8 byte order mark, as WooCommerce does */
} ScCsvWriterFlags;

typedef struct _ScCsvWriter ScCsvWriter;

ScCsvWriter *sc_csv_writer_new        (char                delimiter,
                                       ScCsvWriterFlags    flags);
void         sc_csv_writer_free       (ScCsvWriter        *self);

void         sc_csv_writer_add        (ScCsvWriter        *self,
                                       const char         *cell);
void         sc_csv_writer_add_text   (ScCsvWriter        *self,
                                       const char         *cell);
void         sc_csv_writer_end_row    (ScCsvWriter        *self);
void         sc_csv_writer_add_row    (ScCsvWriter        *self,
                                       const char * const *cells,
                                       gssize              n_cells);

guint        sc_csv_writer_get_n_rows (ScCsvWriter        *self);
const char  *sc_csv_writer_get_data   (ScCsvWriter        *self,
                                       gsize              *length);
GBytes      *sc_csv_writer_to_bytes   (ScCsvWriter        *self);
gboolean     sc_csv_writer_save       (ScCsvWriter        *self,
                                       const char         *path,
                                       GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScCsvWriter, sc_csv_writer_free)

G_END_DECLS
