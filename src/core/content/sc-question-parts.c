/* sc-question-parts.c - texts, files, answers, units, hints, pairs and cloze parts of a question
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "sc-question-private.h"

/* Texts */

void
sc_question_text_set (ScQuestionText *self,
                      const char     *source,
                      ScTextFormat    format)
{
  g_return_if_fail (self != NULL);

  g_free (self->source);
  self->source = g_strdup (source);
  self->format = format;
}

void
sc_question_text_clear (ScQuestionText *self)
{
  g_return_if_fail (self != NULL);

  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->files, g_ptr_array_unref);
  self->format = SC_TEXT_FORMAT_HTML;
}

/**
 * sc_question_text_copy_to:
 * @dest: an empty (zeroed or cleared) text
 */
void
sc_question_text_copy_to (const ScQuestionText *self,
                          ScQuestionText       *dest)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (dest != NULL);

  dest->source = g_strdup (self->source);
  dest->format = self->format;
  dest->files = NULL;
  if (self->files != NULL)
    dest->files = sc_question_array_copy (self->files, (ScCopyFunc) sc_question_file_copy,
                                          (GDestroyNotify) sc_question_file_free);
}

gboolean
sc_question_text_is_empty (const ScQuestionText *self)
{
  g_return_val_if_fail (self != NULL, TRUE);

  return (self->source == NULL || self->source[0] == '\0')
         && (self->files == NULL || self->files->len == 0);
}

/**
 * sc_question_text_add_file:
 * @path: (nullable):
 * @encoding: (nullable):
 * @data: (transfer none):
 *
 * Returns: (transfer none): the new file, owned by @self
 */
ScQuestionFile *
sc_question_text_add_file (ScQuestionText *self,
                           const char     *name,
                           const char     *path,
                           const char     *encoding,
                           GBytes         *data)
{
  ScQuestionFile *file;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (data != NULL, NULL);

  file = g_new0 (ScQuestionFile, 1);
  file->name = g_strdup (name);
  file->path = g_strdup (path);
  file->encoding = g_strdup (encoding);
  file->data = g_bytes_ref (data);

  if (self->files == NULL)
    self->files = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_question_file_free);
  g_ptr_array_add (self->files, file);

  return file;
}

ScQuestionFile *
sc_question_file_copy (const ScQuestionFile *self)
{
  ScQuestionFile *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new0 (ScQuestionFile, 1);
  copy->name = g_strdup (self->name);
  copy->path = g_strdup (self->path);
  copy->encoding = g_strdup (self->encoding);
  copy->data = self->data != NULL ? g_bytes_ref (self->data) : NULL;

  return copy;
}

void
sc_question_file_free (ScQuestionFile *self)
{
  if (self == NULL)
    return;

  g_free (self->name);
  g_free (self->path);
  g_free (self->encoding);
  g_clear_pointer (&self->data, g_bytes_unref);
  g_free (self);
}

/* Answers, units, hints, subquestions, cloze parts */

ScQuestionAnswer *
sc_question_answer_new (const char   *text,
                        ScTextFormat  format,
                        double        fraction)
{
  ScQuestionAnswer *self = g_new0 (ScQuestionAnswer, 1);

  sc_question_text_set (&self->text, text, format);
  self->fraction = fraction;
  self->tolerance_type = SC_TOLERANCE_NOMINAL;

  return self;
}

ScQuestionAnswer *
sc_question_answer_copy (const ScQuestionAnswer *self)
{
  ScQuestionAnswer *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new0 (ScQuestionAnswer, 1);
  sc_question_text_copy_to (&self->text, &copy->text);
  copy->fraction = self->fraction;
  copy->fraction_source = g_strdup (self->fraction_source);
  sc_question_text_copy_to (&self->feedback, &copy->feedback);
  copy->tolerance = self->tolerance;
  copy->tolerance_source = g_strdup (self->tolerance_source);
  copy->tolerance_type = self->tolerance_type;

  return copy;
}

void
sc_question_answer_free (ScQuestionAnswer *self)
{
  if (self == NULL)
    return;

  sc_question_text_clear (&self->text);
  g_free (self->fraction_source);
  sc_question_text_clear (&self->feedback);
  g_free (self->tolerance_source);
  g_free (self);
}

ScQuestionUnit *
sc_question_unit_copy (const ScQuestionUnit *self)
{
  ScQuestionUnit *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new0 (ScQuestionUnit, 1);
  copy->name = g_strdup (self->name);
  copy->multiplier = self->multiplier;
  copy->multiplier_source = g_strdup (self->multiplier_source);

  return copy;
}

void
sc_question_unit_free (ScQuestionUnit *self)
{
  if (self == NULL)
    return;

  g_free (self->name);
  g_free (self->multiplier_source);
  g_free (self);
}

ScQuestionHint *
sc_question_hint_copy (const ScQuestionHint *self)
{
  ScQuestionHint *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new0 (ScQuestionHint, 1);
  sc_question_text_copy_to (&self->text, &copy->text);
  copy->show_num_correct = self->show_num_correct;
  copy->clear_wrong = self->clear_wrong;
  copy->options = g_strdup (self->options);

  return copy;
}

void
sc_question_hint_free (ScQuestionHint *self)
{
  if (self == NULL)
    return;

  sc_question_text_clear (&self->text);
  g_free (self->options);
  g_free (self);
}

ScQuestionSubquestion *
sc_question_subquestion_copy (const ScQuestionSubquestion *self)
{
  ScQuestionSubquestion *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new0 (ScQuestionSubquestion, 1);
  sc_question_text_copy_to (&self->text, &copy->text);
  copy->answer = g_strdup (self->answer);

  return copy;
}

void
sc_question_subquestion_free (ScQuestionSubquestion *self)
{
  if (self == NULL)
    return;

  sc_question_text_clear (&self->text);
  g_free (self->answer);
  g_free (self);
}

GPtrArray *
sc_question_answer_array_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) sc_question_answer_free);
}

/* A deep copy of @array whose elements @copy duplicates */
GPtrArray *
sc_question_array_copy (const GPtrArray *array,
                        ScCopyFunc       copy,
                        GDestroyNotify   free_func)
{
  GPtrArray *result = g_ptr_array_new_full (array->len, free_func);

  for (guint i = 0; i < array->len; i++)
    g_ptr_array_add (result, copy (g_ptr_array_index ((GPtrArray *) array, i)));

  return result;
}

ScClozePart *
sc_cloze_part_new (ScClozeType type,
                   guint       weight)
{
  ScClozePart *self = g_new0 (ScClozePart, 1);

  self->type = type;
  self->weight = weight;
  self->answers = sc_question_answer_array_new ();

  return self;
}

ScClozePart *
sc_cloze_part_copy (const ScClozePart *self)
{
  ScClozePart *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new0 (ScClozePart, 1);
  copy->type = self->type;
  copy->type_source = g_strdup (self->type_source);
  copy->weight = self->weight;
  copy->answers = sc_question_array_copy (self->answers, (ScCopyFunc) sc_question_answer_copy,
                                          (GDestroyNotify) sc_question_answer_free);
  copy->start = self->start;
  copy->end = self->end;

  return copy;
}

void
sc_cloze_part_free (ScClozePart *self)
{
  if (self == NULL)
    return;

  g_free (self->type_source);
  g_clear_pointer (&self->answers, g_ptr_array_unref);
  g_free (self);
}
