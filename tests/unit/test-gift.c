/* test-gift.c - each GIFT construct gives the question Moodle imports, each mistake its message
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One table: a small GIFT text, the questions it must give (one line each,
 * see test-gift-util.h) and every problem reported, exactly. Broken
 * questions are skipped with their line and reason while the others in
 * the same text are still imported. Every case also goes through the
 * writer and back and must come out the same.
 */
#include "sc-gift-reader.h"
#include "sc-gift-writer.h"
#include "sc-question-dump.h"
#include "test-gift-util.h"

typedef struct
{
  const char      *name;
  const char      *gift;
  ScGiftReadFlags  flags;
  const char      *questions;  /* describe_questions (), "" for none */
  const char      *problems;   /* join_problems (), NULL for none */
} Case;

#define TF " | 1 true | 0 false"

static const Case cases[] = {
  /* Types */
  { "description", "Just some text.", 0,
    "description “Just some text.” | Just some text.", NULL },
  { "title", "::Q1::Is it? {T}", 0, "true-false “Q1” | Is it?" TF, NULL },
  { "true-false-words", "A{T}\n\nB{TRUE}\n\nC{F}\n\nD{FALSE}", 0,
    "true-false “A” | A" TF "\n"
    "true-false “B” | B" TF "\n"
    "true-false “C” | C | 0 true | 1 false\n"
    "true-false “D” | D | 0 true | 1 false", NULL },
  /* The first feedback is for the wrong choice (here "true"), the second
   * for the right one. */
  { "true-false-feedback", "::Q::The sky is green.{F#No, it is blue.#Right.}", 0,
    "true-false “Q” | The sky is green. | 0 true # No, it is blue. | 1 false # Right.", NULL },
  { "true-false-right-feedback-only", "::Q::x{TRUE##Well done}", 0,
    "true-false “Q” | x | 1 true # Well done | 0 false", NULL },
  { "true-false-case", "::Q::x{true}", 0, "short-answer “Q” | x | 1 true", NULL },
  { "essay", "::E::Write about returns.{}", 0, "essay “E” | Write about returns.", NULL },
  { "essay-feedback", "::E::Write.{####Mention the SKU.}", 0,
    "essay “E” | Write. | gf Mention the SKU.", NULL },
  { "choice", "::C::Pick one.{=right ~wrong ~also wrong}", 0,
    "single-choice “C” | Pick one. | 1 right | 0 wrong | 0 also wrong", NULL },
  { "choice-lines", "::C::Pick\n{\n=right#Yes\n~wrong#No\n}", 0,
    "single-choice “C” | Pick | 1 right # Yes | 0 wrong # No", NULL },
  { "choice-multiple", "::M::Pick two{~%50%a ~%50%b ~%-100%c}", 0,
    "multiple-response “M” | Pick two | 0.5 a | 0.5 b | -1 c", NULL },
  { "choice-partial", "::P::x{=a ~%25%b ~c}", 0,
    "single-choice “P” | x | 1 a | 0.25 b | 0 c", NULL },
  { "choice-decimal-weights", "::W::x{~%33.33333%a ~%33.33333%b ~%33.33333%c ~d}", 0,
    "multiple-response “W” | x | 0.3333333 a | 0.3333333 b | 0.3333333 c | 0 d", NULL },
  { "choice-general-feedback", "::G::x{=a ~b ####Think again.}", 0,
    "single-choice “G” | x | gf Think again. | 1 a | 0 b", NULL },
  { "short", "::S::Capital of Japan?{=Tokyo =Edo#The old name}", 0,
    "short-answer “S” | Capital of Japan? | 1 Tokyo | 1 Edo # The old name", NULL },
  { "short-partial-wildcard", "::S::Animal?{=Frog =%50%Cat =%0%*#Wrong}", 0,
    "short-answer “S” | Animal? | 1 Frog | 0.5 Cat | 0 * # Wrong", NULL },
  { "short-without-equals", "::S::Country?{China}", 0, "short-answer “S” | Country? | 1 China",
    NULL },
  { "matching", "::M::Match.{=Cat -> Meow =Dog -> Woof = -> Moo}", 0,
    "matching “M” | Match. | Cat -> Meow | Dog -> Woof |  -> Moo", NULL },
  { "missing-word", "::W::Grant is {~buried =entombed ~living} in Grant's tomb.", 0,
    "single-choice “W” | Grant is _____ in Grant's tomb. | 0 buried | 1 entombed | 0 living",
    NULL },
  { "numerical", "::N::Pi?{#3.14:0.01}", 0, "numerical “N” | Pi? | 1 3.14 ±0.01", NULL },
  { "numerical-exact", "::N::Four?{#4}", 0, "numerical “N” | Four? | 1 4 ±0", NULL },
  { "numerical-range", "::N::Between?{#2..4}", 0, "numerical “N” | Between? | 1 3 ±1", NULL },
  { "numerical-several", "::N::Born?{#=1822:0 =%50%1822:2#Close}", 0,
    "numerical “N” | Born? | 1 1822 ±0 | 0.5 1822 ±2 # Close", NULL },
  { "numerical-anything-else", "::N::x{#3:2~#Completely wrong}", 0,
    "numerical “N” | x | 1 3 ±2 | 0 * ±0 # Completely wrong", NULL },
  { "numerical-lines", "::N::x{#\n=%100%-1.5e2:0.5\n=%50%-150:5\n}", 0,
    "numerical “N” | x | 1 -1.5e2 ±0.5 | 0.5 -150 ±5", NULL },

  /* Escapes, formats, comments, categories, layout */
  { "escapes", "::a\\:b::1 \\= 1, \\~ \\# \\{ \\} \\\\ and\\nnext{T}", 0,
    "true-false “a:b” | 1 = 1, ~ # { } \\ and\nnext" TF, NULL },
  { "escapes-in-answers", "::E::Which?{=a\\=b#c\\#d ~x\\~y}", 0,
    "single-choice “E” | Which? | 1 a=b # c#d | 0 x~y", NULL },
  { "formats", "::F::[html]<b>Bold</b>{=[plain]<i>a</i> ~[markdown]*b*#[html]<i>no</i>}", 0,
    "single-choice “F” | [html]<b>Bold</b> | 1 [plain_text]<i>a</i> | 0 [markdown]*b* # "
    "[html]<i>no</i>", NULL },
  { "format-inherited", "::F::[markdown]Pick{=**a** ~b#c}", 0,
    "single-choice “F” | [markdown]Pick | 1 [markdown]**a** | 0 [markdown]b # [markdown]c", NULL },
  { "format-moodle", "::F::[moodle]x{T}", 0, "true-false “F” | x" TF, NULL },
  { "format-unknown", "::F::[HTML]x{T}", 0, "true-false “F” | [HTML]x" TF, NULL },
  { "comments", "// [id:Q-1] [tag:pricing] [tag:a\\]b]\n::Q::x{T}", 0,
    "true-false “Q” id=Q-1 tags=pricing,a]b | x" TF, NULL },
  /* An empty id names nothing; a later one is the id (a gift fuzz
   * finding: the empty one came back as no id). */
  { "comments-empty-id", "// [id: ] [id:Q-2]\n::Q::x{T}", 0,
    "true-false “Q” id=Q-2 | x" TF, NULL },
  { "comment-inside", "::Q::Line one\n// between\nline two{T}", 0,
    "true-false “Q” | Line one\nline two" TF, NULL },
  { "comments-only", "// just a comment\n// and another", 0, "", NULL },
  { "category", "$CATEGORY: $course$/top/A//B/C\n\n::Q::x{T}\n\n::R::y{F}", 0,
    "true-false “Q” cat=$course$ > top > A/B > C | x" TF "\n"
    "true-false “R” cat=$course$ > top > A/B > C | y | 0 true | 1 false", NULL },
  { "category-same-block", "$CATEGORY: tom/dick\n::Q::x{T}", 0,
    "true-false “Q” cat=tom > dick | x" TF, NULL },
  { "category-switch", "::A::a{T}\n\n$CATEGORY: one\n\n::B::b{T}\n\n$CATEGORY: two\n\n::C::c{T}", 0,
    "true-false “A” | a" TF "\n"
    "true-false “B” cat=one | b" TF "\n"
    "true-false “C” cat=two | c" TF, NULL },
  { "blank-lines", "\n\n::A::a{T}\n\n\n\n::B::b{T}\n  \t\n::C::c{T}\n", 0,
    "true-false “A” | a" TF "\ntrue-false “B” | b" TF "\ntrue-false “C” | c" TF, NULL },
  { "crlf", "::A::a\r\nmore{T}\r\n\r\n::B::b{F}\r\n", 0,
    "true-false “A” | a\nmore" TF "\ntrue-false “B” | b | 0 true | 1 false", NULL },
  { "indented", "::Q::x{\n    =a # good\n    ~b\n}", 0,
    "single-choice “Q” | x | 1 a # good | 0 b", NULL },
  { "default-name", "What's 2 plus 2? {#4}", 0,
    "numerical “What's 2 plus 2?” | What's 2 plus 2? | 1 4 ±0", NULL },
  { "default-name-long",
    "This question text is deliberately long, so that the name made from it has to be cut "
    "short somewhere{T}", 0,
    "true-false “This question text is deliberately long, so that the name made from it has "
    "to...” | This question text is deliberately long, so that the name made from it has to "
    "be cut short somewhere" TF, NULL },
  { "default-name-html", "[html]<p>Hello <b>world</b></p>{T}", 0,
    "true-false “Hello world” | [html]<p>Hello <b>world</b></p>" TF, NULL },
  { "title-unclosed", "::Half title {T}", 0, "true-false “Half title” | Half title" TF, NULL },
  { "title-empty", ":: ::Named by its text{T}", 0,
    "true-false “Named by its text” | Named by its text" TF, NULL },
  { "nothing-but-marks", "::\n\n\\n\n\n::Q::x{T}", 0, "true-false “Q” | x" TF, NULL },

  /* Moodle's grade list */
  { "grade-close-enough", "::S::x{=a ~%33.333%b}", 0,
    "single-choice “S” | x | 1 a | 0.3333333 b", NULL },
  { "grade-snapped", "::S::x{=a ~%33%b ~c}", SC_GIFT_READ_SNAP_FRACTIONS,
    "single-choice “S” | x | 1 a | 0.3333333 b | 0 c",
    "t.gift:1: question “S”: answer “b” has the weight 33%, rounded to 33.33333%, the nearest "
    "on Moodle's list of grades" },
  { "grade-off-list",
    "::Q::x {\n=a\n~%33%b\n}\n\n::R::y{T}", 0, "true-false “R” | y" TF,
    "t.gift:3: question “Q” skipped: answer “b” has the weight 33%, which is not on Moodle's "
    "list of grades; correct it, or import again with weights rounded to the nearest on the "
    "list (--snap-fractions), which gives 33.33333%" },
  { "grade-over-100", "::Q::x{=a ~%150%b}", 0, "",
    "t.gift:1: question “Q” skipped: answer “b” has the weight 150%, which is not on Moodle's "
    "list of grades; correct it, or import again with weights rounded to the nearest on the "
    "list (--snap-fractions), which gives 100%" },

  /* Broken questions: skipped with the reason, the rest imported */
  { "unclosed", "::Q::x {=a\n\n::R::y{T}", 0, "true-false “R” | y" TF,
    "t.gift:1: question “Q” skipped: “{” is not closed by “}” before the blank line that ends "
    "the question; write \\{ for a literal brace" },
  { "unopened", "::Q::x =a}", 0, "",
    "t.gift:1: question “Q” skipped: “}” has no “{” before it; write \\} for a literal brace" },
  { "nested", "::Q::x {=a\n{b}", 0, "",
    "t.gift:2: question “Q” skipped: “{” inside the answers; write \\{ for a literal brace" },
  { "second-block", "::Q::x {=a} and {=b}", 0, "",
    "t.gift:1: question “Q” skipped: a second “{” after the answers; a GIFT question has one "
    "pair of braces, so write \\{ for a literal one" },
  { "one-choice", "::Q::x {~a}", 0, "",
    "t.gift:1: question “Q” skipped: a multiple-choice question needs at least two answers, "
    "each starting with = or ~" },
  { "one-pair", "::Q::x {=a -> 1}", 0, "",
    "t.gift:1: question “Q” skipped: a matching question needs at least two pairs, each written "
    "=item -> match" },
  { "no-arrow", "::Q::x {\n=a -> 1\n=b\n}", 0, "",
    "t.gift:3: question “Q” skipped: the pair “b” has no “->”; write each pair as =item -> match" },
  { "not-a-number", "::Q::x {#3,14}", 0, "",
    "t.gift:1: question “Q” skipped: “3,14” is not a number; write a numerical answer as 3.14, "
    "as 3.14:0.01 (with a margin) or as 2..4 (a range), with a point before decimals" },
  { "range-reversed", "::Q::x {#5..1}", 0, "",
    "t.gift:1: question “Q” skipped: the range 5..1 ends below its start; write the smaller "
    "number first" },
  { "negative-margin", "::Q::x {#3:-1}", 0, "",
    "t.gift:1: question “Q” skipped: the margin -1 is negative; write how far from the answer a "
    "response may be, such as 3.14:0.01" },
  { "numerical-empty", "::Q::x {#}", 0, "",
    "t.gift:1: question “Q” skipped: a numerical question needs an answer after “#”, such as "
    "{#3.14:0.01}" },
  { "empty-choice", "::Q::x {=a ~}", 0, "",
    "t.gift:1: question “Q” skipped: answer 2 is empty" },
  { "empty-short", "::Q::x {=}", 0, "", "t.gift:1: question “Q” skipped: answer 1 is empty" },
  { "control-character", "::Q::x\001y {T}", 0, "",
    "t.gift:1: question “Q” skipped: it holds the control character U+0001, which a GIFT file "
    "cannot contain" },
  { "label-from-text", "Broken question text {=a", 0, "",
    "t.gift:1: question “Broken question text” skipped: “{” is not closed by “}” before the "
    "blank line that ends the question; write \\{ for a literal brace" },
  { "category-empty", "$CATEGORY:   \n\n::Q::x{T}", 0, "true-false “Q” | x" TF,
    "t.gift:1: $CATEGORY: needs a category path, such as $CATEGORY: $course$/top/Pricing; the "
    "questions that follow stay in the category before" },
  { "broken-among-good",
    "::A::a{T}\n\n// a comment\n::B::b {=x\n~y\n\n::C::c{F}", 0,
    "true-false “A” | a" TF "\ntrue-false “C” | c | 0 true | 1 false",
    "t.gift:4: question “B” skipped: “{” is not closed by “}” before the blank line that ends "
    "the question; write \\{ for a literal brace" },

  /* What the rich-text view will not show as written */
  { "markdown-simplified", "::T::[markdown]Prices:\n| a | b |\n|---|---|\n| 1 | 2 |{T}", 0,
    "true-false “T” | [markdown]Prices:\n| a | b |\n|---|---|\n| 1 | 2 |" TF,
    "t.gift:2: question “T”: formatting simplified: table shown as lines of text" },
};

/* gift → model → gift → model: the same questions, nothing reported lost,
 * and writing them again gives the same text. */
static void
check_round_trip (GPtrArray *questions)
{
  g_autoptr(ScCourseProblems) write_problems = sc_course_problems_new ();
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autofree char *gift = sc_gift_write (questions, "out.gift", write_problems);
  g_autoptr(GPtrArray) again = read_gift_string (gift, 0, problems);
  g_autofree char *gift_again = sc_gift_write (again, "out.gift", NULL);
  g_autofree char *lost = join_problems (write_problems);
  g_autofree char *dump = sc_question_dump (questions);
  g_autofree char *dump_again = sc_question_dump (again);

  g_assert_cmpstr (lost, ==, NULL);
  for (guint i = 0; i < sc_course_problems_get_len (problems); i++)
    g_assert_null (strstr (sc_course_problems_get (problems, i)->message, "skipped"));
  g_assert_cmpstr (dump_again, ==, dump);
  g_assert_cmpstr (gift_again, ==, gift);
}

static void
check_case (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(GPtrArray) questions = read_gift_string (c->gift, c->flags, problems);
  g_autofree char *described = describe_questions (questions);
  g_autofree char *reported = join_problems (problems);

  g_assert_cmpstr (described, ==, c->questions);
  g_assert_cmpstr (reported, ==, c->problems);
  if (questions->len > 0)
    check_round_trip (questions);
}

/* Moodle's question defaults come with each type. */
static void
test_gift_defaults (void)
{
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(GPtrArray) questions =
    read_gift_string ("D\n\n::E::e{}\n\n::T::t{T}\n\n::C::c{=a ~b}\n\n::M::m{=a -> 1 =b -> 2}\n\n"
                      "::S::s{=a}\n\n::N::n{#1}", 0, problems);
  const ScQuestion *description, *essay, *true_false, *choice, *matching, *short_answer,
                   *numerical;

  g_assert_cmpuint (questions->len, ==, 7);
  description = g_ptr_array_index (questions, 0);
  essay = g_ptr_array_index (questions, 1);
  true_false = g_ptr_array_index (questions, 2);
  choice = g_ptr_array_index (questions, 3);
  matching = g_ptr_array_index (questions, 4);
  short_answer = g_ptr_array_index (questions, 5);
  numerical = g_ptr_array_index (questions, 6);

  /* A description is worth nothing; everything else one mark. */
  g_assert_cmpfloat (description->default_mark, ==, 0.0);
  g_assert_cmpfloat (essay->default_mark, ==, 1.0);
  /* One try at true/false costs the whole mark, a third elsewhere. */
  g_assert_cmpfloat (true_false->penalty, ==, 1.0);
  g_assert_cmpfloat_with_epsilon (choice->penalty, 0.3333333, 1e-9);

  g_assert_cmpstr (essay->essay.response_format, ==, "editor");
  g_assert_true (essay->essay.response_required);
  g_assert_cmpuint (essay->essay.response_field_lines, ==, 15);
  g_assert_cmpint (essay->essay.attachments, ==, 0);

  g_assert_true (choice->shuffle);
  g_assert_true (matching->shuffle);
  g_assert_false (short_answer->case_sensitive);
  g_assert_cmpint (((ScQuestionAnswer *) g_ptr_array_index (numerical->answers, 0))->tolerance_type,
                   ==, SC_TOLERANCE_NOMINAL);

  /* Weights keep their spelling for export. */
  g_assert_null (((ScQuestionAnswer *) g_ptr_array_index (choice->answers, 0))->fraction_source);
  g_assert_cmpuint (sc_course_problems_get_len (problems), ==, 0);
}

static void
test_gift_weight_spelling (void)
{
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(GPtrArray) questions =
    read_gift_string ("::Q::x{~%-33.33333%a ~%100%b ~%50%c}", 0, problems);
  const ScQuestion *question = g_ptr_array_index (questions, 0);
  const ScQuestionAnswer *a = g_ptr_array_index (question->answers, 0);
  const ScQuestionAnswer *b = g_ptr_array_index (question->answers, 1);

  g_assert_cmpstr (a->fraction_source, ==, "-33.33333");
  g_assert_cmpfloat (a->fraction, ==, -0.3333333);
  g_assert_cmpstr (b->fraction_source, ==, "100");
  /* No "=": several answers may be right, even with one at 100 %. */
  g_assert_cmpint (question->type, ==, SC_QUESTION_MULTIPLE_RESPONSE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/gift/read/%s", cases[i].name);

      g_test_add_data_func (path, &cases[i], check_case);
    }
  g_test_add_func ("/gift/read/defaults", test_gift_defaults);
  g_test_add_func ("/gift/read/weight-spelling", test_gift_weight_spelling);

  return g_test_run ();
}
