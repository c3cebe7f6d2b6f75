/* sc-question-preview-present.c - a question presented to a class: answers listed without their marks, and the keys
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * While presenting and not yet revealed (sc-question-preview.c), the
 * answers are listed without anything that tells the right one: no
 * mark, colour or feedback, and in alphabetical order, since a bank
 * often lists the right answer first. Short-answer, numerical and cloze
 * answers are the secret itself and are not listed at all.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-question-preview-private.h"

static int
compare_text (gconstpointer a,
              gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

/* One row per text, alphabetical, with no mark: nothing tells the
 * right one by its place. */
static void
add_plain_rows (ScQuestionPreview *self,
                GPtrArray         *texts)
{
  g_ptr_array_sort (texts, compare_text);
  for (guint i = 0; i < texts->len; i++)
    {
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *label = sc_question_preview_wrapped_label (g_ptr_array_index (texts, i), NULL);

      gtk_widget_set_margin_top (label, 10);
      gtk_widget_set_margin_bottom (label, 10);
      gtk_widget_set_margin_start (label, 12);
      gtk_widget_set_margin_end (label, 12);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, g_ptr_array_index (texts, i),
                                      -1);
      gtk_list_box_append (self->answers_list, row);
    }
}

void
sc_question_preview_show_hidden (ScQuestionPreview *self)
{
  const ScQuestion *question = self->question;
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);

  switch (question->type)
    {
    case SC_QUESTION_SINGLE_CHOICE:
    case SC_QUESTION_MULTIPLE_RESPONSE:
    case SC_QUESTION_TRUE_FALSE:
    case SC_QUESTION_ORDERING:
      for (guint i = 0; i < question->answers->len; i++)
        g_ptr_array_add (texts, sc_question_preview_plain_text (&((ScQuestionAnswer *) g_ptr_array_index (question->answers, i))->text));
      break;

    case SC_QUESTION_MATCHING:
      {
        g_autoptr(GPtrArray) options = g_ptr_array_new ();
        g_autoptr(GString) line = g_string_new (NULL);

        for (guint i = 0; i < question->subquestions->len; i++)
          {
            const ScQuestionSubquestion *pair = g_ptr_array_index (question->subquestions, i);
            g_autofree char *text = sc_question_preview_plain_text (&pair->text);

            if (text[0] != '\0')
              g_ptr_array_add (texts, g_strdup_printf ("%s → …", text));
            if (pair->answer != NULL && pair->answer[0] != '\0')
              g_ptr_array_add (options, pair->answer);
          }
        g_ptr_array_sort (options, compare_text);
        for (guint i = 0; i < options->len; i++)
          g_string_append_printf (line, "%s%s", i == 0 ? "" : ", ", (const char *) g_ptr_array_index (options, i));
        add_plain_rows (self, texts);
        if (options->len > 0)
          {
            g_autoptr(GPtrArray) one = g_ptr_array_new_with_free_func (g_free);

            /* Translators: the answers a matching question offers, before they are revealed. */
            g_ptr_array_add (one, g_strdup_printf (_("To match with: %s"), line->str));
            add_plain_rows (self, one);
          }
        return;
      }

    default:
      /* Short answer, numerical, cloze: the answers are the secret. */
      break;
    }

  add_plain_rows (self, texts);
}

/* Whether the question has anything to reveal. */
gboolean
sc_question_preview_has_secret (const ScQuestion *question)
{
  return question->type != SC_QUESTION_DESCRIPTION &&
         (question->type != SC_QUESTION_ESSAY || !sc_question_text_is_empty (&question->general_feedback));
}

static void
add_shortcut (GtkEventController *controller,
              guint               key,
              const char         *action)
{
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (key, 0),
                                                          gtk_named_action_new (action)));
}

/* Before the focused button: Space reveals rather than presses it. A
 * disabled action lets the key through. */
void
sc_question_preview_add_keys (ScQuestionPreview *self)
{
  GtkEventController *keys = gtk_shortcut_controller_new ();

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  add_shortcut (keys, GDK_KEY_r, "preview.reveal");
  add_shortcut (keys, GDK_KEY_R, "preview.reveal");
  add_shortcut (keys, GDK_KEY_space, "preview.reveal");
  add_shortcut (keys, GDK_KEY_Page_Up, "preview.previous");
  add_shortcut (keys, GDK_KEY_Page_Down, "preview.next");
  add_shortcut (keys, GDK_KEY_Escape, "preview.stop-presenting");
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}
