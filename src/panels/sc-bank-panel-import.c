/* sc-bank-panel-import.c - how a file comes into the Question Banks section
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A file comes in through banks.import (a file chooser), the window's
 * win.import-questions, or a drop on the page; each ends in
 * sc_bank_panel_import_file(), which opens the preview
 * (sc-bank-import-dialog.c). Once the bank is stored, the section lists
 * and selects it and a toast says so.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-bank-panel-private.h"

static void
imported_cb (ScBankPanel *self,
             const char  *name,
             guint        n_questions)
{
  g_autofree char *title = NULL;

  sc_bank_panel_reload (self);
  sc_bank_panel_select_bank (self, name);

  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "Imported %u question into “%s”",
                                        "Imported %u questions into “%s”",
                                        n_questions),
                           n_questions, name);
  sc_bank_panel_add_toast (self, title);
}

/**
 * sc_bank_panel_import_file:
 * @file: a Moodle XML or GIFT file
 *
 * Opens the preview of @file: what the file chooser, a drop and the
 * tests call.
 *
 * Returns: (transfer none) (nullable): the preview, or %NULL when there
 *   is no database to import into
 */
ScBankImportDialog *
sc_bank_panel_import_file (ScBankPanel *self,
                           GFile       *file)
{
  ScDatabase *database;
  ScBankImportDialog *dialog;
  GtkRoot *root;

  g_return_val_if_fail (SC_IS_BANK_PANEL (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  database = sc_bank_panel_get_database (self);
  if (database == NULL)
    return NULL;

  root = gtk_widget_get_root (GTK_WIDGET (self));
  dialog = sc_bank_import_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                      database, file);
  g_signal_connect_object (dialog, "imported", G_CALLBACK (imported_cb), self, G_CONNECT_SWAPPED);

  return dialog;
}

static void
chooser_response_cb (ScBankPanel     *self,
                     int              response,
                     GtkNativeDialog *chooser)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->chooser);

  if (file != NULL)
    sc_bank_panel_import_file (self, file);
}

/**
 * sc_bank_panel_choose_file:
 *
 * Asks for a question file, then opens its preview.
 */
void
sc_bank_panel_choose_file (ScBankPanel *self)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) questions = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  GtkRoot *root;

  g_return_if_fail (SC_IS_BANK_PANEL (self));

  if (self->chooser != NULL)
    {
      gtk_native_dialog_show (self->chooser);
      return;
    }

  root = gtk_widget_get_root (GTK_WIDGET (self));
  chooser = gtk_file_chooser_native_new (_("Import Question Bank"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"),
                                         _("_Cancel"));
  gtk_file_filter_set_name (questions, _("Moodle XML and GIFT files"));
  gtk_file_filter_add_suffix (questions, "xml");
  gtk_file_filter_add_suffix (questions, "gift");
  gtk_file_filter_add_suffix (questions, "txt");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), questions);
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (chooser), questions);

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (chooser_response_cb),
                           self, G_CONNECT_SWAPPED);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->chooser);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  sc_bank_panel_choose_file (SC_BANK_PANEL (widget));
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         ScBankPanel   *self)
{
  GFile *file = g_value_get_object (value);

  if (file == NULL)
    return FALSE;

  return sc_bank_panel_import_file (self, file) != NULL;
}

void
sc_bank_panel_class_init_import (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "banks.import", NULL, import_action);
}

void
sc_bank_panel_init_import (ScBankPanel *self)
{
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_FILE, GDK_ACTION_COPY);

  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

void
sc_bank_panel_dispose_import (ScBankPanel *self)
{
  if (self->chooser != NULL)
    {
      gtk_native_dialog_destroy (self->chooser);
      g_clear_object (&self->chooser);
    }
}
