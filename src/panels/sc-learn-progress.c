/* sc-learn-progress.c - the Learn panel's lessons, ticks and reading time, recorded
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The glue between the panel's in-memory seam and src/core/learning.
 * When the context has a database, a course and a learner, it reads each
 * lesson's state and ticked steps into the panel and where the learner
 * left off; it records what the learner does from the panel's signals
 * (Mark as Done, ticks) and the panel's calls (a lesson entered or left).
 *
 * Entering a lesson opens a reading session (its "opened" statement and
 * a registration). The session's active time follows the window: it
 * counts while the window is active and not minimised, and stops after
 * SC_ACTIVE_TIME_IDLE_SECS without input, seen by a capture-phase
 * controller on the panel. A heartbeat every
 * SC_READING_SESSION_HEARTBEAT_SECS keeps the time safe from a crash;
 * leaving the lesson or closing the window closes the session.
 *
 * The scroll position is saved on leaving the lesson and after
 * SC_LEARN_PROGRESS_SCROLL_SAVE_SECS without scrolling.
 *
 * Each module's status (mastered, in progress) is read from module_status,
 * which the quiz attempts' statements keep, into the course tree when the
 * course is shown and each time the panel is shown again (after a quiz).
 */
#include "config.h"

#include "sc-attempt.h"
#include "sc-context.h"
#include "sc-database.h"
#include "sc-learn-panel-private.h"
#include "sc-learn-progress.h"
#include "sc-module-status.h"
#include "sc-progress.h"
#include "sc-reading-session.h"
#include "sc-toasts.h"

struct _ScLearnProgress
{
  GObject           parent_instance;

  ScLearnPanel     *panel;        /* weak: the panel owns us */
  ScDatabase       *database;
  ScCourse         *course;
  ScLearner        *learner;

  ScReadingSession *session;
  char             *lesson_id;    /* the lesson entered */
  double            saved_scroll;
  guint             heartbeat_id;
  guint             scroll_id;

  GtkWindow        *window;       /* weak */
  GdkSurface       *surface;      /* weak */
};

G_DEFINE_FINAL_TYPE (ScLearnProgress, sc_learn_progress, G_TYPE_OBJECT)

static gboolean
recording (ScLearnProgress *self)
{
  /* At exit the database closes before the window is gone. */
  return self->database != NULL && self->course != NULL && self->learner != NULL &&
         sc_database_get_handle (self->database) != NULL;
}

static void
report (ScLearnProgress *self,
        const GError    *error)
{
  AdwToast *toast;

  if (self->panel == NULL || error == NULL)
    return;

  toast = adw_toast_new (error->message);
  adw_toast_set_timeout (toast, 6);
  sc_toasts_add (self->panel->toast_overlay, toast);
}

static gboolean
window_minimized (ScLearnProgress *self)
{
  return self->surface != NULL && GDK_IS_TOPLEVEL (self->surface) &&
         (gdk_toplevel_get_state (GDK_TOPLEVEL (self->surface)) & GDK_TOPLEVEL_STATE_MINIMIZED) != 0;
}

static ScActiveTime *
active_time (ScLearnProgress *self)
{
  return self->session != NULL ? sc_reading_session_get_active_time (self->session) : NULL;
}

static void
sync_window (ScLearnProgress *self)
{
  ScActiveTime *time = active_time (self);

  if (time == NULL)
    return;

  sc_active_time_set_window_active (time, self->window != NULL &&
                                          gtk_window_is_active (self->window));
  sc_active_time_set_minimized (time, window_minimized (self));
}

static void
save_scroll (ScLearnProgress *self)
{
  g_autoptr(GError) error = NULL;
  double scroll;

  g_clear_handle_id (&self->scroll_id, g_source_remove);

  if (!recording (self) || self->lesson_id == NULL || self->panel == NULL)
    return;

  scroll = sc_lesson_page_get_scroll (self->panel->lesson_page);
  if (ABS (scroll - self->saved_scroll) < 0.0001)
    return;

  if (!sc_progress_save_scroll (self->database, self->learner, self->course,
                                self->lesson_id, scroll, &error))
    report (self, error);
  else
    self->saved_scroll = scroll;
}

static gboolean
scroll_timeout_cb (gpointer data)
{
  ScLearnProgress *self = data;

  self->scroll_id = 0;
  save_scroll (self);

  return G_SOURCE_REMOVE;
}

static void
scrolled_cb (ScLearnProgress *self)
{
  if (self->lesson_id == NULL)
    return;

  g_clear_handle_id (&self->scroll_id, g_source_remove);
  self->scroll_id = g_timeout_add_seconds (SC_LEARN_PROGRESS_SCROLL_SAVE_SECS,
                                           scroll_timeout_cb, self);
}

static gboolean
heartbeat_cb (gpointer data)
{
  ScLearnProgress *self = data;
  g_autoptr(GError) error = NULL;

  if (self->session != NULL && recording (self) &&
      !sc_reading_session_heartbeat (self->session, &error))
    report (self, error);

  return G_SOURCE_CONTINUE;
}

static void
close_session (ScLearnProgress *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->heartbeat_id, g_source_remove);

  /* With the database gone, the next start recovers the session. */
  if (self->session != NULL && recording (self) &&
      !sc_reading_session_is_closed (self->session) &&
      !sc_reading_session_close (self->session, &error))
    report (self, error);

  g_clear_object (&self->session);
}

/**
 * sc_learn_progress_leave:
 *
 * The learner leaves the lesson: its scroll position is saved and its
 * reading session closed (one "experienced" statement).
 */
void
sc_learn_progress_leave (ScLearnProgress *self)
{
  g_return_if_fail (SC_IS_LEARN_PROGRESS (self));

  save_scroll (self);
  close_session (self);
  g_clear_pointer (&self->lesson_id, g_free);
}

/**
 * sc_learn_progress_enter:
 * @restore_scroll: whether to scroll to where the learner was
 *
 * The panel shows @lesson_id: a reading session opens for it.
 */
void
sc_learn_progress_enter (ScLearnProgress *self,
                         const char      *lesson_id,
                         gboolean         restore_scroll)
{
  g_autoptr(ScLessonProgress) progress = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (SC_IS_LEARN_PROGRESS (self));

  sc_learn_progress_leave (self);

  if (!recording (self) || lesson_id == NULL)
    return;

  progress = sc_progress_get_lesson (self->database, self->learner, self->course,
                                     lesson_id, &error);
  if (progress == NULL)
    {
      report (self, error);
      g_clear_error (&error);
    }

  self->session = sc_reading_session_open (self->database, self->learner, self->course,
                                           lesson_id, NULL, NULL, &error);
  if (self->session == NULL)
    {
      report (self, error);
      return;
    }

  self->lesson_id = g_strdup (lesson_id);
  self->saved_scroll = progress != NULL ? progress->scroll : 0.0;
  if (restore_scroll && progress != NULL && progress->scroll > 0.0)
    sc_lesson_page_set_scroll (self->panel->lesson_page, progress->scroll);

  sync_window (self);
  self->heartbeat_id = g_timeout_add_seconds (SC_READING_SESSION_HEARTBEAT_SECS,
                                              heartbeat_cb, self);
}

static void
state_changed_cb (ScLearnProgress *self,
                  const char      *lesson_id,
                  int              state)
{
  g_autoptr(GError) error = NULL;
  gboolean recorded;

  if (!recording (self))
    return;

  /* Opening a lesson is recorded by its reading session; in progress
   * after done is "not done after all", which voids the completion (and
   * writes nothing for a lesson that was never done). */
  if (state == SC_LESSON_DONE)
    recorded = sc_progress_complete_lesson (self->database, self->learner, self->course,
                                            lesson_id, &error);
  else
    recorded = sc_progress_uncomplete_lesson (self->database, self->learner, self->course,
                                              lesson_id, &error);

  if (!recorded)
    report (self, error);
}

static void
sop_step_toggled_cb (ScLearnProgress *self,
                     const char      *lesson_id,
                     const char      *sop_id,
                     guint            step,
                     gboolean         ticked)
{
  g_autoptr(GError) error = NULL;

  if (!recording (self))
    return;

  if (!sc_progress_tick_sop_step (self->database, self->learner, self->course,
                                  lesson_id, sop_id, step, ticked, &error))
    report (self, error);
}

static void
input_cb (ScLearnProgress *self)
{
  ScActiveTime *time = active_time (self);

  if (time != NULL)
    sc_active_time_input (time);
}

static gboolean
legacy_event_cb (GtkEventControllerLegacy *controller,
                 GdkEvent                 *event,
                 ScLearnProgress          *self)
{
  switch ((int) gdk_event_get_event_type (event))
    {
    case GDK_MOTION_NOTIFY:
    case GDK_BUTTON_PRESS:
    case GDK_KEY_PRESS:
    case GDK_SCROLL:
    case GDK_TOUCH_BEGIN:
    case GDK_TOUCHPAD_SWIPE:
      input_cb (self);
      break;

    default:
      break;
    }

  return GDK_EVENT_PROPAGATE;
}

static void
unwatch_window (ScLearnProgress *self)
{
  if (self->window != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->window, self);
      g_object_remove_weak_pointer (G_OBJECT (self->window), (gpointer *) &self->window);
      self->window = NULL;
    }
  if (self->surface != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->surface, self);
      g_object_remove_weak_pointer (G_OBJECT (self->surface), (gpointer *) &self->surface);
      self->surface = NULL;
    }
}

static void
realized_cb (ScLearnProgress *self)
{
  GtkRoot *root = self->panel != NULL ? gtk_widget_get_root (GTK_WIDGET (self->panel)) : NULL;
  GdkSurface *surface;

  unwatch_window (self);
  if (!GTK_IS_WINDOW (root))
    return;

  self->window = GTK_WINDOW (root);
  g_object_add_weak_pointer (G_OBJECT (self->window), (gpointer *) &self->window);
  g_signal_connect_swapped (self->window, "notify::is-active", G_CALLBACK (sync_window), self);

  surface = gtk_native_get_surface (GTK_NATIVE (root));
  if (surface != NULL)
    {
      self->surface = surface;
      g_object_add_weak_pointer (G_OBJECT (surface), (gpointer *) &self->surface);
      g_signal_connect_swapped (surface, "notify::state", G_CALLBACK (sync_window), self);
    }

  sync_window (self);
}

/* The window closes: the session ends with it. */
static void
unrealized_cb (ScLearnProgress *self)
{
  unwatch_window (self);
  sc_learn_progress_leave (self);
}

static void
clear_source (ScLearnProgress *self)
{
  g_clear_object (&self->database);
  g_clear_object (&self->course);
  g_clear_pointer (&self->learner, sc_learner_free);
}

static void
sc_learn_progress_dispose (GObject *object)
{
  ScLearnProgress *self = SC_LEARN_PROGRESS (object);

  sc_learn_progress_leave (self);
  g_clear_handle_id (&self->scroll_id, g_source_remove);
  unwatch_window (self);
  if (self->panel != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->panel), (gpointer *) &self->panel);
      self->panel = NULL;
    }
  clear_source (self);

  G_OBJECT_CLASS (sc_learn_progress_parent_class)->dispose (object);
}

static void
sc_learn_progress_class_init (ScLearnProgressClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sc_learn_progress_dispose;
}

static void
sc_learn_progress_init (ScLearnProgress *self)
{
}

/**
 * sc_learn_progress_new:
 *
 * Records what the learner does in @panel. The panel calls
 * sc_learn_progress_leave() before it is gone, which closes the session.
 */
ScLearnProgress *
sc_learn_progress_new (ScLearnPanel *panel)
{
  ScLearnProgress *self = g_object_new (SC_TYPE_LEARN_PROGRESS, NULL);
  GtkEventController *controller = gtk_event_controller_legacy_new ();
  GtkAdjustment *adjustment = sc_lesson_page_get_vadjustment (panel->lesson_page);

  self->panel = panel;
  g_object_add_weak_pointer (G_OBJECT (panel), (gpointer *) &self->panel);

  g_signal_connect_object (panel, "lesson-state-changed",
                           G_CALLBACK (state_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (panel, "sop-step-toggled",
                           G_CALLBACK (sop_step_toggled_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (panel, "realize",
                           G_CALLBACK (realized_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (panel, "unrealize",
                           G_CALLBACK (unrealized_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (adjustment, "value-changed",
                           G_CALLBACK (scrolled_cb), self, G_CONNECT_SWAPPED);

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_object (controller, "event", G_CALLBACK (legacy_event_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (panel), controller);

  return self;
}

static gboolean
same_source (ScLearnProgress *self,
             ScDatabase      *database,
             ScCourse        *course,
             const ScLearner *learner)
{
  return self->database == database && self->course == course &&
         (self->learner == NULL) == (learner == NULL) &&
         (learner == NULL || self->learner->id == learner->id);
}

static const ScModuleStatus *
find_status (GPtrArray  *list,
             const char *module_id)
{
  for (guint i = 0; i < list->len; i++)
    {
      const ScModuleStatus *status = g_ptr_array_index (list, i);

      if (g_strcmp0 (status->module_id, module_id) == 0)
        return status;
    }

  return NULL;
}

/**
 * sc_learn_progress_load_modules:
 *
 * Shows the learner's recorded status in each module of the course in
 * the panel's tree; modules without one show as not started.
 */
void
sc_learn_progress_load_modules (ScLearnProgress *self)
{
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *domains;

  g_return_if_fail (SC_IS_LEARN_PROGRESS (self));

  if (!recording (self) || self->panel == NULL ||
      sc_course_tree_get_course (self->panel->tree) != self->course)
    return;

  list = sc_module_status_list (self->database, self->learner,
                                sc_course_get_id (self->course), &error);
  if (list == NULL)
    {
      report (self, error);
      return;
    }

  domains = sc_course_get_domains (self->course);
  for (guint d = 0; d < domains->len; d++)
    {
      ScDomain *domain = g_ptr_array_index (domains, d);

      for (guint m = 0; m < domain->modules->len; m++)
        {
          ScModule *module = g_ptr_array_index (domain->modules, m);
          const ScModuleStatus *status = find_status (list, module->id);

          sc_course_tree_set_module_state (self->panel->tree, module->id,
                                           status != NULL ? status->state : SC_MODULE_NOT_STARTED,
                                           status != NULL ? status->best_score : -1.0);
        }
    }
}

/**
 * sc_learn_progress_load_practice:
 *
 * Shows the learner's best score at the practice quiz of the lesson on
 * the page, when they have finished it at least once.
 */
void
sc_learn_progress_load_practice (ScLearnProgress *self)
{
  ScLesson *lesson;
  g_autoptr(GError) error = NULL;
  double best = -1.0;

  g_return_if_fail (SC_IS_LEARN_PROGRESS (self));

  if (!recording (self) || self->panel == NULL)
    return;

  lesson = sc_lesson_page_get_lesson (self->panel->lesson_page);
  if (lesson == NULL || lesson->practice == NULL)
    return;

  if (!sc_attempt_best_fraction (self->database, self->learner, sc_course_get_id (self->course),
                                 lesson->practice, &best, &error))
    {
      report (self, error);
      return;
    }
  sc_lesson_page_set_practice_best (self->panel->lesson_page, best);
}

/**
 * sc_learn_progress_load:
 *
 * Reads the progress of the context's learner into the panel: each
 * lesson's state, the ticked steps and the resume lesson.
 *
 * Returns: %TRUE if the database, course or learner changed, and the
 *   panel should show the course afresh; @out_learner_changed tells
 *   whether it was another learner
 */
gboolean
sc_learn_progress_load (ScLearnProgress *self,
                        ScContext       *context,
                        gboolean        *out_learner_changed)
{
  ScDatabase *database = context != NULL ? sc_context_get_database (context) : NULL;
  ScCourse *course = context != NULL ? sc_context_get_course (context) : NULL;
  const ScLearner *learner = context != NULL ? sc_context_get_learner (context) : NULL;
  g_autoptr(ScLessonProgress) resume = NULL;
  g_autoptr(GError) error = NULL;
  ScLearnPanel *panel = self->panel;
  GPtrArray *lessons;

  g_return_val_if_fail (SC_IS_LEARN_PROGRESS (self), FALSE);

  if (same_source (self, database, course, learner))
    return FALSE;

  if (out_learner_changed != NULL)
    *out_learner_changed = self->learner != NULL &&
                           (learner == NULL || self->learner->id != learner->id);

  sc_learn_progress_leave (self);
  clear_source (self);
  if (database != NULL)
    self->database = g_object_ref (database);
  if (course != NULL)
    self->course = g_object_ref (course);
  if (learner != NULL)
    self->learner = sc_learner_copy (learner);

  if (!recording (self))
    return FALSE;

  g_hash_table_remove_all (panel->states);
  g_hash_table_remove_all (panel->ticks);
  g_clear_pointer (&panel->resume_lesson, g_free);

  lessons = sc_course_get_lessons (course);
  for (guint i = 0; i < lessons->len; i++)
    {
      ScLesson *lesson = g_ptr_array_index (lessons, i);
      g_autoptr(ScLessonProgress) progress = NULL;

      progress = sc_progress_get_lesson (database, learner, course, lesson->id, &error);
      if (progress == NULL)
        {
          report (self, error);
          return TRUE;
        }

      if (progress->state != SC_LESSON_NOT_STARTED)
        g_hash_table_insert (panel->states, g_strdup (lesson->id),
                             GINT_TO_POINTER (progress->state));

      for (guint j = 0; progress->ticks != NULL && j < progress->ticks->len; j++)
        {
          ScSopTick *tick = g_ptr_array_index (progress->ticks, j);

          sc_learn_panel_set_sop_step (panel, lesson->id, tick->sop_id, tick->step, TRUE);
        }
    }

  if (!sc_progress_get_resume_point (database, learner, course, &resume, &error))
    report (self, error);
  else if (resume != NULL && g_hash_table_size (panel->states) > 0)
    /* With nothing started, the overview offers the start. */
    panel->resume_lesson = g_strdup (resume->lesson_id);

  return TRUE;
}
