/* test-cloze.c - Moodle's embedded answers: every form, every mistake, and writing back
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "sc-cloze.h"
#include "sc-error.h"

/* One line per part: "SPELLING wN: text=fraction[±tolerance][#feedback] ~ …",
 * parts separated by " || ". */
static char *
dump_parts (const GPtrArray *parts)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < parts->len; i++)
    {
      const ScClozePart *part = g_ptr_array_index ((GPtrArray *) parts, i);

      if (i > 0)
        g_string_append (out, " || ");
      g_string_append_printf (out, "%s w%u:", part->type_source, part->weight);
      for (guint j = 0; j < part->answers->len; j++)
        {
          const ScQuestionAnswer *answer = g_ptr_array_index (part->answers, j);

          g_string_append (out, j == 0 ? " " : " ~ ");
          g_string_append_printf (out, "%s=%.7g", answer->text.source, answer->fraction);
          if (answer->tolerance_source != NULL)
            g_string_append_printf (out, "±%g", answer->tolerance);
          if (answer->feedback.source != NULL)
            g_string_append_printf (out, "#%s", answer->feedback.source);
        }
    }

  return g_string_free (out, FALSE);
}

typedef struct
{
  const char *name;
  const char *source;
  const char *parts;
} ValidRow;

static const ValidRow valid_rows[] = {
  { "shortanswer-long-form", "{1:SHORTANSWER:=Berlin#Good~%50%Bonn#Half}",
    "SHORTANSWER w1: Berlin=1#Good ~ Bonn=0.5#Half" },
  { "sa-weight-left-out", "{:SA:=Paris}", "SA w1: Paris=1" },
  { "mw-with-catch-all", "{2:MW:=cat~*#Wrong}", "MW w2: cat=1 ~ *=0#Wrong" },
  { "shortanswer-c", "{1:SHORTANSWER_C:=NaCl}", "SHORTANSWER_C w1: NaCl=1" },
  { "sac", "{1:SAC:=NaCl}", "SAC w1: NaCl=1" },
  { "mwc", "{1:MWC:=NaCl}", "MWC w1: NaCl=1" },
  { "numerical-tolerance", "{1:NUMERICAL:=3.14:0.01#Close~%50%3:0.5}",
    "NUMERICAL w1: 3.14=1±0.01#Close ~ 3=0.5±0.5" },
  { "nm-decimal-comma", "{1:NM:=2,5:0,1}", "NM w1: 2,5=1±0.1" },
  { "nm-exponent-and-wildcard", "{3:NM:=1.5e3~*#No}", "NM w3: 1.5e3=1 ~ *=0#No" },
  { "nm-negative", "{1:NM:=-4:0.5}", "NM w1: -4=1±0.5" },
  { "multichoice-fixture", "{1:MULTICHOICE:=California#OK~Arizona#Wrong}",
    "MULTICHOICE w1: California=1#OK ~ Arizona=0#Wrong" },
  { "mc", "{1:MC:=yes~no}", "MC w1: yes=1 ~ no=0" },
  { "mcv", "{1:MCV:=yes~no}", "MCV w1: yes=1 ~ no=0" },
  { "multichoice-v", "{1:MULTICHOICE_V:=yes~no}", "MULTICHOICE_V w1: yes=1 ~ no=0" },
  { "mch", "{1:MCH:=yes~no}", "MCH w1: yes=1 ~ no=0" },
  { "mcs", "{1:MCS:=yes~no}", "MCS w1: yes=1 ~ no=0" },
  { "mcvs", "{1:MCVS:=yes~no}", "MCVS w1: yes=1 ~ no=0" },
  { "mchs", "{1:MCHS:=yes~no}", "MCHS w1: yes=1 ~ no=0" },
  { "mc-partial-choice", "{1:MC:=best~%50%good~bad}", "MC w1: best=1 ~ good=0.5 ~ bad=0" },
  { "mr-scaled-like-moodle", "{1:MR:=a~=b~c}", "MR w1: a=0.5 ~ b=0.5 ~ c=-0.5" },
  { "mr-specific-percentages-kept", "{1:MRH:%50%a~%50%b~%-100%c}",
    "MRH w1: a=0.5 ~ b=0.5 ~ c=-1" },
  { "mrs", "{1:MRS:=a~b}", "MRS w1: a=1 ~ b=-1" },
  { "mrhs", "{1:MULTIRESPONSE_HS:=a~=b~=c~d}",
    "MULTIRESPONSE_HS w1: a=0.3333333 ~ b=0.3333333 ~ c=0.3333333 ~ d=-0.3333333" },
  { "escapes", "{1:SA:=a\\}b\\#c\\~d\\/e\\\"f\\\\g#fb\\}x}", "SA w1: a}b#c~d/e\"f\\g=1#fb}x" },
  { "unknown-escape-kept", "{1:SA:=a\\qb}", "SA w1: a\\qb=1" },
  { "html-entities-decoded", "{1:SA:=AT&amp;T#&lt;b&gt;ok}", "SA w1: AT&T=1#<b>ok" },
  { "numeric-entity-is-not-feedback", "{1:MC:=&#8364;5~&#x24;5}", "MC w1: €5=1 ~ $5=0" },
  { "fractional-percentage", "{1:SA:%33.33333%x~=y}", "SA w1: x=0.3333333 ~ y=1" },
  { "negative-percentage", "{1:SA:=x~%-50%y}", "SA w1: x=1 ~ y=-0.5" },
  { "unicode-answer", "{1:SA:=Zürich#Très bien}", "SA w1: Zürich=1#Très bien" },
  { "empty-feedback", "{1:SA:=x#}", "SA w1: x=1#" },
  { "hash-in-feedback", "{1:SA:=x#see #3}", "SA w1: x=1#see #3" },
  { "several-fields-in-text", "Capital: {1:SA:=Paris}; sure? {2:MC:=yes~no}.",
    "SA w1: Paris=1 || MC w2: yes=1 ~ no=0" },
  { "braces-that-are-not-fields", "Use {curly} braces, {a:b} or {1:x} and {1:SA:=x}",
    "SA w1: x=1" },
  { "nested-brace-in-answer", "{1:SA:={x}", "SA w1: {x=1" },
  { "no-fields", "Plain text only.", "" },
};

static void
test_valid_row (gconstpointer data)
{
  const ValidRow *row = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) parts = sc_cloze_parse (row->source, &error);
  g_autoptr(GPtrArray) again = NULL;
  g_autofree char *dump = NULL;
  g_autofree char *written = NULL;
  g_autofree char *dump_again = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (parts);
  dump = dump_parts (parts);
  g_assert_cmpstr (dump, ==, row->parts);

  /* Writing back and reading again gives the same parts */
  written = sc_cloze_write (row->source, parts);
  again = sc_cloze_parse (written, &error);
  g_assert_no_error (error);
  dump_again = dump_parts (again);
  g_assert_cmpstr (dump_again, ==, row->parts);
}

typedef struct
{
  const char *name;
  const char *source;
  const char *message;
} BrokenRow;

static const BrokenRow broken_rows[] = {
  { "unclosed-brace", "Name: {1:SA:=Paris",
    "Cloze field at character 7 has no closing “}”: end the field after its last answer, "
    "and write “\\}” for a brace inside an answer." },
  { "escaped-brace-does-not-close", "{1:SA:=Paris\\}",
    "Cloze field at character 1 has no closing “}”: end the field after its last answer, "
    "and write “\\}” for a brace inside an answer." },
  { "unknown-type", "{1:SHORT:=x}",
    "Cloze field at character 1 has an unknown type “SHORT”: use SHORTANSWER (SA), "
    "SHORTANSWER_C (SAC), NUMERICAL (NM), MULTICHOICE (MC, MCV, MCH, MCS, MCVS, MCHS) or "
    "MULTIRESPONSE (MR, MRH, MRS, MRHS)." },
  { "type-in-lower-case", "Q {2:sa:=x}",
    "Cloze field at character 3 has the type “sa” in lower case: write it in capitals, “SA”." },
  { "no-correct-answer", "{1:SA:%50%x~y}",
    "Cloze field at character 1 has no correct answer: mark one with “=” or %100%." },
  { "multiresponse-without-right-answer", "{1:MR:a~b}",
    "Cloze field at character 1 has no correct answer: mark at least one with “=” or a "
    "positive percentage such as %50%." },
  { "percentage-not-a-number", "{1:SA:%abc%x~=y}",
    "Cloze field at character 1 has a bad percentage “%abc%” at character 7: write a number "
    "from -100 to 100 between two percent signs, such as %50%." },
  { "percentage-over-100", "{1:SA:=x~%150%y}",
    "Cloze field at character 1 has a bad percentage “%150%” at character 10: write a number "
    "from -100 to 100 between two percent signs, such as %50%." },
  { "percentage-not-closed", "{1:SA:%50x}",
    "Cloze field at character 1 has a bad percentage “%50x” at character 7: write a number "
    "from -100 to 100 between two percent signs, such as %50%." },
  { "empty-alternative", "{1:SA:=x~}",
    "Cloze field at character 1 has an empty answer at character 10: write the answer after "
    "“=”, the percentage or “~”, or remove the extra “~”." },
  { "empty-field", "{1:SA:}",
    "Cloze field at character 1 has an empty answer at character 7: write the answer after "
    "“=”, the percentage or “~”, or remove the extra “~”." },
  { "numerical-not-a-number", "{1:NM:=abc}",
    "Cloze field at character 1 has the numerical answer “abc”, which is not a number: write "
    "it like 3.14 or, with a tolerance, 3.14:0.01." },
  { "numerical-bad-tolerance", "{1:NUMERICAL:=3.14:about}",
    "Cloze field at character 1 has the numerical answer “3.14:about”, which is not a number: "
    "write it like 3.14 or, with a tolerance, 3.14:0.01." },
  { "numerical-overflows", "{1:NM:=2:1e999}",
    "Cloze field at character 1 has the numerical answer “2:1e999”, which is not a number: "
    "write it like 3.14 or, with a tolerance, 3.14:0.01." },
  { "multichoice-one-choice", "{1:MC:=only}",
    "Cloze field at character 1 offers only one choice: a multiple-choice field needs at "
    "least two, separated by “~”." },
  { "weight-not-a-number", "{x:SA:=a}",
    "Cloze field at character 1 has the weight “x”: write a whole number from 0 to 1000000, "
    "such as {2:SA:…}, or leave it out for 1." },
  { "weight-too-large", "{99999999:SA:=a}",
    "Cloze field at character 1 has the weight “99999999”: write a whole number from 0 to "
    "1000000, such as {2:SA:…}, or leave it out for 1." },
  { "position-counts-characters", "Ünïcödé {1:SA:=x",
    "Cloze field at character 9 has no closing “}”: end the field after its last answer, "
    "and write “\\}” for a brace inside an answer." },
  { "second-field-broken", "{1:SA:=a} and {1:MC:=b}",
    "Cloze field at character 15 offers only one choice: a multiple-choice field needs at "
    "least two, separated by “~”." },
  { "long-quote-shortened", "{1:NM:=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa}",
    "Cloze field at character 1 has the numerical answer “aaaaaaaaaaaaaaaaaaaaaaa…”, which is "
    "not a number: write it like 3.14 or, with a tolerance, 3.14:0.01." },
  { "not-utf8", "\xff{1:SA:=a}",
    "The cloze text is not valid UTF-8: save the file as UTF-8 and import it again." },
};

static void
test_broken_row (gconstpointer data)
{
  const BrokenRow *row = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) parts = sc_cloze_parse (row->source, &error);

  g_assert_null (parts);
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_assert_cmpstr (error->message, ==, row->message);
}

/* Offsets let a player cut the text around the fields */
static void
test_cloze_offsets (void)
{
  const char *source = "Größe: {1:SA:=M} or {1:MC:=ja~nein}!";
  g_autoptr(GPtrArray) parts = sc_cloze_parse (source, NULL);
  const ScClozePart *first, *second;

  g_assert_nonnull (parts);
  g_assert_cmpuint (parts->len, ==, 2);
  first = g_ptr_array_index (parts, 0);
  second = g_ptr_array_index (parts, 1);
  g_assert_cmpuint (first->start, ==, strlen ("Größe: "));
  g_assert_cmpuint (first->end, ==, strlen ("Größe: {1:SA:=M}"));
  g_assert_cmpuint (second->start, ==, strlen ("Größe: {1:SA:=M} or "));
  g_assert_cmpuint (second->end, ==, strlen (source) - 1);
  g_assert_cmpint (first->type, ==, SC_CLOZE_SHORTANSWER);
  g_assert_cmpint (second->type, ==, SC_CLOZE_MULTICHOICE);
  /* Short answers are plain text, choices are HTML */
  g_assert_cmpint (((ScQuestionAnswer *) g_ptr_array_index (first->answers, 0))->text.format,
                   ==, SC_TEXT_FORMAT_PLAIN);
  g_assert_cmpint (((ScQuestionAnswer *) g_ptr_array_index (second->answers, 0))->text.format,
                   ==, SC_TEXT_FORMAT_HTML);
}

static void
test_cloze_type_properties (void)
{
  ScClozeType type;

  g_assert_true (sc_cloze_type_from_string ("MCHS", &type));
  g_assert_cmpint (type, ==, SC_CLOZE_MULTICHOICE_HS);
  g_assert_cmpint (sc_cloze_type_get_kind (type), ==, SC_CLOZE_KIND_CHOICE);
  g_assert_cmpint (sc_cloze_type_get_layout (type), ==, SC_CLOZE_LAYOUT_HORIZONTAL);
  g_assert_true (sc_cloze_type_is_shuffled (type));
  g_assert_cmpstr (sc_cloze_type_to_string (type), ==, "MULTICHOICE_HS");

  g_assert_true (sc_cloze_type_from_string ("MWC", &type));
  g_assert_true (sc_cloze_type_is_case_sensitive (type));
  g_assert_true (sc_cloze_type_from_string ("MR", &type));
  g_assert_cmpint (sc_cloze_type_get_kind (type), ==, SC_CLOZE_KIND_MULTI_RESPONSE);
  g_assert_cmpint (sc_cloze_type_get_layout (type), ==, SC_CLOZE_LAYOUT_VERTICAL);
  g_assert_true (sc_cloze_type_from_string ("MC", &type));
  g_assert_cmpint (sc_cloze_type_get_layout (type), ==, SC_CLOZE_LAYOUT_INLINE);
  g_assert_false (sc_cloze_type_from_string ("mc", &type));
  g_assert_false (sc_cloze_type_from_string ("SHORT", &type));
}

/* A part built in code is written in the long spelling, with its marks */
static void
test_cloze_write_built_part (void)
{
  g_autoptr(ScClozePart) part = sc_cloze_part_new (SC_CLOZE_SHORTANSWER, 2);
  g_autoptr(GPtrArray) parsed = NULL;
  g_autofree char *text = NULL;
  ScQuestionAnswer *answer;

  answer = sc_question_answer_new ("Tax & duty {net}", SC_TEXT_FORMAT_PLAIN, 1.0);
  sc_question_text_set (&answer->feedback, "Yes ~ right", SC_TEXT_FORMAT_HTML);
  g_ptr_array_add (part->answers, answer);
  g_ptr_array_add (part->answers, sc_question_answer_new ("=gross", SC_TEXT_FORMAT_PLAIN, 0.5));
  g_ptr_array_add (part->answers, sc_question_answer_new ("50% off", SC_TEXT_FORMAT_PLAIN, 0.0));

  text = sc_cloze_part_write (part);
  g_assert_cmpstr (text, ==,
                   "{2:SHORTANSWER:=Tax &amp; duty {net\\}#Yes \\~ right~%50%&#61;gross~50% off}");

  parsed = sc_cloze_parse (text, NULL);
  g_assert_nonnull (parsed);
  {
    g_autofree char *dump = dump_parts (parsed);

    g_assert_cmpstr (dump, ==,
                     "SHORTANSWER w2: Tax & duty {net}=1#Yes ~ right ~ =gross=0.5 ~ 50% off=0");
  }
}

static void
test_cloze_write_numerical (void)
{
  g_autoptr(ScClozePart) part = sc_cloze_part_new (SC_CLOZE_NUMERICAL, 1);
  g_autofree char *text = NULL;
  ScQuestionAnswer *answer = sc_question_answer_new ("6.25", SC_TEXT_FORMAT_PLAIN, 1.0);

  answer->tolerance = 0.05;
  g_ptr_array_add (part->answers, answer);
  g_ptr_array_add (part->answers, sc_question_answer_new ("*", SC_TEXT_FORMAT_PLAIN, 0.0));

  text = sc_cloze_part_write (part);
  g_assert_cmpstr (text, ==, "{1:NUMERICAL:=6.25:0.05~*}");
}

/* An edited answer replaces its field; the text around stays byte for byte */
static void
test_cloze_write_edited_source (void)
{
  const char *source = "<p>Ship to {1:SA:=Berlin} by <b>{1:MC:=air~sea}</b></p>";
  g_autoptr(GPtrArray) parts = sc_cloze_parse (source, NULL);
  g_autofree char *written = NULL;
  ScQuestionAnswer *answer;

  g_assert_nonnull (parts);
  answer = g_ptr_array_index (((ScClozePart *) g_ptr_array_index (parts, 0))->answers, 0);
  sc_question_text_set (&answer->text, "Hamburg", SC_TEXT_FORMAT_PLAIN);

  written = sc_cloze_write (source, parts);
  g_assert_cmpstr (written, ==, "<p>Ship to {1:SA:=Hamburg} by <b>{1:MC:=air~sea}</b></p>");
}

static void
test_cloze_parse_question (void)
{
  g_autoptr(ScQuestion) question = sc_question_new (SC_QUESTION_CLOZE);
  g_autoptr(ScQuestion) empty = sc_question_new (SC_QUESTION_CLOZE);
  g_autoptr(GError) error = NULL;

  sc_question_text_set (&question->stem, "{2:SA:=a} {3:NM:=1}", SC_TEXT_FORMAT_HTML);
  g_assert_true (sc_cloze_parse_question (question, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (question->cloze_parts->len, ==, 2);
  g_assert_cmpfloat (question->default_mark, ==, 5.0);

  sc_question_text_set (&empty->stem, "Nothing to fill in.", SC_TEXT_FORMAT_HTML);
  g_assert_false (sc_cloze_parse_question (empty, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_assert_cmpstr (error->message, ==,
                   "The cloze question has no embedded answers: add one such as "
                   "{1:SHORTANSWER:=answer}.");
  g_assert_cmpuint (empty->cloze_parts->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (valid_rows); i++)
    {
      g_autofree char *path = g_strdup_printf ("/cloze/valid/%s", valid_rows[i].name);

      g_test_add_data_func (path, &valid_rows[i], test_valid_row);
    }
  for (guint i = 0; i < G_N_ELEMENTS (broken_rows); i++)
    {
      g_autofree char *path = g_strdup_printf ("/cloze/broken/%s", broken_rows[i].name);

      g_test_add_data_func (path, &broken_rows[i], test_broken_row);
    }
  g_test_add_func ("/cloze/offsets", test_cloze_offsets);
  g_test_add_func ("/cloze/type-properties", test_cloze_type_properties);
  g_test_add_func ("/cloze/write/built-part", test_cloze_write_built_part);
  g_test_add_func ("/cloze/write/numerical", test_cloze_write_numerical);
  g_test_add_func ("/cloze/write/edited-source", test_cloze_write_edited_source);
  g_test_add_func ("/cloze/parse-question", test_cloze_parse_question);

  return g_test_run ();
}
