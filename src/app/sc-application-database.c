/* sc-application-database.c - the database's life in the app: open, check, recover, back up
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opening marks the database as in use. When the mark of a session that
 * never ended is found (a crash, a kill, a power cut), the database is
 * checked page by page in a worker thread while the window is already
 * usable. A damaged database is closed and set aside under a new name,
 * never overwritten, and the learner chooses between the newest sound
 * backup and an empty record; a database too damaged to open at all takes
 * the same way.
 *
 * A clean exit makes the day's backup and removes the mark. An exit before
 * the check has said the file is sound leaves the mark, so the next start
 * checks again.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-application-private.h"
#include "sc-backup.h"
#include "sc-context.h"
#include "sc-database.h"
#include "sc-error.h"
#include "sc-window.h"

/* One damaged database on its way to a restored or an empty one. */
typedef struct
{
  ScApplication *app;
  char          *data_dir;
  char          *kept_path;   /* where the damaged file was set aside */
  GPtrArray     *backups;     /* ScBackupInfo, newest sound one first */
  char          *failure;     /* why the last restore failed, or NULL */
} Recovery;

static void
recovery_free (Recovery *recovery)
{
  g_clear_object (&recovery->app);
  g_free (recovery->data_dir);
  g_free (recovery->kept_path);
  g_clear_pointer (&recovery->backups, g_ptr_array_unref);
  g_free (recovery->failure);
  g_free (recovery);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Recovery, recovery_free)

static void show_recovery_dialog (Recovery *recovery);

static void
set_database_error (ScApplication *self,
                    GError        *error)
{
  g_clear_error (&self->database_error);
  self->database_error = error;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (SC_IS_WINDOW (l->data))
      sc_window_set_database_error (l->data, self->database_error);
}

/* "28 November 2026": the day a backup was made, as people say it. */
static char *
format_day (GDateTime *date)
{
  return g_date_time_format (date, "%-d %B %Y");
}

static void
restore_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Recovery *recovery = task_data;
  ScBackupInfo *backup = g_ptr_array_index (recovery->backups, 0);
  g_autofree char *kept = NULL;
  GError *error = NULL;

  if (sc_backup_restore (backup->path, recovery->data_dir, NULL, &kept, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
restore_done (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  ScApplication *self = SC_APPLICATION (source);
  g_autoptr(Recovery) recovery = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *day = NULL;
  ScBackupInfo *backup;

  g_application_release (G_APPLICATION (self));

  if (g_task_propagate_boolean (G_TASK (result), &error))
    {
      sc_application_open_database (self, recovery->data_dir);
      return;
    }

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  /* Offer the next backup, or an empty record, saying why. */
  g_message ("Restoring a backup failed: %s", error->message);
  backup = g_ptr_array_index (recovery->backups, 0);
  day = format_day (backup->date);
  g_free (recovery->failure);
  recovery->failure = g_strdup_printf (_("The backup of %s could not be restored: %s"),
                                       day, error->message);
  g_ptr_array_remove_index (recovery->backups, 0);

  show_recovery_dialog (g_steal_pointer (&recovery));
}

static void
recovery_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      gpointer          user_data)
{
  g_autoptr(Recovery) recovery = g_object_steal_data (G_OBJECT (dialog), "sc-recovery");
  ScApplication *self;
  GTask *task;

  if (recovery == NULL)
    return;

  self = recovery->app;
  if (g_str_equal (response, "restore") && recovery->backups->len > 0)
    {
      /* The copy is a few seconds on a large record: off the main thread,
       * and quitting waits for it rather than leave a half-copied file. */
      g_application_hold (G_APPLICATION (self));
      task = g_task_new (self, self->database_cancellable, restore_done, recovery);
      g_task_set_source_tag (task, recovery_response_cb);
      g_task_set_task_data (task, g_steal_pointer (&recovery), NULL);
      g_task_run_in_thread (task, restore_thread);
      g_object_unref (task);
      return;
    }

  sc_application_open_database (self, recovery->data_dir);
}

static void
show_recovery_dialog (Recovery *recovery)
{
  g_autoptr(GString) body = g_string_new (NULL);
  g_autofree char *kept_name = g_path_get_basename (recovery->kept_path);
  g_autofree char *day = NULL;
  AdwMessageDialog *dialog;
  const char *choice;

  if (recovery->failure != NULL)
    g_string_append_printf (body, "%s\n\n", recovery->failure);

  g_string_append_printf (body,
                          /* Translators: the first %s is a file name, the second its folder. */
                          _("The file that keeps your lessons and practice is damaged, "
                            "for example by a crash or a power cut while it was being written. "
                            "Shopcraft kept it untouched as “%s” in the folder %s."),
                          kept_name, recovery->data_dir);
  g_string_append (body, "\n\n");

  if (recovery->backups->len > 0)
    {
      ScBackupInfo *backup = g_ptr_array_index (recovery->backups, 0);

      day = format_day (backup->date);
      g_string_append_printf (body,
                              _("Restore the backup of %s to go on from that day: "
                                "what you did after it is not in the backup. "
                                "Or start again with an empty record."),
                              day);
    }
  else
    {
      g_string_append (body, _("There is no backup to go back to, so Shopcraft starts with an empty record."));
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (NULL, _("Your Record Is Damaged"), body->str));
  adw_message_dialog_add_response (dialog, "empty", _("_Start with an Empty Record"));
  choice = "empty";

  if (day != NULL)
    {
      /* Translators: %s is a day, such as "28 November 2026". */
      g_autofree char *label = g_strdup_printf (_("_Restore the Backup of %s"), day);

      adw_message_dialog_add_response (dialog, "restore", label);
      adw_message_dialog_set_response_appearance (dialog, "restore", ADW_RESPONSE_SUGGESTED);
      choice = "restore";
    }

  /* Escape takes the suggested way too: the damaged file is safe either way. */
  adw_message_dialog_set_default_response (dialog, choice);
  adw_message_dialog_set_close_response (dialog, choice);
  /* The dialog owns the recovery until the learner answers. */
  g_object_set_data_full (G_OBJECT (dialog), "sc-recovery", recovery, (GDestroyNotify) recovery_free);
  g_signal_connect (dialog, "response", G_CALLBACK (recovery_response_cb), NULL);

  sc_application_present_dialog (recovery->app, GTK_WINDOW (dialog));
}

static void
list_done (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(Recovery) recovery = user_data;
  g_autoptr(GError) error = NULL;

  recovery->backups = sc_backup_list_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (recovery->backups == NULL)
    {
      /* Unreadable backups are no backups: an empty record is still a way on. */
      g_message ("The backups cannot be listed: %s", error->message);
      recovery->backups = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_backup_info_free);
    }

  show_recovery_dialog (g_steal_pointer (&recovery));
}

/* @path is damaged and no connection of this process has it open. */
static void
recover (ScApplication *self,
         const char    *path,
         const char    *reason)
{
  g_autoptr(GError) error = NULL;
  Recovery *recovery;
  char *kept;

  g_message ("The database is damaged: %s", reason);

  kept = sc_database_set_aside (path, NULL, &error);
  if (kept == NULL)
    {
      GError *shown = g_error_new (SC_ERROR, SC_ERROR_CORRUPT,
                                   _("%s is damaged, and it cannot be set aside to start again: %s"),
                                   path, error->message);

      set_database_error (self, shown);
      return;
    }

  recovery = g_new0 (Recovery, 1);
  recovery->app = g_object_ref (self);
  recovery->data_dir = g_path_get_dirname (path);
  recovery->kept_path = kept;

  sc_backup_list_async (recovery->data_dir, self->database_cancellable, list_done, recovery);
}

static void
check_done (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(ScApplication) self = user_data;
  ScDatabase *database = SC_DATABASE (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) close_error = NULL;
  g_autofree char *path = NULL;
  gboolean sound;

  sound = sc_database_check_finish (database, result, &error);

  /* Cancelled: another database was opened meanwhile, or the app quit. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      sc_context_get_database (self->context) != database)
    return;

  self->database_checking = FALSE;

  if (sound || !g_error_matches (error, SC_ERROR, SC_ERROR_CORRUPT))
    {
      /* Not known to be damaged: go on, and check again next time. */
      if (!sound)
        g_message ("The database could not be checked: %s", error->message);
      else
        self->database_unchecked = FALSE;

      /* Now it may be written to: the learner, their sessions, search. */
      sc_application_choose_learner (self);
      sc_application_recover_sessions (self);
      sc_application_update_search_index (self);
      return;
    }

  path = g_strdup (sc_database_get_path (database));
  self->database_unchecked = FALSE;
  if (!sc_database_close (database, &close_error))
    g_message ("Closing the damaged database: %s", close_error->message);
  sc_context_set_database (self->context, NULL);

  recover (self, path, error->message);
}

static void
show_warning (ScApplication *self,
              ScDatabase    *database)
{
  const char *warning = sc_database_get_warning (database);

  if (warning == NULL)
    return;

  sc_application_add_toast (self,
                            _("Keep only one Shopcraft open on this data folder"),
                            _("Slower Saving in This Folder"),
                            warning);
}

/* The database in use ends its session: today's backup, then the clean
 * close that removes the mark. A database whose check has not said it is
 * sound keeps its mark instead. */
static void
finish (ScApplication *self,
        ScDatabase    *database,
        gboolean       backup)
{
  g_autoptr(GError) error = NULL;

  if (self->database_unchecked)
    {
      g_debug ("Leaving %s marked as in use: its check did not finish",
               sc_database_get_path (database));
      return;
    }

  if (sc_database_get_handle (database) == NULL)
    return;

  /* Never in the way of quitting: a failed backup is tried again next time. */
  if (backup && !sc_database_backup_daily (database, NULL, &error))
    {
      g_message ("No backup was made at exit: %s", error->message);
      g_clear_error (&error);
    }

  if (!sc_database_close (database, &error))
    g_message ("The database was not closed cleanly: %s", error->message);
}

/**
 * sc_application_open_database:
 * @dir: the data folder
 *
 * Ends the session of the database in use, opens the one in @dir, puts it
 * (or %NULL and the error) in the context and the windows, and checks it
 * when its last session did not end cleanly.
 */
void
sc_application_open_database (ScApplication *self,
                              const char    *dir)
{
  g_autoptr(ScDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *copy = g_strdup (dir);
  ScDatabase *previous;

  g_free (self->database_dir);
  self->database_dir = g_steal_pointer (&copy);

  g_cancellable_cancel (self->database_cancellable);
  g_clear_object (&self->database_cancellable);
  self->database_cancellable = g_cancellable_new ();

  previous = self->context != NULL ? sc_context_get_database (self->context) : NULL;
  if (previous != NULL)
    {
      finish (self, previous, TRUE);
      sc_context_set_database (self->context, NULL);
    }
  self->database_unchecked = FALSE;
  self->database_checking = FALSE;

  database = sc_database_open_in_dir (self->database_dir, &error);

  if (self->context == NULL)
    self->context = sc_context_new (NULL, self->settings);

  if (database == NULL && g_error_matches (error, SC_ERROR, SC_ERROR_CORRUPT))
    {
      g_autofree char *path = g_build_filename (self->database_dir, SC_DATABASE_FILE_NAME, NULL);

      set_database_error (self, NULL);
      recover (self, path, error->message);
      return;
    }

  if (database != NULL)
    {
      g_autoptr(GError) mark_error = NULL;

      if (!sc_database_mark_running (database, &mark_error))
        g_message ("A crash will go unnoticed: %s", mark_error->message);

      if (sc_database_was_unclean (database))
        {
          self->database_unchecked = TRUE;
          self->database_checking = TRUE;
          sc_database_check_async (database, self->database_cancellable,
                                   check_done, g_object_ref (self));
        }

      show_warning (self, database);
    }

  sc_context_set_database (self->context, database);
  set_database_error (self, g_steal_pointer (&error));
}

/**
 * sc_application_finish_database:
 * @backup: whether to make today's backup first
 *
 * At a clean exit: stops a check or a restore still running, makes the
 * day's backup and closes the database, which removes the mark of a
 * running session. Problems are logged, never shown: nothing here may
 * keep the learner from quitting.
 */
void
sc_application_finish_database (ScApplication *self,
                                gboolean       backup)
{
  ScDatabase *database;

  g_cancellable_cancel (self->database_cancellable);

  if (self->context == NULL || (database = sc_context_get_database (self->context)) == NULL)
    return;

  finish (self, database, backup);
  sc_context_set_database (self->context, NULL);
}
