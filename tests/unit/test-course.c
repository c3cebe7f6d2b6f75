/* test-course.c - the course model, read from the example course in docs/
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <libxml/xmlschemastypes.h>

#include "sc-content-xml.h"
#include "sc-course-index.h"
#include "sc-course-problems.h"
#include "sc-course-reader-private.h"
#include "sc-course-reader.h"
#include "sc-course-schema.h"
#include "sc-course-names.h"
#include "sc-course-vocabulary.h"
#include "sc-course.h"
#include "sc-error.h"
#include "sc-lesson-reader.h"

static char *
example_dir (void)
{
  const char *root = g_getenv ("SHOPCRAFT_SOURCE_ROOT");

  g_assert_nonnull (root);
  return g_build_filename (root, "docs", "example-course", NULL);
}

static ScCourse *
load_example (void)
{
  g_autofree char *dir = example_dir ();
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  ScCourse *course;

  course = sc_course_load (dir, problems, &error);
  lines = sc_course_problems_to_strv (problems);
  for (guint i = 0; lines[i] != NULL; i++)
    g_test_message ("unexpected problem: %s", lines[i]);
  g_assert_cmpuint (g_strv_length (lines), ==, 0);
  g_assert_no_error (error);
  g_assert_nonnull (course);

  return course;
}

static const char *
hash_of (ScCourse *course)
{
  char *hash = sc_course_index_dup_hash (course);

  /* Kept with the course, freed with it. */
  g_object_set_data_full (G_OBJECT (course), "test-hash", hash, g_free);
  return hash;
}

/* The reader's helper threads are kept from one load to the next. A
 * process forked after a load (the crash tests do this) has none of
 * them, and its loads must still finish, with the same course. */
static void
test_course_helpers_after_fork (void)
{
  g_autoptr(ScCourse) course = load_example ();
  int status = 0;
  pid_t pid;

  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(ScCourse) again = load_example ();

      g_assert_cmpstr (hash_of (again), ==, hash_of (course));
    }

  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      /* A load that waits for threads that are not there never ends. */
      alarm (20);
      for (guint i = 0; i < 3; i++)
        {
          g_autoptr(ScCourse) in_child = load_example ();

          if (g_strcmp0 (hash_of (in_child), hash_of (course)) != 0)
            _exit (2);
        }
      _exit (0);
    }

  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
}

static ScRichBlock *
child (ScRichBlock *block,
       guint        index)
{
  g_assert_cmpuint (index, <, block->children->len);
  return g_ptr_array_index (block->children, index);
}

static ScRichRun *
run (ScRichBlock *block,
     guint        index)
{
  g_assert_cmpuint (index, <, block->runs->len);
  return g_ptr_array_index (block->runs, index);
}

static char *
runs_text (ScRichBlock *block)
{
  return sc_rich_block_get_run_text (block);
}

/* The folder, each file through the structural pass and the RELAX NG
 * schema on its own: the example in the documentation must stay valid. */
static void
test_course_example_passes_both_checks (void)
{
  static const struct {
    const char       *file;
    ScCourseFileKind  kind;
  } files[] = {
    { "course.xml", SC_COURSE_FILE_COURSE },
    { "glossary.xml", SC_COURSE_FILE_GLOSSARY },
    { "lessons/01-titles.xml", SC_COURSE_FILE_LESSON },
    { "lessons/02-pricing.xml", SC_COURSE_FILE_LESSON },
    { "lessons/03-packing.xml", SC_COURSE_FILE_LESSON },
  };
  g_autofree char *dir = example_dir ();
  g_autoptr(ScCourseSchema) schema = sc_course_schema_new ();
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_build_filename (dir, files[i].file, NULL);
      g_autofree char *contents = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(xmlDoc) doc = NULL;
      gsize length = 0;

      g_file_get_contents (path, &contents, &length, &error);
      g_assert_no_error (error);
      doc = sc_content_parse (contents, length, files[i].file, problems);
      g_assert_nonnull (doc);
      g_assert_true (sc_course_vocabulary_check (doc, files[i].kind, files[i].file, problems));
      g_assert_true (sc_course_schema_validate (schema, doc, files[i].file, problems));
    }

  g_assert_cmpuint (sc_course_problems_get_len (problems), ==, 0);
}

/* A lesson the schema refuses: a <para> where a block belongs. */
static const char bad_lesson[] =
  "<?xml version=\"1.0\"?>\n"
  "<lesson id=\"l\" minutes=\"5\" objectives=\"write-title\">\n"
  "  <title>L</title>\n"
  "  <section id=\"s\"><heading>S</heading><para>x</para></section>\n"
  "</lesson>\n";

/* What one validation of @text said, problems and result. */
static char *
schema_says (ScCourseSchema *schema,
             const char     *text)
{
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(xmlDoc) doc = sc_content_parse (text, strlen (text), "lessons/l.xml", problems);
  GString *said = g_string_new (NULL);

  g_assert_nonnull (doc);
  g_string_append (said, sc_course_schema_validate (schema, doc, "lessons/l.xml", problems)
                         ? "valid\n" : "invalid\n");
  for (guint i = 0; i < sc_course_problems_get_len (problems); i++)
    {
      g_autofree char *line = sc_course_problem_to_string (sc_course_problems_get (problems, i));

      g_string_append_printf (said, "%s\n", line);
    }

  return g_string_free (said, FALSE);
}

static gpointer
validate_bad_lesson_repeatedly (gpointer data)
{
  const char *expected = data;

  for (guint i = 0; i < 20; i++)
    {
      g_autoptr(ScCourseSchema) schema = sc_course_schema_new ();
      g_autofree char *said = schema_says (schema, bad_lesson);

      if (!g_str_equal (said, expected))
        return g_steal_pointer (&said);
    }

  return NULL;
}

/* A compiled schema is kept when freed and handed to the next owner
 * (a load wants two): one that refused a file still refuses it with the
 * same words, and four threads taking and giving schemas back all the
 * time get the same answers as a fresh one. */
static void
test_course_schema_reused (void)
{
  g_autofree char *dir = example_dir ();
  g_autofree char *good_path = g_build_filename (dir, "lessons", "01-titles.xml", NULL);
  g_autofree char *good = NULL;
  g_autofree char *first = NULL;
  GThread *threads[4];
  g_autoptr(GError) error = NULL;

  g_file_get_contents (good_path, &good, NULL, &error);
  g_assert_no_error (error);

  {
    g_autoptr(ScCourseSchema) schema = sc_course_schema_new ();

    first = schema_says (schema, bad_lesson);
    g_assert_cmpstr (first, ==, "invalid\n"
                                "lessons/l.xml:4: Did not expect element para there\n"
                                "lessons/l.xml:4: Element section has extra content: para\n");
  }

  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(ScCourseSchema) schema = sc_course_schema_new ();
      g_autofree char *again = schema_says (schema, bad_lesson);
      g_autofree char *valid = schema_says (schema, good);

      g_assert_cmpstr (again, ==, first);
      g_assert_cmpstr (valid, ==, "valid\n");
    }

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("schema", validate_bad_lesson_repeatedly, first);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    {
      g_autofree char *different = g_thread_join (threads[i]);

      g_assert_cmpstr (different, ==, NULL);
    }
}

static const char bad_lesson_said[] =
  "invalid\n"
  "lessons/l.xml:4: Did not expect element para there\n"
  "lessons/l.xml:4: Element section has extra content: para\n";

static gint gate;

/* How long the second thread waits after the first: the setup races
 * only while the other thread is inside it, so each try waits longer. */
static gint64 lag_usec;

static gpointer
compile_at_the_gate (gpointer data)
{
  g_autoptr(ScCourseSchema) schema = sc_course_schema_new ();
  xmlSchemaTypePtr *token = data;
  gint64 until;

  if (g_atomic_int_add (&gate, 1) == 1)
    {
      until = g_get_monotonic_time () + lag_usec;
      while (g_get_monotonic_time () < until)
        ;
    }
  while (g_atomic_int_get (&gate) < 2)
    ;

  /* What compiling the schema looks up first, at the same moment. */
  *token = xmlSchemaGetPredefinedType ((const xmlChar *) "token",
                                       (const xmlChar *) "http://www.w3.org/2001/XMLSchema");

  return schema_says (schema, bad_lesson);
}

/* The first two schemas of a process compiled at once on two threads, as
 * a load does when the reader checks a quiz while the backstop thread
 * checks a lesson: libxml2 sets up the XML Schema datatypes the schema
 * uses the first time one is looked up, which is not safe on two threads
 * at once, so sc_course_reader_init () sets them up first. Without it,
 * one compile now and then found no type "token" and the schema did not
 * compile. Each try is a process of its own, where nothing is set up. */
static void
test_course_schema_first_on_two_threads (void)
{
  if (g_test_subprocess ())
    {
      xmlSchemaTypePtr tokens[2] = { NULL, NULL };
      GThread *threads[2];

      lag_usec = g_ascii_strtoll (g_getenv ("SC_TEST_LAG_USEC"), NULL, 10);
      sc_course_reader_init ();
      for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
        threads[i] = g_thread_new ("schema", compile_at_the_gate, &tokens[i]);
      for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
        {
          g_autofree char *said = g_thread_join (threads[i]);

          g_assert_cmpstr (said, ==, bad_lesson_said);
        }
      g_assert_nonnull (tokens[0]);
      g_assert_true (tokens[0] == tokens[1]);
      return;
    }

  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *lag = g_strdup_printf ("%u", i * 5);

      g_setenv ("SC_TEST_LAG_USEC", lag, TRUE);
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
      g_test_trap_assert_passed ();
    }
}

static void
test_course_metadata (void)
{
  g_autoptr(ScCourse) course = load_example ();
  g_autofree char *dir = example_dir ();
  g_autofree char *real_dir = g_canonicalize_filename (dir, NULL);
  g_autofree char *iri = NULL;
  g_autofree char *description = NULL;
  const char * const *authors;

  g_assert_cmpstr (sc_course_get_id (course), ==, "example-shop");
  g_assert_cmpstr (sc_course_get_title (course), ==, "Example shop: listings and first orders");
  g_assert_cmpstr (sc_course_get_version (course), ==, "1.0.0");
  g_assert_cmpstr (sc_course_get_language (course), ==, "en");
  g_assert_cmpstr (sc_course_get_license (course), ==, "CC-BY-SA-4.0");
  g_assert_cmpstr (sc_course_get_directory (course), ==, real_dir);
  authors = sc_course_get_authors (course);
  g_assert_cmpuint (g_strv_length ((GStrv) authors), ==, 1);
  g_assert_cmpstr (authors[0], ==, "The Shopcraft authors");

  description = sc_rich_text_to_plain (sc_course_get_description (course));
  g_assert_cmpstr (description, ==,
                   "A three-lesson course that uses every element of the Shopcraft course format.");

  g_assert_cmpstr (sc_course_get_iri_base (course), ==,
                   "https://example.org/shopcraft/example-shop/");
  iri = sc_course_dup_activity_iri (course, "lesson", "titles");
  g_assert_cmpstr (iri, ==, "https://example.org/shopcraft/example-shop/lesson/titles");
}

static void
test_course_structure (void)
{
  g_autoptr(ScCourse) course = load_example ();
  GPtrArray *domains = sc_course_get_domains (course);
  GPtrArray *lessons = sc_course_get_lessons (course);
  ScDomain *listings;
  ScModule *module;
  ScObjective *objective;
  ScCompetency *competency;
  g_autofree char *competency_text = NULL;

  g_assert_cmpuint (domains->len, ==, 2);
  g_assert_cmpuint (sc_course_get_n_modules (course), ==, 2);
  g_assert_cmpuint (lessons->len, ==, 3);
  g_assert_cmpuint (sc_course_get_competencies (course)->len, ==, 3);

  listings = g_ptr_array_index (domains, 0);
  g_assert_cmpstr (listings->id, ==, "listings");
  g_assert_cmpstr (listings->title, ==, "Listings");
  g_assert_cmpuint (listings->competencies->len, ==, 2);
  g_assert_cmpuint (listings->modules->len, ==, 1);

  competency = sc_course_lookup_competency (course, "listing.titles");
  g_assert_nonnull (competency);
  g_assert_cmpstr (competency->title, ==, "Write product titles");
  g_assert_cmpstr (competency->domain_id, ==, "listings");
  competency_text = sc_rich_text_to_plain (competency->description);
  g_assert_cmpstr (competency_text, ==, "Writes titles that name the product, its key attribute "
                                        "and its variant, in that order.");
  /* A competency without a description has an empty one, never NULL. */
  g_assert_true (sc_rich_text_is_empty (sc_course_lookup_competency (course, "orders.packing")->description));

  module = sc_course_lookup_module (course, "listing-basics");
  g_assert_nonnull (module);
  g_assert_cmpstr (module->domain_id, ==, "listings");
  g_assert_cmpstr (module->assessment, ==, "listing-basics-check");
  g_assert_cmpuint (module->objectives->len, ==, 2);
  g_assert_cmpuint (module->lessons->len, ==, 2);
  g_assert_null (sc_course_lookup_module (course, "first-orders")->assessment);

  objective = sc_course_lookup_objective (course, "pack-order");
  g_assert_nonnull (objective);
  g_assert_cmpstr (objective->text, ==, "Pick and pack an order by the shop’s procedure.");
  g_assert_cmpuint (g_strv_length (objective->competencies), ==, 2);
  g_assert_cmpstr (objective->competencies[1], ==, "listing.titles");

  g_assert_cmpstr (((ScLesson *) g_ptr_array_index (lessons, 0))->id, ==, "titles");
  g_assert_cmpstr (((ScLesson *) g_ptr_array_index (lessons, 2))->id, ==, "packing");
  g_assert_true (sc_course_get_lesson_module (course, g_ptr_array_index (lessons, 2)) ==
                 sc_course_lookup_module (course, "first-orders"));
}

static void
test_course_lesson_fields (void)
{
  g_autoptr(ScCourse) course = load_example ();
  ScLesson *lesson = sc_course_lookup_lesson (course, "titles");

  g_assert_nonnull (lesson);
  g_assert_cmpstr (lesson->title, ==, "Product titles that sell");
  g_assert_cmpstr (lesson->file, ==, "lessons/01-titles.xml");
  g_assert_cmpuint (lesson->minutes, ==, 12);
  g_assert_cmpuint (g_strv_length (lesson->objectives), ==, 1);
  g_assert_cmpstr (lesson->objectives[0], ==, "write-title");
  g_assert_null (sc_course_lookup_lesson (course, "no-such-lesson"));

  /* Every block kind the format has, counted over the three lessons. */
  g_assert_cmpuint (sc_lesson_count (lesson, SC_RICH_BLOCK_SECTION), ==, 3);
  g_assert_cmpuint (sc_lesson_count (lesson, SC_RICH_BLOCK_LIST), ==, 2);
  g_assert_cmpuint (sc_lesson_count (lesson, SC_RICH_BLOCK_LIST_ITEM), ==, 5);
  g_assert_cmpuint (sc_lesson_count (lesson, SC_RICH_BLOCK_TABLE_ROW), ==, 3);
  g_assert_cmpuint (sc_lesson_count (lesson, SC_RICH_BLOCK_TABLE_CELL), ==, 6);
  g_assert_cmpuint (sc_lesson_count (lesson, SC_RICH_BLOCK_FIGURE), ==, 1);
  g_assert_cmpuint (sc_lesson_count (lesson, SC_RICH_BLOCK_CALLOUT), ==, 1);
  g_assert_cmpuint (sc_lesson_count (lesson, SC_RICH_BLOCK_TEMPLATE), ==, 1);
  g_assert_cmpuint (sc_lesson_count (lesson, SC_RICH_BLOCK_PRACTICE), ==, 1);
  g_assert_cmpuint (sc_lesson_count (lesson, SC_RICH_BLOCK_GOAL), ==, 2);
  lesson = sc_course_lookup_lesson (course, "pricing");
  g_assert_cmpuint (sc_lesson_count (lesson, SC_RICH_BLOCK_WORKED_EXAMPLE), ==, 1);
  g_assert_cmpuint (sc_lesson_count (lesson, SC_RICH_BLOCK_NUMBER), ==, 2);
  g_assert_cmpuint (sc_lesson_count (lesson, SC_RICH_BLOCK_STEP), ==, 3);
  g_assert_cmpuint (sc_lesson_count (lesson, SC_RICH_BLOCK_CALLOUT), ==, 2);
  lesson = sc_course_lookup_lesson (course, "packing");
  g_assert_cmpuint (sc_lesson_count (lesson, SC_RICH_BLOCK_SOP), ==, 1);
  g_assert_cmpuint (sc_lesson_count (lesson, SC_RICH_BLOCK_STEP), ==, 4);
}

/* lessons/01-titles.xml, block by block. */
static void
test_course_lesson_titles_blocks (void)
{
  g_autoptr(ScCourse) course = load_example ();
  ScLesson *lesson = sc_course_lookup_lesson (course, "titles");
  ScRichBlock *why, *p, *list, *item, *nested, *figure, *callout, *patterns, *table, *row;
  ScRichBlock *template, *try, *practice, *next;
  g_autofree char *text = NULL;

  g_assert_cmpuint (sc_rich_text_get_n_blocks (sc_lesson_get_body (lesson)), ==, 2);
  why = sc_rich_text_get_block (sc_lesson_get_body (lesson), 0);
  g_assert_cmpint (why->kind, ==, SC_RICH_BLOCK_SECTION);
  g_assert_cmpstr (why->id, ==, "why");
  g_assert_cmpstr (why->title, ==, "Why titles matter");
  g_assert_cmpuint (why->line, ==, 5);
  g_assert_cmpuint (why->children->len, ==, 5);

  /* Paragraph: plain, strong, plain, em, plain, term, plain. */
  p = child (why, 0);
  g_assert_cmpint (p->kind, ==, SC_RICH_BLOCK_PARAGRAPH);
  g_assert_cmpuint (p->runs->len, ==, 7);
  g_assert_cmpstr (run (p, 0)->text, ==, "Shoppers scan a results page in seconds. The title is the ");
  g_assert_cmpstr (run (p, 1)->text, ==, "first");
  g_assert_cmpint (run (p, 1)->style, ==, SC_RICH_STYLE_STRONG);
  g_assert_cmpstr (run (p, 3)->text, ==, "main");
  g_assert_cmpint (run (p, 3)->style, ==, SC_RICH_STYLE_EMPHASIS);
  g_assert_cmpstr (run (p, 5)->text, ==, "variant");
  g_assert_cmpint (run (p, 5)->link_kind, ==, SC_RICH_LINK_TERM);
  g_assert_cmpstr (run (p, 5)->link_target, ==, "variant");
  g_assert_cmpstr (run (p, 6)->text, ==, " needs a clear one.");

  /* Unordered list whose last item holds text and an ordered list. */
  list = child (why, 1);
  g_assert_cmpint (list->kind, ==, SC_RICH_BLOCK_LIST);
  g_assert_false (list->variant);
  g_assert_cmpuint (list->children->len, ==, 3);
  item = child (list, 2);
  g_assert_cmpuint (item->children->len, ==, 2);
  text = runs_text (child (item, 0));
  g_assert_cmpstr (text, ==, "Then the variant, such as the colour.");
  nested = child (item, 1);
  g_assert_cmpint (nested->kind, ==, SC_RICH_BLOCK_LIST);
  g_assert_true (nested->variant);
  g_assert_cmpint (run (child (child (nested, 1), 0), 1)->link_kind, ==, SC_RICH_LINK_TERM);

  figure = child (why, 2);
  g_assert_cmpint (figure->kind, ==, SC_RICH_BLOCK_FIGURE);
  g_assert_cmpstr (figure->src, ==, "media/title-anatomy.svg");
  g_assert_cmpstr (figure->alt, ==,
                   "The title “Ceramic mug 350 ml Ocean blue” split into product, attribute and variant");
  g_clear_pointer (&text, g_free);
  text = runs_text (figure);
  g_assert_cmpstr (text, ==, "A title in three parts: product, attribute, variant.");

  callout = child (why, 3);
  g_assert_cmpint (callout->kind, ==, SC_RICH_BLOCK_CALLOUT);
  g_assert_cmpint (callout->variant, ==, SC_RICH_CALLOUT_TIP);
  g_assert_cmpstr (callout->title, ==, "Read it aloud");
  g_assert_cmpuint (callout->children->len, ==, 1);

  patterns = child (why, 4);
  g_assert_cmpint (patterns->kind, ==, SC_RICH_BLOCK_SECTION);
  g_assert_cmpstr (patterns->title, ==, "Patterns that work");

  table = child (patterns, 0);
  g_assert_cmpint (table->kind, ==, SC_RICH_BLOCK_TABLE);
  g_clear_pointer (&text, g_free);
  text = runs_text (table);
  g_assert_cmpstr (text, ==, "Weak and strong titles");
  g_assert_cmpuint (table->children->len, ==, 3);
  g_assert_true (child (table, 0)->variant);
  g_assert_false (child (table, 1)->variant);
  row = child (table, 2);
  g_assert_cmpint (run (child (row, 0), 0)->style, ==, SC_RICH_STYLE_CODE);
  g_assert_cmpstr (run (child (row, 0), 0)->text, ==, "TSHIRT-M-RED");

  template = child (patterns, 1);
  g_assert_cmpint (template->kind, ==, SC_RICH_BLOCK_TEMPLATE);
  g_assert_cmpstr (template->id, ==, "title-pattern");
  g_assert_cmpstr (template->title, ==, "Title pattern");
  g_assert_cmpstr (template->text, ==, "[Product] [key attribute], [variant]");

  try = sc_rich_text_get_block (sc_lesson_get_body (lesson), 1);
  practice = child (try, 0);
  g_assert_cmpint (practice->kind, ==, SC_RICH_BLOCK_PRACTICE);
  g_assert_cmpint (practice->variant, ==, SC_RICH_PANEL_LISTINGS);
  g_assert_cmpstr (practice->target, ==, "title-cleanup");
  g_assert_cmpstr (practice->title, ==, "Clean up three titles");
  g_clear_pointer (&text, g_free);
  text = runs_text (practice);
  g_assert_cmpstr (text, ==, "The mug listings arrived from a supplier feed; fix their titles.");
  g_assert_cmpuint (practice->children->len, ==, 2);
  g_assert_cmpstr (child (practice, 1)->id, ==, "clean-titles");
  g_assert_cmpint (run (child (practice, 1), 1)->style, ==, SC_RICH_STYLE_EMPHASIS);

  next = child (try, 1);
  g_assert_cmpint (run (next, 1)->link_kind, ==, SC_RICH_LINK_LESSON);
  g_assert_cmpstr (run (next, 1)->link_target, ==, "pricing");
  g_assert_cmpstr (run (next, 1)->text, ==, "price the mugs");
}

/* lessons/02-pricing.xml and 03-packing.xml: worked example, callouts,
 * SOP, a multi-line template and a web link. */
static void
test_course_lesson_other_blocks (void)
{
  g_autoptr(ScCourse) course = load_example ();
  ScLesson *pricing = sc_course_lookup_lesson (course, "pricing");
  ScLesson *packing = sc_course_lookup_lesson (course, "packing");
  ScRichBlock *section = sc_rich_text_get_block (sc_lesson_get_body (pricing), 0);
  ScRichBlock *example, *sop, *template, *link_paragraph;
  g_autofree char *plain = NULL;

  g_assert_null (section->id);
  g_assert_cmpint (child (section, 1)->variant, ==, SC_RICH_CALLOUT_WARNING);
  g_assert_null (child (section, 1)->title);
  g_assert_cmpint (child (section, 3)->variant, ==, SC_RICH_CALLOUT_EXAMPLE);

  example = child (section, 2);
  g_assert_cmpint (example->kind, ==, SC_RICH_BLOCK_WORKED_EXAMPLE);
  g_assert_cmpstr (example->title, ==, "Pricing the ocean-blue mug");
  g_assert_cmpuint (example->children->len, ==, 7);
  g_assert_cmpint (child (example, 0)->kind, ==, SC_RICH_BLOCK_PROBLEM);
  g_assert_cmpint (child (example, 1)->kind, ==, SC_RICH_BLOCK_NUMBER);
  g_assert_cmpstr (child (example, 1)->title, ==, "Cost");
  g_assert_cmpstr (run (child (example, 1), 0)->text, ==, "€6.00");
  g_assert_cmpint (child (example, 3)->kind, ==, SC_RICH_BLOCK_STEP);
  g_assert_cmpint (child (example, 6)->kind, ==, SC_RICH_BLOCK_ANSWER);
  g_assert_cmpint (run (child (example, 6), 1)->style, ==, SC_RICH_STYLE_STRONG);

  plain = sc_rich_text_to_plain (sc_lesson_get_body (pricing));
  g_assert_true (g_str_has_prefix (plain, "From cost to price\n\nStart from the cost of goods, "));
  g_assert_nonnull (strstr (plain, "Worked example: Pricing the ocean-blue mug\n\n"
                                   "The mug costs the shop €6.00 delivered. The shop wants a 60 % "
                                   "margin. What is the price?\n\n"
                                   "Cost: €6.00\nTarget margin: 60 %\n"
                                   "1. Turn the margin into a fraction: 60 % = 0.60.\n"));
  g_assert_nonnull (strstr (plain, "Example: Rounding to a price point\n\n"
                                   "1. Compute the exact price: €15.00.\n2. Round"));

  section = sc_rich_text_get_block (sc_lesson_get_body (packing), 0);
  g_assert_cmpint (child (section, 0)->variant, ==, SC_RICH_CALLOUT_POLICY);
  sop = child (section, 1);
  g_assert_cmpint (sop->kind, ==, SC_RICH_BLOCK_SOP);
  g_assert_cmpstr (sop->id, ==, "pack-order");
  g_assert_cmpstr (sop->title, ==, "Pack one order");
  g_assert_cmpuint (sop->children->len, ==, 4);
  g_assert_cmpstr (run (child (sop, 1), 1)->link_target, ==, "sku");

  template = child (section, 2);
  g_assert_cmpstr (template->text, ==,
                   "Hello {first name},\n\n"
                   "Your order {order number} will ship one day later than planned.\n"
                   "We are sorry for the wait.");

  link_paragraph = child (section, 3);
  g_assert_cmpint (run (link_paragraph, 1)->link_kind, ==, SC_RICH_LINK_URI);
  g_assert_cmpstr (run (link_paragraph, 1)->link_target, ==, "https://www.example.com/packing-guide");
  g_assert_cmpstr (run (link_paragraph, 1)->text, ==, "example carrier’s guide");

  g_assert_cmpint (child (sc_rich_text_get_block (sc_lesson_get_body (packing), 1), 0)->variant, ==,
                   SC_RICH_PANEL_ORDERS);
}

static void
test_course_glossary (void)
{
  g_autoptr(ScCourse) course = load_example ();
  ScGlossary *glossary = sc_course_get_glossary (course);
  const ScGlossaryEntry *entry;
  ScRichBlock *definition;

  g_assert_cmpuint (sc_glossary_get_n_entries (glossary), ==, 4);
  g_assert_cmpstr (sc_glossary_get_entry (glossary, 0)->id, ==, "sku");

  entry = sc_glossary_lookup (glossary, "sku");
  g_assert_nonnull (entry);
  g_assert_cmpstr (entry->term, ==, "SKU");
  g_assert_cmpuint (g_strv_length (entry->see_also), ==, 1);
  g_assert_cmpstr (entry->see_also[0], ==, "variant");
  definition = sc_rich_text_get_block (entry->definition, 0);
  g_assert_cmpstr (run (definition, 1)->text, ==, "variant");
  g_assert_cmpint (run (definition, 1)->link_kind, ==, SC_RICH_LINK_TERM);
  g_assert_cmpint (run (definition, 3)->style, ==, SC_RICH_STYLE_CODE);

  g_assert_cmpstr (sc_glossary_lookup (glossary, "cogs")->term, ==, "Cost of goods sold (COGS)");
  g_assert_null (sc_glossary_lookup (glossary, "markup"));
}

static void
test_course_default_iri_base (void)
{
  const char *lesson = "<lesson id=\"a\" minutes=\"1\"><title>A</title>"
                       "<section><heading>H</heading></section></lesson>";
  g_autofree char *dir = g_dir_make_tmp ("shopcraft-course-XXXXXX", NULL);
  g_autofree char *lessons = g_build_filename (dir, "lessons", NULL);
  g_autofree char *course_xml = g_build_filename (dir, "course.xml", NULL);
  g_autofree char *lesson_xml = g_build_filename (lessons, "a.xml", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScCourse) course = NULL;
  g_autofree char *iri = NULL;

  g_mkdir (lessons, 0700);
  g_file_set_contents (course_xml,
                       "<course id=\"tiny\" version=\"2\"><title>Tiny</title>"
                       "<language>pt-BR</language><authors><author>A</author></authors>"
                       "<license>CC0-1.0</license><description/>"
                       "<domain id=\"d\"><title>D</title><competency id=\"c\"><title>C</title>"
                       "</competency><module id=\"m\"><title>M</title>"
                       "<objective id=\"o\" competencies=\"c\">O</objective>"
                       "<lesson src=\"lessons/a.xml\"/></module></domain></course>", -1, &error);
  g_assert_no_error (error);
  g_file_set_contents (lesson_xml, lesson, -1, &error);
  g_assert_no_error (error);

  course = sc_course_load (dir, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sc_course_get_language (course), ==, "pt-BR");
  g_assert_true (sc_rich_text_is_empty (sc_course_get_description (course)));
  g_assert_cmpuint (sc_glossary_get_n_entries (sc_course_get_glossary (course)), ==, 0);
  g_assert_cmpstr (sc_course_get_iri_base (course), ==, "urn:shopcraft:tiny:");
  iri = sc_course_dup_activity_iri (course, "module", "m");
  g_assert_cmpstr (iri, ==, "urn:shopcraft:tiny:module:m");

  g_unlink (lesson_xml);
  g_unlink (course_xml);
  g_rmdir (lessons);
  g_rmdir (dir);
}

static void
assert_same_practice (ScRichBlock *scanned,
                      ScRichBlock *built)
{
  g_autofree char *scanned_text = sc_rich_block_get_run_text (scanned);
  g_autofree char *built_text = sc_rich_block_get_run_text (built);

  g_assert_cmpint (scanned->kind, ==, SC_RICH_BLOCK_PRACTICE);
  g_assert_cmpint (built->kind, ==, SC_RICH_BLOCK_PRACTICE);
  g_assert_cmpint (scanned->variant, ==, built->variant);
  g_assert_cmpstr (scanned->target, ==, built->target);
  g_assert_cmpstr (scanned->title, ==, built->title);
  g_assert_cmpstr (scanned_text, ==, built_text);
  g_assert_cmpuint (scanned->line, ==, built->line);
  g_assert_cmpuint (scanned->children->len, ==, built->children->len);
  for (guint i = 0; i < scanned->children->len; i++)
    {
      ScRichBlock *a = g_ptr_array_index (scanned->children, i);
      ScRichBlock *b = g_ptr_array_index (built->children, i);
      g_autofree char *a_text = sc_rich_block_get_run_text (a);
      g_autofree char *b_text = sc_rich_block_get_run_text (b);

      g_assert_cmpstr (a->id, ==, b->id);
      g_assert_cmpstr (a_text, ==, b_text);
    }
}

/* A loaded course keeps each lesson's file bytes, not its body: the body
 * comes back from those bytes when asked for, the same as reading the
 * file on its own, and what search indexes and the practice blocks are
 * the same whether the load scanned them from the markup
 * (sc_lesson_reader_scan ()) or they are taken from the body built
 * again. Returns the number of practice blocks. */
static guint
check_bodies_on_demand (ScCourse *course)
{
  GPtrArray *lessons = sc_course_get_lessons (course);
  g_autofree char *hash = sc_course_index_dup_hash (course);
  g_autofree char *again = NULL;
  guint n_practices = 0;
  guint n_sections = 0;

  g_assert_cmpuint (lessons->len, >, 0);
  for (guint i = 0; i < lessons->len; i++)
    {
      ScLesson *lesson = g_ptr_array_index (lessons, i);
      g_autofree char *path = g_build_filename (sc_course_get_directory (course), lesson->file, NULL);
      g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
      g_autoptr(ScLesson) alone = NULL;
      g_autoptr(GPtrArray) scanned_sections = NULL;
      g_autoptr(GPtrArray) scanned_practices = NULL;
      g_autofree char *contents = NULL;
      g_autofree char *plain = NULL;
      g_autofree char *expected = NULL;
      GPtrArray *sections;
      GPtrArray *practices;
      gsize length = 0;
      ScRichText *body;

      g_assert_null (lesson->body);
      g_assert_nonnull (lesson->source);
      g_assert_nonnull (lesson->sections);
      g_assert_nonnull (lesson->practices);
      scanned_sections = g_steal_pointer (&lesson->sections);
      scanned_practices = g_steal_pointer (&lesson->practices);

      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      alone = sc_lesson_read_memory (contents, length, lesson->file, problems);
      g_assert_nonnull (alone);

      body = sc_lesson_get_body (lesson);
      g_assert_nonnull (body);
      g_assert_true (sc_lesson_get_body (lesson) == body);
      plain = sc_rich_text_to_plain (body);
      expected = sc_rich_text_to_plain (alone->body);
      g_assert_cmpstr (plain, ==, expected);
      g_assert_cmpuint (sc_rich_text_get_n_blocks (body), >, 0);

      /* Made again from the body built anew. */
      sections = sc_lesson_get_sections (lesson);
      g_assert_cmpuint (sections->len, ==, sc_lesson_count (lesson, SC_RICH_BLOCK_SECTION));
      g_assert_cmpuint (scanned_sections->len, ==, sections->len);
      for (guint j = 0; j < sections->len; j++)
        {
          const ScLessonSection *a = g_ptr_array_index (scanned_sections, j);
          const ScLessonSection *b = g_ptr_array_index (sections, j);

          g_assert_cmpstr (a->path, ==, b->path);
          g_assert_cmpstr (a->anchor, ==, b->anchor);
          g_assert_cmpstr (a->title, ==, b->title);
          g_assert_cmpstr (a->text, ==, b->text);
          if (*a->text != '\0')
            n_sections++;
        }

      practices = sc_lesson_get_practices (lesson);
      g_assert_cmpuint (practices->len, ==, sc_lesson_count (lesson, SC_RICH_BLOCK_PRACTICE));
      g_assert_cmpuint (scanned_practices->len, ==, practices->len);
      for (guint j = 0; j < practices->len; j++)
        assert_same_practice (g_ptr_array_index (scanned_practices, j),
                              g_ptr_array_index (practices, j));
      n_practices += practices->len;
    }

  again = sc_course_index_dup_hash (course);
  g_assert_cmpstr (again, ==, hash);
  /* Sections with words of their own: most of them. */
  g_assert_cmpuint (n_sections, >, lessons->len);

  return n_practices;
}

static void
test_course_bodies_on_demand (void)
{
  g_autoptr(ScCourse) course = load_example ();

  /* The example has practice blocks, kept without their bodies. */
  g_assert_cmpuint (check_bodies_on_demand (course), >, 0);
}

/* The built-in course has every kind of block, in most of the places
 * they may go (test builtin-course-coverage). */
static void
test_course_builtin_scanned (void)
{
  const char *root = g_getenv ("SHOPCRAFT_SOURCE_ROOT");
  g_autofree char *dir = g_build_filename (root, "data", "courses", "ecommerce-operations", NULL);
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ScCourse) course = sc_course_load (dir, problems, &error);

  g_assert_no_error (error);
  g_assert_nonnull (course);
  g_assert_cmpuint (check_bodies_on_demand (course), >=, 3);
}

/* Every broken course of the bad-input catalogue, the example and the
 * built-in course. */
static GPtrArray *
catalogue_dirs (void)
{
  const char *root = g_getenv ("SHOPCRAFT_SOURCE_ROOT");
  g_autofree char *bad = g_build_filename (root, "tests", "data", "bad", NULL);
  GPtrArray *dirs = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) listing = g_dir_open (bad, 0, NULL);
  const char *name;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    if (g_str_has_prefix (name, "course-"))
      g_ptr_array_add (dirs, g_build_filename (bad, name, NULL));
  g_ptr_array_add (dirs, example_dir ());
  g_ptr_array_add (dirs, g_build_filename (root, "data", "courses", "ecommerce-operations", NULL));
  g_assert_cmpuint (dirs->len, >=, 40);

  return dirs;
}

static GStrv
reader_lines (ScCourseReader *reader)
{
  g_autoptr(GStrvBuilder) lines = g_strv_builder_new ();
  g_auto(GStrv) problems = sc_course_problems_to_strv (reader->problems);
  GList *ids;

  g_strv_builder_addv (lines, (const char **) problems);
  ids = g_list_sort (g_hash_table_get_keys (reader->ids), (GCompareFunc) g_strcmp0);
  for (GList *l = ids; l != NULL; l = l->next)
    {
      g_autofree char *line = g_strdup_printf ("id %s at %s", (const char *) l->data,
                                               (const char *) g_hash_table_lookup (reader->ids, l->data));
      g_strv_builder_add (lines, line);
    }
  g_list_free (ids);
  g_strv_builder_add (lines, "--");
  for (guint i = 0; i < reader->refs->len; i++)
    {
      const ScCourseRef *ref = g_ptr_array_index (reader->refs, i);
      g_autofree char *line = g_strdup_printf ("ref %d %s %s:%u %s", ref->kind, ref->id,
                                               ref->file, ref->line, ref->owner);

      g_strv_builder_add (lines, line);
    }

  return g_strv_builder_end (lines);
}

/* Scanning a lesson reports what building it reports, claims the same
 * ids and notes the same references, in the same order: on every lesson
 * of the bad-input catalogue, of the example and of the built-in course. */
static void
test_course_scan_same_problems (void)
{
  g_autoptr(GPtrArray) dirs = catalogue_dirs ();
  guint n_lessons = 0;
  guint n_with_problems = 0;

  for (guint i = 0; i < dirs->len; i++)
    {
      g_autofree char *lessons = g_build_filename (g_ptr_array_index (dirs, i), "lessons", NULL);
      g_autoptr(GDir) files = g_dir_open (lessons, 0, NULL);
      const char *file;

      while (files != NULL && (file = g_dir_read_name (files)) != NULL)
        {
          g_autofree char *path = g_build_filename (lessons, file, NULL);
          g_autofree char *rel = g_build_filename ("lessons", file, NULL);
          g_autoptr(ScCourseProblems) build_problems = sc_course_problems_new ();
          g_autoptr(ScCourseProblems) scan_problems = sc_course_problems_new ();
          g_autoptr(ScCourseReader) build_reader = NULL;
          g_autoptr(ScCourseReader) scan_reader = NULL;
          g_autoptr(ScLesson) built = NULL;
          g_autoptr(ScLesson) scanned = NULL;
          g_autoptr(GBytes) bytes = NULL;
          g_autoptr(xmlDoc) doc = NULL;
          g_auto(GStrv) build_lines = NULL;
          g_auto(GStrv) scan_lines = NULL;
          char *contents = NULL;
          gsize length = 0;

          if (!g_str_has_suffix (file, ".xml") ||
              g_file_test (path, G_FILE_TEST_IS_SYMLINK) ||
              !g_file_get_contents (path, &contents, &length, NULL))
            continue;
          bytes = g_bytes_new_take (contents, length);
          doc = sc_content_parse (contents, length, rel, build_problems);
          if (doc == NULL)
            continue;

          build_reader = sc_course_reader_new (g_ptr_array_index (dirs, i), build_problems);
          scan_reader = sc_course_reader_new (g_ptr_array_index (dirs, i), scan_problems);
          built = sc_lesson_reader_build (build_reader, rel, doc);
          scanned = sc_lesson_reader_scan (scan_reader, rel, doc, bytes);
          g_assert_true ((built == NULL) == (scanned == NULL));

          build_lines = reader_lines (build_reader);
          scan_lines = reader_lines (scan_reader);
          g_assert_cmpstrv (scan_lines, build_lines);
          n_lessons++;
          if (sc_course_problems_get_len (scan_problems) > 0)
            n_with_problems++;
        }
    }

  g_test_message ("%u lessons, %u with problems", n_lessons, n_with_problems);
  g_assert_cmpuint (n_lessons, >=, 40);
  g_assert_cmpuint (n_with_problems, >=, 3);
}

static char **
load_lines (const char *dir,
            guint       prefetch_min,
            char      **out_hash)
{
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ScCourse) course = NULL;
  g_autoptr(GStrvBuilder) lines = g_strv_builder_new ();
  g_auto(GStrv) found = NULL;

  sc_course_reader_set_prefetch_min (prefetch_min);
  course = sc_course_load (dir, problems, &error);
  sc_course_reader_set_prefetch_min (32);

  found = sc_course_problems_to_strv (problems);
  g_strv_builder_addv (lines, (const char **) found);
  if (course != NULL)
    {
      GPtrArray *lessons = sc_course_get_lessons (course);

      for (guint i = 0; i < lessons->len; i++)
        g_strv_builder_add (lines, ((ScLesson *) g_ptr_array_index (lessons, i))->id);
      *out_hash = sc_course_index_dup_hash (course);
    }
  else
    *out_hash = g_strdup (error->message);

  return g_strv_builder_end (lines);
}

/* Lesson files read ahead on a thread (a course of 32 or more) give the
 * same course, or the same problems, as files read one by one: every
 * broken course of the bad-input catalogue, the example and the
 * built-in course, both ways. */
static void
test_course_read_ahead (void)
{
  g_autoptr(GPtrArray) dirs = catalogue_dirs ();
  guint n_broken = 0;

  for (guint i = 0; i < dirs->len; i++)
    {
      const char *dir = g_ptr_array_index (dirs, i);
      g_autofree char *hash_alone = NULL;
      g_autofree char *hash_ahead = NULL;
      g_auto(GStrv) alone = load_lines (dir, G_MAXUINT, &hash_alone);
      g_auto(GStrv) ahead = load_lines (dir, 1, &hash_ahead);

      g_test_message ("%s: %u lines", dir, g_strv_length (alone));
      g_assert_cmpstrv (ahead, alone);
      g_assert_cmpstr (hash_ahead, ==, hash_alone);
      if (g_strv_length (alone) > 0 && strchr (alone[0], ':') != NULL)
        n_broken++;
    }
  g_assert_cmpuint (n_broken, >=, 30);
}

/* A lesson on its own, as the fuzz target reads it. */
static void
test_course_lesson_from_memory (void)
{
  const char *good = "<?xml version=\"1.0\"?>\n<lesson id=\"a\" minutes=\"3\">\n"
                     "<title>A</title>\n<section><heading>H</heading>\n"
                     "<p>See <link lesson=\"elsewhere\">there</link>.</p></section></lesson>\n";
  const char *bad = "<?xml version=\"1.0\"?>\n<lesson id=\"a\" minutes=\"0\">\n"
                    "<title>A</title>\n<section><heading>H</heading>\n"
                    "<calout type=\"tip\"/><figure src=\"../x.png\" alt=\"x\"/></section></lesson>\n";
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(ScLesson) lesson = NULL;
  g_auto(GStrv) lines = NULL;

  /* A link to a lesson it cannot see is not a problem on its own. */
  lesson = sc_lesson_read_memory (good, strlen (good), "lessons/a.xml", problems);
  g_assert_nonnull (lesson);
  g_assert_cmpuint (sc_course_problems_get_len (problems), ==, 0);
  g_clear_pointer (&lesson, sc_lesson_free);

  lesson = sc_lesson_read_memory (bad, strlen (bad), "lessons/a.xml", problems);
  g_assert_null (lesson);
  lines = sc_course_problems_to_strv (problems);
  g_assert_cmpstrv (lines, ((const char * const[]) {
    "lessons/a.xml:2: minutes=\"0\" on <lesson> must be a whole number from 1 to 600",
    "lessons/a.xml:5: unknown element <calout>; did you mean <callout>?",
    "lessons/a.xml:5: figure source “../x.png” must be a path inside the course folder, "
    "such as media/picture.png",
    NULL }));
}

/* Escapes, character references, CDATA, comments and processing
 * instructions all end up as plain text in the runs. */
static void
test_course_lesson_text_escapes (void)
{
  const char *xml = "<lesson id=\"a\" minutes=\"1\"><title>A &amp; B</title>"
                    "<section><heading>H</heading><p>x &lt; y &#8212; <![CDATA[<raw> & stuff]]>"
                    " <!-- a comment --><?pi data?>end</p></section></lesson>";
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(ScLesson) lesson = NULL;
  g_autofree char *text = NULL;

  lesson = sc_lesson_read_memory (xml, strlen (xml), "lessons/a.xml", problems);
  g_assert_nonnull (lesson);
  g_assert_cmpstr (lesson->title, ==, "A & B");
  text = sc_rich_block_get_run_text (child (sc_rich_text_get_block (sc_lesson_get_body (lesson), 0), 0));
  g_assert_cmpstr (text, ==, "x < y \u2014 <raw> & stuff end");
}

static void
test_course_problems_sorted_and_unique (void)
{
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_auto(GStrv) lines = NULL;

  sc_course_problems_add (problems, "lessons/b.xml", 3, "second %s", "file");
  sc_course_problems_add (problems, "course.xml", 40, "late");
  sc_course_problems_add_literal (problems, "course.xml", 4, "Detected an entity reference loop\n");
  sc_course_problems_add_literal (problems, "course.xml", 4, "Detected an entity reference loop\n");
  sc_course_problems_add (problems, "course.xml", 0, "is compressed");
  sc_course_problems_add (problems, "course.xml", 4, "another on the same line");

  lines = sc_course_problems_to_strv (problems);
  g_assert_cmpstrv (lines, ((const char * const[]) {
    "course.xml: is compressed",
    "course.xml:4: Detected an entity reference loop",
    "course.xml:4: another on the same line",
    "course.xml:40: late",
    "lessons/b.xml:3: second file",
    NULL }));
  g_assert_cmpuint (sc_course_problems_get (problems, 1)->line, ==, 4);
}

static void
test_course_suggestions (void)
{
  const char * const ids[] = { "pricing", "titles", "packing" };

  g_assert_cmpuint (sc_course_edit_distance ("calout", "callout"), ==, 1);
  g_assert_cmpuint (sc_course_edit_distance ("", "abc"), ==, 3);
  g_assert_cmpstr (sc_course_suggest ("pricng", ids, 3), ==, "pricing");
  g_assert_cmpstr (sc_course_suggest ("Titles", ids, 3), ==, "titles");
  g_assert_null (sc_course_suggest ("shipping", ids, 3));
  g_assert_null (sc_course_suggest ("ab", ids, 3));

  g_assert_true (sc_course_is_valid_id ("listing.titles_2-b"));
  g_assert_false (sc_course_is_valid_id ("-leading"));
  g_assert_false (sc_course_is_valid_id ("with space"));
  g_assert_false (sc_course_is_valid_id ("é"));
  g_assert_false (sc_course_is_valid_id (""));

  g_assert_true (sc_course_is_language_tag ("en"));
  g_assert_true (sc_course_is_language_tag ("zh-Hant-TW"));
  g_assert_false (sc_course_is_language_tag ("english"));
  g_assert_false (sc_course_is_language_tag ("en_GB"));
  g_assert_true (sc_course_is_iri_base ("urn:shopcraft:shop:"));
  g_assert_true (sc_course_is_iri_base ("https://example.org/course/"));
  g_assert_false (sc_course_is_iri_base ("https://example.org/course"));
  g_assert_false (sc_course_is_iri_base ("example.org/course/"));
}

/* The quick validator gives g_utf8_validate_len ()'s answer and stops at
 * the same byte, wherever the bad sequence falls against its eight-byte
 * steps: a course file's UTF-8 error names that byte's line. */
static void
check_utf8_same (const char *data,
                 gsize       length)
{
  const char *expected_end = NULL;
  const char *end = NULL;
  gboolean expected = g_utf8_validate_len (data, length, &expected_end);

  g_assert_cmpint (sc_content_utf8_validate (data, length, &end), ==, expected);
  g_assert_true (end == expected_end);
  g_assert_cmpint (sc_content_utf8_validate (data, length, NULL), ==, expected);
}

static void
test_course_utf8_validate (void)
{
#define PIECE(s) { s, sizeof s - 1 }
  static const struct { const char *bytes; gsize length; } pieces[] = {
    PIECE (""), PIECE ("a"), PIECE ("caf\xc3\xa9"), PIECE ("\xe2\x80\x9cquoted\xe2\x80\x9d"),
    PIECE ("\xf0\x9f\x9b\x92"), PIECE ("\xc3"), PIECE ("\xe2\x80"), PIECE ("\xf0\x9f\x9b"),
    PIECE ("\x80"), PIECE ("\xbf\xbf"), PIECE ("\xc0\xaf"), PIECE ("\xe0\x80\xaf"),
    PIECE ("\xed\xa0\x80"), PIECE ("\xf4\x90\x80\x80"), PIECE ("\xf5\x80\x80\x80"),
    PIECE ("\xff"), PIECE ("\xfe\xff"), PIECE ("a\0b"), PIECE ("\0"), PIECE ("\xc3\xa9\0"),
    PIECE ("\xc3\xa9\xc3\xa9\xe2\x82\xac\xf0\x9f\x9b\x92x"),
  };
#undef PIECE
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261130);
  char buffer[64];

  /* Every offset of each piece against the eight-byte steps, with ASCII
   * before and after it. */
  for (guint i = 0; i < G_N_ELEMENTS (pieces); i++)
    for (gsize before = 0; before < 17; before++)
      for (gsize after = 0; after < 10; after++)
        {
          memset (buffer, 'x', sizeof buffer);
          memcpy (buffer + before, pieces[i].bytes, pieces[i].length);
          check_utf8_same (buffer, before + pieces[i].length + after);
        }

  /* Random mixtures of ASCII, valid sequences and stray bytes. */
  for (guint n = 0; n < 20000; n++)
    {
      gsize length = g_rand_int_range (rand, 0, sizeof buffer);

      for (gsize j = 0; j < length; j++)
        {
          guint32 kind = g_rand_int_range (rand, 0, 10);

          buffer[j] = kind < 6 ? (char) g_rand_int_range (rand, 1, 0x80)
                               : (char) g_rand_int_range (rand, 0, 0x100);
        }
      check_utf8_same (buffer, length);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/course/example/passes-both-checks", test_course_example_passes_both_checks);
  g_test_add_func ("/course/schema-reused", test_course_schema_reused);
  g_test_add_func ("/course/schema-first-on-two-threads", test_course_schema_first_on_two_threads);
  g_test_add_func ("/course/helpers-after-fork", test_course_helpers_after_fork);
  g_test_add_func ("/course/example/metadata", test_course_metadata);
  g_test_add_func ("/course/example/structure", test_course_structure);
  g_test_add_func ("/course/example/lesson-fields", test_course_lesson_fields);
  g_test_add_func ("/course/example/titles-blocks", test_course_lesson_titles_blocks);
  g_test_add_func ("/course/example/other-blocks", test_course_lesson_other_blocks);
  g_test_add_func ("/course/example/glossary", test_course_glossary);
  g_test_add_func ("/course/default-iri-base", test_course_default_iri_base);
  g_test_add_func ("/course/example/bodies-on-demand", test_course_bodies_on_demand);
  g_test_add_func ("/course/builtin-scanned", test_course_builtin_scanned);
  g_test_add_func ("/course/scan-same-problems", test_course_scan_same_problems);
  g_test_add_func ("/course/read-ahead", test_course_read_ahead);
  g_test_add_func ("/course/lesson-from-memory", test_course_lesson_from_memory);
  g_test_add_func ("/course/lesson-text-escapes", test_course_lesson_text_escapes);
  g_test_add_func ("/course/problems-sorted-and-unique", test_course_problems_sorted_and_unique);
  g_test_add_func ("/course/names", test_course_suggestions);
  g_test_add_func ("/course/utf8-validate", test_course_utf8_validate);

  return g_test_run ();
}
