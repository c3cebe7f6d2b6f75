/* sc-progress-export.c - the Progress page written to a folder: tables as CSV, charts as PNG, a portfolio page
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An export is what the page shows, in files a learner can hand in or an
 * instructor can collect: each section's table as CSV (for a spreadsheet)
 * and its chart as a PNG (for a report), named by the day and the
 * section, "shopcraft-progress-2026-12-02-skills.csv". Charts are drawn
 * in the light style whatever the window's, for paper, at one and a half
 * times the screen's size so they print sharp.
 *
 * With them go portfolios (sc-portfolio.h), a page a learner,
 * "shopcraft-portfolio-2026-12-02-ada-lovelace.html": the learner's
 * tables (with the charts this export wrote of them), written answers
 * with the marks given, and practice stores with the messages they wrote,
 * for an instructor to read or print. The Progress page exports its
 * learner's; the Class section's Learners view everyone's, except on a
 * projector, where it names no one.
 *
 * sc_progress_export_write () draws nothing with GTK (the drawing is the
 * charts floor's), so a command-line export could write the same files;
 * sc_progress_export_ask () and sc_progress_export_to () are what the
 * Progress page and the Class section's Learners view call: a folder
 * chooser, then a toast saying where the files went, or what failed.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <adwaita.h>

#include "sc-progress-export.h"
#include "sc-report-section-view.h"
#include "sc-shell-path.h"
#include "sc-toasts.h"

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

/* @portfolio's page, with the learner's own sections as tables; a
 * section's chart shows when this export wrote it (the learner's own
 * export writes their charts; a class's writes the class's). */
static gboolean
write_portfolio (ScPortfolio  *portfolio,
                 GPtrArray    *sections,
                 GHashTable   *taken,
                 const char   *dir,
                 GDateTime    *now,
                 GPtrArray    *out_files,
                 GError      **error)
{
  g_autoptr(GPtrArray) own = sc_report_sections_new (portfolio->report);
  g_autofree ScPortfolioChart *charts = g_new0 (ScPortfolioChart, MAX (sections->len, 1));
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *base = sc_portfolio_file_name (portfolio, now);
  g_autofree char *name = g_strdup (base);
  g_autofree char *path = NULL;
  g_autofree char *html = NULL;
  guint n_charts = 0;

  for (guint i = 0; i < sections->len; i++)
    {
      const ScReportSection *section = g_ptr_array_index (sections, i);
      char *png_name = sc_progress_export_file_name (now, section, "png");

      g_ptr_array_add (names, png_name);
      charts[n_charts++] = (ScPortfolioChart) { section->id, png_name };
    }

  /* Two learners of the same name: the second page is "…-2.html". */
  for (guint n = 2; g_hash_table_contains (taken, name); n++)
    {
      g_free (name);
      name = g_strdup_printf ("%.*s-%u.html", (int) strlen (base) - 5, base, n);
    }
  g_hash_table_add (taken, g_strdup (name));

  path = g_build_filename (dir, name, NULL);
  html = sc_portfolio_to_html (portfolio, own, charts, n_charts);
  if (!g_file_set_contents (path, html, -1, error))
    return FALSE;
  g_ptr_array_add (out_files, g_steal_pointer (&path));

  return TRUE;
}

/**
 * sc_progress_export_write:
 * @sections: (element-type ScReportSection): from sc_report_sections_new ()
 * @portfolios: (element-type ScPortfolio) (nullable): portfolios to
 *   write with them, a page each
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
sc_progress_export_write (GPtrArray    *sections,
                          GPtrArray    *portfolios,
                          const char   *dir,
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

  if (portfolios != NULL)
    {
      g_autoptr(GHashTable) taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      for (guint i = 0; i < portfolios->len; i++)
        if (!write_portfolio (g_ptr_array_index (portfolios, i), sections, taken, dir, now,
                              out_files, error))
          return FALSE;
    }

  return TRUE;
}

static void
add_toast (GtkWidget *widget,
           AdwToast  *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    sc_toasts_add (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

static void
show_details_cb (GtkWidget *widget,
                 AdwToast  *toast)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Could Not Export"),
                                   g_object_get_data (G_OBJECT (toast), "sc-details"));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
open_portfolio_cb (GtkWidget *widget,
                   AdwToast  *toast)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                g_object_get_data (G_OBJECT (toast), "sc-portfolio-uri"), GDK_CURRENT_TIME);
}

/* The portfolio page of @files, when it has exactly one. */
static const char *
only_portfolio (GPtrArray *files)
{
  const char *found = NULL;

  for (guint i = 0; i < files->len; i++)
    {
      const char *path = g_ptr_array_index (files, i);
      g_autofree char *base = g_path_get_basename (path);

      if (!g_str_has_prefix (base, "shopcraft-portfolio-"))
        continue;
      if (found != NULL)
        return NULL;
      found = path;
    }

  return found;
}

/**
 * sc_progress_export_to:
 * @widget: the page: the toast goes to its window
 * @sections: (element-type ScReportSection): what to write
 * @portfolios: (element-type ScPortfolio) (nullable): portfolios to
 *   write with them
 * @folder: an existing folder
 *
 * Writes @sections into @folder and says so in a toast, or, in a toast
 * that stays, that it could not, with the details one click away.
 *
 * Returns: whether every file was written
 */
gboolean
sc_progress_export_to (GtkWidget *widget,
                       GPtrArray *sections,
                       GPtrArray *portfolios,
                       GFile     *folder)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);
  g_return_val_if_fail (sections != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (folder), FALSE);

  dir = g_file_get_path (folder);
  if (dir == NULL)
    {
      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("“%s” is not a folder on this computer; choose a local folder."),
                   g_file_peek_path (folder) != NULL ? g_file_peek_path (folder) : "");
    }
  else if (sc_progress_export_write (sections, portfolios, dir, now, files, &error))
    {
      const char *portfolio = only_portfolio (files);

      shown = sc_path_for_display (dir, g_get_home_dir ());
      /* Translators: a toast after an export; %s is the folder */
      title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Saved %u file in “%s”",
                                            "Saved %u files in “%s”", files->len),
                               files->len, shown);
      toast = adw_toast_new (title);
      /* A learner's own export: their page one click away, in the browser. */
      if (portfolio != NULL)
        {
          adw_toast_set_button_label (toast, _("_Open Portfolio"));
          g_object_set_data_full (G_OBJECT (toast), "sc-portfolio-uri",
                                  g_filename_to_uri (portfolio, NULL, NULL), g_free);
          g_signal_connect_object (toast, "button-clicked", G_CALLBACK (open_portfolio_cb), widget,
                                   G_CONNECT_SWAPPED);
        }
      add_toast (widget, toast);
      return TRUE;
    }

  /* A short toast; what went wrong, in full, one click away. */
  shown = sc_path_for_display (dir != NULL ? dir : "", g_get_home_dir ());
  /* Translators: a toast when an export failed; %s is the folder */
  title = g_strdup_printf (_("Could not export to “%s”"), shown);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Details"));
  g_object_set_data_full (G_OBJECT (toast), "sc-details", g_strdup (error->message), g_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (show_details_cb), widget,
                           G_CONNECT_SWAPPED);
  /* It stays, and comes before a toast of an earlier export. */
  adw_toast_set_timeout (toast, 0);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  add_toast (widget, toast);

  return FALSE;
}

typedef struct
{
  GWeakRef   widget;
  GPtrArray *sections;
  GPtrArray *portfolios;
} Ask;

static void
ask_free (Ask *ask)
{
  g_weak_ref_clear (&ask->widget);
  g_ptr_array_unref (ask->sections);
  g_clear_pointer (&ask->portfolios, g_ptr_array_unref);
  g_free (ask);
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     Ask             *ask)
{
  g_autoptr(GtkWidget) widget = g_weak_ref_get (&ask->widget);
  g_autoptr(GFile) folder = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  gtk_native_dialog_destroy (chooser);
  /* The page may have closed meanwhile: then there is nowhere to say. */
  if (folder != NULL && widget != NULL)
    sc_progress_export_to (widget, ask->sections, ask->portfolios, folder);
  ask_free (ask);
  g_object_unref (chooser);
}

/**
 * sc_progress_export_ask:
 * @widget: the page asking
 * @sections: (element-type ScReportSection): what to write, as shown now
 * @portfolios: (element-type ScPortfolio) (nullable): portfolios to
 *   write with them
 *
 * Asks for a folder, then exports @sections (and @portfolios) there
 * (sc_progress_export_to ()).
 */
void
sc_progress_export_ask (GtkWidget *widget,
                        GPtrArray *sections,
                        GPtrArray *portfolios)
{
  GtkFileChooserNative *chooser;
  GtkRoot *root;
  Ask *ask;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (sections != NULL);

  root = gtk_widget_get_root (widget);
  chooser = gtk_file_chooser_native_new (_("Export to a Folder"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                         _("_Export"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  ask = g_new0 (Ask, 1);
  g_weak_ref_init (&ask->widget, widget);
  ask->sections = g_ptr_array_ref (sections);
  ask->portfolios = portfolios != NULL ? g_ptr_array_ref (portfolios) : NULL;
  /* Ours until it answers (chooser_response_cb ()). */
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), ask);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
