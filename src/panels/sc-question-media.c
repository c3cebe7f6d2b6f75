/* sc-question-media.c - a question text's pictures shown and its other files offered for saving
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A question bank carries its pictures and recordings inside the file.
 * The view shows pictures from the folder sc_question_text_write_files ()
 * puts them in; a file it cannot show (a recording, a PDF) becomes a
 * button under the text that saves a copy where the learner chooses,
 * to open with another program.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "sc-question-files.h"
#include "sc-question-media.h"
#include "sc-tooltip.h"

typedef struct
{
  GBytes *data;
  char   *name;
} SaveData;

static void
save_data_free (SaveData *save)
{
  g_bytes_unref (save->data);
  g_free (save->name);
  g_free (save);
}

static void
show_message (GtkWidget  *button,
              const char *message)
{
  GtkWidget *label = g_object_get_data (G_OBJECT (button), "sc-media-message");

  gtk_label_set_text (GTK_LABEL (label), message);
  gtk_widget_set_visible (label, TRUE);
}

static void
saved_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GtkWidget) button = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *path = g_file_get_parse_name (G_FILE (source));

  if (!g_file_replace_contents_finish (G_FILE (source), result, NULL, &error))
    message = g_strdup_printf (_("%s could not be saved: %s. Choose another folder, or free some space."),
                               path, error->message);
  else
    message = g_strdup_printf (_("Saved as %s."), path);

  /* The question may have moved on while the file was written. */
  if (gtk_widget_get_root (button) != NULL)
    show_message (button, message);
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     GtkWidget       *button)
{
  SaveData *save = g_object_get_data (G_OBJECT (button), "sc-media-file");
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);

  if (file != NULL)
    g_file_replace_contents_bytes_async (file, save->data, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                         NULL, saved_cb, g_object_ref (button));
}

static void
save_clicked_cb (GtkButton *button)
{
  SaveData *save = g_object_get_data (G_OBJECT (button), "sc-media-file");
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (button));
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Save File"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"),
                                         _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), save->name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (chooser_response_cb), button, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static GtkWidget *
media_button (const ScQuestionFile *file,
              GtkWidget            *message)
{
  g_autofree char *base = g_path_get_basename (file->name);
  g_autofree char *unescaped = g_uri_unescape_string (base, NULL);
  const char *name = unescaped != NULL ? unescaped : base;
  g_autofree char *size = g_format_size (g_bytes_get_size (file->data));
  g_autofree char *label = g_strdup_printf (_("%s (%s) — Save As…"), name, size);
  g_autofree char *tooltip = g_strdup_printf (_("Save a copy of %s to open it with another program"), name);
  GtkWidget *button = gtk_button_new ();
  GtkWidget *content = adw_button_content_new ();
  SaveData *save = g_new0 (SaveData, 1);

  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "document-save-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), label);
  gtk_button_set_child (GTK_BUTTON (button), content);
  sc_tooltip_set_text (button, tooltip);
  gtk_widget_add_css_class (button, "pill");
  gtk_widget_add_css_class (button, "sc-question-media");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);

  save->data = g_bytes_ref (file->data);
  save->name = g_strdup (name);
  g_object_set_data_full (G_OBJECT (button), "sc-media-file", save, (GDestroyNotify) save_data_free);
  g_object_set_data (G_OBJECT (button), "sc-media-message", message);
  g_signal_connect (button, "clicked", G_CALLBACK (save_clicked_cb), NULL);

  return button;
}

/**
 * sc_question_media_attach:
 * @view: the view showing @text
 *
 * Writes @text's files under the user's cache and points @view's figures
 * at them; lists the files it cannot show as "Save As…" buttons.
 *
 * Returns: (transfer floating) (nullable): a box to put under @view,
 *   with a button per file that is not a picture and a line saying what
 *   went wrong, if anything; %NULL when there is nothing to add
 */
GtkWidget *
sc_question_media_attach (ScRichTextView       *view,
                          const ScQuestionText *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) media = NULL;
  g_autofree char *root = NULL;
  g_autofree char *folder = NULL;
  GtkWidget *box;
  GtkWidget *flow;
  GtkWidget *message;

  g_return_val_if_fail (SC_IS_RICH_TEXT_VIEW (view), NULL);

  /* A view shown again for another question forgets the last one's folder. */
  sc_rich_text_view_set_base_dir (view, NULL);
  if (text == NULL || text->files == NULL || text->files->len == 0)
    return NULL;

  root = g_build_filename (g_get_user_cache_dir (), "shopcraft", "question-files", NULL);
  folder = sc_question_text_write_files (text, root, &error);
  if (folder != NULL)
    sc_rich_text_view_set_base_dir (view, folder);

  media = sc_question_text_list_media (text);
  if (media->len == 0 && error == NULL)
    return NULL;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_add_css_class (box, "sc-question-media-box");
  flow = gtk_flow_box_new ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), 3);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow), 6);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (flow), 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (flow), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Files of this question"), -1);
  gtk_widget_set_visible (flow, media->len > 0);

  /* Where a save or the pictures went wrong, in words. */
  message = gtk_label_new (error != NULL ? error->message : NULL);
  gtk_label_set_wrap (GTK_LABEL (message), TRUE);
  gtk_label_set_xalign (GTK_LABEL (message), 0.0);
  gtk_widget_add_css_class (message, "dim-label");
  gtk_widget_set_visible (message, error != NULL);

  for (guint i = 0; i < media->len; i++)
    gtk_flow_box_append (GTK_FLOW_BOX (flow), media_button (g_ptr_array_index (media, i), message));

  gtk_box_append (GTK_BOX (box), flow);
  gtk_box_append (GTK_BOX (box), message);

  return box;
}
