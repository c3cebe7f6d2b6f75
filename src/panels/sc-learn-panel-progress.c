/* sc-learn-panel-progress.c - the Learn panel's seam to the learner's progress
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Lesson states and ticked procedure steps live in two maps on the panel
 * until src/core/learning records them; whoever holds the recorded
 * progress sets them with the functions here (no signal echoes back) and
 * records what the learner does from the panel's signals.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-learn-panel-private.h"
#include "sc-toasts.h"

#define TICK_SEPARATOR "\x1f"

static char *
tick_key (const char *lesson_id,
          const char *sop_id,
          guint       step)
{
  return g_strdup_printf ("%s" TICK_SEPARATOR "%s" TICK_SEPARATOR "%u",
                          lesson_id, sop_id != NULL ? sop_id : "", step);
}

/* The first lesson, in course order, that is not done. */
ScLesson *
sc_learn_panel_first_lesson_in (ScLearnPanel  *self,
                 ScLessonState  state)
{
  GPtrArray *lessons = sc_course_get_lessons (self->course);

  for (guint i = 0; i < lessons->len; i++)
    {
      ScLesson *lesson = g_ptr_array_index (lessons, i);
      ScLessonState lesson_state = sc_learn_panel_get_lesson_state (self, lesson->id);

      if ((state == SC_LESSON_DONE && lesson_state != SC_LESSON_DONE) ||
          (state != SC_LESSON_DONE && lesson_state == state))
        return lesson;
    }

  return NULL;
}

void
sc_learn_panel_change_state (ScLearnPanel  *self,
              const char    *lesson_id,
              ScLessonState  state,
              gboolean       by_learner)
{
  if (sc_learn_panel_get_lesson_state (self, lesson_id) == state)
    return;

  g_hash_table_insert (self->states, g_strdup (lesson_id), GINT_TO_POINTER (state));
  sc_course_tree_set_lesson_state (self->tree, lesson_id, state);

  if (self->lesson != NULL && g_strcmp0 (self->lesson->id, lesson_id) == 0)
    {
      sc_lesson_page_set_state (self->lesson_page, state);
      g_object_notify (G_OBJECT (self), "lesson-done");
    }

  sc_learn_panel_update_overview (self);

  if (by_learner)
    g_signal_emit_by_name (self, "lesson-state-changed", lesson_id, (int) state);
}

void
sc_learn_panel_restore_ticks (ScLearnPanel *self)
{
  ScRichTextView *view = sc_lesson_page_get_view (self->lesson_page);
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, self->ticks);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      g_auto(GStrv) parts = g_strsplit (key, TICK_SEPARATOR, 3);

      if (g_strv_length (parts) == 3 && g_strcmp0 (parts[0], self->lesson->id) == 0)
        sc_rich_text_view_set_sop_step (view, parts[1],
                                        (guint) g_ascii_strtoull (parts[2], NULL, 10), TRUE);
    }
}

ScLessonState
sc_learn_panel_get_lesson_state (ScLearnPanel *self,
                                 const char   *lesson_id)
{
  g_return_val_if_fail (SC_IS_LEARN_PANEL (self), SC_LESSON_NOT_STARTED);

  if (lesson_id == NULL)
    return SC_LESSON_NOT_STARTED;

  return GPOINTER_TO_INT (g_hash_table_lookup (self->states, lesson_id));
}

/**
 * sc_learn_panel_set_lesson_state:
 *
 * Sets a lesson's state from the learner's recorded progress; emits no
 * ScLearnPanel::lesson-state-changed.
 */
void
sc_learn_panel_set_lesson_state (ScLearnPanel  *self,
                                 const char    *lesson_id,
                                 ScLessonState  state)
{
  g_return_if_fail (SC_IS_LEARN_PANEL (self));
  g_return_if_fail (lesson_id != NULL);

  state = CLAMP (state, SC_LESSON_NOT_STARTED, SC_LESSON_DONE);
  sc_learn_panel_change_state (self, lesson_id, state, FALSE);
}

gboolean
sc_learn_panel_get_sop_step (ScLearnPanel *self,
                             const char   *lesson_id,
                             const char   *sop_id,
                             guint         step)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (SC_IS_LEARN_PANEL (self), FALSE);
  g_return_val_if_fail (lesson_id != NULL, FALSE);

  key = tick_key (lesson_id, sop_id, step);

  return g_hash_table_contains (self->ticks, key);
}

/**
 * sc_learn_panel_set_sop_step:
 *
 * Restores a ticked step from the learner's recorded progress; emits no
 * ScLearnPanel::sop-step-toggled.
 */
void
sc_learn_panel_set_sop_step (ScLearnPanel *self,
                             const char   *lesson_id,
                             const char   *sop_id,
                             guint         step,
                             gboolean      ticked)
{
  char *key;

  g_return_if_fail (SC_IS_LEARN_PANEL (self));
  g_return_if_fail (lesson_id != NULL);

  key = tick_key (lesson_id, sop_id, step);
  if (ticked)
    g_hash_table_add (self->ticks, key);
  else
    {
      g_hash_table_remove (self->ticks, key);
      g_free (key);
    }

  if (self->lesson != NULL && g_strcmp0 (self->lesson->id, lesson_id) == 0)
    sc_rich_text_view_set_sop_step (sc_lesson_page_get_view (self->lesson_page),
                                    sop_id, step, ticked);
}

/**
 * sc_learn_panel_set_resume_lesson:
 * @lesson_id: (nullable): where the learner left off
 *
 * Opens @lesson_id now if no lesson is open yet, or when the course
 * arrives.
 */
void
sc_learn_panel_set_resume_lesson (ScLearnPanel *self,
                                  const char   *lesson_id)
{
  g_return_if_fail (SC_IS_LEARN_PANEL (self));

  g_free (self->resume_lesson);
  self->resume_lesson = g_strdup (lesson_id);

  if (self->course != NULL && self->lesson == NULL && lesson_id != NULL &&
      sc_course_lookup_lesson (self->course, lesson_id) != NULL)
    sc_learn_panel_show_lesson (self, lesson_id, SC_LEARN_NAV_RESTORE);
}

/**
 * sc_learn_panel_neighbour:
 * @offset: -1 for the previous lesson in course order, 1 for the next
 *
 * Returns: (nullable): the lesson @offset away from the open one
 */
ScLesson *
sc_learn_panel_neighbour (ScLearnPanel *self,
                          int           offset)
{
  GPtrArray *lessons;
  guint index;

  if (self->course == NULL || self->lesson == NULL)
    return NULL;

  lessons = sc_course_get_lessons (self->course);
  if (!g_ptr_array_find (lessons, self->lesson, &index))
    return NULL;

  if ((offset < 0 && index < (guint) -offset) || index + offset >= lessons->len)
    return NULL;

  return g_ptr_array_index (lessons, index + offset);
}

gboolean
sc_learn_panel_get_lesson_done (ScLearnPanel *self)
{
  return self->lesson != NULL &&
         sc_learn_panel_get_lesson_state (self, self->lesson->id) == SC_LESSON_DONE;
}

void
sc_learn_panel_set_lesson_done (ScLearnPanel *self,
                                gboolean      done)
{
  ScLesson *next;
  AdwToast *toast;

  if (self->lesson == NULL || sc_learn_panel_get_lesson_done (self) == !!done)
    return;

  sc_learn_panel_change_state (self, self->lesson->id,
                               done ? SC_LESSON_DONE : SC_LESSON_IN_PROGRESS, TRUE);

  if (!done)
    return;

  next = sc_learn_panel_neighbour (self, 1);
  toast = adw_toast_new (_("Lesson done"));
  adw_toast_set_timeout (toast, 4);
  if (next != NULL)
    {
      adw_toast_set_button_label (toast, _("_Next Lesson"));
      adw_toast_set_action_name (toast, "learn.next");
    }
  sc_toasts_add (self->toast_overlay, toast);
}
