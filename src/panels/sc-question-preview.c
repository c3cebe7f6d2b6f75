/* sc-question-preview.c - one stored question as a person reads it: stem, answers, feedback
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The stem and the general feedback are rich text; each answer is a row
 * that says in words and colour whether it is right, partly right (with
 * its share of the mark) or wrong, so the mark never rests on colour
 * alone. Ordering questions list their items in the right order,
 * matching questions their pairs, cloze questions each blank's answers.
 *
 * Present (preview.present) is for an instructor at a projector: the
 * question is shown large and which answers are right stays hidden (no
 * marks, colours or feedback; choices and items in alphabetical order,
 * since a bank often lists the right answer first; the answers of
 * short-answer, numerical and cloze questions not at all) until Reveal
 * Answers (R or Space, preview.reveal). Another question starts hidden
 * again. Page Up and Page Down ask the page around for the previous and
 * next question (the "move" signal). The keys are caught before the
 * focused control sees them, and only while they can do something.
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include <adwaita.h>

#include "sc-bank-import.h"
#include "sc-question-media.h"
#include "sc-question-preview-private.h"
#include "sc-rich-text-html.h"
#include "sc-rich-text-view.h"
#include "sc-styles.h"

G_DEFINE_FINAL_TYPE (ScQuestionPreview, sc_question_preview, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PRESENTING,
  PROP_REVEALED,
  N_PROPS
};

enum {
  MOVE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Whether the answers' correctness is hidden now. */
gboolean
sc_question_preview_hiding (ScQuestionPreview *self)
{
  return self->presenting && !self->revealed;
}

static ScRichText *
rich_text (const ScQuestionText *text)
{
  if (sc_question_text_is_empty (text))
    return sc_rich_text_new ();

  return sc_rich_text_html_parse_format (text->source, text->format,
                                         sc_rich_text_html_question_file, (gpointer) text,
                                         NULL);
}

char *
sc_question_preview_plain_text (const ScQuestionText *text)
{
  g_autoptr(ScRichText) rich = NULL;
  char *plain;

  if (sc_question_text_is_empty (text))
    return g_strdup ("");

  rich = rich_text (text);
  plain = sc_rich_text_to_plain (rich);

  return g_strstrip (plain);
}

GtkWidget *
sc_question_preview_wrapped_label (const char *text,
                                   const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

/* One row: a mark ("Right", "Partly right, 50 %", "Wrong"…), the answer
 * and its feedback. @mark_class is success, warning, error or NULL. */
static void
add_row (ScQuestionPreview *self,
         const char        *mark,
         const char        *mark_class,
         const char        *text,
         const char        *feedback)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *mark_label = gtk_label_new (mark);
  g_autofree char *accessible = NULL;

  /* The mark above the answer, so a narrow pane leaves the text its width. */
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  gtk_label_set_xalign (GTK_LABEL (mark_label), 0);
  gtk_label_set_wrap (GTK_LABEL (mark_label), TRUE);
  gtk_widget_add_css_class (mark_label, "sc-answer-mark");
  gtk_widget_add_css_class (mark_label, "caption-heading");
  if (mark_class != NULL)
    gtk_widget_add_css_class (mark_label, mark_class);
  gtk_box_append (GTK_BOX (box), mark_label);

  if (text[0] != '\0')
    gtk_box_append (GTK_BOX (box), sc_question_preview_wrapped_label (text, NULL));
  if (feedback != NULL && feedback[0] != '\0')
    {
      /* Translators: the feedback a learner sees after picking an answer. */
      g_autofree char *line = g_strdup_printf (_("Feedback: %s"), feedback);

      gtk_box_append (GTK_BOX (box), sc_question_preview_wrapped_label (line, "dim-label"));
    }

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  accessible = text[0] != '\0' ? g_strdup_printf ("%s: %s", mark, text) : g_strdup (mark);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  gtk_list_box_append (self->answers_list, row);
}

static char *
mark_for (double       fraction,
          const char **mark_class)
{
  if (fraction >= 1.0 - 1e-6)
    {
      *mark_class = "success";
      return g_strdup (_("Right"));
    }
  if (fraction > 1e-6)
    {
      *mark_class = "warning";
      /* Translators: an answer worth part of the mark; %g is a percentage. */
      return g_strdup_printf (_("Partly right, %g %%"), round (fraction * 1000.0) / 10.0);
    }

  *mark_class = "error";
  if (fraction < -1e-6)
    /* Translators: a wrong answer that takes marks away; %g is a percentage. */
    return g_strdup_printf (_("Wrong, −%g %%"), round (-fraction * 1000.0) / 10.0);

  return g_strdup (_("Wrong"));
}

static void
add_answers (ScQuestionPreview *self,
             GPtrArray         *answers,
             gboolean           numerical)
{
  for (guint i = 0; i < answers->len; i++)
    {
      const ScQuestionAnswer *answer = g_ptr_array_index (answers, i);
      g_autofree char *text = sc_question_preview_plain_text (&answer->text);
      g_autofree char *feedback = sc_question_preview_plain_text (&answer->feedback);
      const char *mark_class = NULL;
      g_autofree char *mark = mark_for (answer->fraction, &mark_class);

      if (numerical && answer->tolerance > 0)
        {
          g_autofree char *with = g_strdup_printf ("%s ± %g", text, answer->tolerance);

          g_free (text);
          text = g_steal_pointer (&with);
        }
      add_row (self, mark, mark_class, text, feedback);
    }
}

static void
show_answers (ScQuestionPreview *self)
{
  const ScQuestion *question = self->question;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->answers_list))) != NULL)
    gtk_list_box_remove (self->answers_list, child);

  if (sc_question_preview_hiding (self))
    sc_question_preview_show_hidden (self);
  else switch (question->type)
    {
    case SC_QUESTION_ORDERING:
      for (guint i = 0; i < question->answers->len; i++)
        {
          const ScQuestionAnswer *answer = g_ptr_array_index (question->answers, i);
          g_autofree char *text = sc_question_preview_plain_text (&answer->text);
          /* Translators: the place of an item in the right order. */
          g_autofree char *mark = g_strdup_printf (_("Position %u"), i + 1);

          add_row (self, mark, NULL, text, NULL);
        }
      break;

    case SC_QUESTION_MATCHING:
      for (guint i = 0; i < question->subquestions->len; i++)
        {
          const ScQuestionSubquestion *pair = g_ptr_array_index (question->subquestions, i);
          g_autofree char *text = sc_question_preview_plain_text (&pair->text);
          g_autofree char *line = NULL;

          if (text[0] == '\0')
            add_row (self, _("Distractor"), "error", pair->answer != NULL ? pair->answer : "", NULL);
          else
            {
              line = g_strdup_printf ("%s → %s", text, pair->answer != NULL ? pair->answer : "");
              add_row (self, _("Pair"), "success", line, NULL);
            }
        }
      break;

    case SC_QUESTION_CLOZE:
      for (guint i = 0; i < question->cloze_parts->len; i++)
        {
          const ScClozePart *part = g_ptr_array_index (question->cloze_parts, i);
          /* Translators: a gap in a fill-in-the-blanks question. */
          g_autofree char *blank = g_strdup_printf (_("Blank %u"), i + 1);

          add_row (self, blank, NULL, "", NULL);
          add_answers (self, part->answers, part->type == SC_CLOZE_NUMERICAL);
        }
      break;

    default:
      add_answers (self, question->answers, question->type == SC_QUESTION_NUMERICAL);
      break;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->answers_heading),
                          gtk_widget_get_first_child (GTK_WIDGET (self->answers_list)) != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->answers_list),
                          gtk_widget_get_first_child (GTK_WIDGET (self->answers_list)) != NULL);
}

static void
show_feedback (ScQuestionPreview *self)
{
  g_autoptr(ScRichText) feedback = rich_text (&self->question->general_feedback);
  gboolean shown = !sc_question_preview_hiding (self) && !sc_rich_text_is_empty (feedback);

  sc_rich_text_view_set_text (self->feedback_view, feedback);
  gtk_widget_set_visible (GTK_WIDGET (self->feedback_heading), shown);
  gtk_widget_set_visible (GTK_WIDGET (self->feedback_view), shown);
}

/* What the controls and keys can do now, and what is shown. */
static void
update (ScQuestionPreview *self)
{
  gboolean has_question = self->question != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.reveal",
                                 has_question && sc_question_preview_hiding (self) && sc_question_preview_has_secret (self->question));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.previous", self->presenting);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.next", self->presenting);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.stop-presenting", self->presenting);
  gtk_widget_set_visible (self->reveal_button,
                          has_question && sc_question_preview_hiding (self) && sc_question_preview_has_secret (self->question));
  gtk_widget_set_visible (self->previous_button, self->presenting);
  gtk_widget_set_visible (self->next_button, self->presenting);
  gtk_widget_set_visible (GTK_WIDGET (self->meta_label), !self->presenting);
  if (self->presenting)
    gtk_widget_add_css_class (GTK_WIDGET (self), "sc-presenting");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "sc-presenting");

  if (has_question)
    {
      show_answers (self);
      show_feedback (self);
    }
}

static void
set_revealed (ScQuestionPreview *self,
              gboolean           revealed)
{
  if (self->revealed == revealed)
    return;

  self->revealed = revealed;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVEALED]);
}

static void
reveal_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ScQuestionPreview *self = SC_QUESTION_PREVIEW (widget);
  gboolean had_focus = gtk_widget_has_focus (self->reveal_button);

  set_revealed (self, TRUE);
  update (self);
  /* The button goes away; the focus stays on the page. */
  if (had_focus)
    gtk_widget_grab_focus (self->present_button);
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  g_signal_emit (widget, signals[MOVE], 0, g_str_equal (action_name, "preview.next") ? 1 : -1);
}

static void
stop_presenting_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  sc_question_preview_set_presenting (SC_QUESTION_PREVIEW (widget), FALSE);
}

static char *
describe (const ScQuestion *question)
{
  GString *meta = g_string_new (sc_bank_import_type_label (question->type));

  /* The category as a path of names, without Moodle's "$course$/top". */
  for (guint i = 0, shown = 0; question->category != NULL && question->category[i] != NULL; i++)
    {
      const char *part = question->category[i];

      if (g_str_has_prefix (part, "$") || (i <= 1 && g_str_equal (part, "top")))
        continue;
      g_string_append (meta, shown++ == 0 ? " · " : " › ");
      g_string_append (meta, part);
    }
  for (guint i = 0; i < question->tags->len; i++)
    g_string_append_printf (meta, "%s%s", i == 0 ? " · " : ", ",
                            (const char *) g_ptr_array_index (question->tags, i));

  return g_string_free (meta, FALSE);
}

static void
sc_question_preview_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  ScQuestionPreview *self = SC_QUESTION_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_PRESENTING:
      g_value_set_boolean (value, self->presenting);
      break;
    case PROP_REVEALED:
      g_value_set_boolean (value, self->revealed);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_question_preview_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  ScQuestionPreview *self = SC_QUESTION_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_PRESENTING:
      sc_question_preview_set_presenting (self, g_value_get_boolean (value));
      break;
    case PROP_REVEALED:
      set_revealed (self, g_value_get_boolean (value));
      update (self);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_question_preview_dispose (GObject *object)
{
  ScQuestionPreview *self = SC_QUESTION_PREVIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), SC_TYPE_QUESTION_PREVIEW);
  g_clear_pointer (&self->question, sc_question_free);

  G_OBJECT_CLASS (sc_question_preview_parent_class)->dispose (object);
}

static void
sc_question_preview_class_init (ScQuestionPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_question_preview_dispose;
  object_class->get_property = sc_question_preview_get_property;
  object_class->set_property = sc_question_preview_set_property;

  properties[PROP_PRESENTING] =
    g_param_spec_boolean ("presenting", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REVEALED] =
    g_param_spec_boolean ("revealed", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ScQuestionPreview::move:
   * @delta: -1 for the previous question, 1 for the next
   *
   * Asks the page around for another question while presenting.
   */
  signals[MOVE] = g_signal_new ("move", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);

  gtk_widget_class_install_property_action (widget_class, "preview.present", "presenting");
  gtk_widget_class_install_action (widget_class, "preview.reveal", NULL, reveal_action);
  gtk_widget_class_install_action (widget_class, "preview.previous", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "preview.next", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "preview.stop-presenting", NULL, stop_presenting_action);

  g_type_ensure (SC_TYPE_RICH_TEXT_VIEW);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/sc-question-preview.ui");
  gtk_widget_class_bind_template_child (widget_class, ScQuestionPreview, answers_heading);
  gtk_widget_class_bind_template_child (widget_class, ScQuestionPreview, answers_list);
  gtk_widget_class_bind_template_child (widget_class, ScQuestionPreview, feedback_heading);
  gtk_widget_class_bind_template_child (widget_class, ScQuestionPreview, feedback_view);
  gtk_widget_class_bind_template_child (widget_class, ScQuestionPreview, meta_label);
  gtk_widget_class_bind_template_child (widget_class, ScQuestionPreview, name_label);
  gtk_widget_class_bind_template_child (widget_class, ScQuestionPreview, next_button);
  gtk_widget_class_bind_template_child (widget_class, ScQuestionPreview, present_button);
  gtk_widget_class_bind_template_child (widget_class, ScQuestionPreview, previous_button);
  gtk_widget_class_bind_template_child (widget_class, ScQuestionPreview, reveal_button);
  gtk_widget_class_bind_template_child (widget_class, ScQuestionPreview, stack);
  gtk_widget_class_bind_template_child (widget_class, ScQuestionPreview, stem_view);
  gtk_widget_class_bind_template_child (widget_class, ScQuestionPreview, media_bin);
}

static void
sc_question_preview_init (ScQuestionPreview *self)
{
  /* Styled by style-pages.css, which the first frame did without. */
  sc_styles_load_pages ();

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_add_css_class (GTK_WIDGET (self), "sc-question-preview");

  sc_question_preview_add_keys (self);

  update (self);
}

GtkWidget *
sc_question_preview_new (void)
{
  return g_object_new (SC_TYPE_QUESTION_PREVIEW, NULL);
}

/**
 * sc_question_preview_set_question:
 * @question: (nullable): the question to show (copied), or %NULL for none
 */
void
sc_question_preview_set_question (ScQuestionPreview *self,
                                  const ScQuestion  *question)
{
  g_autoptr(ScRichText) stem = NULL;
  g_autofree char *meta = NULL;

  g_return_if_fail (SC_IS_QUESTION_PREVIEW (self));

  g_clear_pointer (&self->question, sc_question_free);
  if (question == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "none");
      update (self);
      return;
    }

  self->question = sc_question_copy (question);
  gtk_label_set_text (self->name_label, question->name != NULL ? question->name : "");
  meta = describe (question);
  gtk_label_set_text (self->meta_label, meta);

  stem = rich_text (&question->stem);
  adw_bin_set_child (self->media_bin, sc_question_media_attach (self->stem_view, &question->stem));
  sc_rich_text_view_set_text (self->stem_view, stem);

  /* Another question starts with its answers hidden again. */
  set_revealed (self, FALSE);
  update (self);

  gtk_stack_set_visible_child_name (self->stack, "question");
}

/**
 * sc_question_preview_get_question:
 *
 * Returns: (nullable): the question shown
 */
const ScQuestion *
sc_question_preview_get_question (ScQuestionPreview *self)
{
  g_return_val_if_fail (SC_IS_QUESTION_PREVIEW (self), NULL);

  return self->question;
}

/**
 * sc_question_preview_set_presenting:
 *
 * Shows the question large, with its answers' correctness hidden until
 * revealed; or as before.
 */
void
sc_question_preview_set_presenting (ScQuestionPreview *self,
                                    gboolean           presenting)
{
  g_return_if_fail (SC_IS_QUESTION_PREVIEW (self));

  presenting = !!presenting;
  if (self->presenting == presenting)
    return;

  self->presenting = presenting;
  set_revealed (self, FALSE);
  update (self);
  if (presenting && gtk_widget_get_visible (self->reveal_button))
    gtk_widget_grab_focus (self->reveal_button);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESENTING]);
}

gboolean
sc_question_preview_get_presenting (ScQuestionPreview *self)
{
  g_return_val_if_fail (SC_IS_QUESTION_PREVIEW (self), FALSE);

  return self->presenting;
}

/**
 * sc_question_preview_get_revealed:
 *
 * Returns: whether the answers' correctness is shown while presenting
 */
gboolean
sc_question_preview_get_revealed (ScQuestionPreview *self)
{
  g_return_val_if_fail (SC_IS_QUESTION_PREVIEW (self), FALSE);

  return self->revealed;
}
