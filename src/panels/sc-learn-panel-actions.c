/* sc-learn-panel-actions.c - the Learn panel's actions, shortcuts and link history
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * learn.previous and learn.next follow the course's order; learn.mark-done
 * toggles the open lesson's "done" (a property action, so its toggle
 * buttons show the state); learn.history-back and learn.history-forward
 * retrace the lessons the learner visited, as a browser does, with
 * Alt+Left and Alt+Right and the mouse's back and forward buttons.
 *
 * With nothing to go back to, Alt+Left is left to the window, whose
 * folded leaflet uses it to return to the section list.
 */
#include "config.h"

#include "sc-learn-panel-private.h"

/* A history long enough for any reading session, short enough to hold. */
#define HISTORY_MAX 100

ScLearnVisit *
sc_learn_visit_new (const char *lesson_id,
                    double      scroll)
{
  ScLearnVisit *visit = g_new0 (ScLearnVisit, 1);

  visit->lesson_id = g_strdup (lesson_id);
  visit->scroll = scroll;

  return visit;
}

void
sc_learn_visit_free (ScLearnVisit *visit)
{
  if (visit == NULL)
    return;

  g_free (visit->lesson_id);
  g_free (visit);
}

static ScLearnVisit *
current_visit (ScLearnPanel *self)
{
  return sc_learn_visit_new (self->lesson->id, sc_lesson_page_get_scroll (self->lesson_page));
}

void
sc_learn_panel_history_clear (ScLearnPanel *self)
{
  g_ptr_array_set_size (self->back, 0);
  g_ptr_array_set_size (self->forward, 0);
}

/* The open lesson goes on the back list; a new path forgets the old
 * forward one. */
void
sc_learn_panel_history_push (ScLearnPanel *self)
{
  g_assert (self->lesson != NULL);

  g_ptr_array_add (self->back, current_visit (self));
  if (self->back->len > HISTORY_MAX)
    g_ptr_array_remove_index (self->back, 0);
  g_ptr_array_set_size (self->forward, 0);
}

/* Moves one visit from @from to the open lesson, and the open lesson
 * onto @to. */
static gboolean
history_move (ScLearnPanel *self,
              GPtrArray    *from,
              GPtrArray    *to)
{
  ScLearnVisit *visit;

  if (from->len == 0 || self->lesson == NULL)
    return FALSE;

  visit = g_ptr_array_steal_index (from, from->len - 1);
  g_ptr_array_add (to, current_visit (self));

  if (sc_learn_panel_show_lesson (self, visit->lesson_id, SC_LEARN_NAV_HISTORY))
    sc_lesson_page_set_scroll (self->lesson_page, visit->scroll);

  sc_learn_visit_free (visit);
  sc_learn_panel_update_actions (self);

  return TRUE;
}

static void
history_back_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  ScLearnPanel *self = SC_LEARN_PANEL (widget);

  history_move (self, self->back, self->forward);
}

static void
history_forward_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  ScLearnPanel *self = SC_LEARN_PANEL (widget);

  history_move (self, self->forward, self->back);
}

/* The shortcuts only claim the key when there is somewhere to go. */
static gboolean
history_back_shortcut (GtkWidget *widget,
                       GVariant  *args,
                       gpointer   user_data)
{
  ScLearnPanel *self = SC_LEARN_PANEL (widget);

  return history_move (self, self->back, self->forward);
}

static gboolean
history_forward_shortcut (GtkWidget *widget,
                          GVariant  *args,
                          gpointer   user_data)
{
  ScLearnPanel *self = SC_LEARN_PANEL (widget);

  return history_move (self, self->forward, self->back);
}

static void
neighbour_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ScLearnPanel *self = SC_LEARN_PANEL (widget);
  int offset = g_str_equal (action_name, "learn.next") ? 1 : -1;
  ScLesson *lesson = sc_learn_panel_neighbour (self, offset);

  if (lesson != NULL)
    sc_learn_panel_show_lesson (self, lesson->id, SC_LEARN_NAV_PUSH);
}

static void
open_lesson_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  sc_learn_panel_open_lesson (SC_LEARN_PANEL (widget), g_variant_get_string (parameter, NULL));
}

static void
show_contents_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  ScLearnPanel *self = SC_LEARN_PANEL (widget);

  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->contents));
}

/* The overview's button: the first lesson not done, or the first. */
static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  ScLearnPanel *self = SC_LEARN_PANEL (widget);
  GPtrArray *lessons;

  if (self->course == NULL)
    return;

  lessons = sc_course_get_lessons (self->course);
  for (guint i = 0; i < lessons->len; i++)
    {
      ScLesson *lesson = g_ptr_array_index (lessons, i);

      if (sc_learn_panel_get_lesson_state (self, lesson->id) != SC_LESSON_DONE)
        {
          sc_learn_panel_show_lesson (self, lesson->id, SC_LEARN_NAV_PUSH);
          return;
        }
    }

  if (lessons->len > 0)
    sc_learn_panel_show_lesson (self, ((ScLesson *) g_ptr_array_index (lessons, 0))->id,
                                SC_LEARN_NAV_PUSH);
}

static void
mouse_pressed_cb (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  ScLearnPanel    *self)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));
  gboolean moved = FALSE;

  /* The mouse's back and forward buttons. */
  if (button == 8)
    moved = history_move (self, self->back, self->forward);
  else if (button == 9)
    moved = history_move (self, self->forward, self->back);

  gtk_gesture_set_state (GTK_GESTURE (gesture),
                         moved ? GTK_EVENT_SEQUENCE_CLAIMED : GTK_EVENT_SEQUENCE_DENIED);
}

void
sc_learn_panel_update_actions (ScLearnPanel *self)
{
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_widget_action_set_enabled (widget, "learn.previous",
                                 sc_learn_panel_neighbour (self, -1) != NULL);
  gtk_widget_action_set_enabled (widget, "learn.next",
                                 sc_learn_panel_neighbour (self, 1) != NULL);
  gtk_widget_action_set_enabled (widget, "learn.mark-done", self->lesson != NULL);
  gtk_widget_action_set_enabled (widget, "learn.history-back", self->back->len > 0);
  gtk_widget_action_set_enabled (widget, "learn.history-forward", self->forward->len > 0);
  gtk_widget_action_set_enabled (widget, "learn.start", self->course != NULL);
}

void
sc_learn_panel_class_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "learn.previous", NULL, neighbour_action);
  gtk_widget_class_install_action (widget_class, "learn.next", NULL, neighbour_action);
  gtk_widget_class_install_property_action (widget_class, "learn.mark-done", "lesson-done");
  gtk_widget_class_install_action (widget_class, "learn.history-back", NULL, history_back_action);
  gtk_widget_class_install_action (widget_class, "learn.history-forward", NULL,
                                   history_forward_action);
  gtk_widget_class_install_action (widget_class, "learn.open-lesson", "s", open_lesson_action);
  gtk_widget_class_install_action (widget_class, "learn.show-contents", NULL, show_contents_action);
  gtk_widget_class_install_action (widget_class, "learn.start", NULL, start_action);

  /* Listed in ui/gtk/help-overlay.ui. */
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                history_back_shortcut, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Right, GDK_ALT_MASK,
                                history_forward_shortcut, NULL);
}

void
sc_learn_panel_init_actions (ScLearnPanel *self)
{
  GtkGesture *mouse = gtk_gesture_click_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (mouse), 0);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (mouse), GTK_PHASE_CAPTURE);
  g_signal_connect_object (mouse, "pressed", G_CALLBACK (mouse_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (mouse));

  sc_learn_panel_update_actions (self);
}
