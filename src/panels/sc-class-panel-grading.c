/* sc-class-panel-grading.c - grading one essay: the question, the answer, a score and a comment
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The selected answer of the queue is shown with its question's text
 * and the learner's answer (selectable, to copy a passage into the
 * comment); the score goes from 0 to the question's marks in the quiz,
 * in halves (tenths under two marks). Save Grade (grading.save,
 * Ctrl+Enter even inside the comment) records the mark through
 * sc_attempt_grade_essay() and goes on to the next answer, which takes
 * the saved one's place in the list. A graded answer (the "Graded" view)
 * comes with its mark and comment; saving it regrades it.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "sc-class-panel-private.h"
#include "sc-context.h"
#include "sc-rich-text-html.h"

/**
 * sc_class_panel_format_age:
 *
 * Returns: (transfer full): how long ago @submitted_at was: "just now",
 *   "5 minutes ago", "2 hours ago", "3 days ago"
 */
char *
sc_class_panel_format_age (const char *submitted_at,
                           GDateTime  *now)
{
  g_autoptr(GDateTime) then = submitted_at != NULL ? g_date_time_new_from_iso8601 (submitted_at, NULL) : NULL;
  gint64 minutes;

  if (then == NULL)
    return g_strdup (_("submitted earlier"));

  minutes = MAX (g_date_time_difference (now, then) / G_TIME_SPAN_MINUTE, 0);
  if (minutes < 1)
    return g_strdup (_("just now"));
  if (minutes < 60)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u minute ago", "%u minutes ago", (gulong) minutes),
                            (guint) minutes);
  if (minutes < 24 * 60)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u hour ago", "%u hours ago", (gulong) (minutes / 60)),
                            (guint) (minutes / 60));

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u day ago", "%u days ago", (gulong) (minutes / (24 * 60))),
                          (guint) (minutes / (24 * 60)));
}

/**
 * sc_class_panel_format_marks:
 *
 * Returns: (transfer full): @marks with no trailing zeros: "3", "2.5"
 */
char *
sc_class_panel_format_marks (double marks)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_snprintf (buffer, sizeof buffer, "%.2f", marks);
  /* "3.00" -> "3", "2.50" -> "2.5" */
  if (strchr (buffer, '.') != NULL)
    {
      char *end = buffer + strlen (buffer) - 1;

      while (*end == '0')
        *end-- = '\0';
      if (*end == '.')
        *end = '\0';
    }

  return g_strdup (buffer);
}

void
sc_class_panel_show_item (ScClassPanel *self)
{
  const ScGradingItem *item = sc_class_panel_get_item (self);
  g_autoptr(ScRichText) stem = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *learner = NULL;
  g_autofree char *age = NULL;
  g_autofree char *meta = NULL;
  g_autofree char *max = NULL;
  g_autofree char *out_of = NULL;
  g_autofree char *key = NULL;
  gboolean same;
  double step;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "grading.save", item != NULL);
  if (item == NULL)
    {
      g_clear_pointer (&self->shown, g_free);
      return;
    }
  /* The same answer again (the list was refilled): keep what is typed. */
  key = g_strdup_printf ("%s %u", item->attempt_uuid, item->slot);
  same = g_strcmp0 (key, self->shown) == 0;
  g_free (self->shown);
  self->shown = g_steal_pointer (&key);

  learner = sc_class_panel_learner_label (self, item);
  age = sc_class_panel_format_age (item->submitted_at, now);
  /* Translators: who wrote the answer being graded, in which quiz, and when: "Ada · Listing check · 2 hours ago" */
  meta = g_strdup_printf (_("%s · %s · submitted %s"), learner,
                          item->quiz_title != NULL ? item->quiz_title : item->quiz_id, age);
  gtk_label_set_text (self->question_label, item->question->name != NULL ? item->question->name : "");
  gtk_label_set_text (self->meta_label, meta);

  stem = sc_rich_text_html_parse_format (item->question->stem.source, item->question->stem.format,
                                         sc_rich_text_html_question_file, (gpointer) &item->question->stem,
                                         NULL);
  sc_rich_text_view_set_text (self->stem_view, stem);
  gtk_label_set_text (self->answer_label,
                      item->answer[0] != '\0' ? item->answer : _("The learner wrote nothing."));

  if (same)
    return;

  /* Halves of a mark, or tenths for a question worth less than two. */
  step = item->max_mark >= 2.0 ? 0.5 : 0.1;
  /* A graded answer starts from its mark and comment, to change. */
  gtk_adjustment_configure (self->score_adjustment, item->graded ? item->mark : 0.0, 0.0, item->max_mark,
                            step, step * 2, 0.0);
  gtk_spin_button_set_digits (self->score_spin, item->max_mark >= 2.0 ? 1 : 2);
  max = sc_class_panel_format_marks (item->max_mark);
  out_of = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "From 0 to %s mark", "From 0 to %s marks",
                                         item->max_mark == 1.0 ? 1 : 2),
                            max);
  adw_action_row_set_subtitle (self->score_row, out_of);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->comment_view),
                            item->graded && item->comment != NULL ? item->comment : "", -1);
}

static char *
dup_comment (ScClassPanel *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->comment_view);
  GtkTextIter start;
  GtkTextIter end;
  char *text;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);

  return g_strstrip (text);
}

/* Who gives the mark: the person this copy of Shopcraft works for, by
 * the name they chose (recorded with the grade and in its statement). */
static const char *
grader_name (ScContext *context)
{
  const ScLearner *learner = context != NULL ? sc_context_get_learner (context) : NULL;

  return learner != NULL ? learner->display_name : NULL;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ScClassPanel *self = SC_CLASS_PANEL (widget);
  const ScGradingItem *item = sc_class_panel_get_item (self);
  ScDatabase *database = sc_class_panel_get_database (self);
  ScContext *context = sc_panel_get_context (SC_PANEL (self));
  ScCourse *course = context != NULL ? sc_context_get_course (context) : NULL;
  g_autoptr(ScModuleRules) rules = course != NULL ? sc_module_rules_new_for_course (course) : NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *comment = NULL;
  g_autofree char *learner = NULL;
  g_autofree char *done = NULL;
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->queue_list);
  guint position = row != NULL ? (guint) gtk_list_box_row_get_index (row) : 0;
  double score;

  if (item == NULL || database == NULL)
    return;

  /* A value typed but not yet confirmed with Enter counts. */
  gtk_spin_button_update (self->score_spin);
  score = gtk_spin_button_get_value (self->score_spin);
  comment = dup_comment (self);
  if (!sc_attempt_grade_essay (database, course, rules, item->attempt_uuid, item->slot, score,
                               comment, grader_name (context), NULL, &error))
    {
      sc_class_panel_add_toast (self, error->message);
      return;
    }

  learner = sc_class_panel_learner_label (self, item);
  if (item->graded)
    {
      /* Translators: a toast after a grade was changed; %s is the learner (or "Learner 2") */
      done = g_strdup_printf (_("New grade saved for %s"), learner);
      /* The regraded answer is now the latest graded: first in the list. */
      position = 0;
    }
  else
    {
      /* Translators: a toast after a grade was saved; %s is the learner (or "Learner 2") */
      done = g_strdup_printf (_("Grade saved for %s"), learner);
    }
  sc_class_panel_reload (self, position);
  sc_class_panel_add_toast (self, done);
  if (sc_class_panel_get_item (self) != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->score_spin));
}

void
sc_class_panel_class_init_grading (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "grading.save", NULL, save_action);
}

void
sc_class_panel_init_grading (ScClassPanel *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  guint keys[] = { GDK_KEY_Return, GDK_KEY_KP_Enter, GDK_KEY_ISO_Enter };

  /* Ctrl+Enter before the comment's text view takes it as a new line. */
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (keys[i], GDK_CONTROL_MASK),
                                                            gtk_named_action_new ("grading.save")));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "grading.save", FALSE);
}
