/* sc-application-learner.c - the active learner: chosen silently, named without a prompt
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Whenever a database opens, the context gets its learner: the one
 * --learner names (by UUID or by name, in any case), else the default
 * learner, created silently on first run. Nothing asks at start-up: while
 * the default learner still has the name it was given without asking, a
 * toast welcomes them and offers "Set Name…", which opens the
 * preferences on their name (app.learner-name). The toast never says the
 * name, so it is safe on a projector.
 *
 * A database whose last session crashed is not written to before its
 * check says it is sound (a write could spread damage, and recovery sets
 * the file aside byte for byte): until then there is no learner, and
 * sc-application-database.c chooses one when the check passes.
 *
 * In the window, a --learner that matches nobody is taken as the name of
 * a new learner, active for this run (the default stays as it was), so
 * tools and tests can start as anyone. A UUID that matches nobody cannot
 * be a name: the default learner is used and the log says why.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-application-private.h"
#include "sc-context.h"
#include "sc-database.h"
#include "sc-learner.h"
#include "sc-progress.h"

/* The learner --learner names; %NULL without an error when the default
 * learner should be used instead. */
static ScLearner *
learner_from_option (ScApplication  *self,
                     ScDatabase     *database,
                     GError        **error)
{
  g_autoptr(ScLearner) learner = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *option = self->learner_option;

  learner = sc_learner_lookup (database, option, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (learner != NULL)
    return g_steal_pointer (&learner);

  if (g_uuid_string_is_valid (option))
    {
      g_message ("No learner has the UUID %s in %s; the usual learner is used instead",
                 option, sc_database_get_path (database));
      return NULL;
    }

  learner = sc_learner_create (database, option, &local_error);
  if (learner == NULL)
    g_message ("No learner called “%s” could be made, so the usual learner is used instead: %s",
               option, local_error->message);

  return g_steal_pointer (&learner);
}

static void
welcome_dismissed_cb (AdwToast      *toast,
                      ScApplication *self)
{
  if (self->welcome_toast == toast)
    {
      g_object_remove_weak_pointer (G_OBJECT (toast), (gpointer *) &self->welcome_toast);
      self->welcome_toast = NULL;
    }
}

/* Once per run, and only while the name is a placeholder. */
static void
welcome (ScApplication   *self,
         const ScLearner *learner)
{
  AdwToast *toast;

  if (learner == NULL || !learner->name_is_placeholder ||
      self->welcome_shown || self->screenshot != NULL)
    return;

  self->welcome_shown = TRUE;

  toast = adw_toast_new (_("Welcome to Shopcraft. Tell us your name so your progress is yours."));
  adw_toast_set_button_label (toast, _("_Set Name…"));
  adw_toast_set_action_name (toast, "app.learner-name");
  adw_toast_set_timeout (toast, 10);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (welcome_dismissed_cb), self, 0);

  self->welcome_toast = toast;
  self->welcome_added = g_get_monotonic_time ();
  g_object_add_weak_pointer (G_OBJECT (toast), (gpointer *) &self->welcome_toast);

  sc_application_add_notice_toast (self, toast);
}

/**
 * sc_application_choose_learner:
 *
 * Puts the learner of the context's database in the context (%NULL
 * when no database is open, or while it is being checked after a crash),
 * and welcomes a learner whose name is still
 * the placeholder. A failure is logged: the window works on without a
 * learner, recording nothing.
 */
void
sc_application_choose_learner (ScApplication *self)
{
  ScDatabase *database = sc_context_get_database (self->context);
  g_autoptr(ScLearner) learner = NULL;
  g_autoptr(GError) error = NULL;

  if (database == NULL || self->database_checking)
    {
      sc_context_set_learner (self->context, NULL);
      return;
    }

  if (self->learner_option != NULL)
    learner = learner_from_option (self, database, &error);
  if (learner == NULL && error == NULL)
    learner = sc_learner_ensure_default (database, &error);

  if (learner == NULL)
    g_message ("No learner could be chosen, so nothing will be recorded: %s", error->message);

  sc_context_set_learner (self->context, learner);
  welcome (self, learner);
}

/**
 * sc_application_learner_changed:
 *
 * Takes the welcome back once the learner has given their name.
 */
static gboolean
dismiss_welcome_cb (gpointer data)
{
  adw_toast_dismiss (ADW_TOAST (data));

  return G_SOURCE_REMOVE;
}

void
sc_application_learner_changed (ScApplication *self)
{
  const ScLearner *learner = sc_context_get_learner (self->context);
  gint64 shown_ms;

  if (self->welcome_toast == NULL || learner == NULL || learner->name_is_placeholder)
    return;

  /* libadwaita 1.2's toast overlay crashes (a double unref in its
   * animation's "done") when a toast is dismissed while it is still
   * sliding in, so a toast is taken back only once it has been shown for
   * a second; the timeout holds its own reference to the toast. */
  shown_ms = (g_get_monotonic_time () - self->welcome_added) / 1000;
  if (shown_ms >= 1000)
    adw_toast_dismiss (self->welcome_toast);
  else
    g_timeout_add_full (G_PRIORITY_DEFAULT, (guint) (1000 - shown_ms),
                        dismiss_welcome_cb,
                        g_object_ref (self->welcome_toast),
                        g_object_unref);
}

/**
 * sc_application_recover_sessions:
 *
 * Closes the reading sessions a process that died left open for the
 * active learner in the course in use. Nothing to do until the
 * database, the learner and the course are all there.
 */
void
sc_application_recover_sessions (ScApplication *self)
{
  ScDatabase *database = sc_context_get_database (self->context);
  const ScLearner *learner = sc_context_get_learner (self->context);
  ScCourse *course = sc_context_get_course (self->context);
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GError) error = NULL;
  guint n_recovered = 0;

  if (database == NULL || learner == NULL || course == NULL || self->database_checking)
    return;

  now = g_date_time_new_now_utc ();
  if (!sc_progress_recover_sessions (database, learner, course, now, &n_recovered, &error))
    g_message ("Reading sessions left open by an earlier run were not closed: %s", error->message);
  else if (n_recovered > 0)
    g_debug ("Closed %u reading sessions left open by an earlier run", n_recovered);
}
