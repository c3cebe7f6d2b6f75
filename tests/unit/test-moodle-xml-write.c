/* test-moodle-xml-write.c - questions out to Moodle XML, and the canonical JSON dump
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>
#include <glib/gstdio.h>

#include "sc-error.h"
#include "sc-moodle-xml-reader.h"
#include "sc-moodle-xml-writer.h"
#include "sc-question-dump.h"

static ScQuestion *
make_question (ScQuestionType  type,
               const char     *name,
               const char     *category)
{
  ScQuestion *question = sc_question_new (type);

  question->name = g_strdup (name);
  question->category = category != NULL ? sc_question_category_parse (category) : NULL;
  sc_question_text_set (&question->stem, "<p>Stem</p>", SC_TEXT_FORMAT_HTML);

  return question;
}

static GPtrArray *
question_list_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) sc_question_free);
}

static GPtrArray *
reimport (const char *xml)
{
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(GError) error = NULL;
  GPtrArray *questions;

  questions = sc_moodle_xml_read_memory (xml, strlen (xml), "out.xml", SC_MOODLE_XML_READ_DEFAULT,
                                         problems, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sc_course_problems_get_len (problems), ==, 0);

  return questions;
}

static gsize
count (const char *haystack,
       const char *needle)
{
  gsize n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;

  return n;
}

/* Built in code rather than read: numbers without a spelling, a
 * question without a category after one with, odd characters. */
static void
test_write_built_questions (void)
{
  g_autoptr(GPtrArray) questions = question_list_new ();
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new_static ("GIF89a", 6);
  g_autofree char *xml = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  ScQuestion *q;
  ScQuestionAnswer *answer;
  guint skipped = 0;

  q = make_question (SC_QUESTION_MULTIPLE_RESPONSE, "Tom & \"Jerry\" <cats>", "$course$/top/A//B");
  sc_question_text_set (&q->general_feedback, "Line one\r\nline two & <three>",
                        SC_TEXT_FORMAT_PLAIN);
  sc_question_add_answer (q, "one", SC_TEXT_FORMAT_HTML, 0.3333333);
  sc_question_add_answer (q, "two", SC_TEXT_FORMAT_HTML, 0.6666667);
  answer = sc_question_add_answer (q, "bad \x01 char", SC_TEXT_FORMAT_HTML, -1.0);
  sc_question_text_add_file (&answer->text, "a \"b\" & c.gif", NULL, NULL, bytes);
  sc_question_add_tag (q, "competency:orders.refunds");
  g_ptr_array_add (questions, q);

  q = make_question (SC_QUESTION_ORDERING, "Order", "$course$/top/A//B");
  sc_question_add_answer (q, "first", SC_TEXT_FORMAT_HTML, 1);
  sc_question_add_answer (q, "second", SC_TEXT_FORMAT_HTML, 2);
  g_ptr_array_add (questions, q);

  /* No category, after one with a category: written first. */
  q = make_question (SC_QUESTION_ESSAY, "Loose essay", NULL);
  q->essay.attachments = 3;
  g_ptr_array_add (questions, q);

  q = make_question (SC_QUESTION_UNSUPPORTED, "Drag", "$course$/top/A//B");
  q->plugin = g_strdup ("ddwtos");
  g_ptr_array_add (questions, q);

  q = make_question (SC_QUESTION_NUMERICAL, "Number", "$course$/top/C");
  answer = sc_question_add_answer (q, "2.5", SC_TEXT_FORMAT_MOODLE_AUTO_FORMAT, 1);
  answer->tolerance = 0.125;
  sc_question_add_unit (q, "kg", 1);
  sc_question_add_unit (q, "g", 1000);
  g_ptr_array_add (questions, q);

  xml = sc_moodle_xml_write (questions, &skipped);
  g_test_message ("%s", xml);
  g_assert_cmpuint (skipped, ==, 1);

  /* Two category entries, the loose essay before both. */
  g_assert_cmpuint (count (xml, "<question type=\"category\">"), ==, 2);
  g_assert_true (strstr (xml, "Loose essay") < strstr (xml, "type=\"category\""));
  g_assert_nonnull (strstr (xml, "<text>$course$/top/A//B</text>"));
  /* Markup in CDATA; a carriage return as a character reference instead. */
  g_assert_nonnull (strstr (xml, "<text><![CDATA[Tom & \"Jerry\" <cats>]]></text>"));
  g_assert_nonnull (strstr (xml, "<text>Line one&#13;\nline two &amp; &lt;three&gt;</text>"));
  g_assert_nonnull (strstr (xml, "<text>bad  char</text>"));
  /* Fractions as percentages, positions as positions. */
  g_assert_nonnull (strstr (xml, "<answer fraction=\"33.33333\" format=\"html\">"));
  g_assert_nonnull (strstr (xml, "<answer fraction=\"-100\" format=\"html\">"));
  g_assert_nonnull (strstr (xml, "<answer fraction=\"2.0000000\" format=\"html\">"));
  g_assert_nonnull (strstr (xml, "<tolerance>0.125</tolerance>"));
  g_assert_nonnull (strstr (xml, "<file name=\"a &quot;b&quot; &amp; c.gif\" encoding=\"base64\">"
                                 "R0lGODlh</file>"));
  g_assert_nonnull (strstr (xml, "<attachments>3</attachments>"));
  g_assert_null (strstr (xml, "ddwtos"));

  again = reimport (xml);
  g_assert_cmpuint (again->len, ==, 4);
  g_assert_cmpstr (((ScQuestion *) g_ptr_array_index (again, 0))->name, ==, "Loose essay");
  g_assert_cmpstr (((ScQuestion *) g_ptr_array_index (again, 1))->category[2], ==, "A/B");
  g_assert_cmpstr (((ScQuestion *) g_ptr_array_index (again, 1))->general_feedback.source, ==,
                   "Line one\r\nline two & <three>");

  /* The character XML cannot hold is the only difference. */
  answer = g_ptr_array_index (((ScQuestion *) g_ptr_array_index (questions, 0))->answers, 2);
  sc_question_text_set (&answer->text, "bad  char", SC_TEXT_FORMAT_HTML);
  g_ptr_array_remove_index (questions, 3);
  before = sc_question_dump (questions);
  after = sc_question_dump (again);
  g_assert_cmpstr (before, ==, after);
}

static void
test_write_cloze_keeps_source (void)
{
  g_autoptr(GPtrArray) questions = question_list_new ();
  g_autoptr(GPtrArray) again = NULL;
  g_autofree char *xml = NULL;
  const char *source = "<p>Pay {2:NM:=19:0.5#Right} % VAT on {1:MC:=goods~services}.</p>";
  ScQuestion *q = make_question (SC_QUESTION_CLOZE, "VAT", NULL);

  sc_question_text_set (&q->stem, source, SC_TEXT_FORMAT_HTML);
  g_ptr_array_add (questions, q);

  /* The mark is the sum of the weights, so it is not written. */
  xml = sc_moodle_xml_write (questions, NULL);
  g_assert_nonnull (strstr (xml, "<question type=\"cloze\">"));
  g_assert_null (strstr (xml, "defaultgrade"));

  again = reimport (xml);
  q = g_ptr_array_index (again, 0);
  g_assert_cmpstr (q->stem.source, ==, source);
  g_assert_cmpuint (q->cloze_parts->len, ==, 2);
  g_assert_cmpfloat (q->default_mark, ==, 3);
}

static void
test_write_file (void)
{
  g_autoptr(GPtrArray) questions = question_list_new ();
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("shopcraft-moodle-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *missing = NULL;
  g_autofree char *expected = NULL;
  ScQuestion *q = make_question (SC_QUESTION_TRUE_FALSE, "Written", "$course$/top/Files");

  g_assert_no_error (error);
  sc_question_add_answer (q, "true", SC_TEXT_FORMAT_MOODLE_AUTO_FORMAT, 1);
  sc_question_add_answer (q, "false", SC_TEXT_FORMAT_MOODLE_AUTO_FORMAT, 0);
  g_ptr_array_add (questions, q);

  path = g_build_filename (dir, "bank.xml", NULL);
  g_assert_true (sc_moodle_xml_write_file (path, questions, NULL, &error));
  g_assert_no_error (error);
  again = sc_moodle_xml_read_file (path, SC_MOODLE_XML_READ_DEFAULT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (again->len, ==, 1);
  g_assert_cmpuint (((ScQuestion *) g_ptr_array_index (again, 0))->answers->len, ==, 2);

  /* A folder that is not there: the error names the file. */
  missing = g_build_filename (dir, "no-such-folder", "bank.xml", NULL);
  g_assert_false (sc_moodle_xml_write_file (missing, questions, NULL, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_IO);
  expected = g_strconcat (missing, ": cannot be written: ", NULL);
  g_assert_true (g_str_has_prefix (error->message, expected));

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* The dump sorts by category, name and idnumber; equal keys keep their
 * order, so a list and its reverse dump alike only when keys differ. */
static void
test_dump_order (void)
{
  g_autoptr(GPtrArray) questions = question_list_new ();
  g_autoptr(GPtrArray) reversed = g_ptr_array_new ();
  g_autofree char *dump = NULL;
  g_autofree char *dump_reversed = NULL;
  ScQuestion *q;
  const char *b_x;
  const char *b_y_1;
  const char *b_y_2;

  g_ptr_array_add (questions, make_question (SC_QUESTION_DESCRIPTION, "Z", "$course$/top/B"));
  q = make_question (SC_QUESTION_DESCRIPTION, "Y", "$course$/top/B");
  q->idnumber = g_strdup ("2");
  g_ptr_array_add (questions, q);
  q = make_question (SC_QUESTION_DESCRIPTION, "Y", "$course$/top/B");
  q->idnumber = g_strdup ("1");
  g_ptr_array_add (questions, q);
  g_ptr_array_add (questions, make_question (SC_QUESTION_DESCRIPTION, "X", "$course$/top/A"));
  g_ptr_array_add (questions, make_question (SC_QUESTION_DESCRIPTION, "W", NULL));

  for (guint i = questions->len; i > 0; i--)
    g_ptr_array_add (reversed, g_ptr_array_index (questions, i - 1));

  dump = sc_question_dump (questions);
  dump_reversed = sc_question_dump (reversed);
  g_assert_cmpstr (dump, ==, dump_reversed);

  /* No category first, then A before B; in B, Y (idnumber 1, 2) before Z. */
  b_x = strstr (dump, "\"name\" : \"X\"");
  b_y_1 = strstr (dump, "\"idnumber\" : \"1\"");
  b_y_2 = strstr (dump, "\"idnumber\" : \"2\"");
  g_assert_true (strstr (dump, "\"name\" : \"W\"") < b_x);
  g_assert_true (b_x < b_y_1);
  g_assert_true (b_y_1 < b_y_2);
  g_assert_true (b_y_2 < strstr (dump, "\"name\" : \"Z\""));
  /* The list itself is left as it was. */
  g_assert_cmpstr (((ScQuestion *) g_ptr_array_index (questions, 0))->name, ==, "Z");
}

/* The exact form of one small question: key order, seven decimals, no
 * "-0", files by size and SHA-256, absent texts as null. */
static void
test_dump_exact (void)
{
  g_autoptr(GPtrArray) questions = question_list_new ();
  g_autoptr(GBytes) bytes = g_bytes_new_static ("abc", 3);
  g_autofree char *dump = NULL;
  ScQuestion *q = make_question (SC_QUESTION_SHORT_ANSWER, "Code", "$course$/top/A//B");
  ScQuestionAnswer *answer;

  q->idnumber = g_strdup ("code-1");
  q->penalty = -0.0;
  sc_question_text_add_file (&q->stem, "a.txt", "/", "base64", bytes);
  answer = sc_question_add_answer (q, "EUR", SC_TEXT_FORMAT_PLAIN, 1.0 / 3);
  sc_question_text_set (&answer->feedback, "Yes", SC_TEXT_FORMAT_HTML);
  sc_question_add_tag (q, "money");
  g_ptr_array_add (questions, q);

  dump = sc_question_dump (questions);
  g_assert_cmpstr (dump, ==,
                   "{\n"
                   "  \"questions\" : [\n"
                   "    {\n"
                   "      \"type\" : \"short-answer\",\n"
                   "      \"name\" : \"Code\",\n"
                   "      \"idnumber\" : \"code-1\",\n"
                   "      \"category\" : \"$course$/top/A//B\",\n"
                   "      \"text\" : {\n"
                   "        \"format\" : \"html\",\n"
                   "        \"source\" : \"<p>Stem</p>\",\n"
                   "        \"files\" : [\n"
                   "          {\n"
                   "            \"name\" : \"a.txt\",\n"
                   "            \"path\" : \"/\",\n"
                   "            \"size\" : 3,\n"
                   "            \"sha256\" : "
                   "\"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\"\n"
                   "          }\n"
                   "        ]\n"
                   "      },\n"
                   "      \"general_feedback\" : null,\n"
                   "      \"default_mark\" : \"1.0000000\",\n"
                   "      \"penalty\" : \"0.0000000\",\n"
                   "      \"hidden\" : false,\n"
                   "      \"answers\" : [\n"
                   "        {\n"
                   "          \"text\" : {\n"
                   "            \"format\" : \"plain_text\",\n"
                   "            \"source\" : \"EUR\",\n"
                   "            \"files\" : []\n"
                   "          },\n"
                   "          \"fraction\" : \"0.3333333\",\n"
                   "          \"feedback\" : {\n"
                   "            \"format\" : \"html\",\n"
                   "            \"source\" : \"Yes\",\n"
                   "            \"files\" : []\n"
                   "          }\n"
                   "        }\n"
                   "      ],\n"
                   "      \"combined_feedback\" : {\n"
                   "        \"correct\" : null,\n"
                   "        \"partially_correct\" : null,\n"
                   "        \"incorrect\" : null,\n"
                   "        \"show_num_correct\" : false\n"
                   "      },\n"
                   "      \"units\" : [],\n"
                   "      \"subquestions\" : [],\n"
                   "      \"cloze_parts\" : [],\n"
                   "      \"hints\" : [],\n"
                   "      \"tags\" : [\n"
                   "        \"money\"\n"
                   "      ],\n"
                   "      \"options\" : {\n"
                   "        \"case_sensitive\" : false\n"
                   "      }\n"
                   "    }\n"
                   "  ]\n"
                   "}\n");
}

/* Text goes out in runs between what must change: a CDATA end inside
 * CDATA, characters XML cannot hold (dropped), and, in text with a
 * carriage return, markup as references. */
static void
test_write_text_escapes (void)
{
  g_autoptr(GPtrArray) questions = question_list_new ();
  g_autofree char *xml = NULL;
  ScQuestion *q = make_question (SC_QUESTION_ORDERING, "Escapes", NULL);

  sc_question_add_answer (q, "\x02<b>]]></b>]]>\x01é]]", SC_TEXT_FORMAT_HTML, 1);
  sc_question_add_answer (q, "\x0b\r<i>\x0c&>\r\x1f€", SC_TEXT_FORMAT_HTML, 2);
  sc_question_add_answer (q, "plain \x01\x02 text\x03", SC_TEXT_FORMAT_HTML, 3);
  sc_question_add_answer (q, "]]>", SC_TEXT_FORMAT_HTML, 4);
  g_ptr_array_add (questions, q);

  xml = sc_moodle_xml_write (questions, NULL);
  g_test_message ("%s", xml);
  g_assert_nonnull (strstr (xml, "<text><![CDATA[<b>]]]]><![CDATA[></b>]]]]><![CDATA[>é]]]]></text>"));
  g_assert_nonnull (strstr (xml, "<text>&#13;&lt;i&gt;&amp;&gt;&#13;€</text>"));
  g_assert_nonnull (strstr (xml, "<text>plain  text</text>"));
  g_assert_nonnull (strstr (xml, "<text><![CDATA[]]]]><![CDATA[>]]></text>"));
}

/* A tab, line feed or carriage return in an attribute (a picture's file
 * name here) would come back as a space: they go out as references. */
static void
test_write_attribute_whitespace (void)
{
  g_autoptr(GPtrArray) questions = question_list_new ();
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new_static ("GIF89a", 6);
  g_autofree char *xml = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  ScQuestion *q = make_question (SC_QUESTION_ESSAY, "Picture names", NULL);
  const ScQuestionFile *file;

  sc_question_text_set (&q->stem, "<img src=\"@@PLUGINFILE@@/logo\n\tshop\r.gif\" />",
                        SC_TEXT_FORMAT_HTML);
  sc_question_text_add_file (&q->stem, "logo\n\tshop\r\x01.gif", "/", "base64", bytes);
  g_ptr_array_add (questions, q);

  xml = sc_moodle_xml_write (questions, NULL);
  g_test_message ("%s", xml);
  g_assert_nonnull (strstr (xml, "<file name=\"logo&#10;&#9;shop&#13;.gif\" path=\"/\""));

  again = reimport (xml);
  file = g_ptr_array_index (((ScQuestion *) g_ptr_array_index (again, 0))->stem.files, 0);
  g_assert_cmpstr (file->name, ==, "logo\n\tshop\r.gif");

  /* The character XML cannot hold is the only difference. */
  file = g_ptr_array_index (q->stem.files, 0);
  g_free (((ScQuestionFile *) file)->name);
  ((ScQuestionFile *) file)->name = g_strdup ("logo\n\tshop\r.gif");
  before = sc_question_dump (questions);
  after = sc_question_dump (again);
  g_assert_cmpstr (before, ==, after);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/moodle-xml-write/built-questions", test_write_built_questions);
  g_test_add_func ("/moodle-xml-write/cloze-keeps-source", test_write_cloze_keeps_source);
  g_test_add_func ("/moodle-xml-write/file", test_write_file);
  g_test_add_func ("/moodle-xml-write/text-escapes", test_write_text_escapes);
  g_test_add_func ("/moodle-xml-write/attribute-whitespace", test_write_attribute_whitespace);
  g_test_add_func ("/question-dump/order", test_dump_order);
  g_test_add_func ("/question-dump/exact", test_dump_exact);

  return g_test_run ();
}
