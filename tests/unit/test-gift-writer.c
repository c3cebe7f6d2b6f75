/* test-gift-writer.c - GIFT export writes what Moodle reads back, and says what it leaves out
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>

#include "sc-error.h"
#include "sc-gift-reader.h"
#include "sc-gift-writer.h"
#include "sc-question-dump.h"
#include "test-gift-util.h"

static GPtrArray *
question_list (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) sc_question_free);
}

static ScQuestion *
named (ScQuestionType  type,
       const char     *name,
       const char     *stem)
{
  ScQuestion *question = sc_question_new (type);

  question->name = g_strdup (name);
  sc_question_text_set (&question->stem, stem, SC_TEXT_FORMAT_MOODLE_AUTO_FORMAT);

  return question;
}

/* Writes @questions, checks the text, reads it back and checks that the
 * same questions came back. */
static void
assert_written (GPtrArray  *questions,
                const char *expected)
{
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autofree char *gift = sc_gift_write (questions, "out.gift", problems);
  g_autoptr(GPtrArray) again = NULL;
  g_autofree char *dump = sc_question_dump (questions);
  g_autofree char *dump_again = NULL;

  g_assert_cmpstr (gift, ==, expected);
  g_assert_cmpuint (sc_course_problems_get_len (problems), ==, 0);

  again = read_gift_string (gift, 0, problems);
  dump_again = sc_question_dump (again);
  g_assert_cmpstr (dump_again, ==, dump);
}

static void
test_gift_write_escapes (void)
{
  g_autoptr(GPtrArray) questions = question_list ();
  ScQuestion *question = named (SC_QUESTION_SINGLE_CHOICE, "a:b{c}", "1=1? #~\\ \nnext");
  ScQuestionAnswer *answer;

  question->shuffle = TRUE;
  answer = sc_question_add_answer (question, "x=y", SC_TEXT_FORMAT_MOODLE_AUTO_FORMAT, 1.0);
  sc_question_text_set (&answer->feedback, "ok#", SC_TEXT_FORMAT_MOODLE_AUTO_FORMAT);
  /* Starts like a weight, so it gets one of its own. */
  sc_question_add_answer (question, "%50 off", SC_TEXT_FORMAT_MOODLE_AUTO_FORMAT, 0.0);
  g_ptr_array_add (questions, question);

  assert_written (questions,
                  "::a\\:b\\{c\\}::1\\=1? \\#\\~\\\\ \\nnext{\n"
                  "\t=x\\=y#ok\\#\n"
                  "\t~%0%%50 off\n"
                  "}\n\n");
}

/* A text that starts like "[html]" gets its real format in front. */
static void
test_gift_write_format_prefix (void)
{
  g_autoptr(GPtrArray) questions = question_list ();
  ScQuestion *question = named (SC_QUESTION_TRUE_FALSE, "Tag", "[html] is a tag name");

  sc_question_add_answer (question, "true", SC_TEXT_FORMAT_MOODLE_AUTO_FORMAT, 1.0);
  sc_question_add_answer (question, "false", SC_TEXT_FORMAT_MOODLE_AUTO_FORMAT, 0.0);
  g_ptr_array_add (questions, question);

  assert_written (questions, "::Tag::[moodle][html] is a tag name{TRUE}\n\n");
}

/* The layout Moodle's exporter uses, for every type GIFT holds. */
static void
test_gift_write_layout (void)
{
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(GPtrArray) questions =
    read_gift_string ("// [id:Q1] [tag:t1] [tag:t2]\n"
                      "::TF::Sky is green.{F#No.#Yes.####Colours.}\n\n"
                      "::E::Essay.{####Hint}\n\n"
                      "::D::Just text.\n\n"
                      "::N::Num{#=%50%3:1#half ~#no}\n\n"
                      "::R::Range{#1..5}\n\n"
                      "::M::[html]Match{=<b>a</b> -> 1 =[plain]b -> 2}\n\n"
                      "::S::Short{=%100%a =%50%b#half}\n\n"
                      "::C::Pick{~%50%a ~%50%b ~c}", 0, problems);

  assert_written (questions,
                  "// [id:Q1] [tag:t1] [tag:t2]\n"
                  "::TF::Sky is green.{FALSE#No.#Yes.####Colours.}\n\n"
                  "::E::Essay.{####Hint}\n\n"
                  "::D::Just text.\n\n"
                  "::N::Num{#\n\t=%50%3:1#half\n\t~#no\n}\n\n"
                  "::R::Range{#\n\t=3:2\n}\n\n"
                  "::M::[html]Match{\n\t=<b>a</b> -> 1\n\t=[plain]b -> 2\n}\n\n"
                  "::S::Short{\n\t=a\n\t=%50%b#half\n}\n\n"
                  "::C::Pick{\n\t~%50%a\n\t~%50%b\n\t~c\n}\n\n");
}

static void
test_gift_write_true_false_feedback (void)
{
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(GPtrArray) questions =
    read_gift_string ("::A::a{T#wrong}\n\n::B::b{T##right}\n\n::C::c{F#wrong#right}", 0, problems);

  assert_written (questions,
                  "::A::a{TRUE#wrong}\n\n"
                  "::B::b{TRUE##right}\n\n"
                  "::C::c{FALSE#wrong#right}\n\n");
}

static void
test_gift_write_categories (void)
{
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(GPtrArray) questions =
    read_gift_string ("$CATEGORY: $course$/top/A//B\n\n::Q1::a\n\n::Q2::b\n\n"
                      "$CATEGORY: $course$/top/C\n\n::Q3::c", 0, problems);

  assert_written (questions,
                  "$CATEGORY: $course$/top/A//B\n\n::Q1::a\n\n::Q2::b\n\n"
                  "$CATEGORY: $course$/top/C\n\n::Q3::c\n\n");
}

static void
test_gift_write_weights (void)
{
  g_autoptr(GPtrArray) questions = question_list ();
  ScQuestion *question = named (SC_QUESTION_MULTIPLE_RESPONSE, "W", "x");
  ScQuestionAnswer *answer;

  question->shuffle = TRUE;

  answer = sc_question_add_answer (question, "a", SC_TEXT_FORMAT_MOODLE_AUTO_FORMAT, 0.3333333);
  answer->fraction_source = g_strdup ("33.33333");
  /* GIFT would not read "100.0" as a weight. */
  answer = sc_question_add_answer (question, "b", SC_TEXT_FORMAT_MOODLE_AUTO_FORMAT, 1.0);
  answer->fraction_source = g_strdup ("100.0");
  sc_question_add_answer (question, "c", SC_TEXT_FORMAT_MOODLE_AUTO_FORMAT, -0.1428571);
  g_ptr_array_add (questions, question);

  assert_written (questions, "::W::x{\n\t~%33.33333%a\n\t~%100%b\n\t~%-14.28571%c\n}\n\n");
}

/* A single-choice question whose answers are all right still reads back
 * as multiple choice. */
static void
test_gift_write_all_right (void)
{
  g_autoptr(GPtrArray) questions = question_list ();
  ScQuestion *question = named (SC_QUESTION_SINGLE_CHOICE, "All", "x");

  question->shuffle = TRUE;
  sc_question_add_answer (question, "a", SC_TEXT_FORMAT_MOODLE_AUTO_FORMAT, 1.0);
  sc_question_add_answer (question, "b", SC_TEXT_FORMAT_MOODLE_AUTO_FORMAT, 1.0);
  g_ptr_array_add (questions, question);

  assert_written (questions, "::All::x{\n\t=a\n\t~%100%b\n}\n\n");
}

/* A right answer whose text looks like a weight ("%5%*") keeps it as
 * text: "=%5%*" would read back as "*" weighted 5 %. */
static void
test_gift_write_right_answer_like_weight (void)
{
  g_autoptr(GPtrArray) questions = question_list ();
  ScQuestion *question = named (SC_QUESTION_SINGLE_CHOICE, "Percent", "x");

  question->shuffle = TRUE;
  sc_question_add_answer (question, "%5%*", SC_TEXT_FORMAT_MOODLE_AUTO_FORMAT, 1.0);
  sc_question_add_answer (question, "b", SC_TEXT_FORMAT_MOODLE_AUTO_FORMAT, 0.0);
  g_ptr_array_add (questions, question);

  assert_written (questions, "::Percent::x{\n\t=%100%%5%*\n\t~b\n}\n\n");
}

/* A numerical question's "anything else" answer is written "~#feedback"
 * after the others, as Moodle does, but "=%0%*" when it is the only one:
 * "{#" followed by "~" alone has no answer and would be skipped. */
static void
test_gift_write_numerical_anything_else (void)
{
  g_autoptr(GPtrArray) alone = question_list ();
  g_autoptr(GPtrArray) last = question_list ();
  ScQuestion *question = named (SC_QUESTION_NUMERICAL, "N", "x");
  ScQuestionAnswer *answer;

  answer = sc_question_add_answer (question, "*", SC_TEXT_FORMAT_MOODLE_AUTO_FORMAT, 0.0);
  sc_question_text_set (&answer->feedback, "Look again.", SC_TEXT_FORMAT_MOODLE_AUTO_FORMAT);
  g_ptr_array_add (alone, question);
  assert_written (alone, "::N::x{#\n\t=%0%*#Look again.\n}\n\n");

  question = named (SC_QUESTION_NUMERICAL, "N", "x");
  sc_question_add_answer (question, "5", SC_TEXT_FORMAT_MOODLE_AUTO_FORMAT, 1.0);
  answer = sc_question_add_answer (question, "*", SC_TEXT_FORMAT_MOODLE_AUTO_FORMAT, 0.0);
  sc_question_text_set (&answer->feedback, "Look again.", SC_TEXT_FORMAT_MOODLE_AUTO_FORMAT);
  g_ptr_array_add (last, question);
  assert_written (last, "::N::x{#\n\t=5\n\t~#Look again.\n}\n\n");
}

/* An id or tag with "]" or ending in a backslash still reads back. */
static void
test_gift_write_comment_escapes (void)
{
  g_autoptr(GPtrArray) questions = question_list ();
  ScQuestion *question = named (SC_QUESTION_DESCRIPTION, "I", "x");

  question->default_mark = 0.0;
  question->idnumber = g_strdup ("a]b\\");
  sc_question_add_tag (question, "c\\]d");
  g_ptr_array_add (questions, question);

  assert_written (questions, "// [id:a\\]b\\ ] [tag:c\\\\]d]\n::I::x\n\n");
}

static void
add_true_false (GPtrArray  *questions,
                const char *name)
{
  ScQuestion *question = named (SC_QUESTION_TRUE_FALSE, name, "x");

  sc_question_add_answer (question, "true", SC_TEXT_FORMAT_MOODLE_AUTO_FORMAT, 1.0);
  sc_question_add_answer (question, "false", SC_TEXT_FORMAT_MOODLE_AUTO_FORMAT, 0.0);
  g_ptr_array_add (questions, question);
}

static void
test_gift_write_skipped (void)
{
  g_autoptr(GPtrArray) questions = question_list ();
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autofree char *gift = NULL;
  g_autofree char *reported = NULL;
  g_autoptr(GBytes) picture = g_bytes_new_static ("\x89PNG", 4);
  ScQuestion *question;
  ScQuestionAnswer *answer;

  g_ptr_array_add (questions, named (SC_QUESTION_ORDERING, "Steps", "Order them"));
  g_ptr_array_add (questions, named (SC_QUESTION_CLOZE, "Gaps", "{1:SA:=a}"));
  question = named (SC_QUESTION_UNSUPPORTED, "Drag", "x");
  question->plugin = g_strdup ("ddwtos");
  g_ptr_array_add (questions, question);

  add_true_false (questions, "Picture");
  sc_question_text_add_file (&((ScQuestion *) g_ptr_array_index (questions, 3))->stem, "a.png",
                             "/", "base64", picture);

  question = named (SC_QUESTION_NUMERICAL, "Units", "x");
  sc_question_add_answer (question, "5", SC_TEXT_FORMAT_MOODLE_AUTO_FORMAT, 1.0);
  sc_question_add_unit (question, "km", 1.0);
  g_ptr_array_add (questions, question);

  question = named (SC_QUESTION_NUMERICAL, "Relative", "x");
  answer = sc_question_add_answer (question, "5", SC_TEXT_FORMAT_MOODLE_AUTO_FORMAT, 1.0);
  answer->tolerance = 0.1;
  answer->tolerance_type = SC_TOLERANCE_RELATIVE;
  g_ptr_array_add (questions, question);

  question = named (SC_QUESTION_NUMERICAL, "Comma", "x");
  sc_question_add_answer (question, "3,5", SC_TEXT_FORMAT_MOODLE_AUTO_FORMAT, 1.0);
  g_ptr_array_add (questions, question);

  question = named (SC_QUESTION_SINGLE_CHOICE, "No right answer", "x");
  sc_question_add_answer (question, "a", SC_TEXT_FORMAT_MOODLE_AUTO_FORMAT, 0.5);
  sc_question_add_answer (question, "b", SC_TEXT_FORMAT_MOODLE_AUTO_FORMAT, 0.0);
  g_ptr_array_add (questions, question);

  question = named (SC_QUESTION_SHORT_ANSWER, "Arrow", "x");
  sc_question_add_answer (question, "a->b", SC_TEXT_FORMAT_MOODLE_AUTO_FORMAT, 1.0);
  g_ptr_array_add (questions, question);

  question = named (SC_QUESTION_SHORT_ANSWER, "Arrow feedback", "x");
  answer = sc_question_add_answer (question, "a", SC_TEXT_FORMAT_MOODLE_AUTO_FORMAT, 1.0);
  sc_question_text_set (&answer->feedback, "a -> b", SC_TEXT_FORMAT_MOODLE_AUTO_FORMAT);
  g_ptr_array_add (questions, question);

  question = named (SC_QUESTION_MATCHING, "Arrow pair", "x");
  sc_question_add_subquestion (question, "a->b", SC_TEXT_FORMAT_MOODLE_AUTO_FORMAT, "c");
  sc_question_add_subquestion (question, "d", SC_TEXT_FORMAT_MOODLE_AUTO_FORMAT, "e");
  g_ptr_array_add (questions, question);

  question = named (SC_QUESTION_TRUE_FALSE, "Both wrong", "x");
  sc_question_add_answer (question, "true", SC_TEXT_FORMAT_MOODLE_AUTO_FORMAT, 0.0);
  sc_question_add_answer (question, "false", SC_TEXT_FORMAT_MOODLE_AUTO_FORMAT, 0.0);
  g_ptr_array_add (questions, question);

  add_true_false (questions, "Kept");

  gift = sc_gift_write (questions, "out.gift", problems);
  reported = join_problems (problems);

  g_assert_cmpstr (gift, ==, "::Kept::x{TRUE}\n\n");
  g_assert_cmpstr (reported, ==,
                   "out.gift: question “Steps” skipped: GIFT has no ordering questions; export "
                   "the bank as Moodle XML to keep them\n"
                   "out.gift: question “Gaps” skipped: GIFT has no cloze (embedded answers) "
                   "questions; export the bank as Moodle XML to keep them\n"
                   "out.gift: question “Drag” skipped: “ddwtos” is a Moodle plug-in type that "
                   "GIFT cannot hold\n"
                   "out.gift: question “Picture” skipped: it has embedded files (pictures or "
                   "media), which GIFT cannot carry; export the bank as Moodle XML to keep them\n"
                   "out.gift: question “Units” skipped: its units cannot be written in GIFT\n"
                   "out.gift: question “Relative” skipped: its relative or geometric margin "
                   "cannot be written in GIFT, which has only ± margins\n"
                   "out.gift: question “Comma” skipped: its answer “3,5” is not a number GIFT "
                   "can hold\n"
                   "out.gift: question “No right answer” skipped: a single-choice question needs "
                   "a fully correct answer to be written in GIFT\n"
                   "out.gift: question “Arrow” skipped: its answer “a->b” holds “->”, which GIFT "
                   "would read as a matching pair\n"
                   "out.gift: question “Arrow feedback” skipped: the feedback on answer 1 holds "
                   "“->”, which GIFT would read as a matching pair\n"
                   "out.gift: question “Arrow pair” skipped: item 1 holds “->”, which GIFT uses "
                   "between an item and its match\n"
                   "out.gift: question “Both wrong” skipped: its answers are not “true” and "
                   "“false” with one of them right");
}

static void
test_gift_write_losses (void)
{
  g_autoptr(GPtrArray) questions = question_list ();
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autofree char *gift = NULL;
  g_autofree char *reported = NULL;
  g_autofree char *reason = NULL;
  ScQuestion *question;

  question = named (SC_QUESTION_SINGLE_CHOICE, "H", "x");
  sc_question_add_answer (question, "a", SC_TEXT_FORMAT_MOODLE_AUTO_FORMAT, 1.0);
  sc_question_add_answer (question, "b", SC_TEXT_FORMAT_MOODLE_AUTO_FORMAT, 0.0);
  sc_question_add_hint (question, "Think", SC_TEXT_FORMAT_HTML);
  sc_question_text_set (&question->correct_feedback, "Well done", SC_TEXT_FORMAT_HTML);
  g_ptr_array_add (questions, question);

  question = named (SC_QUESTION_SHORT_ANSWER, "C", "x");
  question->case_sensitive = TRUE;
  question->default_mark = 2.0;
  sc_question_add_answer (question, "Tokyo", SC_TEXT_FORMAT_MOODLE_AUTO_FORMAT, 1.0);
  g_ptr_array_add (questions, question);

  g_assert_true (sc_gift_can_write (question, &reason));
  g_assert_null (reason);

  gift = sc_gift_write (questions, "out.gift", problems);
  reported = join_problems (problems);

  g_assert_cmpstr (gift, ==, "::H::x{\n\t=a\n\t~b\n}\n\n::C::x{\n\t=Tokyo\n}\n\n");
  g_assert_cmpstr (reported, ==,
                   "out.gift: question “H”: hints are left out; GIFT has no hints\n"
                   "out.gift: question “H”: the feedback for correct, partly correct and "
                   "incorrect responses is left out; GIFT cannot hold it\n"
                   "out.gift: question “H”: the fixed order of the answers is left out; GIFT "
                   "answers are shuffled\n"
                   "out.gift: question “C”: case-sensitive marking is left out; GIFT short "
                   "answers ignore case\n"
                   "out.gift: question “C”: its mark is left out; GIFT questions are worth 1 "
                   "mark");
}

static void
test_gift_write_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("gift-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *nowhere = NULL;
  g_autoptr(GPtrArray) questions = question_list ();
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autofree char *expected = NULL;
  g_autofree char *dump = NULL;
  g_autofree char *dump_again = NULL;

  g_assert_no_error (error);
  path = g_build_filename (dir, "bank.gift", NULL);
  nowhere = g_build_filename (dir, "missing", "bank.gift", NULL);
  add_true_false (questions, "Café");

  g_assert_true (sc_gift_write_file (questions, path, problems, &error));
  g_assert_no_error (error);
  again = sc_gift_read_file (path, 0, problems, &error);
  g_assert_no_error (error);
  dump = sc_question_dump (questions);
  dump_again = sc_question_dump (again);
  g_assert_cmpstr (dump_again, ==, dump);
  g_assert_cmpuint (sc_course_problems_get_len (problems), ==, 0);

  g_assert_false (sc_gift_write_file (questions, nowhere, problems, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_IO);
  expected = g_strdup_printf ("%s: the file cannot be written (", nowhere);
  g_assert_true (g_str_has_prefix (error->message, expected));
  g_assert_true (g_str_has_suffix (error->message, "); choose a folder you may write to"));

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/gift/write/escapes", test_gift_write_escapes);
  g_test_add_func ("/gift/write/format-prefix", test_gift_write_format_prefix);
  g_test_add_func ("/gift/write/layout", test_gift_write_layout);
  g_test_add_func ("/gift/write/true-false-feedback", test_gift_write_true_false_feedback);
  g_test_add_func ("/gift/write/categories", test_gift_write_categories);
  g_test_add_func ("/gift/write/weights", test_gift_write_weights);
  g_test_add_func ("/gift/write/all-right", test_gift_write_all_right);
  g_test_add_func ("/gift/write/right-answer-like-weight", test_gift_write_right_answer_like_weight);
  g_test_add_func ("/gift/write/numerical-anything-else",
                   test_gift_write_numerical_anything_else);
  g_test_add_func ("/gift/write/comment-escapes", test_gift_write_comment_escapes);
  g_test_add_func ("/gift/write/skipped", test_gift_write_skipped);
  g_test_add_func ("/gift/write/losses", test_gift_write_losses);
  g_test_add_func ("/gift/write/file", test_gift_write_file);

  return g_test_run ();
}
