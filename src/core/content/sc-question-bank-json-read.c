/* sc-question-bank-json-read.c - a question back from the JSON stored in questions.data
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reverse of sc-question-bank-json.c: members left out take the
 * model's zero values, numbers may come as JSON numbers or, for the few
 * json-glib cannot write, as strings, and each file's bytes are asked
 * for by its text area and position.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "sc-error.h"
#include "sc-json.h"
#include "sc-question-bank-private.h"

typedef struct
{
  ScQuestionBankFindFile  find_file;
  gpointer                user_data;
  const char             *missing;   /* the area of a file whose bytes are gone */
} Reader;

static JsonNode *
member (JsonObject *object,
        const char *name)
{
  return object != NULL && json_object_has_member (object, name)
         ? json_object_get_member (object, name) : NULL;
}

static JsonObject *
get_object (JsonObject *object,
            const char *name)
{
  JsonNode *node = member (object, name);

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static JsonArray *
get_array (JsonObject *object,
           const char *name)
{
  JsonNode *node = member (object, name);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

/* Element @i of @array when it is an object (a damaged row may hold
 * anything there); %NULL otherwise, which reads as an empty object. */
static JsonObject *
object_at (JsonArray *array,
           guint      i)
{
  JsonNode *node = json_array_get_element (array, i);

  return JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static char *
dup_string (JsonObject *object,
            const char *name)
{
  JsonNode *node = member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return g_strdup (json_node_get_string (node));
}

static double
get_double (JsonObject *object,
            const char *name,
            double      fallback)
{
  JsonNode *node = member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return fallback;
  if (json_node_get_value_type (node) == G_TYPE_STRING)
    return g_ascii_strtod (json_node_get_string (node), NULL);

  return json_node_get_double (node);
}

static gint64
get_int (JsonObject *object,
         const char *name)
{
  JsonNode *node = member (object, name);

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) ? json_node_get_int (node) : 0;
}

static gboolean
get_bool (JsonObject *object,
          const char *name)
{
  JsonNode *node = member (object, name);

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_boolean (node);
}

static void
read_text (Reader         *reader,
           JsonObject     *parent,
           const char     *name,
           const char     *area,
           ScQuestionText *text)
{
  JsonObject *object = get_object (parent, name);
  JsonArray *files;
  g_autofree char *format = NULL;

  if (object == NULL)
    return;

  text->source = dup_string (object, "source");
  format = dup_string (object, "format");
  text->format = sc_text_format_from_moodle (format);

  files = get_array (object, "files");
  if (files == NULL)
    return;

  text->files = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_question_file_free);
  for (guint i = 0; i < json_array_get_length (files); i++)
    {
      JsonObject *entry = object_at (files, i);
      ScQuestionFile *file = g_new0 (ScQuestionFile, 1);

      file->name = dup_string (entry, "name");
      file->path = dup_string (entry, "path");
      file->encoding = dup_string (entry, "encoding");
      if (reader->find_file != NULL)
        file->data = reader->find_file (area, i, reader->user_data);
      if (file->data == NULL)
        {
          file->data = g_bytes_new (NULL, 0);
          reader->missing = reader->missing != NULL ? reader->missing : g_intern_string (area);
        }
      if (file->name == NULL)
        file->name = g_strdup ("");
      g_ptr_array_add (text->files, file);
    }
}

static void
read_answers (Reader     *reader,
              JsonObject *parent,
              const char *prefix,
              GPtrArray  *answers)
{
  JsonArray *array = get_array (parent, "answers");

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonObject *object = object_at (array, i);
      ScQuestionAnswer *answer = g_new0 (ScQuestionAnswer, 1);
      g_autofree char *text_area = g_strdup_printf ("%sanswer/%u", prefix, i);
      g_autofree char *feedback_area = g_strdup_printf ("%sanswerfeedback/%u", prefix, i);

      read_text (reader, object, "text", text_area, &answer->text);
      answer->fraction = get_double (object, "fraction", 0.0);
      answer->fraction_source = dup_string (object, "fraction_source");
      read_text (reader, object, "feedback", feedback_area, &answer->feedback);
      answer->tolerance = get_double (object, "tolerance", 0.0);
      answer->tolerance_source = dup_string (object, "tolerance_source");
      answer->tolerance_type = (ScToleranceType) get_int (object, "tolerance_type");
      g_ptr_array_add (answers, answer);
    }
}

static void
read_lists (Reader     *reader,
            JsonObject *root,
            ScQuestion *question)
{
  JsonArray *array;

  array = get_array (root, "hints");
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonObject *object = object_at (array, i);
      ScQuestionHint *hint = g_new0 (ScQuestionHint, 1);
      g_autofree char *area = g_strdup_printf ("hint/%u", i);

      read_text (reader, object, "text", area, &hint->text);
      hint->show_num_correct = get_bool (object, "show_num_correct");
      hint->clear_wrong = get_bool (object, "clear_wrong");
      hint->options = dup_string (object, "options");
      g_ptr_array_add (question->hints, hint);
    }

  sc_json_array_add_strings (get_array (root, "tags"), question->tags);

  read_answers (reader, root, "", question->answers);

  array = get_array (root, "units");
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonObject *object = object_at (array, i);
      ScQuestionUnit *unit = g_new0 (ScQuestionUnit, 1);

      unit->name = dup_string (object, "name");
      unit->multiplier = get_double (object, "multiplier", 1.0);
      unit->multiplier_source = dup_string (object, "multiplier_source");
      g_ptr_array_add (question->units, unit);
    }

  array = get_array (root, "subquestions");
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonObject *object = object_at (array, i);
      ScQuestionSubquestion *sub = g_new0 (ScQuestionSubquestion, 1);
      g_autofree char *area = g_strdup_printf ("subquestion/%u", i);

      read_text (reader, object, "text", area, &sub->text);
      sub->answer = dup_string (object, "answer");
      g_ptr_array_add (question->subquestions, sub);
    }

  array = get_array (root, "cloze_parts");
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonObject *object = object_at (array, i);
      ScClozePart *part = sc_cloze_part_new ((ScClozeType) get_int (object, "type"),
                                             (guint) get_int (object, "weight"));
      g_autofree char *prefix = g_strdup_printf ("cloze/%u/", i);

      part->type_source = dup_string (object, "type_source");
      read_answers (reader, object, prefix, part->answers);
      part->start = (gsize) get_int (object, "start");
      part->end = (gsize) get_int (object, "end");
      g_ptr_array_add (question->cloze_parts, part);
    }
}

static void
read_options (Reader     *reader,
              JsonObject *root,
              ScQuestion *question)
{
  JsonObject *numerical = get_object (root, "numerical");
  JsonObject *ordering = get_object (root, "ordering");
  JsonObject *essay = get_object (root, "essay");

  question->numerical.unit_grading_type = (int) get_int (numerical, "unit_grading_type");
  question->numerical.unit_penalty = get_double (numerical, "unit_penalty", 0.0);
  question->numerical.show_units = (int) get_int (numerical, "show_units");
  question->numerical.units_left = get_bool (numerical, "units_left");
  read_text (reader, numerical, "instructions", "instructions", &question->numerical.instructions);

  question->ordering.layout = (ScOrderingLayout) get_int (ordering, "layout");
  question->ordering.select_type = (ScOrderingSelect) get_int (ordering, "select_type");
  question->ordering.select_count = (guint) get_int (ordering, "select_count");
  if (member (ordering, "grading_type") != NULL)
    question->ordering.grading_type = (ScOrderingGrading) get_int (ordering, "grading_type");
  question->ordering.show_grading = get_bool (ordering, "show_grading");
  question->ordering.numbering_style = dup_string (ordering, "numbering_style");

  question->essay.response_format = dup_string (essay, "response_format");
  question->essay.response_required = get_bool (essay, "response_required");
  question->essay.response_field_lines = (guint) get_int (essay, "response_field_lines");
  question->essay.min_word_limit = (guint) get_int (essay, "min_word_limit");
  question->essay.max_word_limit = (guint) get_int (essay, "max_word_limit");
  question->essay.attachments = (int) get_int (essay, "attachments");
  question->essay.attachments_required = (guint) get_int (essay, "attachments_required");
  question->essay.max_bytes = get_int (essay, "max_bytes");
  question->essay.file_types_list = dup_string (essay, "file_types_list");
  read_text (reader, essay, "grader_info", "graderinfo", &question->essay.grader_info);
  read_text (reader, essay, "response_template", "responsetemplate",
             &question->essay.response_template);
}

static gboolean
damaged (GError    **error,
         const char *what)
{
  /* json-glib's messages may quote the damaged bytes themselves. */
  g_autofree char *valid = g_utf8_make_valid (what, -1);

  g_set_error (error, SC_ERROR, SC_ERROR_CORRUPT,
               _("A stored question cannot be read (%s). Import its bank again from the original file."),
               valid);

  return FALSE;
}

static gboolean
answers_sound (GPtrArray *answers)
{
  for (guint i = 0; i < answers->len; i++)
    {
      const ScQuestionAnswer *answer = g_ptr_array_index (answers, i);

      /* 0 for rows written before the member was. */
      if ((int) answer->tolerance_type < 0 || (int) answer->tolerance_type > SC_TOLERANCE_GEOMETRIC)
        return FALSE;
    }

  return TRUE;
}

/* Whether the numbers that stand for something are ones the model has:
 * the rest of the app trusts them (a type names a string in a table, a
 * cloze part's offsets cut the stem). */
static gboolean
is_sound (const ScQuestion  *question,
          const char       **why)
{
  gsize stem_length = question->stem.source != NULL ? strlen (question->stem.source) : 0;
  gsize previous_end = 0;

  *why = "a value out of range";
  if (!answers_sound (question->answers))
    return FALSE;

  for (guint i = 0; i < question->cloze_parts->len; i++)
    {
      const ScClozePart *part = g_ptr_array_index (question->cloze_parts, i);

      if ((guint) part->type > SC_CLOZE_MULTIRESPONSE_HS || !answers_sound (part->answers))
        return FALSE;
      if (part->start < previous_end || part->end < part->start || part->end > stem_length)
        {
          *why = "a cloze part outside the question text";
          return FALSE;
        }
      previous_end = part->end;
    }

  return (guint) question->ordering.layout <= SC_ORDERING_LAYOUT_HORIZONTAL &&
         (guint) question->ordering.select_type <= SC_ORDERING_SELECT_CONTIGUOUS &&
         (int) question->ordering.grading_type >= SC_ORDERING_GRADING_ALL_OR_NOTHING &&
         (int) question->ordering.grading_type <= SC_ORDERING_GRADING_RELATIVE_TO_CORRECT;
}

/**
 * sc_question_bank_from_json:
 * @find_file: (nullable): gives the bytes of each file the JSON names
 *
 * Returns: (transfer full) (nullable): the question saved as @json
 */
ScQuestion *
sc_question_bank_from_json (const char              *json,
                            ScQuestionBankFindFile   find_file,
                            gpointer                 user_data,
                            GError                 **error)
{
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(ScQuestion) question = NULL;
  g_autofree char *type_name = NULL;
  Reader reader = { find_file, user_data, NULL };
  const char *why = NULL;
  JsonObject *root;
  JsonArray *category;
  ScQuestionType type;

  g_return_val_if_fail (json != NULL, NULL);

  node = sc_json_parse (json, &why);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      damaged (error, node == NULL ? why : "not an object");
      return NULL;
    }
  root = json_node_get_object (node);

  type_name = dup_string (root, "type");
  if (get_int (root, "v") != SC_QUESTION_BANK_JSON_VERSION)
    {
      damaged (error, "unknown version");
      return NULL;
    }
  if (!sc_question_type_from_string (type_name, &type))
    {
      damaged (error, "unknown type");
      return NULL;
    }

  question = sc_question_new (type);
  question->plugin = dup_string (root, "plugin");
  question->name = dup_string (root, "name");
  question->idnumber = dup_string (root, "idnumber");
  category = get_array (root, "category");
  if (category != NULL)
    {
      question->category = g_new0 (char *, json_array_get_length (category) + 1);
      for (guint i = 0; i < json_array_get_length (category); i++)
        {
          JsonNode *component = json_array_get_element (category, i);

          /* A hole would end the list early and lose what follows. */
          if (json_node_get_value_type (component) != G_TYPE_STRING)
            {
              damaged (error, "a category that is not a list of names");
              return NULL;
            }
          question->category[i] = g_strdup (json_node_get_string (component));
        }
    }
  read_text (&reader, root, "stem", "questiontext", &question->stem);
  read_text (&reader, root, "general_feedback", "generalfeedback", &question->general_feedback);
  read_text (&reader, root, "correct_feedback", "correctfeedback", &question->correct_feedback);
  read_text (&reader, root, "partially_correct_feedback", "partiallycorrectfeedback",
             &question->partially_correct_feedback);
  read_text (&reader, root, "incorrect_feedback", "incorrectfeedback",
             &question->incorrect_feedback);
  question->show_num_correct = get_bool (root, "show_num_correct");
  question->default_mark = get_double (root, "default_mark", question->default_mark);
  question->penalty = get_double (root, "penalty", question->penalty);
  question->hidden = get_bool (root, "hidden");
  read_lists (&reader, root, question);
  question->shuffle = get_bool (root, "shuffle");
  question->answer_numbering = dup_string (root, "answer_numbering");
  question->show_standard_instruction = get_bool (root, "show_standard_instruction");
  question->case_sensitive = get_bool (root, "case_sensitive");
  read_options (&reader, root, question);

  if (reader.missing != NULL)
    {
      g_autofree char *what = g_strdup_printf ("a file of %s is missing", reader.missing);

      damaged (error, what);
      return NULL;
    }
  if (!is_sound (question, &why))
    {
      damaged (error, why);
      return NULL;
    }

  return g_steal_pointer (&question);
}
