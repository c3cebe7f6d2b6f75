/* sc-attempt-response.c - answers and layouts as stored JSON, and answers in xAPI's interaction format
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * responses.response holds an ScResponse as JSON, with only the members
 * that are set: {"choices": [1, 3]}, {"text": "Paris"}, {"pairs": [2, -1,
 * 0]} (-1: no answer picked), {"order": [2, 0, 1]}, {"parts": [null,
 * {"text": "4"}]} for a cloze question, plus "decimal_separator": ","
 * where the learner's locale writes one. Indices are the question's own.
 *
 * attempt_slots.layout holds the orders fixed at the start:
 * {"choices": […], "stems": […], "items": […], "parts": [null, […]]}.
 *
 * result.response of a statement uses xAPI's interaction formats, with
 * choice, item and stem ids that are the 1-based positions of the answers
 * (or subquestions) in the question as imported:
 *
 *   choice       "1[,]3"         true-false  "true"
 *   fill-in      the text        numeric     the text as typed
 *   matching     "1[.]2[,]2[.]1" (stem[.]answer)
 *   sequencing   "3[,]1[,]2"     long-fill-in (essay) the text
 *   other        a cloze question's parts joined by "[,]", each as its
 *                type would be (several choices of one part joined "+")
 */
#include "config.h"

#include <string.h>

#include "sc-attempt-private.h"
#include "sc-json.h"

/* Indices above this in stored JSON are damage, not answers. */
#define MAX_INDEX 100000

static void
add_uints (JsonBuilder  *builder,
           const char   *name,
           const GArray *array,
           gboolean      none_as_minus_one)
{
  if (array == NULL || array->len == 0)
    return;

  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; i < array->len; i++)
    {
      guint value = g_array_index ((GArray *) array, guint, i);

      json_builder_add_int_value (builder, none_as_minus_one && value == SC_RESPONSE_NONE
                                           ? -1 : (gint64) value);
    }
  json_builder_end_array (builder);
}

static void
build_response (JsonBuilder      *builder,
                const ScResponse *response)
{
  json_builder_begin_object (builder);
  add_uints (builder, "choices", response->choices, FALSE);
  if (response->text != NULL)
    {
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, response->text);
    }
  add_uints (builder, "pairs", response->pairs, TRUE);
  add_uints (builder, "order", response->order, FALSE);
  if (response->parts->len > 0)
    {
      json_builder_set_member_name (builder, "parts");
      json_builder_begin_array (builder);
      for (guint i = 0; i < response->parts->len; i++)
        {
          const ScResponse *part = g_ptr_array_index (response->parts, i);

          if (part == NULL)
            json_builder_add_null_value (builder);
          else
            build_response (builder, part);
        }
      json_builder_end_array (builder);
    }
  if (response->decimal_separator != 0 && response->decimal_separator != '.')
    {
      char separator[2] = { response->decimal_separator, '\0' };

      json_builder_set_member_name (builder, "decimal_separator");
      json_builder_add_string_value (builder, separator);
    }
  json_builder_end_object (builder);
}

static char *
builder_to_string (JsonBuilder *builder)
{
  g_autoptr(JsonNode) root = json_builder_get_root (builder);

  return json_to_string (root, FALSE);
}

/**
 * sc_attempt_response_to_json:
 *
 * Returns: (transfer full): @response as responses.response holds it
 */
char *
sc_attempt_response_to_json (const ScResponse *response)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  build_response (builder, response);

  return builder_to_string (builder);
}

static void
read_uints (JsonObject *object,
            const char *name,
            GArray     *into)
{
  JsonNode *node = object != NULL && json_object_has_member (object, name)
                   ? json_object_get_member (object, name) : NULL;
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return;

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gint64 value = json_array_get_int_element (array, i);
      guint index = value < 0 || value > MAX_INDEX ? SC_RESPONSE_NONE : (guint) value;

      g_array_append_val (into, index);
    }
}

static ScResponse *
read_response (JsonObject *object)
{
  ScResponse *response = sc_response_new ();
  JsonNode *parts = json_object_has_member (object, "parts")
                    ? json_object_get_member (object, "parts") : NULL;
  JsonNode *text = json_object_has_member (object, "text")
                   ? json_object_get_member (object, "text") : NULL;
  JsonNode *separator = json_object_has_member (object, "decimal_separator")
                        ? json_object_get_member (object, "decimal_separator") : NULL;

  read_uints (object, "choices", response->choices);
  if (text != NULL && JSON_NODE_HOLDS_VALUE (text) && json_node_get_value_type (text) == G_TYPE_STRING)
    response->text = g_strdup (json_node_get_string (text));
  read_uints (object, "pairs", response->pairs);
  read_uints (object, "order", response->order);
  for (guint i = 0; parts != NULL && JSON_NODE_HOLDS_ARRAY (parts) &&
                    i < json_array_get_length (json_node_get_array (parts)); i++)
    {
      JsonNode *part = json_array_get_element (json_node_get_array (parts), i);

      g_ptr_array_add (response->parts, JSON_NODE_HOLDS_OBJECT (part)
                                        ? read_response (json_node_get_object (part)) : NULL);
    }
  if (separator != NULL && JSON_NODE_HOLDS_VALUE (separator) &&
      json_node_get_value_type (separator) == G_TYPE_STRING)
    response->decimal_separator = json_node_get_string (separator)[0];

  return response;
}

/**
 * sc_attempt_response_from_json:
 *
 * Returns: (transfer full) (nullable): the response, %NULL when @json is
 *   %NULL or not an object
 */
ScResponse *
sc_attempt_response_from_json (const char *json)
{
  g_autoptr(JsonNode) root = json != NULL ? sc_json_parse (json, NULL) : NULL;

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return NULL;

  return read_response (json_node_get_object (root));
}

char *
sc_attempt_layout_to_json (const ScAttemptSlot *slot)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  add_uints (builder, "choices", slot->choices, FALSE);
  add_uints (builder, "stems", slot->stems, FALSE);
  add_uints (builder, "items", slot->items, FALSE);
  if (slot->part_choices != NULL)
    {
      json_builder_set_member_name (builder, "parts");
      json_builder_begin_array (builder);
      for (guint i = 0; i < slot->part_choices->len; i++)
        {
          GArray *order = g_ptr_array_index (slot->part_choices, i);

          if (order == NULL)
            {
              json_builder_add_null_value (builder);
              continue;
            }
          json_builder_begin_array (builder);
          for (guint j = 0; j < order->len; j++)
            json_builder_add_int_value (builder, g_array_index (order, guint, j));
          json_builder_end_array (builder);
        }
      json_builder_end_array (builder);
    }
  json_builder_end_object (builder);

  return builder_to_string (builder);
}

static GArray *
read_order (JsonObject *object,
            const char *name)
{
  GArray *order;

  if (object == NULL || !json_object_has_member (object, name))
    return NULL;

  order = g_array_new (FALSE, FALSE, sizeof (guint));
  read_uints (object, name, order);

  return order;
}

void
sc_attempt_layout_from_json (ScAttemptSlot *slot,
                             const char    *json)
{
  g_autoptr(JsonNode) root = json != NULL ? sc_json_parse (json, NULL) : NULL;
  JsonObject *object = root != NULL && JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL;
  JsonNode *parts;

  slot->choices = read_order (object, "choices");
  slot->stems = read_order (object, "stems");
  slot->items = read_order (object, "items");

  parts = object != NULL && json_object_has_member (object, "parts")
          ? json_object_get_member (object, "parts") : NULL;
  if (parts == NULL || !JSON_NODE_HOLDS_ARRAY (parts))
    return;

  slot->part_choices = g_ptr_array_new_with_free_func (sc_attempt_part_order_free);
  for (guint i = 0; i < json_array_get_length (json_node_get_array (parts)); i++)
    {
      JsonNode *node = json_array_get_element (json_node_get_array (parts), i);
      GArray *order = NULL;

      if (JSON_NODE_HOLDS_ARRAY (node))
        {
          JsonArray *array = json_node_get_array (node);

          order = g_array_new (FALSE, FALSE, sizeof (guint));
          for (guint j = 0; j < json_array_get_length (array); j++)
            {
              guint index = (guint) CLAMP (json_array_get_int_element (array, j), 0, MAX_INDEX);

              g_array_append_val (order, index);
            }
        }
      g_ptr_array_add (slot->part_choices, order);
    }
}

/* xAPI */

const char *
sc_attempt_interaction_type (const ScQuestion *question)
{
  switch (question->type)
    {
    case SC_QUESTION_SINGLE_CHOICE:
    case SC_QUESTION_MULTIPLE_RESPONSE:
      return "choice";
    case SC_QUESTION_TRUE_FALSE:
      return "true-false";
    case SC_QUESTION_SHORT_ANSWER:
      return "fill-in";
    case SC_QUESTION_NUMERICAL:
      return "numeric";
    case SC_QUESTION_MATCHING:
      return "matching";
    case SC_QUESTION_ORDERING:
      return "sequencing";
    case SC_QUESTION_ESSAY:
      return "long-fill-in";
    case SC_QUESTION_CLOZE:
    case SC_QUESTION_DESCRIPTION:
    case SC_QUESTION_UNSUPPORTED:
    default:
      return "other";
    }
}

static void
append_ids (GString      *out,
            const GArray *indices,
            const char   *separator)
{
  for (guint i = 0; i < indices->len; i++)
    g_string_append_printf (out, "%s%u", i > 0 ? separator : "",
                            g_array_index ((GArray *) indices, guint, i) + 1);
}

static gboolean
is_choice_part (ScClozeType type)
{
  return type != SC_CLOZE_SHORTANSWER && type != SC_CLOZE_SHORTANSWER_C &&
         type != SC_CLOZE_NUMERICAL;
}

static void
append_true_false (GString          *out,
                   const ScQuestion *question,
                   const ScResponse *response)
{
  guint index;
  const ScQuestionAnswer *answer;
  g_autofree char *source = NULL;
  g_autofree char *text = NULL;

  if (response->choices->len == 0)
    return;

  index = g_array_index (response->choices, guint, 0);
  answer = index < question->answers->len ? g_ptr_array_index (question->answers, index) : NULL;
  if (answer != NULL && answer->text.source != NULL)
    {
      source = g_strstrip (g_strdup (answer->text.source));
      text = g_ascii_strdown (source, -1);
    }

  if (g_strcmp0 (text, "true") == 0 || g_strcmp0 (text, "false") == 0)
    g_string_append (out, text);
  else
    g_string_append_printf (out, "%u", index + 1);
}

/**
 * sc_attempt_response_to_xapi:
 *
 * Returns: (transfer full): @response as result.response
 */
char *
sc_attempt_response_to_xapi (const ScQuestion *question,
                             const ScResponse *response)
{
  GString *out = g_string_new (NULL);
  gboolean first = TRUE;

  if (response == NULL)
    return g_string_free (out, FALSE);

  switch (question->type)
    {
    case SC_QUESTION_SINGLE_CHOICE:
    case SC_QUESTION_MULTIPLE_RESPONSE:
      append_ids (out, response->choices, "[,]");
      break;

    case SC_QUESTION_TRUE_FALSE:
      append_true_false (out, question, response);
      break;

    case SC_QUESTION_MATCHING:
      for (guint i = 0; i < response->pairs->len; i++)
        {
          guint chosen = g_array_index (response->pairs, guint, i);

          if (chosen == SC_RESPONSE_NONE)
            continue;
          g_string_append_printf (out, "%s%u[.]%u", first ? "" : "[,]", i + 1, chosen + 1);
          first = FALSE;
        }
      break;

    case SC_QUESTION_ORDERING:
      append_ids (out, response->order, "[,]");
      break;

    case SC_QUESTION_CLOZE:
      for (guint i = 0; i < question->cloze_parts->len; i++)
        {
          const ScClozePart *part = g_ptr_array_index (question->cloze_parts, i);
          const ScResponse *answer = i < response->parts->len ? g_ptr_array_index (response->parts, i) : NULL;

          if (i > 0)
            g_string_append (out, "[,]");
          if (answer == NULL)
            continue;
          if (is_choice_part (part->type))
            append_ids (out, answer->choices, "+");
          else if (answer->text != NULL)
            g_string_append (out, answer->text);
        }
      break;

    case SC_QUESTION_SHORT_ANSWER:
    case SC_QUESTION_NUMERICAL:
    case SC_QUESTION_ESSAY:
    case SC_QUESTION_DESCRIPTION:
    case SC_QUESTION_UNSUPPORTED:
    default:
      if (response->text != NULL)
        g_string_append (out, response->text);
      break;
    }

  return g_string_free (out, FALSE);
}
