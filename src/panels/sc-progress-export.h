/* sc-progress-export.h - the Progress page written to a folder: tables as CSV, charts as PNG, a portfolio page
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sc-chart.h"
#include "sc-portfolio.h"
#include "sc-report-sections.h"

G_BEGIN_DECLS

/* The width of an exported chart, in pixels at scale 1. */
#define SC_PROGRESS_EXPORT_CHART_WIDTH 960

char          *sc_progress_export_file_name  (GDateTime              *now,
                                              const ScReportSection  *section,
                                              const char             *extension);
gboolean       sc_progress_export_write      (GPtrArray              *sections,
                                              GPtrArray              *portfolios,
                                              const char             *dir,
                                              GDateTime              *now,
                                              GPtrArray              *out_files,
                                              GError                **error);

gboolean       sc_progress_export_to         (GtkWidget              *widget,
                                              GPtrArray              *sections,
                                              GPtrArray              *portfolios,
                                              GFile                  *folder);
void           sc_progress_export_ask        (GtkWidget              *widget,
                                              GPtrArray              *sections,
                                              GPtrArray              *portfolios);

G_END_DECLS
