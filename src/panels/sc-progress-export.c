/* sc-progress-export.c - the Progress page's sections written to a folder: tables as CSV, charts as PNG
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An export is what the page shows, in files a learner can hand in or an
 * instructor can collect: each section's table as CSV (for a spreadsheet)
 * and its chart as a PNG (for a report), named by the day and the
 * section, "shopcraft-progress-2026-12-02-skills.csv". Charts are drawn
 * in the light style whatever the window's, for paper, at one and a half
 * times the screen's size so they print sharp.
 *
 * Nothing here draws with GTK: the drawing is the charts floor's, so a
 * command-line export could write the same files.
 */
#include "config.h"

#include "sc-progress-export.h"
#include "sc-report-section-view.h"

/* Exported charts are for reports and print: larger than on screen. */
#define EXPORT_SCALE 1.5

/**
 * sc_progress_export_file_name:
 * @extension: "csv" or "png"
 *
 * Returns: (transfer full): the name of @section's file in an export made
 *   on @now's day
 */
char *
sc_progress_export_file_name (GDateTime             *now,
                              const ScReportSection *section,
                              const char            *extension)
{
  g_autofree char *day = NULL;

  g_return_val_if_fail (now != NULL, NULL);
  g_return_val_if_fail (section != NULL, NULL);
  g_return_val_if_fail (extension != NULL, NULL);

  day = g_date_time_format (now, "%Y-%m-%d");

  return g_strdup_printf ("shopcraft-progress-%s-%s.%s", day, section->id, extension);
}

/**
 * sc_progress_export_write:
 * @sections: (element-type ScReportSection): from sc_report_sections_new ()
 * @dir: an existing folder
 * @out_files: (element-type filename): the paths written are added here
 *
 * Writes each section's table and chart into @dir, replacing files of the
 * same names (an export made again the same day).
 *
 * Returns: %FALSE with @error naming the file that could not be written;
 *   the files before it stay written
 */
gboolean
sc_progress_export_write (GPtrArray   *sections,
                          const char  *dir,
                          GDateTime   *now,
                          GPtrArray   *out_files,
                          GError     **error)
{
  g_autoptr(ScChartStyle) style = NULL;

  g_return_val_if_fail (sections != NULL, FALSE);
  g_return_val_if_fail (dir != NULL, FALSE);
  g_return_val_if_fail (now != NULL, FALSE);
  g_return_val_if_fail (out_files != NULL, FALSE);

  style = sc_chart_style_new (FALSE, EXPORT_SCALE);
  for (guint i = 0; i < sections->len; i++)
    {
      const ScReportSection *section = g_ptr_array_index (sections, i);
      g_autoptr(ScChartSeries) series = sc_report_section_dup_series (section);
      g_autofree char *csv_name = sc_progress_export_file_name (now, section, "csv");
      g_autofree char *png_name = sc_progress_export_file_name (now, section, "png");
      g_autofree char *csv_path = g_build_filename (dir, csv_name, NULL);
      g_autofree char *png_path = g_build_filename (dir, png_name, NULL);

      if (!sc_report_section_write_csv (section, csv_path, error))
        return FALSE;
      g_ptr_array_add (out_files, g_steal_pointer (&csv_path));
      if (!sc_chart_write_png (series, style, (int) (SC_PROGRESS_EXPORT_CHART_WIDTH * EXPORT_SCALE),
                               png_path, error))
        return FALSE;
      g_ptr_array_add (out_files, g_steal_pointer (&png_path));
    }

  return TRUE;
}
