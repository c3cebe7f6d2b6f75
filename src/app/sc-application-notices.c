/* sc-application-notices.c - toasts and dialogs that wait for a main window
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The database check and the course load finish in the background, and
 * may finish before any window exists (a test that only registers the
 * application, a start as a D-Bus service). What they have to tell the
 * learner waits here until a main window is there, then goes to the most
 * recently focused one.
 *
 * A toast has room for one short line: the whole story (a file name, the
 * first problem, the next step) is behind its Details button.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-application-private.h"
#include "sc-window.h"

typedef struct
{
  AdwToast  *toast;   /* or */
  GtkWindow *dialog;
} Notice;

typedef struct
{
  GWeakRef  app;
  char     *heading;
  char     *details;
} Details;

static void
notice_free (Notice *notice)
{
  g_clear_object (&notice->toast);
  if (notice->dialog != NULL)
    gtk_window_destroy (notice->dialog);
  g_clear_object (&notice->dialog);
  g_free (notice);
}

static void
details_free (gpointer  data,
              GClosure *closure)
{
  Details *details = data;

  g_weak_ref_clear (&details->app);
  g_free (details->heading);
  g_free (details->details);
  g_free (details);
}

/**
 * sc_application_get_main_window:
 *
 * Returns: (transfer none) (nullable): the most recently focused main
 *   window, for dialogs to sit on
 */
GtkWindow *
sc_application_get_main_window (ScApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (SC_IS_WINDOW (l->data))
      return l->data;

  return NULL;
}

static void
show_notice (ScApplication *self,
             GtkWindow     *window,
             Notice        *notice)
{
  if (notice->toast != NULL)
    sc_window_add_toast (SC_WINDOW (window), g_steal_pointer (&notice->toast));

  if (notice->dialog != NULL)
    {
      g_autoptr(GtkWindow) dialog = g_steal_pointer (&notice->dialog);

      gtk_window_set_transient_for (dialog, window);
      gtk_window_set_modal (dialog, TRUE);
      gtk_window_set_destroy_with_parent (dialog, TRUE);
      gtk_window_present (dialog);
    }
}

static void
add_notice (ScApplication *self,
            Notice        *notice)
{
  GtkWindow *window = sc_application_get_main_window (self);

  if (window != NULL && self->pending_notices->len == 0)
    {
      show_notice (self, window, notice);
      notice_free (notice);
      return;
    }

  g_ptr_array_add (self->pending_notices, notice);
}

/* Runs once the window that was just added has been presented, so a
 * dialog never maps before the window it belongs to. */
static gboolean
flush_notices (gpointer user_data)
{
  ScApplication *self = user_data;
  GtkWindow *window = sc_application_get_main_window (self);

  self->flush_notices_id = 0;

  if (window != NULL)
    for (guint i = 0; i < self->pending_notices->len; i++)
      show_notice (self, window, g_ptr_array_index (self->pending_notices, i));
  g_ptr_array_set_size (self->pending_notices, 0);

  return G_SOURCE_REMOVE;
}

static void
window_added_cb (ScApplication *self,
                 GtkWindow     *window)
{
  if (!SC_IS_WINDOW (window) || self->pending_notices->len == 0 || self->flush_notices_id != 0)
    return;

  self->flush_notices_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, flush_notices,
                                            g_object_ref (self), g_object_unref);
}

void
sc_application_notices_init (ScApplication *self)
{
  self->pending_notices = g_ptr_array_new_with_free_func ((GDestroyNotify) notice_free);
  g_signal_connect (self, "window-added", G_CALLBACK (window_added_cb), NULL);
}

void
sc_application_notices_clear (ScApplication *self)
{
  g_clear_handle_id (&self->flush_notices_id, g_source_remove);
  g_clear_pointer (&self->pending_notices, g_ptr_array_unref);
}

static void
details_clicked_cb (AdwToast *toast,
                    Details  *details)
{
  g_autoptr(ScApplication) self = g_weak_ref_get (&details->app);
  GtkWidget *dialog;

  if (self == NULL)
    return;

  dialog = adw_message_dialog_new (NULL, details->heading, details->details);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  sc_application_present_dialog (self, GTK_WINDOW (dialog));
}

/**
 * sc_application_add_toast:
 * @title: one short line
 * @details_heading: the heading of the dialog behind the Details button
 * @details: its text: what happened, where, and what to do next
 *
 * Shows a toast on the main window, or on the first one to open.
 */
void
sc_application_add_toast (ScApplication *self,
                          const char    *title,
                          const char    *details_heading,
                          const char    *details)
{
  Notice *notice = g_new0 (Notice, 1);
  Details *data = g_new0 (Details, 1);

  g_weak_ref_init (&data->app, self);
  data->heading = g_strdup (details_heading);
  data->details = g_strdup (details);

  notice->toast = adw_toast_new (title);
  /* Long enough to read, short enough not to hold back the toasts of
   * undoable actions queued behind it. */
  adw_toast_set_timeout (notice->toast, 10);
  adw_toast_set_button_label (notice->toast, _("_Details"));
  g_signal_connect_data (notice->toast, "button-clicked",
                         G_CALLBACK (details_clicked_cb), data, details_free, 0);

  add_notice (self, notice);
}

/**
 * sc_application_present_dialog:
 * @dialog: (transfer full): a new dialog, not yet shown
 *
 * Presents @dialog as modal on the main window, or on the first one to
 * open.
 */
void
sc_application_present_dialog (ScApplication *self,
                               GtkWindow     *dialog)
{
  Notice *notice = g_new0 (Notice, 1);

  /* GTK's list of toplevels holds the only reference: take our own while
   * the dialog waits. */
  notice->dialog = g_object_ref (dialog);
  add_notice (self, notice);
}

/**
 * sc_application_add_notice_toast:
 * @toast: (transfer full): a toast with its own button or action
 *
 * Shows @toast on the main window, or on the first one to open, behind
 * any notice that waits.
 */
void
sc_application_add_notice_toast (ScApplication *self,
                                 AdwToast      *toast)
{
  Notice *notice = g_new0 (Notice, 1);

  notice->toast = toast;
  add_notice (self, notice);
}
