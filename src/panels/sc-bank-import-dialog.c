/* sc-bank-import-dialog.c - the preview of a question file before it becomes a bank
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The file is read in a thread (sc_bank_import_read_async()); the dialog
 * then shows how many questions of each type it holds, every problem as
 * FILE:LINE: message, and a name for the new bank, which must not be
 * taken. Import stores the bank with sc_question_bank_save_async() and
 * emits ::imported; Cancel, Escape or a refused file store nothing.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-bank-import-dialog.h"
#include "sc-database.h"
#include "sc-question-bank.h"

struct _ScBankImportDialog
{
  AdwWindow           parent_instance;

  /* Template children */
  GtkButton          *cancel_button;
  GtkWidget          *counts_group;
  GtkLabel           *error_problems;
  AdwStatusPage      *error_page;
  GtkButton          *import_button;
  GtkLabel           *name_error;
  AdwEntryRow        *name_row;
  GtkWidget          *problems_group;
  GtkListBox         *problems_list;
  GtkWidget          *snap_button;
  GtkWidget          *snap_row;
  GtkSwitch          *snap_switch;
  GtkStack           *stack;
  AdwWindowTitle     *window_title;

  ScDatabase         *database;
  GFile              *file;
  GCancellable       *cancellable;
  ScBankImport       *import;
  char               *name_problem;
  GPtrArray          *count_rows;     /* the rows show_preview() added */
  guint               saving : 1;
  guint               disposed : 1;   /* a result that comes back finds no page */
  guint               name_edited : 1; /* keep the name over a new read */
};

enum {
  IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (ScBankImportDialog, sc_bank_import_dialog, ADW_TYPE_WINDOW)

static void
update_actions (ScBankImportDialog *self)
{
  gboolean can_import = self->import != NULL &&
                        sc_bank_import_can_store (self->import) &&
                        self->name_problem == NULL &&
                        !self->saving;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.import", can_import);
}

static void
set_name_problem (ScBankImportDialog *self,
                  char               *problem)
{
  g_free (self->name_problem);
  self->name_problem = problem;

  gtk_label_set_text (self->name_error, problem != NULL ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->name_error), problem != NULL);
  if (problem != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->name_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->name_row), "error");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->name_row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  problem != NULL ? problem : "",
                                  -1);
  update_actions (self);
}

static char *
dup_name (ScBankImportDialog *self)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
}

static void
check_name (ScBankImportDialog *self)
{
  g_autofree char *name = dup_name (self);
  g_autoptr(GPtrArray) banks = NULL;
  g_autoptr(GError) error = NULL;

  if (name[0] == '\0')
    {
      set_name_problem (self, g_strdup (_("Give the new bank a name.")));
      return;
    }

  /* A lookup reports a missing bank as an error: the list says it plainly. */
  banks = sc_question_bank_list (self->database, &error);
  if (banks == NULL)
    {
      set_name_problem (self, g_strdup (error->message));
      return;
    }
  for (guint i = 0; i < banks->len; i++)
    if (g_str_equal (((ScQuestionBankInfo *) g_ptr_array_index (banks, i))->name, name))
      {
        set_name_problem (self, g_strdup_printf (_("A bank called “%s” exists already. Choose another name."),
                                                 name));
        return;
      }

  set_name_problem (self, NULL);
}

static void
name_changed_cb (ScBankImportDialog *self)
{
  if (self->import != NULL && !self->saving)
    {
      self->name_edited = !g_str_equal (gtk_editable_get_text (GTK_EDITABLE (self->name_row)),
                                        self->import->default_name);
      check_name (self);
    }
}

static void read_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data);

/* Reads the file again, rounding grades or not, and shows the result. */
static void
snap_toggled_cb (ScBankImportDialog *self)
{
  GtkWidget *child;

  if (self->import == NULL || self->saving ||
      gtk_switch_get_active (self->snap_switch) == self->import->snap_fractions)
    return;

  g_clear_pointer (&self->import, sc_bank_import_free);
  for (guint i = 0; i < self->count_rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self->counts_group),
                                  self->count_rows->pdata[i]);
  g_ptr_array_set_size (self->count_rows, 0);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->problems_list))) != NULL)
    gtk_list_box_remove (self->problems_list, child);

  update_actions (self);
  gtk_stack_set_visible_child_name (self->stack, "loading");
  sc_bank_import_read_async (self->file, gtk_switch_get_active (self->snap_switch),
                             self->cancellable, read_cb, g_object_ref (self));
}

static void
name_activated_cb (ScBankImportDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "dialog.import", NULL);
}

static void
snap_clicked_cb (ScBankImportDialog *self)
{
  gtk_switch_set_active (self->snap_switch, TRUE);
}

static void
show_refusal (ScBankImportDialog *self)
{
  g_autofree char *description = NULL;
  g_autofree char *problems = NULL;
  g_autofree char *message = g_markup_escape_text (self->import->error->message, -1);

  /* The status page reads its description as markup. */
  /* Translators: %s says why a question file cannot be imported. */
  description = g_strdup_printf (_("%s\n\nNothing was stored."), message);
  adw_status_page_set_description (self->error_page, description);
  if (self->import->problems != NULL && self->import->problems[0] != NULL)
    {
      problems = g_strjoinv ("\n", self->import->problems);
      gtk_label_set_text (self->error_problems, problems);
      gtk_widget_set_visible (GTK_WIDGET (self->error_problems), TRUE);
    }
  /* Questions skipped for their grades may be all a file has. */
  gtk_widget_set_visible (self->snap_button,
                          problems != NULL && !self->import->snap_fractions);
  gtk_widget_set_visible (GTK_WIDGET (self->import_button), FALSE);
  gtk_button_set_label (self->cancel_button, _("_Close"));
  gtk_stack_set_visible_child_name (self->stack, "error");
}

static GtkWidget *
count_row (const char *title,
           guint       count)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *text = g_strdup_printf ("%u", count);
  GtkWidget *label = gtk_label_new (text);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_add_css_class (label, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text,
                                  -1);

  return row;
}

static void
show_preview (ScBankImportDialog *self)
{
  const ScBankImport *import = self->import;
  g_autofree char *description = NULL;
  guint n_problems = import->problems != NULL ? g_strv_length (import->problems) : 0;

  description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%u question will be imported from %s.",
                                              "%u questions will be imported from %s.",
                                              import->questions->len),
                                 import->questions->len, import->display_name);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->counts_group), description);

  for (guint type = 0; type < SC_QUESTION_N_TYPES; type++)
    if (import->counts[type] > 0 && type != SC_QUESTION_UNSUPPORTED)
      g_ptr_array_add (self->count_rows,
                       count_row (sc_bank_import_type_label (type), import->counts[type]));
  if (import->n_unsupported > 0)
    g_ptr_array_add (self->count_rows,
                     count_row (_("Left out: types Shopcraft does not support"),
                                import->n_unsupported));
  for (guint i = 0; i < self->count_rows->len; i++)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->counts_group),
                               self->count_rows->pdata[i]);
  /* Rounding is offered once a file has a problem it may solve. */
  gtk_widget_set_visible (self->snap_row, n_problems > 0 || import->snap_fractions);

  for (guint i = 0; i < n_problems; i++)
    {
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *label = gtk_label_new (import->problems[i]);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_set_margin_top (label, 8);
      gtk_widget_set_margin_bottom (label, 8);
      gtk_widget_set_margin_start (label, 12);
      gtk_widget_set_margin_end (label, 12);
      gtk_widget_add_css_class (label, "sc-import-problem");
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, import->problems[i],
                                      -1);
      gtk_list_box_append (self->problems_list, row);
    }
  gtk_widget_set_visible (self->problems_group, n_problems > 0);

  gtk_widget_set_visible (GTK_WIDGET (self->import_button), TRUE);
  gtk_button_set_label (self->cancel_button, _("_Cancel"));
  if (!self->name_edited)
    gtk_editable_set_text (GTK_EDITABLE (self->name_row), import->default_name);
  check_name (self);
  gtk_stack_set_visible_child_name (self->stack, "preview");
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static void
read_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(ScBankImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  ScBankImport *import = sc_bank_import_read_finish (result, &error);

  if (import == NULL)
    return; /* cancelled: the dialog is closing */
  if (self->disposed)
    {
      sc_bank_import_free (import);
      return;
    }

  self->import = import;
  adw_window_title_set_subtitle (self->window_title, import->display_name);
  if (import->error != NULL)
    show_refusal (self);
  else
    show_preview (self);
  update_actions (self);
}

static void
save_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(ScBankImportDialog) self = user_data;
  g_autoptr(ScQuestionBankInfo) info = NULL;
  g_autoptr(GError) error = NULL;

  info = sc_question_bank_save_finish (SC_DATABASE (source), result, &error);
  self->saving = FALSE;
  if (self->disposed)
    {
      /* Stored all the same: the section still shows the new bank. */
      if (info != NULL)
        g_signal_emit (self, signals[IMPORTED], 0, info->name, info->n_questions);
      return;
    }
  gtk_editable_set_editable (GTK_EDITABLE (self->name_row), TRUE);

  if (info == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        set_name_problem (self, g_strdup (error->message));
      update_actions (self);
      return;
    }

  g_signal_emit (self, signals[IMPORTED], 0, info->name, info->n_questions);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ScBankImportDialog *self = SC_BANK_IMPORT_DIALOG (widget);
  g_autoptr(ScQuestionBankInfo) info = NULL;

  check_name (self);
  if (self->import == NULL || !sc_bank_import_can_store (self->import) ||
      self->name_problem != NULL || self->saving)
    return;

  info = sc_question_bank_info_new (NULL);
  info->name = dup_name (self);
  info->source_file = g_strdup (self->import->path);
  info->source_format = self->import->format;
  info->source_sha256 = g_strdup (self->import->sha256);

  self->saving = TRUE;
  gtk_editable_set_editable (GTK_EDITABLE (self->name_row), FALSE);
  update_actions (self);
  sc_question_bank_save_async (self->database, info, self->import->questions,
                               self->cancellable, save_cb, g_object_ref (self));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ScBankImportDialog *self = SC_BANK_IMPORT_DIALOG (widget);

  /* A save that has begun ends on its own: one transaction, all or nothing. */
  if (!self->saving)
    gtk_window_destroy (GTK_WINDOW (self));
}

/* A save under way ends on its own, in one transaction: the window
 * stays until then, whatever closes it. */
static gboolean
sc_bank_import_dialog_close_request (GtkWindow *window)
{
  ScBankImportDialog *self = SC_BANK_IMPORT_DIALOG (window);

  if (self->saving)
    return TRUE;

  if (GTK_WINDOW_CLASS (sc_bank_import_dialog_parent_class)->close_request != NULL)
    return GTK_WINDOW_CLASS (sc_bank_import_dialog_parent_class)->close_request (window);

  return FALSE;
}

static void
sc_bank_import_dialog_dispose (GObject *object)
{
  ScBankImportDialog *self = SC_BANK_IMPORT_DIALOG (object);

  self->disposed = TRUE;

  if (self->cancellable != NULL && !self->saving)
    g_cancellable_cancel (self->cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (object), SC_TYPE_BANK_IMPORT_DIALOG);

  G_OBJECT_CLASS (sc_bank_import_dialog_parent_class)->dispose (object);
}

static void
sc_bank_import_dialog_finalize (GObject *object)
{
  ScBankImportDialog *self = SC_BANK_IMPORT_DIALOG (object);

  g_clear_object (&self->database);
  g_clear_object (&self->file);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->import, sc_bank_import_free);
  g_clear_pointer (&self->count_rows, g_ptr_array_unref);
  g_free (self->name_problem);

  G_OBJECT_CLASS (sc_bank_import_dialog_parent_class)->finalize (object);
}

static void
sc_bank_import_dialog_class_init (ScBankImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = sc_bank_import_dialog_dispose;
  window_class->close_request = sc_bank_import_dialog_close_request;
  object_class->finalize = sc_bank_import_dialog_finalize;

  /**
   * ScBankImportDialog::imported:
   * @name: the new bank's name
   * @n_questions: how many questions it holds
   *
   * The bank is stored; the dialog closes next.
   */
  signals[IMPORTED] = g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL,
                                    G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/sc-bank-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ScBankImportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, ScBankImportDialog, counts_group);
  gtk_widget_class_bind_template_child (widget_class, ScBankImportDialog, error_page);
  gtk_widget_class_bind_template_child (widget_class, ScBankImportDialog, error_problems);
  gtk_widget_class_bind_template_child (widget_class, ScBankImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, ScBankImportDialog, name_error);
  gtk_widget_class_bind_template_child (widget_class, ScBankImportDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, ScBankImportDialog, problems_group);
  gtk_widget_class_bind_template_child (widget_class, ScBankImportDialog, problems_list);
  gtk_widget_class_bind_template_child (widget_class, ScBankImportDialog, snap_button);
  gtk_widget_class_bind_template_child (widget_class, ScBankImportDialog, snap_row);
  gtk_widget_class_bind_template_child (widget_class, ScBankImportDialog, snap_switch);
  gtk_widget_class_bind_template_child (widget_class, ScBankImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, ScBankImportDialog, window_title);
  gtk_widget_class_bind_template_callback (widget_class, name_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, name_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, snap_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, snap_toggled_cb);

  gtk_widget_class_install_action (widget_class, "dialog.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "dialog.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "dialog.cancel", NULL);
}

static void
sc_bank_import_dialog_init (ScBankImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  self->count_rows = g_ptr_array_new ();
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.import", FALSE);
}

/**
 * sc_bank_import_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 * @file: a Moodle XML or GIFT file
 *
 * Reads @file in a thread and shows what it holds.
 *
 * Returns: (transfer none): the dialog, presented; it destroys itself
 */
ScBankImportDialog *
sc_bank_import_dialog_new (GtkWindow  *parent,
                           ScDatabase *database,
                           GFile      *file)
{
  ScBankImportDialog *self;

  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (SC_IS_DATABASE (database), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (SC_TYPE_BANK_IMPORT_DIALOG,
                       "transient-for", parent,
                       "application", parent != NULL ? gtk_window_get_application (parent) : NULL,
                       NULL);
  self->database = g_object_ref (database);
  self->file = g_object_ref (file);
  sc_bank_import_read_async (file, FALSE, self->cancellable, read_cb, g_object_ref (self));
  gtk_window_present (GTK_WINDOW (self));

  return self;
}

/**
 * sc_bank_import_dialog_get_import:
 *
 * Returns: (nullable): what the file holds, or %NULL while it is read
 */
const ScBankImport *
sc_bank_import_dialog_get_import (ScBankImportDialog *self)
{
  g_return_val_if_fail (SC_IS_BANK_IMPORT_DIALOG (self), NULL);

  return self->import;
}

/**
 * sc_bank_import_dialog_get_state:
 *
 * Returns: "loading", "error" (the file is refused) or "preview"
 */
const char *
sc_bank_import_dialog_get_state (ScBankImportDialog *self)
{
  g_return_val_if_fail (SC_IS_BANK_IMPORT_DIALOG (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

/**
 * sc_bank_import_dialog_get_name_problem:
 *
 * Returns: (nullable): why the bank name cannot be used, as shown
 */
const char *
sc_bank_import_dialog_get_name_problem (ScBankImportDialog *self)
{
  g_return_val_if_fail (SC_IS_BANK_IMPORT_DIALOG (self), NULL);

  return self->name_problem;
}
