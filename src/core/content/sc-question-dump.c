/* sc-question-dump.c - the canonical JSON form of questions, for --dump-questions and tests
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two lists of questions are the same when their dumps are byte for byte
 * the same, so the dump is canonical: questions sorted by category path,
 * name and idnumber (a stable sort, so equal keys keep file order), every
 * key always in the same order, numbers as text with seven decimals (the
 * precision Moodle stores fractions with), and files as their size and
 * SHA-256 rather than their bytes. Texts are dumped as their source, the
 * exact text an export writes back.
 */
#include "config.h"

#include <float.h>
#include <string.h>

#include "sc-cloze.h"
#include "sc-question-dump.h"

static void
add_number (JsonBuilder *builder,
            const char  *key,
            double       value)
{
  /* "%.7f" writes every digit: 309 of them for the largest double. */
  char buffer[G_ASCII_DTOSTR_BUF_SIZE + DBL_MAX_10_EXP];
  const char *text;

  /* Locale-independent, and never "-0.0000000". */
  g_ascii_formatd (buffer, sizeof buffer, "%.7f", value);
  text = g_str_equal (buffer, "-0.0000000") ? buffer + 1 : buffer;

  json_builder_set_member_name (builder, key);
  json_builder_add_string_value (builder, text);
}

static void
add_string (JsonBuilder *builder,
            const char  *key,
            const char  *value)
{
  json_builder_set_member_name (builder, key);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_boolean (JsonBuilder *builder,
             const char  *key,
             gboolean     value)
{
  json_builder_set_member_name (builder, key);
  json_builder_add_boolean_value (builder, value != FALSE);
}

static void
add_int (JsonBuilder *builder,
         const char  *key,
         gint64       value)
{
  json_builder_set_member_name (builder, key);
  json_builder_add_int_value (builder, value);
}

static void
add_text (JsonBuilder          *builder,
          const char           *key,
          const ScQuestionText *text)
{
  json_builder_set_member_name (builder, key);

  if (text->source == NULL && (text->files == NULL || text->files->len == 0))
    {
      json_builder_add_null_value (builder);
      return;
    }

  json_builder_begin_object (builder);
  add_string (builder, "format", sc_text_format_to_moodle (text->format));
  add_string (builder, "source", text->source);
  json_builder_set_member_name (builder, "files");
  json_builder_begin_array (builder);
  for (guint i = 0; text->files != NULL && i < text->files->len; i++)
    {
      const ScQuestionFile *file = g_ptr_array_index (text->files, i);
      g_autofree char *sum = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, file->data);

      json_builder_begin_object (builder);
      add_string (builder, "name", file->name);
      add_string (builder, "path", file->path);
      add_int (builder, "size", (gint64) g_bytes_get_size (file->data));
      add_string (builder, "sha256", sum);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

static const char *
tolerance_type_name (ScToleranceType type)
{
  switch (type)
    {
    case SC_TOLERANCE_RELATIVE:
      return "relative";
    case SC_TOLERANCE_GEOMETRIC:
      return "geometric";
    case SC_TOLERANCE_NOMINAL:
    default:
      return "nominal";
    }
}

static void
add_answers (JsonBuilder     *builder,
             const GPtrArray *answers,
             gboolean         numerical)
{
  json_builder_set_member_name (builder, "answers");
  json_builder_begin_array (builder);
  for (guint i = 0; i < answers->len; i++)
    {
      const ScQuestionAnswer *answer = g_ptr_array_index (answers, i);

      json_builder_begin_object (builder);
      add_text (builder, "text", &answer->text);
      add_number (builder, "fraction", answer->fraction);
      add_text (builder, "feedback", &answer->feedback);
      if (numerical)
        {
          add_number (builder, "tolerance", answer->tolerance);
          add_string (builder, "tolerance_type", tolerance_type_name (answer->tolerance_type));
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_cloze_parts (JsonBuilder     *builder,
                 const GPtrArray *parts)
{
  json_builder_set_member_name (builder, "cloze_parts");
  json_builder_begin_array (builder);
  for (guint i = 0; i < parts->len; i++)
    {
      const ScClozePart *part = g_ptr_array_index (parts, i);

      json_builder_begin_object (builder);
      add_string (builder, "type", sc_cloze_type_to_string (part->type));
      add_int (builder, "weight", part->weight);
      add_int (builder, "start", (gint64) part->start);
      add_int (builder, "end", (gint64) part->end);
      add_answers (builder, part->answers,
                   sc_cloze_type_get_kind (part->type) == SC_CLOZE_KIND_NUMERICAL);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_options (JsonBuilder      *builder,
             const ScQuestion *question)
{
  json_builder_set_member_name (builder, "options");
  json_builder_begin_object (builder);

  switch (question->type)
    {
    case SC_QUESTION_SINGLE_CHOICE:
    case SC_QUESTION_MULTIPLE_RESPONSE:
      add_boolean (builder, "shuffle", question->shuffle);
      add_string (builder, "answer_numbering", question->answer_numbering);
      add_boolean (builder, "show_standard_instruction", question->show_standard_instruction);
      break;

    case SC_QUESTION_SHORT_ANSWER:
      add_boolean (builder, "case_sensitive", question->case_sensitive);
      break;

    case SC_QUESTION_NUMERICAL:
      add_int (builder, "unit_grading_type", question->numerical.unit_grading_type);
      add_number (builder, "unit_penalty", question->numerical.unit_penalty);
      add_int (builder, "show_units", question->numerical.show_units);
      add_boolean (builder, "units_left", question->numerical.units_left);
      add_text (builder, "instructions", &question->numerical.instructions);
      break;

    case SC_QUESTION_MATCHING:
      add_boolean (builder, "shuffle", question->shuffle);
      break;

    case SC_QUESTION_ORDERING:
      add_int (builder, "layout", question->ordering.layout);
      add_int (builder, "select_type", question->ordering.select_type);
      add_int (builder, "select_count", question->ordering.select_count);
      add_int (builder, "grading_type", question->ordering.grading_type);
      add_boolean (builder, "show_grading", question->ordering.show_grading);
      add_string (builder, "numbering_style", question->ordering.numbering_style);
      break;

    case SC_QUESTION_ESSAY:
      add_string (builder, "response_format", question->essay.response_format);
      add_boolean (builder, "response_required", question->essay.response_required);
      add_int (builder, "response_field_lines", question->essay.response_field_lines);
      add_int (builder, "min_word_limit", question->essay.min_word_limit);
      add_int (builder, "max_word_limit", question->essay.max_word_limit);
      add_int (builder, "attachments", question->essay.attachments);
      add_int (builder, "attachments_required", question->essay.attachments_required);
      add_int (builder, "max_bytes", question->essay.max_bytes);
      add_string (builder, "file_types_list", question->essay.file_types_list);
      add_text (builder, "grader_info", &question->essay.grader_info);
      add_text (builder, "response_template", &question->essay.response_template);
      break;

    case SC_QUESTION_TRUE_FALSE:
    case SC_QUESTION_CLOZE:
    case SC_QUESTION_DESCRIPTION:
    case SC_QUESTION_UNSUPPORTED:
    default:
      break;
    }

  json_builder_end_object (builder);
}

static char *
category_path (const ScQuestion *question)
{
  if (question->category == NULL)
    return NULL;

  return sc_question_category_format ((const char * const *) question->category);
}

static void
build_question (JsonBuilder      *builder,
                const ScQuestion *question)
{
  g_autofree char *category = category_path (question);

  json_builder_begin_object (builder);
  add_string (builder, "type", sc_question_type_to_string (question->type));
  if (question->plugin != NULL)
    add_string (builder, "plugin", question->plugin);
  add_string (builder, "name", question->name != NULL ? question->name : "");
  add_string (builder, "idnumber", question->idnumber);
  add_string (builder, "category", category);
  add_text (builder, "text", &question->stem);
  add_text (builder, "general_feedback", &question->general_feedback);
  add_number (builder, "default_mark", question->default_mark);
  add_number (builder, "penalty", question->penalty);
  add_boolean (builder, "hidden", question->hidden);
  add_answers (builder, question->answers, question->type == SC_QUESTION_NUMERICAL);

  json_builder_set_member_name (builder, "combined_feedback");
  json_builder_begin_object (builder);
  add_text (builder, "correct", &question->correct_feedback);
  add_text (builder, "partially_correct", &question->partially_correct_feedback);
  add_text (builder, "incorrect", &question->incorrect_feedback);
  add_boolean (builder, "show_num_correct", question->show_num_correct);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "units");
  json_builder_begin_array (builder);
  for (guint i = 0; i < question->units->len; i++)
    {
      const ScQuestionUnit *unit = g_ptr_array_index (question->units, i);

      json_builder_begin_object (builder);
      add_string (builder, "name", unit->name);
      add_number (builder, "multiplier", unit->multiplier);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "subquestions");
  json_builder_begin_array (builder);
  for (guint i = 0; i < question->subquestions->len; i++)
    {
      const ScQuestionSubquestion *sub = g_ptr_array_index (question->subquestions, i);

      json_builder_begin_object (builder);
      add_text (builder, "text", &sub->text);
      add_string (builder, "answer", sub->answer);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  add_cloze_parts (builder, question->cloze_parts);

  json_builder_set_member_name (builder, "hints");
  json_builder_begin_array (builder);
  for (guint i = 0; i < question->hints->len; i++)
    {
      const ScQuestionHint *hint = g_ptr_array_index (question->hints, i);

      json_builder_begin_object (builder);
      add_text (builder, "text", &hint->text);
      add_boolean (builder, "show_num_correct", hint->show_num_correct);
      add_boolean (builder, "clear_wrong", hint->clear_wrong);
      add_string (builder, "options", hint->options);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "tags");
  json_builder_begin_array (builder);
  for (guint i = 0; i < question->tags->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (question->tags, i));
  json_builder_end_array (builder);

  add_options (builder, question);
  json_builder_end_object (builder);
}

/**
 * sc_question_dump_question:
 *
 * Returns: (transfer full): @question as one JSON object, keys in the
 *   dump's order
 */
JsonNode *
sc_question_dump_question (const ScQuestion *question)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (question != NULL, NULL);

  build_question (builder, question);

  return json_builder_get_root (builder);
}

/**
 * sc_question_dump_compare:
 *
 * The dump's order: by category path, then name, then idnumber (a
 * question without one first), each compared byte by byte.
 */
int
sc_question_dump_compare (const ScQuestion *a,
                          const ScQuestion *b)
{
  g_autofree char *path_a = category_path (a);
  g_autofree char *path_b = category_path (b);
  int cmp;

  cmp = g_strcmp0 (path_a, path_b);
  if (cmp == 0)
    cmp = g_strcmp0 (a->name, b->name);
  if (cmp == 0)
    cmp = g_strcmp0 (a->idnumber, b->idnumber);

  return cmp;
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  return sc_question_dump_compare (*(const ScQuestion * const *) a,
                                   *(const ScQuestion * const *) b);
}

/**
 * sc_question_dump:
 * @questions: (element-type ScQuestion): not changed
 *
 * Returns: (transfer full): { "questions": [ … ] }, indented by two
 *   spaces, with a final line break
 */
char *
sc_question_dump (GPtrArray *questions)
{
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (questions != NULL, NULL);

  /* g_ptr_array_sort() is stable: equal keys keep the list's order. */
  for (guint i = 0; i < questions->len; i++)
    g_ptr_array_add (sorted, g_ptr_array_index (questions, i));
  g_ptr_array_sort (sorted, compare_entries);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "questions");
  json_builder_begin_array (builder);
  for (guint i = 0; i < sorted->len; i++)
    build_question (builder, g_ptr_array_index (sorted, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, NULL);

  return g_strconcat (text, "\n", NULL);
}
