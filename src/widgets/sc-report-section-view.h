/* sc-report-section-view.h - a section of a progress report on screen: heading, chart, table twin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sc-chart.h"
#include "sc-report-sections.h"

G_BEGIN_DECLS

#define SC_TYPE_REPORT_SECTION_VIEW (sc_report_section_view_get_type ())

G_DECLARE_FINAL_TYPE (ScReportSectionView, sc_report_section_view, SC, REPORT_SECTION_VIEW, GtkWidget)

GtkWidget     *sc_report_section_view_new     (const ScReportSection *section);
void           sc_report_section_view_add_suffix (ScReportSectionView *self,
                                                  GtkWidget           *suffix);
ScChartSeries *sc_report_section_dup_series   (const ScReportSection *section);

G_END_DECLS
