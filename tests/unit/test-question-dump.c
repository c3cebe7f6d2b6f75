/* test-question-dump.c - the canonical dump is the text json-glib writes for the questions' JSON tree
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * sc_question_dump () writes its text directly, without building the
 * tree; sc_question_dump_question () still builds each question's tree.
 * For every question bank the tests and fuzz targets keep, and for texts
 * holding every character json-glib escapes, the dump must be exactly
 * what json-glib's pretty generator makes of those trees.
 */
#include "config.h"

#include <string.h>

#include "sc-gift-reader.h"
#include "sc-moodle-xml-reader.h"
#include "sc-question-dump.h"

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  return sc_question_dump_compare (*(const ScQuestion * const *) a,
                                   *(const ScQuestion * const *) b);
}

/* The dump as it was made before: the tree, then json-glib's text. */
static char *
dump_through_tree (GPtrArray *questions)
{
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;

  for (guint i = 0; i < questions->len; i++)
    g_ptr_array_add (sorted, g_ptr_array_index (questions, i));
  g_ptr_array_sort (sorted, compare_entries);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "questions");
  json_builder_begin_array (builder);
  for (guint i = 0; i < sorted->len; i++)
    json_builder_add_value (builder, sc_question_dump_question (g_ptr_array_index (sorted, i)));
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, NULL);

  return g_strconcat (text, "\n", NULL);
}

static void
assert_same_dump (GPtrArray  *questions,
                  const char *what)
{
  g_autofree char *direct = sc_question_dump (questions);
  g_autofree char *through_tree = dump_through_tree (questions);

  if (g_strcmp0 (direct, through_tree) != 0)
    g_test_message ("%s dumps differently", what);
  g_assert_cmpstr (direct, ==, through_tree);
}

static guint
dump_folder (const char *folder)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, folder, NULL);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;
  guint n_banks = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (path, name, NULL);
      g_autofree char *data = NULL;
      gsize size;

      if (!g_file_get_contents (file, &data, &size, NULL))
        continue;

      for (guint reader = 0; reader < 2; reader++)
        {
          g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
          g_autoptr(GPtrArray) questions = NULL;
          g_autoptr(GError) error = NULL;

          questions = reader == 0
                      ? sc_gift_read_memory (data, size, name, SC_GIFT_READ_DEFAULT, problems, &error)
                      : sc_moodle_xml_read_memory (data, size, name, SC_MOODLE_XML_READ_DEFAULT,
                                                   problems, &error);
          if (questions == NULL)
            continue;
          assert_same_dump (questions, file);
          n_banks++;
        }
    }

  return n_banks;
}

static void
test_dump_banks (void)
{
  const char *folders[] = {
    "data/questions/gift", "data/questions/moodle", "fuzz/corpus/gift", "fuzz/corpus/moodle-xml",
    "fuzz/regressions/gift", "fuzz/regressions/moodle-xml",
  };
  guint n_banks = 0;

  for (guint i = 0; i < G_N_ELEMENTS (folders); i++)
    n_banks += dump_folder (folders[i]);

  g_assert_cmpuint (n_banks, >=, 20);
}

static void
test_dump_escapes (void)
{
  g_autoptr(GPtrArray) questions = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_question_free);
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  GString *every = g_string_new (NULL);
  ScQuestion *question;

  for (int c = 1; c < 0x80; c++)
    g_string_append_c (every, (char) c);
  g_string_append (every, "é\xe2\x80\xa8\xf0\x9f\x98\x80");

  question = sc_question_new (SC_QUESTION_SHORT_ANSWER);
  question->name = g_strdup (every->str);
  question->idnumber = g_strdup ("\"quoted\" \\ /");
  question->stem.source = g_strdup (every->str);
  g_ptr_array_add (question->tags, g_strdup (every->str));
  g_ptr_array_add (question->tags, g_strdup (""));
  g_ptr_array_add (questions, question);

  /* Empty lists and empty objects (a true/false question's options). */
  question = sc_question_new (SC_QUESTION_TRUE_FALSE);
  question->default_mark = -0.0;
  question->penalty = 1e300;
  g_ptr_array_add (questions, question);

  assert_same_dump (questions, "every character");
  assert_same_dump (none, "no questions");
  g_string_free (every, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/question-dump/banks", test_dump_banks);
  g_test_add_func ("/question-dump/escapes", test_dump_escapes);

  return g_test_run ();
}
