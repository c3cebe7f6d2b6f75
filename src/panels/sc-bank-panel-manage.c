/* sc-bank-panel-manage.c - exporting, renaming and deleting the selected question bank
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The bank menu of the Question Banks section:
 *
 * - Export… asks where to save and writes Moodle XML for .xml and GIFT
 *   for .gift or .txt, with the writers of --export-questions, on a
 *   worker thread; a toast names the file and the questions GIFT could
 *   not hold.
 * - Rename… asks for the new name and checks it as it is typed, as the
 *   import preview does.
 * - Delete… asks first, saying how many questions go and that attempts
 *   already taken keep theirs (sc_question_bank_delete() retires a bank
 *   in use rather than losing what those attempts need).
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sc-bank-panel-private.h"
#include "sc-gift-writer.h"
#include "sc-moodle-xml-writer.h"
#include "sc-question-bank.h"

#define N_NAMED_SKIPPED 3

typedef enum
{
  FORMAT_NONE,
  FORMAT_MOODLE_XML,
  FORMAT_GIFT,
} Format;

static Format
format_of (const char *path)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".xml"))
    return FORMAT_MOODLE_XML;
  if (g_str_has_suffix (lower, ".gift") || g_str_has_suffix (lower, ".txt"))
    return FORMAT_GIFT;

  return FORMAT_NONE;
}

void
sc_bank_panel_update_manage_actions (ScBankPanel *self)
{
  gboolean has_bank = self->bank != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "banks.export", has_bank && self->exporting == 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "banks.rename", has_bank);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "banks.delete", has_bank);
}

/* Export */

typedef struct
{
  GPtrArray *questions;
  char      *path;
  char      *bank;
  Format     format;
  guint      n_written;
  GPtrArray *skipped;   /* names of the questions the format could not hold */
} ExportData;

static void
export_data_free (ExportData *data)
{
  g_clear_pointer (&data->questions, g_ptr_array_unref);
  g_clear_pointer (&data->skipped, g_ptr_array_unref);
  g_free (data->path);
  g_free (data->bank);
  g_free (data);
}

static void
export_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportData *data = task_data;
  g_autoptr(GError) error = NULL;
  guint n_skipped = 0;

  if (data->format == FORMAT_MOODLE_XML)
    {
      if (!sc_moodle_xml_write_file (data->path, data->questions, &n_skipped, &error))
        {
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }
      for (guint i = 0; i < data->questions->len; i++)
        {
          const ScQuestion *question = g_ptr_array_index (data->questions, i);

          if (question->type == SC_QUESTION_UNSUPPORTED)
            g_ptr_array_add (data->skipped, g_strdup (question->name));
        }
    }
  else
    {
      g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();

      if (!sc_gift_write_file (data->questions, data->path, problems, &error))
        {
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }
      for (guint i = 0; i < data->questions->len; i++)
        {
          const ScQuestion *question = g_ptr_array_index (data->questions, i);

          if (!sc_gift_can_write (question, NULL))
            g_ptr_array_add (data->skipped, g_strdup (question->name));
        }
      n_skipped = data->skipped->len;
    }

  data->n_written = data->questions->len - MIN (MAX (n_skipped, data->skipped->len), data->questions->len);
  g_task_return_boolean (task, TRUE);
}

static char *
describe_export (const ExportData *data)
{
  g_autofree char *base = g_path_get_basename (data->path);
  g_autofree char *display = g_filename_display_name (base);
  g_autofree char *written = NULL;
  g_autoptr(GString) names = g_string_new (NULL);
  const char *format = data->format == FORMAT_GIFT ? "GIFT" : "Moodle XML";

  written = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "Exported %u question to %s",
                                          "Exported %u questions to %s",
                                          data->n_written),
                             data->n_written, display);
  if (data->skipped->len == 0)
    return g_steal_pointer (&written);

  for (guint i = 0; i < data->skipped->len && i < N_NAMED_SKIPPED; i++)
    g_string_append_printf (names, "%s“%s”", i > 0 ? ", " : "",
                            (const char *) g_ptr_array_index (data->skipped, i));
  if (data->skipped->len > N_NAMED_SKIPPED)
    {
      guint more = data->skipped->len - N_NAMED_SKIPPED;

      g_string_append_c (names, ' ');
      g_string_append_printf (names, g_dngettext (GETTEXT_PACKAGE, "and %u more", "and %u more", more),
                              more);
    }

  /* Translators: the first %s says what was exported, the second names a
   * format (GIFT), the last lists the questions it could not hold. */
  return g_strdup_printf (_("%s; %s cannot hold %s"), written, format, names->str);
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  ScBankPanel *self = SC_BANK_PANEL (source);
  ExportData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  self->exporting--;
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      title = g_strdup (error->message);
    }
  else
    title = describe_export (data);

  sc_bank_panel_update_manage_actions (self);
  sc_bank_panel_add_toast (self, title);
}

/**
 * sc_bank_panel_export_to:
 * @file: where to write the selected bank: Moodle XML for .xml, GIFT for
 *   .gift or .txt
 *
 * What the Export file chooser does with the file picked. The file is
 * written on a worker; a toast says how it went.
 */
void
sc_bank_panel_export_to (ScBankPanel *self,
                         GFile       *file)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  ScDatabase *database;
  ExportData *data;
  Format format;

  g_return_if_fail (SC_IS_BANK_PANEL (self));
  g_return_if_fail (G_IS_FILE (file));

  database = sc_bank_panel_get_database (self);
  path = g_file_get_path (file);
  if (database == NULL || self->bank == NULL || path == NULL)
    return;

  format = format_of (path);
  if (format == FORMAT_NONE)
    {
      g_autofree char *base = g_path_get_basename (path);
      g_autofree char *display = g_filename_display_name (base);
      g_autofree char *title = g_strdup_printf (_("%s was not written: end its name in .xml for Moodle XML, or .gift or .txt for GIFT"),
                                                display);

      sc_bank_panel_add_toast (self, title);
      return;
    }

  data = g_new0 (ExportData, 1);
  data->path = g_steal_pointer (&path);
  data->bank = g_strdup (self->bank);
  data->format = format;
  data->skipped = g_ptr_array_new_with_free_func (g_free);
  /* The rows are read here, where the connection lives; writing the
   * file (encoding every picture) is the slow part. */
  data->questions = sc_question_bank_load (database, self->bank, &error);
  if (data->questions == NULL)
    {
      export_data_free (data);
      sc_bank_panel_add_toast (self, error->message);
      return;
    }

  task = g_task_new (self, self->cancellable, export_done_cb, NULL);
  g_task_set_source_tag (task, sc_bank_panel_export_to);
  g_task_set_task_data (task, data, (GDestroyNotify) export_data_free);
  self->exporting++;
  sc_bank_panel_update_manage_actions (self);
  g_task_run_in_thread (task, export_thread);
}

/**
 * sc_bank_panel_is_exporting:
 *
 * Returns: whether a file is being written
 */
gboolean
sc_bank_panel_is_exporting (ScBankPanel *self)
{
  g_return_val_if_fail (SC_IS_BANK_PANEL (self), FALSE);

  return self->exporting > 0;
}

static void
export_chooser_response_cb (ScBankPanel     *self,
                            int              response,
                            GtkNativeDialog *chooser)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->export_chooser);

  if (file != NULL)
    sc_bank_panel_export_to (self, file);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ScBankPanel *self = SC_BANK_PANEL (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) xml = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) gift = gtk_file_filter_new ();
  g_autofree char *suggested = NULL;
  GtkRoot *root;

  if (self->bank == NULL)
    return;
  if (self->export_chooser != NULL)
    {
      gtk_native_dialog_show (self->export_chooser);
      return;
    }

  root = gtk_widget_get_root (widget);
  chooser = gtk_file_chooser_native_new (_("Export Question Bank"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"),
                                         _("_Cancel"));
  gtk_file_filter_set_name (xml, _("Moodle XML (.xml)"));
  gtk_file_filter_add_suffix (xml, "xml");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), xml);
  gtk_file_filter_set_name (gift, _("GIFT (.gift, .txt)"));
  gtk_file_filter_add_suffix (gift, "gift");
  gtk_file_filter_add_suffix (gift, "txt");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), gift);
  suggested = g_strdup_printf ("%s.xml", self->bank);
  g_strdelimit (suggested, G_DIR_SEPARATOR_S, '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested);

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (export_chooser_response_cb),
                           self, G_CONNECT_SWAPPED);
  self->export_chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->export_chooser);
}

/* Rename */

static GtkWindow *
parent_window (ScBankPanel *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* The problem with the name typed, or NULL when it can be used. */
static char *
name_problem (ScBankPanel *self,
              const char  *old_name,
              const char  *typed)
{
  g_autofree char *name = g_strstrip (g_strdup (typed));
  g_autoptr(ScQuestionBankInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  ScDatabase *database = sc_bank_panel_get_database (self);

  if (*name == '\0')
    return g_strdup (_("Give the bank a name."));
  if (strcmp (name, old_name) == 0 || database == NULL)
    return NULL;

  info = sc_question_bank_lookup (database, name, &error);
  if (info != NULL)
    return g_strdup_printf (_("A bank called “%s” exists already. Choose another name."), name);

  return NULL;
}

static void
rename_text_changed_cb (GtkEditable      *entry,
                        AdwMessageDialog *dialog)
{
  ScBankPanel *self = g_object_get_data (G_OBJECT (dialog), "sc-bank-panel");
  const char *old_name = g_object_get_data (G_OBJECT (dialog), "sc-bank-name");
  GtkLabel *error_label = g_object_get_data (G_OBJECT (dialog), "sc-error-label");
  g_autofree char *problem = name_problem (self, old_name, gtk_editable_get_text (entry));
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  gtk_label_set_text (error_label, problem != NULL ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (error_label), problem != NULL);
  if (problem != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, problem != NULL ? problem : "",
                                  -1);
  adw_message_dialog_set_response_enabled (dialog, "rename",
                                           problem == NULL && strcmp (name, old_name) != 0);
}

static void
rename_activate_cb (GtkEntry         *entry,
                    AdwMessageDialog *dialog)
{
  if (adw_message_dialog_get_response_enabled (dialog, "rename"))
    adw_message_dialog_response (dialog, "rename");
}

static void
rename_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    ScBankPanel      *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "sc-entry");
  const char *old_name = g_object_get_data (G_OBJECT (dialog), "sc-bank-name");
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  ScDatabase *database = sc_bank_panel_get_database (self);

  if (g_strcmp0 (response, "rename") != 0 || database == NULL)
    return;

  if (!sc_question_bank_rename (database, old_name, name, &error))
    {
      sc_bank_panel_add_toast (self, error->message);
      return;
    }

  /* The selection follows the bank to its new name. */
  g_free (self->bank);
  self->bank = g_strdup (name);
  sc_bank_panel_reload (self);
  sc_bank_panel_select_bank (self, name);
  title = g_strdup_printf (_("Renamed “%s” to “%s”"), old_name, name);
  sc_bank_panel_add_toast (self, title);
}

/**
 * sc_bank_panel_rename_bank:
 *
 * Asks for a new name for the selected bank.
 *
 * Returns: (transfer none) (nullable): the dialog, or %NULL when no
 *   bank is selected
 */
AdwMessageDialog *
sc_bank_panel_rename_bank (ScBankPanel *self)
{
  AdwMessageDialog *dialog;
  GtkWidget *box;
  GtkWidget *entry;
  GtkWidget *error_label;
  g_autofree char *heading = NULL;

  g_return_val_if_fail (SC_IS_BANK_PANEL (self), NULL);

  if (self->bank == NULL)
    return NULL;

  heading = g_strdup_printf (_("Rename “%s”"), self->bank);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent_window (self), heading,
                                                       _("Attempts already taken on this bank stay with it under its new name.")));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "rename", _("_Rename"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "rename", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "rename");
  adw_message_dialog_set_close_response (dialog, "cancel");
  adw_message_dialog_set_response_enabled (dialog, "rename", FALSE);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  entry = gtk_entry_new ();
  gtk_widget_set_name (entry, "bank-name");
  gtk_editable_set_text (GTK_EDITABLE (entry), self->bank);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("New name"),
                                  -1);
  error_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (error_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (error_label), 0);
  gtk_widget_add_css_class (error_label, "error");
  gtk_widget_add_css_class (error_label, "caption");
  gtk_widget_set_visible (error_label, FALSE);
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), error_label);
  adw_message_dialog_set_extra_child (dialog, box);

  g_object_set_data (G_OBJECT (dialog), "sc-bank-panel", self);
  g_object_set_data_full (G_OBJECT (dialog), "sc-bank-name", g_strdup (self->bank), g_free);
  g_object_set_data (G_OBJECT (dialog), "sc-entry", entry);
  g_object_set_data (G_OBJECT (dialog), "sc-error-label", error_label);
  g_signal_connect (entry, "changed", G_CALLBACK (rename_text_changed_cb), dialog);
  g_signal_connect (entry, "activate", G_CALLBACK (rename_activate_cb), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (rename_response_cb), self, 0);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
  gtk_editable_select_region (GTK_EDITABLE (entry), 0, -1);

  return dialog;
}

static void
rename_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  sc_bank_panel_rename_bank (SC_BANK_PANEL (widget));
}

/* Delete */

static void
delete_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    ScBankPanel      *self)
{
  const char *name = g_object_get_data (G_OBJECT (dialog), "sc-bank-name");
  ScDatabase *database = sc_bank_panel_get_database (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  if (g_strcmp0 (response, "delete") != 0 || database == NULL)
    return;

  if (!sc_question_bank_delete (database, name, &error))
    {
      sc_bank_panel_add_toast (self, error->message);
      return;
    }

  sc_bank_panel_reload (self);
  title = g_strdup_printf (_("Deleted the question bank “%s”"), name);
  sc_bank_panel_add_toast (self, title);
}

/**
 * sc_bank_panel_delete_bank:
 *
 * Asks whether to delete the selected bank, saying what goes and what
 * stays.
 *
 * Returns: (transfer none) (nullable): the dialog, or %NULL when no
 *   bank is selected
 */
AdwMessageDialog *
sc_bank_panel_delete_bank (ScBankPanel *self)
{
  g_autoptr(ScQuestionBankInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) body = g_string_new (NULL);
  g_autofree char *heading = NULL;
  AdwMessageDialog *dialog;
  ScDatabase *database;
  guint n_attempts = 0;

  g_return_val_if_fail (SC_IS_BANK_PANEL (self), NULL);

  database = sc_bank_panel_get_database (self);
  if (self->bank == NULL || database == NULL)
    return NULL;

  info = sc_question_bank_lookup (database, self->bank, &error);
  if (info == NULL || !sc_question_bank_count_attempts (database, self->bank, &n_attempts, &error))
    {
      sc_bank_panel_add_toast (self, error->message);
      return NULL;
    }

  g_string_append_printf (body, g_dngettext (GETTEXT_PACKAGE,
                                             "Its %u question will no longer be listed or offered for new quizzes.",
                                             "Its %u questions will no longer be listed or offered for new quizzes.",
                                             info->n_questions),
                          info->n_questions);
  g_string_append_c (body, ' ');
  if (n_attempts > 0)
    g_string_append_printf (body, g_dngettext (GETTEXT_PACKAGE,
                                               "The %u attempt already taken on it keeps its questions and can still be reviewed.",
                                               "The %u attempts already taken on it keep their questions and can still be reviewed.",
                                               n_attempts),
                            n_attempts);
  else
    g_string_append (body, _("No attempt has been taken on it yet; attempts already taken on a bank always keep their questions."));

  heading = g_strdup_printf (_("Delete “%s”?"), self->bank);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent_window (self), heading, body->str));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "sc-bank-name", g_strdup (self->bank), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);

  gtk_window_present (GTK_WINDOW (dialog));

  return dialog;
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  sc_bank_panel_delete_bank (SC_BANK_PANEL (widget));
}

void
sc_bank_panel_class_init_manage (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "banks.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "banks.rename", NULL, rename_action);
  gtk_widget_class_install_action (widget_class, "banks.delete", NULL, delete_action);
}

void
sc_bank_panel_init_manage (ScBankPanel *self)
{
  self->cancellable = g_cancellable_new ();
  sc_bank_panel_update_manage_actions (self);
}

void
sc_bank_panel_dispose_manage (ScBankPanel *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->export_chooser != NULL)
    {
      gtk_native_dialog_destroy (self->export_chooser);
      g_clear_object (&self->export_chooser);
    }
}
