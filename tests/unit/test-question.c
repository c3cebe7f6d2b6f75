/* test-question.c - the question model: copies, Moodle's grade list, category paths
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>

#include "sc-question.h"

static ScQuestion *
make_full_question (void)
{
  ScQuestion *question = sc_question_new (SC_QUESTION_NUMERICAL);
  ScQuestionAnswer *answer;
  ScQuestionHint *hint;
  g_autoptr(GBytes) png = g_bytes_new_static ("\x89PNG", 4);
  const char *category[] = { "$course$", "top", "Pricing/Tax", NULL };

  question->name = g_strdup ("Shipping weight");
  question->idnumber = g_strdup ("ship-1");
  question->category = g_strdupv ((char **) category);
  sc_question_text_set (&question->stem, "<p>How heavy? <img src=\"@@PLUGINFILE@@/box.png\"></p>",
                        SC_TEXT_FORMAT_HTML);
  sc_question_text_add_file (&question->stem, "box.png", "/", "base64", png);
  sc_question_text_set (&question->general_feedback, "Weigh the parcel.", SC_TEXT_FORMAT_PLAIN);
  sc_question_text_set (&question->correct_feedback, "Right.", SC_TEXT_FORMAT_HTML);
  answer = sc_question_add_answer (question, "2", SC_TEXT_FORMAT_PLAIN, 1.0);
  answer->fraction_source = g_strdup ("100");
  answer->tolerance = 0.05;
  answer->tolerance_source = g_strdup ("0.05");
  sc_question_text_set (&answer->feedback, "Yes", SC_TEXT_FORMAT_HTML);
  sc_question_add_unit (question, "kg", 1.0);
  sc_question_add_unit (question, "g", 1000.0)->multiplier_source = g_strdup ("1000");
  hint = sc_question_add_hint (question, "Think in kilograms.", SC_TEXT_FORMAT_HTML);
  hint->show_num_correct = TRUE;
  hint->clear_wrong = TRUE;
  sc_question_add_tag (question, "shipping");
  sc_question_add_tag (question, "competency:LOG-2");
  sc_question_text_set (&question->numerical.instructions, "Give kg.", SC_TEXT_FORMAT_HTML);
  question->numerical.unit_penalty = 0.1;
  question->ordering.numbering_style = g_strdup ("abc");
  question->essay.response_format = g_strdup ("plain");
  sc_question_text_set (&question->essay.grader_info, "Look for units.", SC_TEXT_FORMAT_HTML);

  return question;
}

/* A copy shares nothing: freeing or changing the original leaves it whole. */
static void
test_question_copy_is_deep (void)
{
  g_autoptr(ScQuestion) original = make_full_question ();
  g_autoptr(ScQuestion) copy = sc_question_copy (original);
  ScQuestionAnswer *answer;
  ScQuestionFile *file;

  g_clear_pointer (&original, sc_question_free);

  g_assert_cmpint (copy->type, ==, SC_QUESTION_NUMERICAL);
  g_assert_cmpstr (copy->name, ==, "Shipping weight");
  g_assert_cmpstr (copy->idnumber, ==, "ship-1");
  g_assert_cmpstr (copy->category[2], ==, "Pricing/Tax");
  g_assert_cmpstr (copy->stem.source, ==,
                   "<p>How heavy? <img src=\"@@PLUGINFILE@@/box.png\"></p>");
  g_assert_cmpuint (copy->stem.files->len, ==, 1);
  file = g_ptr_array_index (copy->stem.files, 0);
  g_assert_cmpstr (file->name, ==, "box.png");
  g_assert_cmpstr (file->path, ==, "/");
  g_assert_cmpuint (g_bytes_get_size (file->data), ==, 4);
  g_assert_cmpint (copy->general_feedback.format, ==, SC_TEXT_FORMAT_PLAIN);
  g_assert_cmpstr (copy->correct_feedback.source, ==, "Right.");

  g_assert_cmpuint (copy->answers->len, ==, 1);
  answer = g_ptr_array_index (copy->answers, 0);
  g_assert_cmpstr (answer->fraction_source, ==, "100");
  g_assert_cmpfloat (answer->tolerance, ==, 0.05);
  g_assert_cmpstr (answer->tolerance_source, ==, "0.05");
  g_assert_cmpstr (answer->feedback.source, ==, "Yes");

  g_assert_cmpuint (copy->units->len, ==, 2);
  g_assert_cmpstr (((ScQuestionUnit *) g_ptr_array_index (copy->units, 1))->multiplier_source,
                   ==, "1000");
  g_assert_cmpuint (copy->hints->len, ==, 1);
  g_assert_true (((ScQuestionHint *) g_ptr_array_index (copy->hints, 0))->clear_wrong);
  g_assert_cmpuint (copy->tags->len, ==, 2);
  g_assert_cmpstr (copy->numerical.instructions.source, ==, "Give kg.");
  g_assert_cmpfloat (copy->numerical.unit_penalty, ==, 0.1);
  g_assert_cmpstr (copy->ordering.numbering_style, ==, "abc");
  g_assert_cmpstr (copy->essay.response_format, ==, "plain");
  g_assert_cmpstr (copy->essay.grader_info.source, ==, "Look for units.");
}

static void
test_question_new_defaults (void)
{
  g_autoptr(ScQuestion) choice = sc_question_new (SC_QUESTION_SINGLE_CHOICE);
  g_autoptr(ScQuestion) truefalse = sc_question_new (SC_QUESTION_TRUE_FALSE);

  g_assert_cmpfloat (choice->default_mark, ==, 1.0);
  g_assert_cmpfloat (choice->penalty, ==, 0.3333333);
  g_assert_cmpfloat (truefalse->penalty, ==, 1.0);
  g_assert_nonnull (choice->answers);
  g_assert_nonnull (choice->cloze_parts);
  g_assert_true (sc_question_text_is_empty (&choice->stem));
}

static void
test_question_boxed_type (void)
{
  g_autoptr(ScQuestion) question = make_full_question ();
  ScQuestion *copy = g_boxed_copy (SC_TYPE_QUESTION, question);

  g_assert_cmpstr (copy->name, ==, question->name);
  g_boxed_free (SC_TYPE_QUESTION, copy);
}

static void
test_question_competencies (void)
{
  g_autoptr(ScQuestion) question = sc_question_new (SC_QUESTION_ESSAY);
  g_auto(GStrv) ids = NULL;

  sc_question_add_tag (question, "pricing");
  sc_question_add_tag (question, "competency:PRC-1");
  sc_question_add_tag (question, "Competency: LOG-2 ");
  sc_question_add_tag (question, "competency:PRC-1");
  sc_question_add_tag (question, "competency:");
  sc_question_add_tag (question, "competencyX");

  ids = sc_question_dup_competencies (question);
  g_assert_cmpuint (g_strv_length (ids), ==, 2);
  g_assert_cmpstr (ids[0], ==, "PRC-1");
  g_assert_cmpstr (ids[1], ==, "LOG-2");
}

static void
test_question_type_names (void)
{
  for (guint i = 0; i < SC_QUESTION_N_TYPES; i++)
    {
      ScQuestionType type = SC_QUESTION_UNSUPPORTED;

      g_assert_true (sc_question_type_from_string (sc_question_type_to_string (i), &type));
      g_assert_cmpint (type, ==, i);
    }
  g_assert_cmpstr (sc_question_type_to_string (SC_QUESTION_CLOZE), ==, "cloze");
  {
    ScQuestionType type;

    g_assert_false (sc_question_type_from_string ("multichoice", &type));
  }
}

static void
test_question_text_formats (void)
{
  const char *names[] = { "html", "moodle_auto_format", "markdown", "plain_text", "wiki_like" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_assert_cmpstr (sc_text_format_to_moodle (sc_text_format_from_moodle (names[i])), ==, names[i]);

  /* Unknown or missing: html, as Moodle's trans_format */
  g_assert_cmpint (sc_text_format_from_moodle ("rtf"), ==, SC_TEXT_FORMAT_HTML);
  g_assert_cmpint (sc_text_format_from_moodle (NULL), ==, SC_TEXT_FORMAT_HTML);
}

static void
test_question_max_fraction (void)
{
  g_autoptr(ScQuestion) multi = sc_question_new (SC_QUESTION_MULTIPLE_RESPONSE);
  g_autoptr(ScQuestion) single = sc_question_new (SC_QUESTION_SINGLE_CHOICE);

  sc_question_add_answer (multi, "a", SC_TEXT_FORMAT_HTML, 0.5);
  sc_question_add_answer (multi, "b", SC_TEXT_FORMAT_HTML, 0.25);
  sc_question_add_answer (multi, "c", SC_TEXT_FORMAT_HTML, -1.0);
  g_assert_cmpfloat_with_epsilon (sc_question_get_max_fraction (multi), 0.75, 1e-9);

  sc_question_add_answer (single, "a", SC_TEXT_FORMAT_HTML, 0.5);
  sc_question_add_answer (single, "b", SC_TEXT_FORMAT_HTML, 0.9);
  g_assert_cmpfloat_with_epsilon (sc_question_get_max_fraction (single), 0.9, 1e-9);
}

/* Grade list: FORMATS.md lists 100, 90, 83.33333, 80, 75, 70, 66.66667, 60,
 * 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10, 5
 * and 0, each also negated. */
static void
test_grade_list_matches_formats (void)
{
  const double percentages[] = {
    100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20,
    16.66667, 14.28571, 12.5, 11.11111, 10, 5, 0,
  };
  gsize n_grades = 0;
  const double *grades = sc_moodle_grades (&n_grades);

  g_assert_cmpuint (n_grades, ==, 41);
  for (guint i = 0; i < G_N_ELEMENTS (percentages); i++)
    {
      double matched = 99;

      g_assert_true (sc_moodle_grade_match (percentages[i] / 100.0, &matched));
      g_assert_cmpfloat_with_epsilon (matched, percentages[i] / 100.0, 1e-9);
      g_assert_true (sc_moodle_grade_match (-percentages[i] / 100.0, &matched));
      g_assert_cmpfloat_with_epsilon (matched, -percentages[i] / 100.0, 1e-9);
    }
  for (gsize i = 0; i < n_grades; i++)
    g_assert_true (grades[i] >= -1.0 && grades[i] <= 1.0);
}

typedef struct
{
  const char *name;
  double      fraction;
  gboolean    on_list;
  double      snapped;
} GradeListRow;

static const GradeListRow grade_list_rows[] = {
  { "exact-third", 0.3333333, TRUE, 0.3333333 },
  { "third-written-33.333", 0.33333, TRUE, 0.3333333 },
  { "third-as-double", 1.0 / 3.0, TRUE, 0.3333333 },
  { "seventh", 1.0 / 7.0, TRUE, 0.1428571 },
  { "33-percent-is-off", 0.33, FALSE, 0.3333333 },
  { "45-percent-is-off", 0.45, FALSE, 0.5 },
  { "minus-55-percent-is-off", -0.55, FALSE, -0.6 },
  { "just-outside-tolerance", 0.50002, FALSE, 0.5 },
  { "above-one-snaps-to-one", 1.5, FALSE, 1.0 },
  { "below-minus-one-snaps", -3.0, FALSE, -1.0 },
  { "tiny-snaps-to-zero", 0.01, FALSE, 0.0 },
  { "three-percent-snaps-to-five", 0.03, FALSE, 0.05 },
};

static void
test_grade_list_row (gconstpointer data)
{
  const GradeListRow *row = data;

  g_assert_cmpint (sc_moodle_grade_match (row->fraction, NULL), ==, row->on_list);
  g_assert_cmpfloat_with_epsilon (sc_moodle_grade_snap (row->fraction), row->snapped, 1e-9);
}

typedef struct
{
  const char *name;
  const char *path;
  const char *components;  /* joined with "|" */
  const char *formatted;   /* NULL: same as path */
} CategoryRow;

static const CategoryRow category_rows[] = {
  { "plain", "$course$/top/Pricing", "$course$|top|Pricing", NULL },
  { "escaped-slash", "$course$/top/Buy//Sell", "$course$|top|Buy/Sell", NULL },
  { "spaces-trimmed", " $course$ / top / Returns ", "$course$|top|Returns", "$course$/top/Returns" },
  { "empty-components-dropped", "/top//", "top/", "top// " },
  { "leading-slash-in-name", "top/ //etc", "top|/etc", NULL },
  { "trailing-slash-in-name", "top/A// /B", "top|A/|B", NULL },
  { "two-escaped-slashes", "a////b", "a//b", NULL },
  { "unicode", "$system$/top/Größen/Ünits", "$system$|top|Größen|Ünits", NULL },
  { "only-separators", "/", "", "" },
};

static void
test_category_row (gconstpointer data)
{
  const CategoryRow *row = data;
  g_auto(GStrv) components = sc_question_category_parse (row->path);
  g_autofree char *joined = g_strjoinv ("|", components);
  g_autofree char *formatted = sc_question_category_format ((const char * const *) components);
  g_auto(GStrv) again = sc_question_category_parse (formatted);

  g_assert_cmpstr (joined, ==, row->components);
  g_assert_cmpstr (formatted, ==, row->formatted != NULL ? row->formatted : row->path);
  /* Whatever is written reads back the same */
  g_assert_true (g_strv_equal ((const char * const *) again, (const char * const *) components));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/question/copy-is-deep", test_question_copy_is_deep);
  g_test_add_func ("/question/new-defaults", test_question_new_defaults);
  g_test_add_func ("/question/boxed-type", test_question_boxed_type);
  g_test_add_func ("/question/competencies-from-tags", test_question_competencies);
  g_test_add_func ("/question/type-names", test_question_type_names);
  g_test_add_func ("/question/text-formats", test_question_text_formats);
  g_test_add_func ("/question/max-fraction", test_question_max_fraction);
  g_test_add_func ("/question/grade-list/matches-formats", test_grade_list_matches_formats);

  for (guint i = 0; i < G_N_ELEMENTS (grade_list_rows); i++)
    {
      g_autofree char *path = g_strdup_printf ("/question/grade-list/%s", grade_list_rows[i].name);

      g_test_add_data_func (path, &grade_list_rows[i], test_grade_list_row);
    }
  for (guint i = 0; i < G_N_ELEMENTS (category_rows); i++)
    {
      g_autofree char *path = g_strdup_printf ("/question/category/%s", category_rows[i].name);

      g_test_add_data_func (path, &category_rows[i], test_category_row);
    }

  return g_test_run ();
}
