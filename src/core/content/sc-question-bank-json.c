/* sc-question-bank-json.c - a question as the JSON stored in questions.data
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every field of ScQuestion is written, so that loading
 * (sc-question-bank-json-read.c) gives back exactly the question that
 * was saved: the texts as their source wrote them with their format,
 * numbers with the spelling they were read with, every option of every
 * type. File bytes are not in the JSON: each file is named by its text
 * area and position, and its bytes live in question_files under the
 * same key.
 *
 * Doubles are JSON numbers, except the few whose shortest exact spelling
 * has an exponent and no point ("1e+20"): json-glib 1.6 would write those
 * as "1e+20.0", which it cannot read back, so they are written as strings.
 * Members equal to their default (empty text, false, zero, NULL) are left
 * out; the few fields whose default in sc_question_new() is not zero are
 * always written.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "sc-question-bank-private.h"

typedef struct
{
  ScQuestionBankEachFile  each_file;
  gpointer                user_data;
} Writer;

static void
put_double (JsonBuilder *builder,
            const char  *name,
            double       value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  json_builder_set_member_name (builder, name);
  g_ascii_dtostr (buffer, sizeof buffer, value);
  if (isfinite (value) && (strchr (buffer, '.') != NULL || strchr (buffer, 'e') == NULL))
    json_builder_add_double_value (builder, value);
  else
    json_builder_add_string_value (builder, buffer);
}

static void
put_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  if (value == NULL)
    return;

  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

static void
put_int (JsonBuilder *builder,
         const char  *name,
         gint64       value)
{
  if (value == 0)
    return;

  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

static void
put_bool (JsonBuilder *builder,
          const char  *name,
          gboolean     value)
{
  if (!value)
    return;

  json_builder_set_member_name (builder, name);
  json_builder_add_boolean_value (builder, TRUE);
}

static void
put_text (Writer               *writer,
          JsonBuilder          *builder,
          const char           *name,
          const char           *area,
          const ScQuestionText *text)
{
  if (text->source == NULL && text->files == NULL && text->format == SC_TEXT_FORMAT_HTML)
    return;

  json_builder_set_member_name (builder, name);
  json_builder_begin_object (builder);
  put_string (builder, "source", text->source);
  put_string (builder, "format", sc_text_format_to_moodle (text->format));
  if (text->files != NULL)
    {
      json_builder_set_member_name (builder, "files");
      json_builder_begin_array (builder);
      for (guint i = 0; i < text->files->len; i++)
        {
          const ScQuestionFile *file = g_ptr_array_index (text->files, i);
          g_autofree char *sha256 = NULL;

          sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, file->data);
          json_builder_begin_object (builder);
          put_string (builder, "name", file->name);
          put_string (builder, "path", file->path);
          put_string (builder, "encoding", file->encoding);
          put_string (builder, "sha256", sha256);
          json_builder_end_object (builder);

          if (writer->each_file != NULL)
            writer->each_file (area, i, file, sha256, writer->user_data);
        }
      json_builder_end_array (builder);
    }
  json_builder_end_object (builder);
}

/* @prefix: "" for the question's answers, "cloze/P/" for a cloze part's */
static void
put_answers (Writer      *writer,
             JsonBuilder *builder,
             const char  *prefix,
             GPtrArray   *answers)
{
  json_builder_set_member_name (builder, "answers");
  json_builder_begin_array (builder);
  for (guint i = 0; i < answers->len; i++)
    {
      const ScQuestionAnswer *answer = g_ptr_array_index (answers, i);
      g_autofree char *text_area = g_strdup_printf ("%sanswer/%u", prefix, i);
      g_autofree char *feedback_area = g_strdup_printf ("%sanswerfeedback/%u", prefix, i);

      json_builder_begin_object (builder);
      put_text (writer, builder, "text", text_area, &answer->text);
      put_double (builder, "fraction", answer->fraction);
      put_string (builder, "fraction_source", answer->fraction_source);
      put_text (writer, builder, "feedback", feedback_area, &answer->feedback);
      if (answer->tolerance != 0.0)
        put_double (builder, "tolerance", answer->tolerance);
      put_string (builder, "tolerance_source", answer->tolerance_source);
      json_builder_set_member_name (builder, "tolerance_type");
      json_builder_add_int_value (builder, answer->tolerance_type);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
put_hints (Writer      *writer,
           JsonBuilder *builder,
           GPtrArray   *hints)
{
  if (hints->len == 0)
    return;

  json_builder_set_member_name (builder, "hints");
  json_builder_begin_array (builder);
  for (guint i = 0; i < hints->len; i++)
    {
      const ScQuestionHint *hint = g_ptr_array_index (hints, i);
      g_autofree char *area = g_strdup_printf ("hint/%u", i);

      json_builder_begin_object (builder);
      put_text (writer, builder, "text", area, &hint->text);
      put_bool (builder, "show_num_correct", hint->show_num_correct);
      put_bool (builder, "clear_wrong", hint->clear_wrong);
      put_string (builder, "options", hint->options);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
put_strings (JsonBuilder       *builder,
             const char        *name,
             const char * const *strings,
             guint              n)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    json_builder_add_string_value (builder, strings[i]);
  json_builder_end_array (builder);
}

static void
put_parts (Writer      *writer,
           JsonBuilder *builder,
           GPtrArray   *parts)
{
  if (parts->len == 0)
    return;

  json_builder_set_member_name (builder, "cloze_parts");
  json_builder_begin_array (builder);
  for (guint i = 0; i < parts->len; i++)
    {
      const ScClozePart *part = g_ptr_array_index (parts, i);
      g_autofree char *prefix = g_strdup_printf ("cloze/%u/", i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "type");
      json_builder_add_int_value (builder, part->type);
      put_string (builder, "type_source", part->type_source);
      json_builder_set_member_name (builder, "weight");
      json_builder_add_int_value (builder, part->weight);
      put_answers (writer, builder, prefix, part->answers);
      put_int (builder, "start", (gint64) part->start);
      put_int (builder, "end", (gint64) part->end);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
put_options (Writer           *writer,
             JsonBuilder      *builder,
             const ScQuestion *question)
{
  const ScNumericalOptions *numerical = &question->numerical;
  const ScOrderingOptions *ordering = &question->ordering;
  const ScEssayOptions *essay = &question->essay;

  json_builder_set_member_name (builder, "numerical");
  json_builder_begin_object (builder);
  put_int (builder, "unit_grading_type", numerical->unit_grading_type);
  if (numerical->unit_penalty != 0.0)
    put_double (builder, "unit_penalty", numerical->unit_penalty);
  put_int (builder, "show_units", numerical->show_units);
  put_bool (builder, "units_left", numerical->units_left);
  put_text (writer, builder, "instructions", "instructions", &numerical->instructions);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "ordering");
  json_builder_begin_object (builder);
  put_int (builder, "layout", ordering->layout);
  put_int (builder, "select_type", ordering->select_type);
  put_int (builder, "select_count", ordering->select_count);
  json_builder_set_member_name (builder, "grading_type");
  json_builder_add_int_value (builder, ordering->grading_type);
  put_bool (builder, "show_grading", ordering->show_grading);
  put_string (builder, "numbering_style", ordering->numbering_style);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "essay");
  json_builder_begin_object (builder);
  put_string (builder, "response_format", essay->response_format);
  put_bool (builder, "response_required", essay->response_required);
  put_int (builder, "response_field_lines", essay->response_field_lines);
  put_int (builder, "min_word_limit", essay->min_word_limit);
  put_int (builder, "max_word_limit", essay->max_word_limit);
  put_int (builder, "attachments", essay->attachments);
  put_int (builder, "attachments_required", essay->attachments_required);
  put_int (builder, "max_bytes", essay->max_bytes);
  put_string (builder, "file_types_list", essay->file_types_list);
  put_text (writer, builder, "grader_info", "graderinfo", &essay->grader_info);
  put_text (writer, builder, "response_template", "responsetemplate", &essay->response_template);
  json_builder_end_object (builder);
}

/**
 * sc_question_bank_to_json:
 * @each_file: (nullable): called for every file of every text
 *
 * Returns: (transfer full): @question as the JSON of questions.data
 */
char *
sc_question_bank_to_json (const ScQuestion       *question,
                          ScQuestionBankEachFile  each_file,
                          gpointer                user_data)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  Writer writer = { each_file, user_data };

  g_return_val_if_fail (question != NULL, NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "v");
  json_builder_add_int_value (builder, SC_QUESTION_BANK_JSON_VERSION);
  put_string (builder, "type", sc_question_type_to_string (question->type));
  put_string (builder, "plugin", question->plugin);
  put_string (builder, "name", question->name);
  put_string (builder, "idnumber", question->idnumber);
  if (question->category != NULL)
    put_strings (builder, "category", (const char * const *) question->category,
                 g_strv_length (question->category));
  put_text (&writer, builder, "stem", "questiontext", &question->stem);
  put_text (&writer, builder, "general_feedback", "generalfeedback", &question->general_feedback);
  put_text (&writer, builder, "correct_feedback", "correctfeedback", &question->correct_feedback);
  put_text (&writer, builder, "partially_correct_feedback", "partiallycorrectfeedback",
            &question->partially_correct_feedback);
  put_text (&writer, builder, "incorrect_feedback", "incorrectfeedback",
            &question->incorrect_feedback);
  put_bool (builder, "show_num_correct", question->show_num_correct);
  put_hints (&writer, builder, question->hints);
  put_double (builder, "default_mark", question->default_mark);
  put_double (builder, "penalty", question->penalty);
  put_bool (builder, "hidden", question->hidden);
  if (question->tags->len > 0)
    put_strings (builder, "tags", (const char * const *) question->tags->pdata, question->tags->len);

  if (question->answers->len > 0)
    put_answers (&writer, builder, "", question->answers);
  if (question->units->len > 0)
    {
      json_builder_set_member_name (builder, "units");
      json_builder_begin_array (builder);
      for (guint i = 0; i < question->units->len; i++)
        {
          const ScQuestionUnit *unit = g_ptr_array_index (question->units, i);

          json_builder_begin_object (builder);
          put_string (builder, "name", unit->name);
          put_double (builder, "multiplier", unit->multiplier);
          put_string (builder, "multiplier_source", unit->multiplier_source);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
    }
  if (question->subquestions->len > 0)
    {
      json_builder_set_member_name (builder, "subquestions");
      json_builder_begin_array (builder);
      for (guint i = 0; i < question->subquestions->len; i++)
        {
          const ScQuestionSubquestion *sub = g_ptr_array_index (question->subquestions, i);
          g_autofree char *area = g_strdup_printf ("subquestion/%u", i);

          json_builder_begin_object (builder);
          put_text (&writer, builder, "text", area, &sub->text);
          put_string (builder, "answer", sub->answer);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
    }
  put_parts (&writer, builder, question->cloze_parts);

  put_bool (builder, "shuffle", question->shuffle);
  put_string (builder, "answer_numbering", question->answer_numbering);
  put_bool (builder, "show_standard_instruction", question->show_standard_instruction);
  put_bool (builder, "case_sensitive", question->case_sensitive);
  put_options (&writer, builder, question);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);

  return json_to_string (root, FALSE);
}
