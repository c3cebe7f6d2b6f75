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

/* Where a dump goes: a JsonBuilder (sc_question_dump_question ()), or
 * straight into text as json-glib's pretty generator (two spaces) writes
 * the same tree: no tree to build and free for each dump, which the fuzz
 * targets make of every file they read. */
typedef struct
{
  JsonBuilder *builder;
  GString     *out;
  guint        depth;      /* of open objects and arrays */
  guint64      has_items;  /* bit per depth: that container has an item */
  gboolean     after_key;  /* a member's name is written, its value not yet */
} Dump;

/* As json-glib 1.6 escapes: '"' and '\\', and the control characters
 * below 0x1f and 0x7f (0x1f itself it leaves as it is). */
static void
append_escaped (GString    *out,
                const char *text)
{
  g_string_append_c (out, '"');
  for (const guchar *p = (const guchar *) text; *p != '\0'; p++)
    {
      if (*p == '"' || *p == '\\')
        {
          g_string_append_c (out, '\\');
          g_string_append_c (out, (char) *p);
        }
      else if (*p < 0x1f || *p == 0x7f)
        switch (*p)
          {
          case '\b':
            g_string_append (out, "\\b");
            break;
          case '\f':
            g_string_append (out, "\\f");
            break;
          case '\n':
            g_string_append (out, "\\n");
            break;
          case '\r':
            g_string_append (out, "\\r");
            break;
          case '\t':
            g_string_append (out, "\\t");
            break;
          default:
            g_string_append_printf (out, "\\u%04x", (guint) *p);
            break;
          }
      else
        g_string_append_c (out, (char) *p);
    }
  g_string_append_c (out, '"');
}

static void
append_indent (Dump *dump,
               guint depth)
{
  for (guint i = 0; i < depth; i++)
    g_string_append (dump->out, "  ");
}

/* Before a value: after its member's name, or as the next item. */
static void
start_value (Dump *dump)
{
  if (dump->after_key)
    {
      dump->after_key = FALSE;
      return;
    }
  if (dump->depth == 0)
    return;

  g_string_append (dump->out, (dump->has_items & (G_GUINT64_CONSTANT (1) << dump->depth)) != 0 ? ",\n" : "\n");
  dump->has_items |= G_GUINT64_CONSTANT (1) << dump->depth;
  append_indent (dump, dump->depth);
}

static void
dump_set_member_name (Dump       *dump,
                      const char *key)
{
  if (dump->builder != NULL)
    {
      json_builder_set_member_name (dump->builder, key);
      return;
    }

  start_value (dump);
  append_escaped (dump->out, key);
  g_string_append (dump->out, " : ");
  dump->after_key = TRUE;
}

static void
dump_begin (Dump *dump,
            char  open)
{
  start_value (dump);
  g_string_append_c (dump->out, open);
  dump->depth++;
  g_assert (dump->depth < 64);
  dump->has_items &= ~(G_GUINT64_CONSTANT (1) << dump->depth);
}

/* json-glib ends an empty array "[]", but an empty object with the
 * closing brace's indent and no line break: "{    }". */
static void
dump_end (Dump     *dump,
          gboolean  object)
{
  if ((dump->has_items & (G_GUINT64_CONSTANT (1) << dump->depth)) != 0)
    {
      g_string_append_c (dump->out, '\n');
      append_indent (dump, dump->depth - 1);
    }
  else if (object)
    append_indent (dump, dump->depth - 1);
  g_string_append_c (dump->out, object ? '}' : ']');
  dump->depth--;
}

static void
dump_begin_object (Dump *dump)
{
  if (dump->builder != NULL)
    json_builder_begin_object (dump->builder);
  else
    dump_begin (dump, '{');
}

static void
dump_end_object (Dump *dump)
{
  if (dump->builder != NULL)
    json_builder_end_object (dump->builder);
  else
    dump_end (dump, TRUE);
}

static void
dump_begin_array (Dump *dump)
{
  if (dump->builder != NULL)
    json_builder_begin_array (dump->builder);
  else
    dump_begin (dump, '[');
}

static void
dump_end_array (Dump *dump)
{
  if (dump->builder != NULL)
    json_builder_end_array (dump->builder);
  else
    dump_end (dump, FALSE);
}

static void
dump_add_string_value (Dump       *dump,
                       const char *value)
{
  if (dump->builder != NULL)
    {
      json_builder_add_string_value (dump->builder, value);
      return;
    }

  start_value (dump);
  append_escaped (dump->out, value);
}

static void
dump_add_null_value (Dump *dump)
{
  if (dump->builder != NULL)
    {
      json_builder_add_null_value (dump->builder);
      return;
    }

  start_value (dump);
  g_string_append (dump->out, "null");
}

static void
dump_add_boolean_value (Dump     *dump,
                        gboolean  value)
{
  if (dump->builder != NULL)
    {
      json_builder_add_boolean_value (dump->builder, value);
      return;
    }

  start_value (dump);
  g_string_append (dump->out, value ? "true" : "false");
}

static void
dump_add_int_value (Dump   *dump,
                    gint64  value)
{
  if (dump->builder != NULL)
    {
      json_builder_add_int_value (dump->builder, value);
      return;
    }

  start_value (dump);
  g_string_append_printf (dump->out, "%" G_GINT64_FORMAT, value);
}

static void
add_number (Dump        *dump,
            const char  *key,
            double       value)
{
  /* "%.7f" writes every digit: 309 of them for the largest double. */
  char buffer[G_ASCII_DTOSTR_BUF_SIZE + DBL_MAX_10_EXP];
  const char *text;

  /* Locale-independent, and never "-0.0000000". */
  g_ascii_formatd (buffer, sizeof buffer, "%.7f", value);
  text = g_str_equal (buffer, "-0.0000000") ? buffer + 1 : buffer;

  dump_set_member_name (dump, key);
  dump_add_string_value (dump, text);
}

static void
add_string (Dump        *dump,
            const char  *key,
            const char  *value)
{
  dump_set_member_name (dump, key);
  if (value != NULL)
    dump_add_string_value (dump, value);
  else
    dump_add_null_value (dump);
}

static void
add_boolean (Dump        *dump,
             const char  *key,
             gboolean     value)
{
  dump_set_member_name (dump, key);
  dump_add_boolean_value (dump, value != FALSE);
}

static void
add_int (Dump        *dump,
         const char  *key,
         gint64       value)
{
  dump_set_member_name (dump, key);
  dump_add_int_value (dump, value);
}

static void
add_text (Dump                 *dump,
          const char           *key,
          const ScQuestionText *text)
{
  dump_set_member_name (dump, key);

  if (text->source == NULL && (text->files == NULL || text->files->len == 0))
    {
      dump_add_null_value (dump);
      return;
    }

  dump_begin_object (dump);
  add_string (dump, "format", sc_text_format_to_moodle (text->format));
  add_string (dump, "source", text->source);
  dump_set_member_name (dump, "files");
  dump_begin_array (dump);
  for (guint i = 0; text->files != NULL && i < text->files->len; i++)
    {
      const ScQuestionFile *file = g_ptr_array_index (text->files, i);
      g_autofree char *sum = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, file->data);

      dump_begin_object (dump);
      add_string (dump, "name", file->name);
      add_string (dump, "path", file->path);
      add_int (dump, "size", (gint64) g_bytes_get_size (file->data));
      add_string (dump, "sha256", sum);
      dump_end_object (dump);
    }
  dump_end_array (dump);
  dump_end_object (dump);
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
add_answers (Dump            *dump,
             const GPtrArray *answers,
             gboolean         numerical)
{
  dump_set_member_name (dump, "answers");
  dump_begin_array (dump);
  for (guint i = 0; i < answers->len; i++)
    {
      const ScQuestionAnswer *answer = g_ptr_array_index (answers, i);

      dump_begin_object (dump);
      add_text (dump, "text", &answer->text);
      add_number (dump, "fraction", answer->fraction);
      add_text (dump, "feedback", &answer->feedback);
      if (numerical)
        {
          add_number (dump, "tolerance", answer->tolerance);
          add_string (dump, "tolerance_type", tolerance_type_name (answer->tolerance_type));
        }
      dump_end_object (dump);
    }
  dump_end_array (dump);
}

static void
add_cloze_parts (Dump            *dump,
                 const GPtrArray *parts)
{
  dump_set_member_name (dump, "cloze_parts");
  dump_begin_array (dump);
  for (guint i = 0; i < parts->len; i++)
    {
      const ScClozePart *part = g_ptr_array_index (parts, i);

      dump_begin_object (dump);
      add_string (dump, "type", sc_cloze_type_to_string (part->type));
      add_int (dump, "weight", part->weight);
      add_int (dump, "start", (gint64) part->start);
      add_int (dump, "end", (gint64) part->end);
      add_answers (dump, part->answers,
                   sc_cloze_type_get_kind (part->type) == SC_CLOZE_KIND_NUMERICAL);
      dump_end_object (dump);
    }
  dump_end_array (dump);
}

static void
add_options (Dump             *dump,
             const ScQuestion *question)
{
  dump_set_member_name (dump, "options");
  dump_begin_object (dump);

  switch (question->type)
    {
    case SC_QUESTION_SINGLE_CHOICE:
    case SC_QUESTION_MULTIPLE_RESPONSE:
      add_boolean (dump, "shuffle", question->shuffle);
      add_string (dump, "answer_numbering", question->answer_numbering);
      add_boolean (dump, "show_standard_instruction", question->show_standard_instruction);
      break;

    case SC_QUESTION_SHORT_ANSWER:
      add_boolean (dump, "case_sensitive", question->case_sensitive);
      break;

    case SC_QUESTION_NUMERICAL:
      add_int (dump, "unit_grading_type", question->numerical.unit_grading_type);
      add_number (dump, "unit_penalty", question->numerical.unit_penalty);
      add_int (dump, "show_units", question->numerical.show_units);
      add_boolean (dump, "units_left", question->numerical.units_left);
      add_text (dump, "instructions", &question->numerical.instructions);
      break;

    case SC_QUESTION_MATCHING:
      add_boolean (dump, "shuffle", question->shuffle);
      break;

    case SC_QUESTION_ORDERING:
      add_int (dump, "layout", question->ordering.layout);
      add_int (dump, "select_type", question->ordering.select_type);
      add_int (dump, "select_count", question->ordering.select_count);
      add_int (dump, "grading_type", question->ordering.grading_type);
      add_boolean (dump, "show_grading", question->ordering.show_grading);
      add_string (dump, "numbering_style", question->ordering.numbering_style);
      break;

    case SC_QUESTION_ESSAY:
      add_string (dump, "response_format", question->essay.response_format);
      add_boolean (dump, "response_required", question->essay.response_required);
      add_int (dump, "response_field_lines", question->essay.response_field_lines);
      add_int (dump, "min_word_limit", question->essay.min_word_limit);
      add_int (dump, "max_word_limit", question->essay.max_word_limit);
      add_int (dump, "attachments", question->essay.attachments);
      add_int (dump, "attachments_required", question->essay.attachments_required);
      add_int (dump, "max_bytes", question->essay.max_bytes);
      add_string (dump, "file_types_list", question->essay.file_types_list);
      add_text (dump, "grader_info", &question->essay.grader_info);
      add_text (dump, "response_template", &question->essay.response_template);
      break;

    case SC_QUESTION_TRUE_FALSE:
    case SC_QUESTION_CLOZE:
    case SC_QUESTION_DESCRIPTION:
    case SC_QUESTION_UNSUPPORTED:
    default:
      break;
    }

  dump_end_object (dump);
}

static char *
category_path (const ScQuestion *question)
{
  if (question->category == NULL)
    return NULL;

  return sc_question_category_format ((const char * const *) question->category);
}

static void
build_question (Dump             *dump,
                const ScQuestion *question)
{
  g_autofree char *category = category_path (question);

  dump_begin_object (dump);
  add_string (dump, "type", sc_question_type_to_string (question->type));
  if (question->plugin != NULL)
    add_string (dump, "plugin", question->plugin);
  add_string (dump, "name", question->name != NULL ? question->name : "");
  add_string (dump, "idnumber", question->idnumber);
  add_string (dump, "category", category);
  add_text (dump, "text", &question->stem);
  add_text (dump, "general_feedback", &question->general_feedback);
  add_number (dump, "default_mark", question->default_mark);
  add_number (dump, "penalty", question->penalty);
  add_boolean (dump, "hidden", question->hidden);
  add_answers (dump, question->answers, question->type == SC_QUESTION_NUMERICAL);

  dump_set_member_name (dump, "combined_feedback");
  dump_begin_object (dump);
  add_text (dump, "correct", &question->correct_feedback);
  add_text (dump, "partially_correct", &question->partially_correct_feedback);
  add_text (dump, "incorrect", &question->incorrect_feedback);
  add_boolean (dump, "show_num_correct", question->show_num_correct);
  dump_end_object (dump);

  dump_set_member_name (dump, "units");
  dump_begin_array (dump);
  for (guint i = 0; i < question->units->len; i++)
    {
      const ScQuestionUnit *unit = g_ptr_array_index (question->units, i);

      dump_begin_object (dump);
      add_string (dump, "name", unit->name);
      add_number (dump, "multiplier", unit->multiplier);
      dump_end_object (dump);
    }
  dump_end_array (dump);

  dump_set_member_name (dump, "subquestions");
  dump_begin_array (dump);
  for (guint i = 0; i < question->subquestions->len; i++)
    {
      const ScQuestionSubquestion *sub = g_ptr_array_index (question->subquestions, i);

      dump_begin_object (dump);
      add_text (dump, "text", &sub->text);
      add_string (dump, "answer", sub->answer);
      dump_end_object (dump);
    }
  dump_end_array (dump);

  add_cloze_parts (dump, question->cloze_parts);

  dump_set_member_name (dump, "hints");
  dump_begin_array (dump);
  for (guint i = 0; i < question->hints->len; i++)
    {
      const ScQuestionHint *hint = g_ptr_array_index (question->hints, i);

      dump_begin_object (dump);
      add_text (dump, "text", &hint->text);
      add_boolean (dump, "show_num_correct", hint->show_num_correct);
      add_boolean (dump, "clear_wrong", hint->clear_wrong);
      add_string (dump, "options", hint->options);
      dump_end_object (dump);
    }
  dump_end_array (dump);

  dump_set_member_name (dump, "tags");
  dump_begin_array (dump);
  for (guint i = 0; i < question->tags->len; i++)
    dump_add_string_value (dump, g_ptr_array_index (question->tags, i));
  dump_end_array (dump);

  add_options (dump, question);
  dump_end_object (dump);
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
  Dump dump = { builder, NULL, 0, 0, FALSE };

  g_return_val_if_fail (question != NULL, NULL);

  build_question (&dump, question);

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
  Dump dump = { NULL, NULL, 0, 0, FALSE };

  g_return_val_if_fail (questions != NULL, NULL);

  /* g_ptr_array_sort() is stable: equal keys keep the list's order. */
  for (guint i = 0; i < questions->len; i++)
    g_ptr_array_add (sorted, g_ptr_array_index (questions, i));
  g_ptr_array_sort (sorted, compare_entries);

  /* The text json-glib's generator gives for the tree the builder would
   * make (tests/unit/test-question-dump.c holds the two side by side). */
  dump.out = g_string_new (NULL);
  dump_begin_object (&dump);
  dump_set_member_name (&dump, "questions");
  dump_begin_array (&dump);
  for (guint i = 0; i < sorted->len; i++)
    build_question (&dump, g_ptr_array_index (sorted, i));
  dump_end_array (&dump);
  dump_end_object (&dump);
  g_string_append_c (dump.out, '\n');

  return g_string_free (dump.out, FALSE);
}
