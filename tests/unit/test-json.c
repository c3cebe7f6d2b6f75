/* test-json.c - stored JSON is read strictly before json-glib sees it
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "sc-json.h"

static void
test_json_accepts (void)
{
  static const char * const good[] = {
    "{}", "[]", " \t\r\n{ } \n", "[1, -0, 0.5, -12e3, 4E+2, 1.25e-7]",
    "{\"a\":{\"b\":[true,false,null,\"x\"]}}",
    "[\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t\"]",
    "[\"caf\\u00e9 \\ud83d\\ude00 café 😀\"]",
    "\"a string alone\"", "42",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(JsonNode) node = NULL;
      const char *why = NULL;

      node = sc_json_parse (good[i], &why);
      g_test_message ("%s", good[i]);
      g_assert_nonnull (node);
    }
}

static void
test_json_refuses (void)
{
  static const struct { const char *text; const char *why; } bad[] = {
    { "{\"a\":1}{\"a\":2}", "not JSON" },          /* json-glib gives the second */
    { "{\"a\":1} 1", "not JSON" },
    { "{\"a\":\"\\315\\277\"}", "not JSON" },      /* GScanner's octal escapes */
    { "[\"\\ud800\"]", "not JSON" },               /* a lone high surrogate */
    { "[\"\\udc00\"]", "not JSON" },               /* a lone low surrogate */
    { "[\"\\u0000\"]", "not JSON" },               /* would cut the string */
    { "[\"\\x41\"]", "not JSON" },
    { "[\"a\tb\"]", "not JSON" },                  /* a raw control character */
    { "[\"\xff\"]", "not UTF-8" },
    { "{/{{/}{}}", "not JSON" },                    /* json-glib leaks its parts */
    { "[01]", "not JSON" }, { "[1.]", "not JSON" }, { "[.5]", "not JSON" },
    { "[+1]", "not JSON" }, { "[1e]", "not JSON" }, { "[nan]", "not JSON" },
    { "['a']", "not JSON" }, { "[1,]", "not JSON" }, { "{\"a\" 1}", "not JSON" },
    { "{a:1}", "not JSON" }, { "[1] // note", "not JSON" }, { "[tru]", "not JSON" },
    { "", "not JSON" }, { "   ", "not JSON" }, { "{", "not JSON" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(JsonNode) node = NULL;
      const char *why = NULL;

      node = sc_json_parse (bad[i].text, &why);
      g_test_message ("%s", bad[i].text);
      g_assert_null (node);
      g_assert_cmpstr (why, ==, bad[i].why);
    }

  g_assert_null (sc_json_parse (NULL, NULL));
}

/* Deep enough for what is stored, not for a stack-eating nest. */
static void
test_json_depth (void)
{
  g_autoptr(GString) deep = g_string_new (NULL);
  g_autoptr(JsonNode) ok = NULL;
  g_autoptr(JsonNode) too_deep = NULL;

  for (int i = 0; i < 64; i++)
    g_string_append_c (deep, '[');
  for (int i = 0; i < 64; i++)
    g_string_append_c (deep, ']');
  ok = sc_json_parse (deep->str, NULL);
  g_assert_nonnull (ok);

  g_string_prepend_c (deep, '[');
  g_string_append_c (deep, ']');
  too_deep = sc_json_parse (deep->str, NULL);
  g_assert_null (too_deep);
}

/* What json-glib writes reads back. */
static void
test_json_generated (void)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonNode) again = NULL;
  g_autofree char *text = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, "tab\t, newline\n, quote \", backslash \\, \x01, é, 😀");
  json_builder_set_member_name (builder, "numbers");
  json_builder_begin_array (builder);
  json_builder_add_double_value (builder, 0.1);
  json_builder_add_double_value (builder, -1e300);
  json_builder_add_int_value (builder, G_MININT64);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, NULL);

  again = sc_json_parse (text, NULL);
  g_assert_nonnull (again);
  g_assert_true (json_node_equal (root, again));
}

static void
test_json_strings (void)
{
  g_autoptr(GPtrArray) strings = sc_json_dup_strings ("[\"S\", 1, null, \"M\", [\"x\"], \"L\"]");
  g_autoptr(GPtrArray) damaged = sc_json_dup_strings ("[\"S\"][\"M\"]");
  g_autoptr(GPtrArray) none = sc_json_dup_strings (NULL);
  g_autoptr(GPtrArray) object = sc_json_dup_strings ("{\"a\":\"b\"}");

  g_assert_cmpuint (strings->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (strings, 0), ==, "S");
  g_assert_cmpstr (g_ptr_array_index (strings, 1), ==, "M");
  g_assert_cmpstr (g_ptr_array_index (strings, 2), ==, "L");
  g_assert_cmpuint (damaged->len, ==, 0);
  g_assert_cmpuint (none->len, ==, 0);
  g_assert_cmpuint (object->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json/accepts", test_json_accepts);
  g_test_add_func ("/json/refuses", test_json_refuses);
  g_test_add_func ("/json/depth", test_json_depth);
  g_test_add_func ("/json/generated", test_json_generated);
  g_test_add_func ("/json/strings", test_json_strings);

  return g_test_run ();
}
