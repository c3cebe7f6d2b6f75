/* sc-json.c - JSON read back from the database, checked before json-glib sees it
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shopcraft keeps JSON in its database (statements, stored questions,
 * a run's option lists) and writes all of it with json-glib. What it
 * reads back may still be anything: a database copied from elsewhere,
 * edited by hand, or damaged. json-glib 1.6 reads more than JSON and is
 * careless with what it refuses:
 *
 * - "{…}{…}" or "{…} 1" is read as one root replaced by the next: the
 *   second is returned and the first leaked;
 * - GScanner's escapes ("\315", a lone "\ud800") become bytes that are
 *   not UTF-8, in strings the rest of the app shows;
 * - some broken values ("{/{{/}{}}") are refused with their parts leaked.
 *
 * (All found by the question-json fuzz target.) So the text is first read
 * against JSON's own grammar (RFC 8259), strictly and without building
 * anything, and only text that passes goes to json-glib. Everything
 * json-glib writes passes.
 */
#include "config.h"

#include <string.h>

#include "sc-json.h"

/* The four hex digits of a \u escape at @p, or -1. */
static int
hex4 (const char *p)
{
  int value = 0;

  for (int i = 0; i < 4; i++)
    {
      int digit = g_ascii_xdigit_value (p[i]);

      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }

  return value;
}

/* The escape at @p (just after its backslash) as JSON writes them; moves
 * @p to its last character. */
static gboolean
is_json_escape (const char **p)
{
  int unit;
  int low;

  if (strchr ("\"\\/bfnrt", **p) != NULL && **p != '\0')
    return TRUE;
  if (**p != 'u' || (unit = hex4 (*p + 1)) <= 0 || (unit >= 0xdc00 && unit <= 0xdfff))
    return FALSE;  /* \u0000 would cut the string; a low surrogate alone */
  *p += 4;
  if (unit < 0xd800 || unit > 0xdbff)
    return TRUE;

  /* A high surrogate: its low half must follow. */
  if ((*p)[1] != '\\' || (*p)[2] != 'u' || (low = hex4 (*p + 3)) < 0xdc00 || low > 0xdfff)
    return FALSE;
  *p += 6;

  return TRUE;
}

/* Deep enough for anything Shopcraft stores (a question is 5 levels). */
#define JSON_MAX_DEPTH 64

static gboolean json_value (const char **p, guint depth);

static void
json_space (const char **p)
{
  while (**p == ' ' || **p == '\t' || **p == '\n' || **p == '\r')
    (*p)++;
}

static gboolean
json_string (const char **p)
{
  if (**p != '"')
    return FALSE;

  for ((*p)++; **p != '"'; (*p)++)
    {
      if ((guchar) **p < 0x20)
        return FALSE;  /* the end of the text, or a raw control character */
      if (**p == '\\')
        {
          (*p)++;
          if (!is_json_escape (p))
            return FALSE;
        }
    }
  (*p)++;

  return TRUE;
}

static gboolean
json_digits (const char **p)
{
  if (!g_ascii_isdigit (**p))
    return FALSE;
  while (g_ascii_isdigit (**p))
    (*p)++;

  return TRUE;
}

static gboolean
json_number (const char **p)
{
  if (**p == '-')
    (*p)++;
  if (**p == '0')
    (*p)++;
  else if (!json_digits (p))
    return FALSE;
  if (**p == '.')
    {
      (*p)++;
      if (!json_digits (p))
        return FALSE;
    }
  if (**p == 'e' || **p == 'E')
    {
      (*p)++;
      if (**p == '+' || **p == '-')
        (*p)++;
      if (!json_digits (p))
        return FALSE;
    }

  return TRUE;
}

/* An object or an array, from its opening bracket. */
static gboolean
json_container (const char **p,
                guint        depth)
{
  gboolean object = **p == '{';
  char close = object ? '}' : ']';

  if (depth >= JSON_MAX_DEPTH)
    return FALSE;

  (*p)++;
  json_space (p);
  if (**p == close)
    {
      (*p)++;
      return TRUE;
    }

  for (;;)
    {
      if (object)
        {
          if (!json_string (p))
            return FALSE;
          json_space (p);
          if (**p != ':')
            return FALSE;
          (*p)++;
        }
      if (!json_value (p, depth + 1))
        return FALSE;
      if (**p == close)
        {
          (*p)++;
          return TRUE;
        }
      if (**p != ',')
        return FALSE;
      (*p)++;
      json_space (p);
    }
}

/* A value with the white space around it. */
static gboolean
json_value (const char **p,
            guint        depth)
{
  gboolean ok;

  json_space (p);
  if (**p == '{' || **p == '[')
    ok = json_container (p, depth);
  else if (**p == '"')
    ok = json_string (p);
  else if (g_str_has_prefix (*p, "true") || g_str_has_prefix (*p, "null"))
    ok = (*p += 4, TRUE);
  else if (g_str_has_prefix (*p, "false"))
    ok = (*p += 5, TRUE);
  else
    ok = json_number (p);
  json_space (p);

  return ok;
}

/**
 * sc_json_parse:
 * @text: (nullable): JSON as stored
 * @why: (out) (optional) (transfer none): when %NULL is returned, what is
 *   wrong, in a few English words for a log or an error's detail
 *
 * Returns: (transfer full) (nullable): the value @text holds, or %NULL
 *   when it is not exactly one JSON value
 */
JsonNode *
sc_json_parse (const char  *text,
               const char **why)
{
  const char *p = text;
  const char *unused;
  JsonNode *node;

  if (why == NULL)
    why = &unused;

  if (text == NULL)
    {
      *why = "nothing stored";
      return NULL;
    }
  if (!g_utf8_validate (text, -1, NULL))
    {
      *why = "not UTF-8";
      return NULL;
    }
  if (!json_value (&p, 0) || *p != '\0')
    {
      *why = "not JSON";
      return NULL;
    }

  node = json_from_string (text, NULL);
  if (node == NULL)
    *why = "not JSON";  /* not expected: what passed is JSON */

  return node;
}

/**
 * sc_json_dup_strings:
 * @text: (nullable): a JSON array of strings, as stored
 *
 * Returns: (transfer full) (element-type utf8): the strings of the array,
 *   in order, leaving out any element that is not a string; empty when
 *   @text is not a JSON array
 */
GPtrArray *
sc_json_dup_strings (const char *text)
{
  g_autoptr(JsonNode) root = sc_json_parse (text, NULL);
  GPtrArray *strings = g_ptr_array_new_with_free_func (g_free);

  if (root != NULL && JSON_NODE_HOLDS_ARRAY (root))
    sc_json_array_add_strings (json_node_get_array (root), strings);

  return strings;
}

/**
 * sc_json_array_add_strings:
 * @array: (nullable): a JSON array
 * @strings: (element-type utf8): where to add them
 *
 * Adds a copy of each string of @array to @strings, in order, leaving out
 * any element that is not a string (a damaged row's): what is added is
 * never %NULL.
 */
void
sc_json_array_add_strings (JsonArray *array,
                           GPtrArray *strings)
{
  g_return_if_fail (strings != NULL);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
        g_ptr_array_add (strings, g_strdup (json_node_get_string (node)));
    }
}
