/* sc-csv-cells.h - what importers and exporters do to single CSV cells
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Formula neutralising: a spreadsheet runs a cell starting with = + - @,
 * tab or CR as a formula (CSV injection). On export, text cells that
 * start so get a leading apostrophe; on import the apostrophe is taken
 * off again. Text that already looks neutralised ("'=x" typed by a
 * learner) gets one more apostrophe, so the pair is an exact round trip:
 * sc_csv_unneutralize (sc_csv_neutralize (t)) == t for every t.
 *
 * Identifier cells (barcodes, SKUs) must keep their digits. A spreadsheet
 * that opened and saved the file shows a long number as "3.65275E+11" and
 * writes that: the digits are gone for good. Such cells are flagged.
 *
 * WooCommerce lists (categories, tags, images, attribute values) are
 * comma-separated in one cell, with a literal comma written "\,".
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean  sc_csv_needs_neutralizing  (const char         *text);
char     *sc_csv_neutralize          (const char         *text);
char     *sc_csv_unneutralize        (const char         *text);

gboolean  sc_csv_looks_mangled_number (const char        *cell);
char     *sc_csv_check_identifier    (const char         *column_name,
                                      const char         *cell);

GStrv     sc_csv_split_list          (const char         *cell);
char     *sc_csv_join_list           (const char * const *items);

char     *sc_csv_normalize_name      (const char         *name);
gboolean  sc_csv_key_is_name         (const char         *key,
                                      const char         *name);
gboolean  sc_csv_key_has_name_prefix (const char         *key,
                                      const char         *name);

G_END_DECLS
