/* sc-moodle-xml-writer.c - questions to Moodle XML, with their files and their HTML as written
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes what Moodle 4.5's exporter writes, in its order, so the file
 * imports into Moodle and back into Shopcraft unchanged: texts go out as
 * their source, in CDATA when they hold markup (a "]]>" inside is split
 * across two sections, as Moodle does), files as <file encoding="base64">
 * beside the text they belong to, numbers as they were written when that
 * spelling still says the same. A category entry precedes each run of
 * questions in one category; questions without a category come first, as
 * an entry cannot be undone. Types Shopcraft does not support are left
 * out and counted.
 */
#include "config.h"

#include <float.h>
#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "sc-error.h"
#include "sc-moodle-xml-writer.h"

static gboolean
is_xml_char (gunichar c)
{
  return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

/* Moodle's xml_escape(): plain when nothing needs escaping, else CDATA.
 * A carriage return cannot survive CDATA (parsers turn it into a line
 * feed), so such text is escaped character by character instead;
 * characters XML cannot hold at all are dropped. */
static void
append_text (GString    *out,
             const char *text)
{
  gboolean markup = strpbrk (text, "&<>\"'") != NULL;
  gboolean carriage = strchr (text, '\r') != NULL;
  const char *run = text;
  const char *p;

  if (markup && !carriage)
    g_string_append (out, "<![CDATA[");

  /* Characters written as they are go out a run at a time. */
  for (p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_xml_char (c) &&
          !(carriage && (c == '&' || c == '<' || c == '>' || c == '\r')) &&
          !(markup && !carriage && g_str_has_prefix (p, "]]>")))
        continue;

      g_string_append_len (out, run, p - run);
      run = g_utf8_next_char (p);
      if (!is_xml_char (c))
        continue;

      if (carriage)
        g_string_append (out, c == '&' ? "&amp;" : c == '<' ? "&lt;" : c == '>' ? "&gt;" : "&#13;");
      else
        {
          g_string_append (out, "]]]]><![CDATA[>");
          p += 2;
          run = p + 1;
        }
    }
  g_string_append_len (out, run, p - run);

  if (markup && !carriage)
    g_string_append (out, "]]>");
}

/* A parser turns a tab, line feed or carriage return written as it is in
 * an attribute into a space (XML's attribute-value normalization), so
 * those go out as character references, which it keeps; characters XML
 * cannot hold at all are dropped, as in append_text (). */
static void
append_attr (GString    *out,
             const char *name,
             const char *value)
{
  g_string_append_printf (out, " %s=\"", name);
  for (const char *p = value; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      switch (c)
        {
        case '&': g_string_append (out, "&amp;"); break;
        case '<': g_string_append (out, "&lt;"); break;
        case '>': g_string_append (out, "&gt;"); break;
        case '"': g_string_append (out, "&quot;"); break;
        case '\t': g_string_append (out, "&#9;"); break;
        case '\n': g_string_append (out, "&#10;"); break;
        case '\r': g_string_append (out, "&#13;"); break;
        default:
          if (is_xml_char (c))
            g_string_append_len (out, p, g_utf8_next_char (p) - p);
          break;
        }
    }
  g_string_append_c (out, '"');
}

static void
append_element (GString    *out,
                const char *indent,
                const char *name,
                const char *value)
{
  g_string_append_printf (out, "%s<%s>", indent, name);
  append_text (out, value != NULL ? value : "");
  g_string_append_printf (out, "</%s>\n", name);
}

static void
append_number (GString    *out,
               const char *indent,
               const char *name,
               double      value)
{
  /* "%.7f" writes every digit: 309 of them for the largest double. */
  char buffer[G_ASCII_DTOSTR_BUF_SIZE + DBL_MAX_10_EXP];

  g_ascii_formatd (buffer, sizeof buffer, "%.7f", value + 0.0);
  append_element (out, indent, name, buffer);
}

static void
append_int (GString    *out,
            const char *indent,
            const char *name,
            gint64      value)
{
  g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, value);

  append_element (out, indent, name, text);
}

/* The spelling a number was read with, while it still says @value. */
static char *
number_text (const char *source,
             double      value,
             double      scale,
             const char *format)
{
  /* "%.7f" writes every digit: 309 of them for the largest double. */
  char buffer[G_ASCII_DTOSTR_BUF_SIZE + DBL_MAX_10_EXP];

  if (source != NULL)
    {
      g_autofree char *trimmed = g_strstrip (g_strdup (source));
      char *end = NULL;
      double parsed = g_ascii_strtod (trimmed, &end);

      if (*trimmed != '\0' && end != NULL && *end == '\0' && isfinite (parsed) &&
          fabs (parsed / scale - value) < 1e-9)
        return g_strdup (source);
    }

  g_ascii_formatd (buffer, sizeof buffer, format, value * scale + 0.0);

  return g_strdup (buffer);
}

static void
append_files (GString              *out,
              const char           *indent,
              const ScQuestionText *text)
{
  for (guint i = 0; text->files != NULL && i < text->files->len; i++)
    {
      const ScQuestionFile *file = g_ptr_array_index (text->files, i);
      gsize size = 0;
      const guchar *data = g_bytes_get_data (file->data, &size);
      g_autofree char *encoded = g_base64_encode (data, size);

      g_string_append_printf (out, "%s<file", indent);
      append_attr (out, "name", file->name);
      if (file->path != NULL)
        append_attr (out, "path", file->path);
      append_attr (out, "encoding", "base64");
      g_string_append_printf (out, ">%s</file>\n", encoded);
    }
}

static gboolean
has_text (const ScQuestionText *text)
{
  return text->source != NULL || (text->files != NULL && text->files->len > 0);
}

/* <name format="…"><text>…</text><file…/></name>; @extra goes in before
 * the end tag. Nothing at all for a text the question does not have. */
static void
append_text_element (GString              *out,
                     const char           *indent,
                     const char           *name,
                     const ScQuestionText *text)
{
  g_autofree char *inner = g_strconcat (indent, "  ", NULL);

  if (!has_text (text))
    return;

  g_string_append_printf (out, "%s<%s", indent, name);
  append_attr (out, "format", sc_text_format_to_moodle (text->format));
  g_string_append (out, ">\n");
  append_element (out, inner, "text", text->source);
  append_files (out, inner, text);
  g_string_append_printf (out, "%s</%s>\n", indent, name);
}

static void
append_answers (GString          *out,
                const ScQuestion *question)
{
  for (guint i = 0; i < question->answers->len; i++)
    {
      const ScQuestionAnswer *answer = g_ptr_array_index (question->answers, i);
      g_autofree char *fraction = NULL;

      if (question->type == SC_QUESTION_ORDERING)
        fraction = number_text (answer->fraction_source, answer->fraction, 1, "%.7f");
      else
        fraction = number_text (answer->fraction_source, answer->fraction, 100, "%.7g");

      g_string_append (out, "    <answer");
      append_attr (out, "fraction", fraction);
      append_attr (out, "format", sc_text_format_to_moodle (answer->text.format));
      g_string_append (out, ">\n");
      append_element (out, "      ", "text", answer->text.source);
      append_files (out, "      ", &answer->text);
      append_text_element (out, "      ", "feedback", &answer->feedback);
      if (question->type == SC_QUESTION_NUMERICAL)
        {
          g_autofree char *tolerance = number_text (answer->tolerance_source, answer->tolerance,
                                                    1, "%.7g");

          append_element (out, "      ", "tolerance", tolerance);
        }
      g_string_append (out, "    </answer>\n");
    }
}

static void
append_combined_feedback (GString          *out,
                          const ScQuestion *question)
{
  append_text_element (out, "    ", "correctfeedback", &question->correct_feedback);
  append_text_element (out, "    ", "partiallycorrectfeedback",
                       &question->partially_correct_feedback);
  append_text_element (out, "    ", "incorrectfeedback", &question->incorrect_feedback);
  if (question->show_num_correct)
    g_string_append (out, "    <shownumcorrect/>\n");
}

static void
append_numerical (GString          *out,
                  const ScQuestion *question)
{
  append_answers (out, question);

  if (question->units->len > 0)
    {
      g_string_append (out, "    <units>\n");
      for (guint i = 0; i < question->units->len; i++)
        {
          const ScQuestionUnit *unit = g_ptr_array_index (question->units, i);
          g_autofree char *multiplier = number_text (unit->multiplier_source, unit->multiplier,
                                                     1, "%.7g");

          g_string_append (out, "      <unit>\n");
          append_element (out, "        ", "multiplier", multiplier);
          append_element (out, "        ", "unit_name", unit->name);
          g_string_append (out, "      </unit>\n");
        }
      g_string_append (out, "    </units>\n");
    }

  append_int (out, "    ", "unitgradingtype", question->numerical.unit_grading_type);
  append_number (out, "    ", "unitpenalty", question->numerical.unit_penalty);
  append_int (out, "    ", "showunits", question->numerical.show_units);
  append_int (out, "    ", "unitsleft", question->numerical.units_left ? 1 : 0);
  append_text_element (out, "    ", "instructions", &question->numerical.instructions);
}

static void
append_matching (GString          *out,
                 const ScQuestion *question)
{
  append_element (out, "    ", "shuffleanswers", question->shuffle ? "true" : "false");
  append_combined_feedback (out, question);

  for (guint i = 0; i < question->subquestions->len; i++)
    {
      const ScQuestionSubquestion *sub = g_ptr_array_index (question->subquestions, i);

      g_string_append (out, "    <subquestion");
      append_attr (out, "format", sc_text_format_to_moodle (sub->text.format));
      g_string_append (out, ">\n");
      append_element (out, "      ", "text", sub->text.source);
      append_files (out, "      ", &sub->text);
      g_string_append (out, "      <answer>\n");
      append_element (out, "        ", "text", sub->answer);
      g_string_append (out, "      </answer>\n");
      g_string_append (out, "    </subquestion>\n");
    }
}

static const char *
grading_name (ScOrderingGrading grading)
{
  switch (grading)
    {
    case SC_ORDERING_GRADING_ALL_OR_NOTHING:
      return "ALL_OR_NOTHING";
    case SC_ORDERING_GRADING_RELATIVE_NEXT_EXCLUDE_LAST:
      return "RELATIVE_NEXT_EXCLUDE_LAST";
    case SC_ORDERING_GRADING_RELATIVE_NEXT_INCLUDE_LAST:
      return "RELATIVE_NEXT_INCLUDE_LAST";
    case SC_ORDERING_GRADING_RELATIVE_ONE_PREVIOUS_AND_NEXT:
      return "RELATIVE_ONE_PREVIOUS_AND_NEXT";
    case SC_ORDERING_GRADING_RELATIVE_ALL_PREVIOUS_AND_NEXT:
      return "RELATIVE_ALL_PREVIOUS_AND_NEXT";
    case SC_ORDERING_GRADING_LONGEST_ORDERED_SUBSET:
      return "LONGEST_ORDERED_SUBSET";
    case SC_ORDERING_GRADING_LONGEST_CONTIGUOUS_SUBSET:
      return "LONGEST_CONTIGUOUS_SUBSET";
    case SC_ORDERING_GRADING_RELATIVE_TO_CORRECT:
      return "RELATIVE_TO_CORRECT";
    case SC_ORDERING_GRADING_ABSOLUTE_POSITION:
    default:
      return "ABSOLUTE_POSITION";
    }
}

static void
append_ordering (GString          *out,
                 const ScQuestion *question)
{
  static const char * const selects[] = { "ALL", "RANDOM", "CONTIGUOUS" };
  const ScOrderingOptions *options = &question->ordering;

  append_element (out, "    ", "layouttype",
                  options->layout == SC_ORDERING_LAYOUT_HORIZONTAL ? "HORIZONTAL" : "VERTICAL");
  append_element (out, "    ", "selecttype",
                  (guint) options->select_type < G_N_ELEMENTS (selects)
                  ? selects[options->select_type] : "ALL");
  append_int (out, "    ", "selectcount", options->select_count);
  append_element (out, "    ", "gradingtype", grading_name (options->grading_type));
  append_element (out, "    ", "showgrading", options->show_grading ? "SHOW" : "HIDE");
  if (options->numbering_style != NULL)
    append_element (out, "    ", "numberingstyle", options->numbering_style);
  append_combined_feedback (out, question);
  append_answers (out, question);
}

static void
append_limit (GString    *out,
              const char *name,
              guint       value)
{
  g_autofree char *text = value > 0 ? g_strdup_printf ("%u", value) : g_strdup ("");

  append_element (out, "    ", name, text);
}

static void
append_essay (GString          *out,
              const ScQuestion *question)
{
  const ScEssayOptions *essay = &question->essay;

  if (essay->response_format != NULL)
    append_element (out, "    ", "responseformat", essay->response_format);
  append_int (out, "    ", "responserequired", essay->response_required ? 1 : 0);
  if (essay->response_field_lines > 0)
    append_int (out, "    ", "responsefieldlines", essay->response_field_lines);
  append_limit (out, "minwordlimit", essay->min_word_limit);
  append_limit (out, "maxwordlimit", essay->max_word_limit);
  append_int (out, "    ", "attachments", essay->attachments);
  append_int (out, "    ", "attachmentsrequired", essay->attachments_required);
  append_int (out, "    ", "maxbytes", essay->max_bytes);
  if (essay->file_types_list != NULL)
    append_element (out, "    ", "filetypeslist", essay->file_types_list);
  append_text_element (out, "    ", "graderinfo", &essay->grader_info);
  append_text_element (out, "    ", "responsetemplate", &essay->response_template);
}

static void
append_hints_and_tags (GString          *out,
                       const ScQuestion *question)
{
  for (guint i = 0; i < question->hints->len; i++)
    {
      const ScQuestionHint *hint = g_ptr_array_index (question->hints, i);

      g_string_append (out, "    <hint");
      append_attr (out, "format", sc_text_format_to_moodle (hint->text.format));
      g_string_append (out, ">\n");
      append_element (out, "      ", "text", hint->text.source);
      append_files (out, "      ", &hint->text);
      if (hint->show_num_correct)
        g_string_append (out, "      <shownumcorrect/>\n");
      if (hint->clear_wrong)
        g_string_append (out, "      <clearwrong/>\n");
      if (hint->options != NULL)
        append_element (out, "      ", "options", hint->options);
      g_string_append (out, "    </hint>\n");
    }

  if (question->tags->len == 0)
    return;

  g_string_append (out, "    <tags>\n");
  for (guint i = 0; i < question->tags->len; i++)
    {
      g_string_append (out, "      <tag>\n");
      append_element (out, "        ", "text", g_ptr_array_index (question->tags, i));
      g_string_append (out, "      </tag>\n");
    }
  g_string_append (out, "    </tags>\n");
}

static const char *
moodle_type (const ScQuestion *question)
{
  switch (question->type)
    {
    case SC_QUESTION_SINGLE_CHOICE:
    case SC_QUESTION_MULTIPLE_RESPONSE:
      return "multichoice";
    case SC_QUESTION_TRUE_FALSE:
      return "truefalse";
    case SC_QUESTION_SHORT_ANSWER:
      return "shortanswer";
    case SC_QUESTION_NUMERICAL:
      return "numerical";
    case SC_QUESTION_MATCHING:
      return "matching";
    case SC_QUESTION_ORDERING:
      return "ordering";
    case SC_QUESTION_CLOZE:
      return "cloze";
    case SC_QUESTION_ESSAY:
      return "essay";
    case SC_QUESTION_DESCRIPTION:
      return "description";
    case SC_QUESTION_UNSUPPORTED:
    default:
      return NULL;
    }
}

static void
append_question (GString          *out,
                 const ScQuestion *question)
{
  g_string_append (out, "  <question");
  append_attr (out, "type", moodle_type (question));
  g_string_append (out, ">\n    <name>\n");
  append_element (out, "      ", "text", question->name);
  g_string_append (out, "    </name>\n");
  append_text_element (out, "    ", "questiontext", &question->stem);
  append_text_element (out, "    ", "generalfeedback", &question->general_feedback);
  /* A cloze question's mark is the sum of its fields' weights. */
  if (question->type != SC_QUESTION_CLOZE)
    append_number (out, "    ", "defaultgrade", question->default_mark);
  append_number (out, "    ", "penalty", question->penalty);
  append_int (out, "    ", "hidden", question->hidden ? 1 : 0);
  if (question->idnumber != NULL)
    append_element (out, "    ", "idnumber", question->idnumber);

  switch (question->type)
    {
    case SC_QUESTION_SINGLE_CHOICE:
    case SC_QUESTION_MULTIPLE_RESPONSE:
      append_element (out, "    ", "single",
                      question->type == SC_QUESTION_SINGLE_CHOICE ? "true" : "false");
      append_element (out, "    ", "shuffleanswers", question->shuffle ? "true" : "false");
      if (question->answer_numbering != NULL)
        append_element (out, "    ", "answernumbering", question->answer_numbering);
      append_int (out, "    ", "showstandardinstruction",
                  question->show_standard_instruction ? 1 : 0);
      append_combined_feedback (out, question);
      append_answers (out, question);
      break;

    case SC_QUESTION_SHORT_ANSWER:
      append_int (out, "    ", "usecase", question->case_sensitive ? 1 : 0);
      append_answers (out, question);
      break;

    case SC_QUESTION_TRUE_FALSE:
      append_answers (out, question);
      break;

    case SC_QUESTION_NUMERICAL:
      append_numerical (out, question);
      break;

    case SC_QUESTION_MATCHING:
      append_matching (out, question);
      break;

    case SC_QUESTION_ORDERING:
      append_ordering (out, question);
      break;

    case SC_QUESTION_ESSAY:
      append_essay (out, question);
      break;

    case SC_QUESTION_CLOZE:
    case SC_QUESTION_DESCRIPTION:
    case SC_QUESTION_UNSUPPORTED:
    default:
      break;
    }

  append_hints_and_tags (out, question);
  g_string_append (out, "  </question>\n\n");
}

static void
append_category (GString            *out,
                 const char * const *components)
{
  g_autofree char *path = sc_question_category_format (components);

  g_string_append (out, "  <question type=\"category\">\n    <category>\n");
  append_element (out, "      ", "text", path);
  g_string_append (out, "    </category>\n  </question>\n\n");
}

/**
 * sc_moodle_xml_write:
 * @questions: (element-type ScQuestion):
 * @n_skipped: (out) (optional): how many were left out, their type not
 *   being one Moodle XML can carry
 *
 * Returns: (transfer full): the whole file, UTF-8
 */
char *
sc_moodle_xml_write (GPtrArray *questions,
                     guint     *n_skipped)
{
  GString *out;
  const char * const *current = NULL;
  guint skipped = 0;

  g_return_val_if_fail (questions != NULL, NULL);

  out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");

  /* Two passes: questions without a category, then the others in order. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < questions->len; i++)
      {
        const ScQuestion *question = g_ptr_array_index (questions, i);
        const char * const *category = (const char * const *) question->category;

        if ((pass == 0) != (category == NULL))
          continue;

        if (moodle_type (question) == NULL)
          {
            skipped++;
            continue;
          }

        if (category != NULL &&
            (current == NULL || !g_strv_equal (current, category)))
          {
            append_category (out, category);
            current = category;
          }

        append_question (out, question);
      }

  g_string_append (out, "</quiz>\n");

  if (n_skipped != NULL)
    *n_skipped = skipped;

  return g_string_free (out, FALSE);
}

/**
 * sc_moodle_xml_write_file:
 * @n_skipped: (out) (optional): as for sc_moodle_xml_write()
 *
 * Replaces @path in one step: a failed write leaves any old file whole.
 */
gboolean
sc_moodle_xml_write_file (const char  *path,
                          GPtrArray   *questions,
                          guint       *n_skipped,
                          GError     **error)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (questions != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  text = sc_moodle_xml_write (questions, n_skipped);
  if (!g_file_set_contents (path, text, -1, &local_error))
    {
      g_autofree char *file = g_filename_display_name (path);

      g_set_error (error, SC_ERROR, SC_ERROR_IO,
                   _("%s: cannot be written: %s; choose another folder"), file,
                   local_error->message);
      return FALSE;
    }

  return TRUE;
}
