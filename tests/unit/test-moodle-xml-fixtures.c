/* test-moodle-xml-fixtures.c - Moodle XML import, field by field, on Shopcraft's own fixtures
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * tests/data/questions/moodle/ covers what the real samples lack: every
 * type with a file in every kind of text container, Moodle 1.9's
 * <image_base64>, grades off Moodle's list (left out, or rounded on
 * request), broken cloze, plug-in types, nested categories with "//",
 * CDATA holding "]]>", HTML written with entities, and formatting a
 * learner would see simplified.
 */
#include "test-moodle-util.h"

static void
test_all_types (void)
{
  g_autofree char *path = fixture ("all-types.xml");
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(GPtrArray) questions = read_ok (path, SC_MOODLE_XML_READ_DEFAULT, problems);
  guint counts[SC_QUESTION_N_TYPES];
  ScQuestion *q;
  ScQuestionAnswer *answer;
  g_auto(GStrv) competencies = NULL;

  g_assert_cmpuint (sc_course_problems_get_len (problems), ==, 0);
  count_types (questions, counts);
  for (guint t = 0; t < SC_QUESTION_UNSUPPORTED; t++)
    g_assert_cmpuint (counts[t], ==, 1);
  g_assert_cmpuint (counts[SC_QUESTION_UNSUPPORTED], ==, 0);

  /* Single choice: a file in every container, the HTML as written. */
  q = question_at (questions, 0);
  g_assert_cmpint (q->type, ==, SC_QUESTION_SINGLE_CHOICE);
  g_assert_cmpstr (q->idnumber, ==, "price-field");
  g_assert_cmpstr (q->category[0], ==, "$course$");
  g_assert_cmpstr (q->category[1], ==, "top");
  g_assert_cmpstr (q->category[2], ==, "Shop basics");
  g_assert_null (q->category[3]);
  g_assert_cmpstr (q->stem.source, ==,
                   "<p>Look at the editor: <img src=\"@@PLUGINFILE@@/price%20field.png\" "
                   "alt=\"The price field\"></p>");
  g_assert_cmpstr (image_kind (only_file (&q->stem, "price field.png")->data), ==, "png");
  g_assert_cmpstr (only_file (&q->stem, "price field.png")->path, ==, "/");
  g_assert_cmpstr (image_kind (only_file (&q->general_feedback, "hint.gif")->data), ==, "gif");
  only_file (&q->correct_feedback, "tick.png");
  only_file (&q->partially_correct_feedback, "half.png");
  g_assert_cmpstr (image_kind (only_file (&q->incorrect_feedback, "cross.jpg")->data), ==, "jpeg");
  answer = g_ptr_array_index (q->answers, 0);
  only_file (&answer->text, "price.png");
  only_file (&answer->feedback, "yes.gif");
  g_assert_cmpfloat (answer->fraction, ==, 1.0);
  g_assert_cmpfloat (answer_at (q, 2)->fraction, ==, -0.5);
  only_file (&hint_at (q, 0)->text, "sign.png");
  g_assert_true (hint_at (q, 0)->show_num_correct);
  g_assert_true (hint_at (q, 0)->clear_wrong);
  g_assert_cmpfloat (q->default_mark, ==, 2.0);
  g_assert_true (q->shuffle);
  g_assert_true (q->show_num_correct);
  g_assert_false (q->show_standard_instruction);
  g_assert_cmpstr (q->answer_numbering, ==, "ABCD");
  competencies = sc_question_dup_competencies (q);
  g_assert_cmpstr (competencies[0], ==, "listing.pricing");

  /* Multiple response: 33.33334 is 33.33333 on Moodle's list. */
  q = question_at (questions, 1);
  g_assert_cmpint (q->type, ==, SC_QUESTION_MULTIPLE_RESPONSE);
  g_assert_cmpint (q->stem.format, ==, SC_TEXT_FORMAT_MOODLE_AUTO_FORMAT);
  g_assert_cmpfloat_with_epsilon (answer_at (q, 2)->fraction,
                                  0.3333333, 1e-9);
  g_assert_cmpstr (answer_at (q, 2)->fraction_source, ==,
                   "33.33334");

  q = question_at (questions, 3);
  g_assert_cmpint (q->type, ==, SC_QUESTION_SHORT_ANSWER);
  g_assert_true (q->case_sensitive);
  g_assert_cmpfloat (q->penalty, ==, 0.1);

  /* Numerical: tolerance, units and their options, instructions with a file. */
  q = question_at (questions, 4);
  g_assert_cmpint (q->type, ==, SC_QUESTION_NUMERICAL);
  g_assert_true (q->hidden);
  g_assert_cmpfloat (answer_at (q, 0)->tolerance, ==, 0.05);
  g_assert_cmpuint (q->units->len, ==, 2);
  g_assert_cmpstr (((ScQuestionUnit *) g_ptr_array_index (q->units, 1))->name, ==, "g");
  g_assert_cmpfloat (((ScQuestionUnit *) g_ptr_array_index (q->units, 1))->multiplier, ==, 1000);
  g_assert_cmpint (q->numerical.unit_grading_type, ==, 2);
  g_assert_cmpfloat (q->numerical.unit_penalty, ==, 0.25);
  g_assert_cmpint (q->numerical.show_units, ==, 1);
  only_file (&q->numerical.instructions, "scale.png");

  /* Matching: an empty stem is a distractor; a subquestion carries a file. */
  q = question_at (questions, 5);
  g_assert_cmpint (q->type, ==, SC_QUESTION_MATCHING);
  g_assert_cmpuint (q->subquestions->len, ==, 3);
  only_file (&sub_at (q, 0)->text, "card.png");
  g_assert_cmpstr (sub_at (q, 2)->text.source, ==, "");
  g_assert_cmpstr (sub_at (q, 2)->answer, ==, "voided");

  /* Ordering: items by their position, options by name. */
  q = question_at (questions, 6);
  g_assert_cmpint (q->type, ==, SC_QUESTION_ORDERING);
  g_assert_cmpstr (answer_at (q, 2)->text.source, ==, "Label");
  g_assert_cmpfloat (answer_at (q, 3)->fraction, ==, 4);
  g_assert_cmpint (q->ordering.layout, ==, SC_ORDERING_LAYOUT_HORIZONTAL);
  g_assert_cmpint (q->ordering.select_type, ==, SC_ORDERING_SELECT_RANDOM);
  g_assert_cmpuint (q->ordering.select_count, ==, 3);
  g_assert_cmpint (q->ordering.grading_type, ==, SC_ORDERING_GRADING_RELATIVE_NEXT_EXCLUDE_LAST);
  g_assert_false (q->ordering.show_grading);
  g_assert_cmpstr (q->ordering.numbering_style, ==, "123");

  /* Cloze: three fields, the mark is the sum of their weights. */
  q = question_at (questions, 7);
  g_assert_cmpint (q->type, ==, SC_QUESTION_CLOZE);
  g_assert_cmpuint (q->cloze_parts->len, ==, 3);
  g_assert_cmpfloat (q->default_mark, ==, 4);
  g_assert_cmpstr (q->idnumber, ==, "cloze-order");

  q = question_at (questions, 8);
  g_assert_cmpint (q->type, ==, SC_QUESTION_ESSAY);
  g_assert_cmpstr (q->essay.response_format, ==, "plain");
  g_assert_false (q->essay.response_required);
  g_assert_cmpuint (q->essay.response_field_lines, ==, 10);
  g_assert_cmpuint (q->essay.min_word_limit, ==, 50);
  g_assert_cmpuint (q->essay.max_word_limit, ==, 300);
  g_assert_cmpint (q->essay.attachments, ==, -1);
  g_assert_cmpint (q->essay.max_bytes, ==, 1048576);
  g_assert_cmpstr (q->essay.file_types_list, ==, ".pdf,.png");
  only_file (&q->essay.grader_info, "rubric.png");
  g_assert_cmpstr (q->essay.response_template.source, ==, "First, ...");

  q = question_at (questions, 9);
  g_assert_cmpint (q->type, ==, SC_QUESTION_DESCRIPTION);
  g_assert_cmpint (q->stem.format, ==, SC_TEXT_FORMAT_MARKDOWN);
}

static void
test_legacy_image (void)
{
  g_autofree char *path = fixture ("legacy-image.xml");
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(GPtrArray) questions = read_ok (path, SC_MOODLE_XML_READ_DEFAULT, problems);
  g_autofree char *display = g_filename_display_name (path);
  g_autofree char *expected = g_strdup_printf ("%s:60: question “Picture on the server”: the "
                                               "picture “course-files/box.png” is not inside the "
                                               "file and is left out", display);
  g_auto(GStrv) lines = sc_course_problems_to_strv (problems);
  ScQuestion *q = question_at (questions, 0);

  /* As Moodle does: a file of the question text, the picture appended. */
  g_assert_cmpstr (q->stem.source, ==, "<p>This is the logo of the shop.</p> "
                                        "<img src=\"@@PLUGINFILE@@/logos_shop logo.png\" />");
  g_assert_cmpstr (image_kind (only_file (&q->stem, "logos_shop logo.png")->data), ==, "png");
  g_assert_cmpstr (q->category[1], ==, "top");
  g_assert_cmpstr (q->category[2], ==, "Legacy");

  q = question_at (questions, 1);
  g_assert_cmpstr (image_kind (only_file (&q->stem, "colour.gif")->data), ==, "gif");

  q = question_at (questions, 2);
  g_assert_null (q->stem.files);
  g_assert_cmpuint (g_strv_length (lines), ==, 1);
  g_assert_cmpstr (lines[0], ==, expected);
}

static void
test_off_grid_fractions (void)
{
  g_autofree char *path = fixture ("off-grid-fractions.xml");
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(ScCourseProblems) snap_problems = sc_course_problems_new ();
  g_autoptr(GPtrArray) questions = read_ok (path, SC_MOODLE_XML_READ_DEFAULT, problems);
  g_autoptr(GPtrArray) snapped = read_ok (path, SC_MOODLE_XML_READ_SNAP_FRACTIONS, snap_problems);
  g_auto(GStrv) lines = sc_course_problems_to_strv (snap_problems);
  ScQuestion *q;

  /* Skipped by default: only the question with good grades is left. */
  g_assert_cmpuint (questions->len, ==, 1);
  g_assert_cmpstr (question_at (questions, 0)->name, ==, "Grades on the list");
  g_assert_cmpuint (sc_course_problems_get_len (problems), ==, 3);
  g_assert_nonnull (strstr (sc_course_problems_get (problems, 0)->message,
                            "question “Discount rate” skipped: answer “10 %” has the grade 33 %"));

  /* Snapped on request, and every rounding is reported. */
  g_assert_cmpuint (snapped->len, ==, 4);
  q = question_at (snapped, 0);
  g_assert_cmpfloat_with_epsilon (answer_at (q, 0)->fraction,
                                  0.3333333, 1e-9);
  g_assert_cmpfloat_with_epsilon (answer_at (q, 1)->fraction,
                                  0.3333333, 1e-9);
  q = question_at (snapped, 1);
  g_assert_cmpfloat (answer_at (q, 1)->fraction, ==, 0.5);
  q = question_at (snapped, 2);
  g_assert_cmpfloat (answer_at (q, 0)->fraction, ==, 1.0);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);
  g_assert_true (g_str_has_suffix (lines[0], ":19: question “Discount rate”: the grade 33 % of "
                                             "answer “10 %” was rounded to 33.33333 %"));
  g_assert_true (g_str_has_suffix (lines[1], ":43: question “Currency code”: the grade 47 % of "
                                             "answer “eur” was rounded to 50 %"));
  g_assert_true (g_str_has_suffix (lines[2], ":55: question “Tax on 100”: the grade 150 % of "
                                             "answer “20” was rounded to 100 %"));
}

static void
test_broken_cloze (void)
{
  g_autofree char *path = fixture ("broken-cloze.xml");
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(GPtrArray) questions = read_ok (path, SC_MOODLE_XML_READ_DEFAULT, problems);
  g_auto(GStrv) lines = sc_course_problems_to_strv (problems);

  g_assert_cmpuint (questions->len, ==, 1);
  g_assert_cmpuint (question_at (questions, 0)->cloze_parts->len, ==, 2);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);
  g_assert_nonnull (strstr (lines[0], ":16: question “Unclosed field” skipped: Cloze field at "
                                      "character 18 has no closing “}”"));
  g_assert_nonnull (strstr (lines[1], ":25: question “No fields at all” skipped: The cloze "
                                      "question has no embedded answers"));
  g_assert_nonnull (strstr (lines[2], ":34: question “Unknown field type” skipped: Cloze field at "
                                      "character 9 has an unknown type “DROPDOWN”"));
}

static void
test_plugin_types (void)
{
  g_autofree char *path = fixture ("plugin-types.xml");
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(GPtrArray) questions = read_ok (path, SC_MOODLE_XML_READ_DEFAULT, problems);
  g_auto(GStrv) lines = sc_course_problems_to_strv (problems);
  const char *plugins[] = { "ddwtos", "calculated", "gapselect" };
  guint skipped = 0;
  g_autofree char *xml = NULL;

  /* Kept so they are counted, each reported, none exported. */
  g_assert_cmpuint (questions->len, ==, 4);
  for (guint i = 0; i < G_N_ELEMENTS (plugins); i++)
    {
      g_autofree char *reason = g_strdup_printf ("skipped: the question type “%s” is not supported",
                                                 plugins[i]);

      g_assert_cmpint (question_at (questions, i)->type, ==, SC_QUESTION_UNSUPPORTED);
      g_assert_cmpstr (question_at (questions, i)->plugin, ==, plugins[i]);
      g_assert_true (g_str_has_suffix (lines[i], reason));
    }
  g_assert_cmpstr (question_at (questions, 0)->stem.source, ==,
                   "<p>The [[1]] ships the [[2]].</p>");
  g_assert_cmpint (question_at (questions, 3)->type, ==, SC_QUESTION_TRUE_FALSE);

  xml = sc_moodle_xml_write (questions, &skipped);
  g_assert_cmpuint (skipped, ==, 3);
  g_assert_null (strstr (xml, "ddwtos"));
}

static void
test_nested_categories (void)
{
  g_autofree char *path = fixture ("nested-categories.xml");
  g_autoptr(GPtrArray) questions = read_ok (path, SC_MOODLE_XML_READ_DEFAULT, NULL);
  const char *rates[] = { "$course$", "top", "Pricing/Tax", "Rates", NULL };
  const char *old[] = { "top", "Legacy", "Old questions", NULL };
  const char *week[] = { "$module$", "top", "Default for quiz", "Week 1", NULL };
  g_autofree char *xml = sc_moodle_xml_write (questions, NULL);

  g_assert_null (question_at (questions, 0)->category);
  g_assert_true (g_strv_equal ((const char * const *) question_at (questions, 1)->category, rates));
  g_assert_true (g_strv_equal ((const char * const *) question_at (questions, 2)->category, old));
  g_assert_true (g_strv_equal ((const char * const *) question_at (questions, 3)->category, week));

  /* The slash inside a name is written "//" again. */
  g_assert_nonnull (strstr (xml, "<text>$course$/top/Pricing//Tax/Rates</text>"));
}

static void
test_cdata_and_entities (void)
{
  g_autofree char *path = fixture ("cdata-and-entities.xml");
  g_autoptr(GPtrArray) questions = read_ok (path, SC_MOODLE_XML_READ_DEFAULT, NULL);
  ScQuestion *q = question_at (questions, 0);
  ScQuestionAnswer *answer = g_ptr_array_index (q->answers, 0);
  g_autofree char *xml = sc_moodle_xml_write (questions, NULL);

  g_assert_cmpstr (q->name, ==, "Brackets ]]> in the name & more");
  g_assert_cmpstr (q->stem.source, ==, "<p>Code: <code>a[b[0]]]></code> closes two brackets.</p>");
  g_assert_cmpstr (q->general_feedback.source, ==, "<p>Fish &amp; chips <b>cost</b> 5 &euro;</p>");
  g_assert_cmpstr (answer->text.source, ==, "]]>");
  g_assert_cmpstr (answer->feedback.source, ==, "Mixed: <i>cdata</i> and <b>text</b>");

  /* Written back in CDATA, "]]>" split across two sections as Moodle does. */
  g_assert_nonnull (strstr (xml, "<text><![CDATA[<p>Code: <code>a[b[0]]]]]><![CDATA[></code> "
                                 "closes two brackets.</p>]]></text>"));
  g_assert_nonnull (strstr (xml, "<text><![CDATA[]]]]><![CDATA[>]]></text>"));
}

/* What a learner will see simplified is reported once per kind and
 * question; the question is imported all the same. */
static void
test_formatting_simplified (void)
{
  g_autofree char *path = fixture ("formatting-simplified.xml");
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(GPtrArray) questions = read_ok (path, SC_MOODLE_XML_READ_DEFAULT, problems);
  const char *expected[] = {
    "<span style> shown without its style",
    "<u> shown as plain text",
    "<script> removed",
    "picture “sale.png” is missing from the file",
  };

  g_assert_cmpuint (questions->len, ==, 2);
  g_assert_cmpuint (sc_course_problems_get_len (problems), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const ScCourseProblem *problem = sc_course_problems_get (problems, i);
      g_autofree char *message = g_strconcat ("question “Styled statement”: formatting "
                                              "simplified: ", expected[i], NULL);

      g_assert_cmpuint (problem->line, ==, 5);
      g_assert_cmpstr (problem->message, ==, message);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/moodle-xml-fixtures/all-types", test_all_types);
  g_test_add_func ("/moodle-xml-fixtures/legacy-image", test_legacy_image);
  g_test_add_func ("/moodle-xml-fixtures/off-grid-fractions", test_off_grid_fractions);
  g_test_add_func ("/moodle-xml-fixtures/broken-cloze", test_broken_cloze);
  g_test_add_func ("/moodle-xml-fixtures/plugin-types", test_plugin_types);
  g_test_add_func ("/moodle-xml-fixtures/nested-categories", test_nested_categories);
  g_test_add_func ("/moodle-xml-fixtures/cdata-and-entities", test_cdata_and_entities);
  g_test_add_func ("/moodle-xml-fixtures/formatting-simplified", test_formatting_simplified);

  return g_test_run ();
}
