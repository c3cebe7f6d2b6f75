/* sc-question.c - the in-memory question model that Moodle XML and GIFT round-trip through
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Plain structs with copy and free functions. Texts keep their source as
 * written so that an export writes back what was imported; numbers read from
 * a file keep their spelling next to the parsed value for the same reason.
 * The parts a question is made of are in sc-question-parts.c; what is
 * Moodle's own (format names, category paths, the grade list) in
 * sc-question-moodle.c.
 */
#include <string.h>

#include "sc-question-private.h"

G_DEFINE_BOXED_TYPE (ScQuestion, sc_question, sc_question_copy, sc_question_free)

static const char * const type_names[SC_QUESTION_N_TYPES] = {
  [SC_QUESTION_SINGLE_CHOICE]     = "single-choice",
  [SC_QUESTION_MULTIPLE_RESPONSE] = "multiple-response",
  [SC_QUESTION_TRUE_FALSE]        = "true-false",
  [SC_QUESTION_SHORT_ANSWER]      = "short-answer",
  [SC_QUESTION_NUMERICAL]         = "numerical",
  [SC_QUESTION_MATCHING]          = "matching",
  [SC_QUESTION_ORDERING]          = "ordering",
  [SC_QUESTION_CLOZE]             = "cloze",
  [SC_QUESTION_ESSAY]             = "essay",
  [SC_QUESTION_DESCRIPTION]       = "description",
  [SC_QUESTION_UNSUPPORTED]       = "unsupported",
};

/* Questions */

ScQuestion *
sc_question_new (ScQuestionType type)
{
  ScQuestion *self;

  g_return_val_if_fail ((guint) type < SC_QUESTION_N_TYPES, NULL);

  self = g_new0 (ScQuestion, 1);
  self->type = type;
  self->default_mark = 1.0;
  /* Moodle's defaults: one third per extra try, a whole mark for true/false */
  self->penalty = type == SC_QUESTION_TRUE_FALSE ? 1.0 : 0.3333333;
  self->hints = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_question_hint_free);
  self->tags = g_ptr_array_new_with_free_func (g_free);
  self->answers = sc_question_answer_array_new ();
  self->units = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_question_unit_free);
  self->subquestions =
    g_ptr_array_new_with_free_func ((GDestroyNotify) sc_question_subquestion_free);
  self->cloze_parts = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_cloze_part_free);
  self->ordering.grading_type = SC_ORDERING_GRADING_ABSOLUTE_POSITION;

  return self;
}

ScQuestion *
sc_question_copy (const ScQuestion *self)
{
  ScQuestion *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new0 (ScQuestion, 1);
  copy->type = self->type;
  copy->plugin = g_strdup (self->plugin);
  copy->id = g_strdup (self->id);
  copy->name = g_strdup (self->name);
  copy->idnumber = g_strdup (self->idnumber);
  copy->category = g_strdupv (self->category);
  sc_question_text_copy_to (&self->stem, &copy->stem);
  sc_question_text_copy_to (&self->general_feedback, &copy->general_feedback);
  sc_question_text_copy_to (&self->correct_feedback, &copy->correct_feedback);
  sc_question_text_copy_to (&self->partially_correct_feedback,
                            &copy->partially_correct_feedback);
  sc_question_text_copy_to (&self->incorrect_feedback, &copy->incorrect_feedback);
  copy->show_num_correct = self->show_num_correct;
  copy->hints = sc_question_array_copy (self->hints, (ScCopyFunc) sc_question_hint_copy,
                                        (GDestroyNotify) sc_question_hint_free);
  copy->default_mark = self->default_mark;
  copy->penalty = self->penalty;
  copy->hidden = self->hidden;
  copy->tags = sc_question_array_copy (self->tags, (ScCopyFunc) g_strdup, g_free);
  copy->answers = sc_question_array_copy (self->answers, (ScCopyFunc) sc_question_answer_copy,
                                          (GDestroyNotify) sc_question_answer_free);
  copy->units = sc_question_array_copy (self->units, (ScCopyFunc) sc_question_unit_copy,
                                        (GDestroyNotify) sc_question_unit_free);
  copy->subquestions = sc_question_array_copy (self->subquestions,
                                               (ScCopyFunc) sc_question_subquestion_copy,
                                               (GDestroyNotify) sc_question_subquestion_free);
  copy->cloze_parts = sc_question_array_copy (self->cloze_parts, (ScCopyFunc) sc_cloze_part_copy,
                                              (GDestroyNotify) sc_cloze_part_free);
  copy->shuffle = self->shuffle;
  copy->answer_numbering = g_strdup (self->answer_numbering);
  copy->show_standard_instruction = self->show_standard_instruction;
  copy->case_sensitive = self->case_sensitive;

  copy->numerical = self->numerical;
  sc_question_text_copy_to (&self->numerical.instructions, &copy->numerical.instructions);

  copy->ordering = self->ordering;
  copy->ordering.numbering_style = g_strdup (self->ordering.numbering_style);

  copy->essay = self->essay;
  copy->essay.response_format = g_strdup (self->essay.response_format);
  copy->essay.file_types_list = g_strdup (self->essay.file_types_list);
  sc_question_text_copy_to (&self->essay.grader_info, &copy->essay.grader_info);
  sc_question_text_copy_to (&self->essay.response_template, &copy->essay.response_template);

  return copy;
}

void
sc_question_free (ScQuestion *self)
{
  if (self == NULL)
    return;

  g_free (self->plugin);
  g_free (self->id);
  g_free (self->name);
  g_free (self->idnumber);
  g_strfreev (self->category);
  sc_question_text_clear (&self->stem);
  sc_question_text_clear (&self->general_feedback);
  sc_question_text_clear (&self->correct_feedback);
  sc_question_text_clear (&self->partially_correct_feedback);
  sc_question_text_clear (&self->incorrect_feedback);
  g_clear_pointer (&self->hints, g_ptr_array_unref);
  g_clear_pointer (&self->tags, g_ptr_array_unref);
  g_clear_pointer (&self->answers, g_ptr_array_unref);
  g_clear_pointer (&self->units, g_ptr_array_unref);
  g_clear_pointer (&self->subquestions, g_ptr_array_unref);
  g_clear_pointer (&self->cloze_parts, g_ptr_array_unref);
  g_free (self->answer_numbering);
  sc_question_text_clear (&self->numerical.instructions);
  g_free (self->ordering.numbering_style);
  g_free (self->essay.response_format);
  g_free (self->essay.file_types_list);
  sc_question_text_clear (&self->essay.grader_info);
  sc_question_text_clear (&self->essay.response_template);
  g_free (self);
}

/**
 * sc_question_name_for_message:
 * @name: (nullable): a question's name as stored
 *
 * A name fit for a one-line problem message: runs of white space (line
 * breaks too) become one space, and a name longer than 80 characters is
 * cut at a word with "…". The stored name is not changed.
 *
 * Returns: (transfer full): the name for a message; empty for %NULL
 */
char *
sc_question_name_for_message (const char *name)
{
  const guint max_chars = 80;
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = name != NULL ? name : ""; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      g_string_append_c (out, *p);
      space = FALSE;
    }

  if (g_utf8_validate (out->str, out->len, NULL) &&
      g_utf8_strlen (out->str, -1) > (glong) max_chars)
    {
      char *cut = g_utf8_offset_to_pointer (out->str, max_chars - 1);
      char *last_space;

      g_string_truncate (out, cut - out->str);
      last_space = strrchr (out->str, ' ');
      if (last_space != NULL && last_space - out->str > (gssize) (max_chars / 2))
        g_string_truncate (out, last_space - out->str);
      g_string_append (out, "…");
    }

  return g_string_free (out, FALSE);
}

/**
 * sc_question_type_to_string:
 *
 * Returns: a stable, untranslated key ("single-choice", "cloze", …) for
 *   storage and dumps
 */
const char *
sc_question_type_to_string (ScQuestionType type)
{
  g_return_val_if_fail ((guint) type < SC_QUESTION_N_TYPES, NULL);

  return type_names[type];
}

gboolean
sc_question_type_from_string (const char     *string,
                              ScQuestionType *type)
{
  g_return_val_if_fail (type != NULL, FALSE);

  if (string == NULL)
    return FALSE;

  for (guint i = 0; i < SC_QUESTION_N_TYPES; i++)
    {
      if (strcmp (string, type_names[i]) == 0)
        {
          *type = i;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * sc_question_add_answer:
 *
 * Returns: (transfer none): the new answer, owned by @self
 */
ScQuestionAnswer *
sc_question_add_answer (ScQuestion   *self,
                        const char   *text,
                        ScTextFormat  format,
                        double        fraction)
{
  ScQuestionAnswer *answer;

  g_return_val_if_fail (self != NULL, NULL);

  answer = sc_question_answer_new (text, format, fraction);
  g_ptr_array_add (self->answers, answer);

  return answer;
}

/**
 * sc_question_add_unit:
 *
 * Returns: (transfer none): the new unit, owned by @self
 */
ScQuestionUnit *
sc_question_add_unit (ScQuestion *self,
                      const char *name,
                      double      multiplier)
{
  ScQuestionUnit *unit;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  unit = g_new0 (ScQuestionUnit, 1);
  unit->name = g_strdup (name);
  unit->multiplier = multiplier;
  g_ptr_array_add (self->units, unit);

  return unit;
}

/**
 * sc_question_add_subquestion:
 * @text: (nullable): the stem; empty or %NULL for a distractor
 *
 * Returns: (transfer none): the new pair, owned by @self
 */
ScQuestionSubquestion *
sc_question_add_subquestion (ScQuestion   *self,
                             const char   *text,
                             ScTextFormat  format,
                             const char   *answer)
{
  ScQuestionSubquestion *sub;

  g_return_val_if_fail (self != NULL, NULL);

  sub = g_new0 (ScQuestionSubquestion, 1);
  sc_question_text_set (&sub->text, text != NULL ? text : "", format);
  sub->answer = g_strdup (answer != NULL ? answer : "");
  g_ptr_array_add (self->subquestions, sub);

  return sub;
}

/**
 * sc_question_add_hint:
 *
 * Returns: (transfer none): the new hint, owned by @self
 */
ScQuestionHint *
sc_question_add_hint (ScQuestion   *self,
                      const char   *text,
                      ScTextFormat  format)
{
  ScQuestionHint *hint;

  g_return_val_if_fail (self != NULL, NULL);

  hint = g_new0 (ScQuestionHint, 1);
  sc_question_text_set (&hint->text, text, format);
  g_ptr_array_add (self->hints, hint);

  return hint;
}

void
sc_question_add_tag (ScQuestion *self,
                     const char *tag)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (tag != NULL);

  g_ptr_array_add (self->tags, g_strdup (tag));
}

/**
 * sc_question_dup_competencies:
 *
 * The competencies a question assesses, from its tags "competency:ID"
 * (the prefix in any case, spaces around the id ignored), each once, in tag
 * order.
 *
 * Returns: (transfer full): a %NULL-terminated array, empty when none
 */
char **
sc_question_dup_competencies (const ScQuestion *self)
{
  static const char prefix[] = "competency:";
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->tags->len; i++)
    {
      const char *tag = g_ptr_array_index (self->tags, i);
      g_autofree char *id = NULL;
      gboolean seen = FALSE;

      while (g_ascii_isspace (*tag))
        tag++;
      if (g_ascii_strncasecmp (tag, prefix, sizeof prefix - 1) != 0)
        continue;

      id = g_strstrip (g_strdup (tag + sizeof prefix - 1));
      if (id[0] == '\0')
        continue;

      for (guint j = 0; j < ids->len && !seen; j++)
        seen = strcmp (g_ptr_array_index (ids, j), id) == 0;
      if (!seen)
        g_ptr_array_add (ids, g_steal_pointer (&id));
    }

  g_ptr_array_add (ids, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&ids), FALSE);
}

/**
 * sc_question_get_max_fraction:
 *
 * The best fraction a response can earn from the answers as written: the
 * highest answer for single-answer types, the sum of the positive answers
 * for multiple response. Importers use it to warn about a question nobody
 * can answer fully.
 */
double
sc_question_get_max_fraction (const ScQuestion *self)
{
  double best = 0.0;

  g_return_val_if_fail (self != NULL, 0.0);

  switch (self->type)
    {
    case SC_QUESTION_MULTIPLE_RESPONSE:
      for (guint i = 0; i < self->answers->len; i++)
        {
          const ScQuestionAnswer *answer = g_ptr_array_index (self->answers, i);

          if (answer->fraction > 0)
            best += answer->fraction;
        }
      return MIN (best, 1.0);

    case SC_QUESTION_SINGLE_CHOICE:
    case SC_QUESTION_TRUE_FALSE:
    case SC_QUESTION_SHORT_ANSWER:
    case SC_QUESTION_NUMERICAL:
      for (guint i = 0; i < self->answers->len; i++)
        {
          const ScQuestionAnswer *answer = g_ptr_array_index (self->answers, i);

          best = MAX (best, answer->fraction);
        }
      return MIN (best, 1.0);

    case SC_QUESTION_MATCHING:
    case SC_QUESTION_ORDERING:
    case SC_QUESTION_CLOZE:
    case SC_QUESTION_ESSAY:
      return 1.0;

    case SC_QUESTION_DESCRIPTION:
    case SC_QUESTION_UNSUPPORTED:
    default:
      return 0.0;
    }
}
