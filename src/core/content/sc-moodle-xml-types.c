/* sc-moodle-xml-types.c - one Moodle XML <question> into an ScQuestion, type by type
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Defaults for missing elements are Moodle's own (question/format/xml/
 * format.php), so a question reads as it would in Moodle. Texts are kept
 * as written, only trimmed at both ends as Moodle's importer does; a
 * missing text container stays %NULL so an export leaves it out again.
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "sc-cloze.h"
#include "sc-moodle-xml-private.h"
#include "sc-rich-text-html.h"

static char *
answer_label (const ScQuestionAnswer *answer,
              guint                   index)
{
  g_autofree char *plain = g_strdup (answer->text.source != NULL ? answer->text.source : "");

  /* Markup would make a poor label: then the answer's position is used. */
  g_strdelimit (plain, "\r\n\t", ' ');
  if (*plain == '\0' || strpbrk (plain, "<&") != NULL || g_utf8_strlen (plain, -1) > 40)
    /* TRANSLATORS: an answer by its position, as in "answer 3" */
    return g_strdup_printf (_("answer %u"), index + 1);

  /* TRANSLATORS: an answer by its text, as in "answer “toad”" */
  return g_strdup_printf (_("answer “%s”"), plain);
}

static char *
format_percent (double fraction)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (buffer, sizeof buffer, "%.7g", fraction * 100 + 0.0);

  return g_strdup (buffer);
}

/* fraction="…" is a percentage that must be on Moodle's grade list. */
static void
read_fraction (ScMoodleXmlQuestion *question,
               xmlNode             *node,
               ScQuestionAnswer    *answer,
               guint                index)
{
  g_autofree char *text = sc_moodle_xml_attr (node, "fraction");
  g_autofree char *label = NULL;
  double percent = 0;
  double matched = 0;

  if (text == NULL)
    return;

  answer->fraction_source = g_strdup (text);
  label = answer_label (answer, index);
  if (!sc_moodle_xml_parse_number (g_strstrip (text), &percent))
    {
      /* TRANSLATORS: "answer “toad” has the grade “lots”, which is not a number" */
      sc_moodle_xml_skip (question, _("%s has the grade “%s”, which is not a number"), label, text);
      return;
    }

  if (sc_moodle_grade_match (percent / 100, &matched))
    {
      answer->fraction = matched;
      return;
    }

  if (question->reader->flags & SC_MOODLE_XML_READ_SNAP_FRACTIONS)
    {
      g_autofree char *snapped = NULL;

      answer->fraction = sc_moodle_grade_snap (percent / 100);
      snapped = format_percent (answer->fraction);
      sc_moodle_xml_note (question, node, _("the grade %s %% of %s was rounded to %s %%"),
                          text, label, snapped);
      return;
    }

  sc_moodle_xml_skip (question,
                      _("%s has the grade %s %%, which is not on Moodle's list of grades "
                        "(such as 100, 50, 33.33333 or 0); correct it, or import again with "
                        "grades rounded to the nearest one on the list (--snap-fractions)"),
                      label, text);
}

static void
read_answers (ScMoodleXmlQuestion *question,
              ScQuestion          *result,
              gboolean             graded)
{
  guint index = 0;

  for (xmlNode *node = question->node->children; node != NULL; node = node->next)
    {
      ScQuestionAnswer *answer;

      if (!sc_moodle_xml_is (node, "answer"))
        continue;

      answer = sc_question_add_answer (result, NULL, SC_TEXT_FORMAT_HTML, 0);
      sc_moodle_xml_read_text (node, &answer->text);
      sc_moodle_xml_read_text (sc_moodle_xml_child (node, "feedback"), &answer->feedback);
      if (graded)
        read_fraction (question, node, answer, index);
      else
        answer->fraction_source = sc_moodle_xml_attr (node, "fraction");
      if (result->type == SC_QUESTION_NUMERICAL)
        sc_moodle_xml_read_number (question, node, "tolerance", &answer->tolerance,
                                   &answer->tolerance_source);
      index++;
    }
}

static void
read_combined_feedback (xmlNode    *node,
                        ScQuestion *result)
{
  sc_moodle_xml_read_text (sc_moodle_xml_child (node, "correctfeedback"),
                           &result->correct_feedback);
  sc_moodle_xml_read_text (sc_moodle_xml_child (node, "partiallycorrectfeedback"),
                           &result->partially_correct_feedback);
  sc_moodle_xml_read_text (sc_moodle_xml_child (node, "incorrectfeedback"),
                           &result->incorrect_feedback);
  result->show_num_correct = sc_moodle_xml_child (node, "shownumcorrect") != NULL;
}

static void
read_multichoice (ScMoodleXmlQuestion *question,
                  ScQuestion          *result)
{
  xmlNode *node = question->node;

  result->type = sc_moodle_xml_read_flag (node, "single", TRUE) ? SC_QUESTION_SINGLE_CHOICE
                                                                : SC_QUESTION_MULTIPLE_RESPONSE;
  result->shuffle = sc_moodle_xml_read_flag (node, "shuffleanswers", FALSE);
  result->answer_numbering = sc_moodle_xml_value (node, "answernumbering");
  result->show_standard_instruction = sc_moodle_xml_read_flag (node, "showstandardinstruction",
                                                               TRUE);
  read_combined_feedback (node, result);
  read_answers (question, result, TRUE);
}

static void
read_numerical (ScMoodleXmlQuestion *question,
                ScQuestion          *result)
{
  xmlNode *node = question->node;
  xmlNode *units = sc_moodle_xml_child (node, "units");
  gint64 number;

  read_answers (question, result, TRUE);

  for (xmlNode *child = units != NULL ? units->children : NULL; child != NULL; child = child->next)
    {
      g_autofree char *name = NULL;
      ScQuestionUnit *unit;

      if (!sc_moodle_xml_is (child, "unit"))
        continue;

      name = sc_moodle_xml_value (child, "unit_name");
      unit = sc_question_add_unit (result, name != NULL ? name : "", 1.0);
      sc_moodle_xml_read_number (question, child, "multiplier", &unit->multiplier,
                                 &unit->multiplier_source);
    }

  number = 0;
  sc_moodle_xml_read_integer (question, node, "unitgradingtype", 0, 2, &number);
  result->numerical.unit_grading_type = (int) number;
  result->numerical.unit_penalty = 0.1;
  sc_moodle_xml_read_number (question, node, "unitpenalty", &result->numerical.unit_penalty,
                             NULL);
  number = 3;
  sc_moodle_xml_read_integer (question, node, "showunits", 0, 3, &number);
  result->numerical.show_units = (int) number;
  result->numerical.units_left = sc_moodle_xml_read_flag (node, "unitsleft", FALSE);
  sc_moodle_xml_read_text (sc_moodle_xml_child (node, "instructions"),
                           &result->numerical.instructions);
}

static void
read_matching (ScMoodleXmlQuestion *question,
               ScQuestion          *result)
{
  xmlNode *node = question->node;

  result->shuffle = sc_moodle_xml_read_flag (node, "shuffleanswers", TRUE);
  read_combined_feedback (node, result);

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      g_autofree char *answer = NULL;
      ScQuestionSubquestion *sub;

      if (!sc_moodle_xml_is (child, "subquestion"))
        continue;

      answer = sc_moodle_xml_content (sc_moodle_xml_child (sc_moodle_xml_child (child, "answer"),
                                                           "text"));
      sub = sc_question_add_subquestion (result, NULL, SC_TEXT_FORMAT_HTML,
                                         answer != NULL ? sc_moodle_xml_trim (answer) : "");
      sc_moodle_xml_read_text (child, &sub->text);
    }
}

static int
compare_positions (gconstpointer a,
                   gconstpointer b)
{
  const ScQuestionAnswer *pa = *(const ScQuestionAnswer * const *) a;
  const ScQuestionAnswer *pb = *(const ScQuestionAnswer * const *) b;

  return (pa->fraction > pb->fraction) - (pa->fraction < pb->fraction);
}

/* An ordering question's answers are its items; fraction="n" is the
 * position (not a grade). Moodle writes them in order, and when the
 * positions say otherwise they win. */
static void
read_ordering_items (ScMoodleXmlQuestion *question,
                     ScQuestion          *result)
{
  gboolean all_numbers = TRUE;

  read_answers (question, result, FALSE);
  for (guint i = 0; i < result->answers->len; i++)
    {
      ScQuestionAnswer *answer = g_ptr_array_index (result->answers, i);
      g_autofree char *text = g_strstrip (g_strdup (answer->fraction_source != NULL
                                                    ? answer->fraction_source : ""));

      all_numbers &= sc_moodle_xml_parse_number (text, &answer->fraction);
    }

  if (all_numbers)
    g_ptr_array_sort (result->answers, compare_positions);
  for (guint i = 0; i < result->answers->len; i++)
    ((ScQuestionAnswer *) g_ptr_array_index (result->answers, i))->fraction = i + 1;
}

static void
read_ordering (ScMoodleXmlQuestion *question,
               ScQuestion          *result)
{
  static const char * const layouts[] = { "VERTICAL", "HORIZONTAL", NULL };
  static const int layout_values[] = { SC_ORDERING_LAYOUT_VERTICAL, SC_ORDERING_LAYOUT_HORIZONTAL };
  static const char * const selects[] = { "ALL", "RANDOM", "CONTIGUOUS", NULL };
  static const int select_values[] = {
    SC_ORDERING_SELECT_ALL, SC_ORDERING_SELECT_RANDOM, SC_ORDERING_SELECT_CONTIGUOUS,
  };
  static const char * const gradings[] = {
    "ALL_OR_NOTHING", "ABSOLUTE_POSITION", "RELATIVE_NEXT_EXCLUDE_LAST",
    "RELATIVE_NEXT_INCLUDE_LAST", "RELATIVE_ONE_PREVIOUS_AND_NEXT",
    "RELATIVE_ALL_PREVIOUS_AND_NEXT", "LONGEST_ORDERED_SUBSET", "LONGEST_CONTIGUOUS_SUBSET",
    "RELATIVE_TO_CORRECT", NULL,
  };
  static const int grading_values[] = { -1, 0, 1, 2, 3, 4, 5, 6, 7 };
  static const char * const shows[] = { "SHOW", "HIDE", "TRUE", "FALSE", NULL };
  static const int show_values[] = { 1, 0, 1, 0 };
  xmlNode *node = question->node;
  gint64 count = 0;

  result->ordering.layout = sc_moodle_xml_read_choice (node, "layouttype", layouts, layout_values,
                                                       SC_ORDERING_LAYOUT_VERTICAL);
  result->ordering.select_type = sc_moodle_xml_read_choice (node, "selecttype", selects,
                                                            select_values,
                                                            SC_ORDERING_SELECT_ALL);
  sc_moodle_xml_read_integer (question, node, "selectcount", 0, G_MAXINT, &count);
  result->ordering.select_count = (guint) count;
  result->ordering.grading_type = sc_moodle_xml_read_choice (node, "gradingtype", gradings,
                                                             grading_values,
                                                             SC_ORDERING_GRADING_ABSOLUTE_POSITION);
  result->ordering.show_grading = sc_moodle_xml_read_choice (node, "showgrading", shows,
                                                             show_values, 1);
  result->ordering.numbering_style = sc_moodle_xml_value (node, "numberingstyle");
  read_combined_feedback (node, result);
  read_ordering_items (question, result);
}

static void
read_essay (ScMoodleXmlQuestion *question,
            ScQuestion          *result)
{
  xmlNode *node = question->node;
  gint64 number;

  result->essay.response_format = sc_moodle_xml_value (node, "responseformat");
  result->essay.response_required = sc_moodle_xml_read_flag (node, "responserequired", TRUE);
  number = 0;
  sc_moodle_xml_read_integer (question, node, "responsefieldlines", 0, G_MAXINT, &number);
  result->essay.response_field_lines = (guint) number;
  number = 0;
  sc_moodle_xml_read_integer (question, node, "minwordlimit", 0, G_MAXINT, &number);
  result->essay.min_word_limit = (guint) number;
  number = 0;
  sc_moodle_xml_read_integer (question, node, "maxwordlimit", 0, G_MAXINT, &number);
  result->essay.max_word_limit = (guint) number;
  number = 0;
  sc_moodle_xml_read_integer (question, node, "attachments", -1, G_MAXINT, &number);
  result->essay.attachments = (int) number;
  number = 0;
  sc_moodle_xml_read_integer (question, node, "attachmentsrequired", 0, G_MAXINT, &number);
  result->essay.attachments_required = (guint) number;
  number = 0;
  sc_moodle_xml_read_integer (question, node, "maxbytes", 0, G_MAXINT64, &number);
  result->essay.max_bytes = number;
  result->essay.file_types_list = sc_moodle_xml_value (node, "filetypeslist");
  sc_moodle_xml_read_text (sc_moodle_xml_child (node, "graderinfo"), &result->essay.grader_info);
  sc_moodle_xml_read_text (sc_moodle_xml_child (node, "responsetemplate"),
                           &result->essay.response_template);
}

static void
read_cloze (ScMoodleXmlQuestion *question,
            ScQuestion          *result)
{
  g_autoptr(GError) error = NULL;

  if (!sc_cloze_parse_question (result, &error))
    sc_moodle_xml_skip (question, "%s", error->message);
}

static void
read_hints (ScMoodleXmlQuestion *question,
            ScQuestion          *result)
{
  for (xmlNode *node = question->node->children; node != NULL; node = node->next)
    {
      ScQuestionHint *hint;

      if (!sc_moodle_xml_is (node, "hint"))
        continue;

      hint = sc_question_add_hint (result, NULL, SC_TEXT_FORMAT_HTML);
      sc_moodle_xml_read_text (node, &hint->text);
      hint->show_num_correct = sc_moodle_xml_child (node, "shownumcorrect") != NULL;
      hint->clear_wrong = sc_moodle_xml_child (node, "clearwrong") != NULL;
      hint->options = sc_moodle_xml_value (node, "options");
    }
}

static void
read_tags (xmlNode    *node,
           ScQuestion *result)
{
  xmlNode *tags = sc_moodle_xml_child (node, "tags");

  for (xmlNode *tag = tags != NULL ? tags->children : NULL; tag != NULL; tag = tag->next)
    {
      g_autofree char *text = NULL;

      if (!sc_moodle_xml_is (tag, "tag"))
        continue;

      text = sc_moodle_xml_value (tag, "text");
      if (text != NULL && *text != '\0')
        sc_question_add_tag (result, text);
    }
}

/* Moodle 1.9's question picture: <image>name</image> with the bytes in
 * <image_base64>. Moodle's importer turns it into a file of the question
 * text and a picture at the end of it; so does this. */
static void
read_legacy_image (ScMoodleXmlQuestion *question,
                   ScQuestion          *result)
{
  xmlNode *data = sc_moodle_xml_child (question->node, "image_base64");
  g_autofree char *name = sc_moodle_xml_value (question->node, "image");
  g_autofree char *escaped = NULL;
  g_autofree char *source = NULL;
  g_autoptr(GBytes) bytes = NULL;

  if (data == NULL)
    {
      if (name != NULL && *name != '\0')
        sc_moodle_xml_note (question, sc_moodle_xml_child (question->node, "image"),
                            _("the picture “%s” is not inside the file and is left out"), name);
      return;
    }

  if (name == NULL || *name == '\0')
    {
      g_free (name);
      name = g_strdup ("image");
    }
  g_strdelimit (name, "/\\", '_');

  bytes = sc_moodle_xml_decode_base64 (data);
  if (g_bytes_get_size (bytes) == 0)
    return;

  escaped = g_markup_escape_text (name, -1);
  /* After the text, or alone: an export is trimmed on reading again, so
   * a space before a picture with no text would not come back. */
  if (result->stem.source != NULL && *result->stem.source != '\0')
    source = g_strdup_printf ("%s <img src=\"" SC_RICH_TEXT_HTML_FILE_PREFIX "%s\" />",
                              result->stem.source, escaped);
  else
    source = g_strdup_printf ("<img src=\"" SC_RICH_TEXT_HTML_FILE_PREFIX "%s\" />", escaped);
  sc_question_text_set (&result->stem, source, result->stem.format);
  sc_question_text_add_file (&result->stem, name, "/", "base64", bytes);
}

static void
read_common (ScMoodleXmlQuestion *question,
             ScQuestion          *result)
{
  xmlNode *node = question->node;
  g_autofree char *idnumber = NULL;

  result->name = sc_moodle_xml_value (sc_moodle_xml_child (node, "name"), "text");
  if (result->name == NULL)
    result->name = g_strdup ("");

  sc_moodle_xml_read_text (sc_moodle_xml_child (node, "questiontext"), &result->stem);
  read_legacy_image (question, result);
  sc_moodle_xml_read_text (sc_moodle_xml_child (node, "generalfeedback"),
                           &result->general_feedback);
  sc_moodle_xml_read_number (question, node, "defaultgrade", &result->default_mark, NULL);
  sc_moodle_xml_read_number (question, node, "penalty", &result->penalty, NULL);
  result->hidden = sc_moodle_xml_read_flag (node, "hidden", FALSE);

  idnumber = sc_moodle_xml_value (node, "idnumber");
  if (idnumber != NULL && *idnumber != '\0')
    result->idnumber = g_steal_pointer (&idnumber);

  read_hints (question, result);
  read_tags (node, result);
}

static void
collect_simplified (GPtrArray            *simplified,
                    const ScQuestionText *text)
{
  g_autoptr(ScRichText) rich = NULL;

  /* Without markup nothing can be lost; most answers are like that.
   * Plain text (and the wiki format, shown as plain text) shows its
   * markup as written: its conversion notes nothing either. */
  if (text->source == NULL || text->format == SC_TEXT_FORMAT_PLAIN ||
      text->format == SC_TEXT_FORMAT_WIKI_LIKE ||
      (text->format != SC_TEXT_FORMAT_MARKDOWN && strpbrk (text->source, "<&") == NULL))
    return;

  rich = sc_rich_text_html_parse_format (text->source, text->format,
                                         sc_rich_text_html_question_file, (gpointer) text,
                                         simplified);
}

/* What a learner will not see as the author wrote it, once per kind and
 * question: formatting Shopcraft cannot show, pictures that are missing. */
static void
note_simplified (ScMoodleXmlQuestion *question,
                 const ScQuestion    *result)
{
  g_autoptr(GPtrArray) simplified = g_ptr_array_new_with_free_func (g_free);
  const ScQuestionText *texts[] = {
    &result->stem, &result->general_feedback, &result->correct_feedback,
    &result->partially_correct_feedback, &result->incorrect_feedback,
    &result->numerical.instructions, &result->essay.grader_info,
    &result->essay.response_template,
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    collect_simplified (simplified, texts[i]);
  for (guint i = 0; i < result->answers->len; i++)
    {
      const ScQuestionAnswer *answer = g_ptr_array_index (result->answers, i);

      collect_simplified (simplified, &answer->text);
      collect_simplified (simplified, &answer->feedback);
    }
  for (guint i = 0; i < result->subquestions->len; i++)
    collect_simplified (simplified,
                        &((const ScQuestionSubquestion *) g_ptr_array_index (result->subquestions,
                                                                             i))->text);
  for (guint i = 0; i < result->hints->len; i++)
    collect_simplified (simplified,
                        &((const ScQuestionHint *) g_ptr_array_index (result->hints, i))->text);

  for (guint i = 0; i < simplified->len; i++)
    /* TRANSLATORS: what could not be kept, such as "<u> shown as plain text" */
    sc_moodle_xml_note (question, NULL, _("formatting simplified: %s"),
                        (const char *) g_ptr_array_index (simplified, i));
}

static const struct
{
  const char     *name;
  ScQuestionType  type;
} supported[] = {
  { "multichoice", SC_QUESTION_SINGLE_CHOICE },
  { "truefalse", SC_QUESTION_TRUE_FALSE },
  { "shortanswer", SC_QUESTION_SHORT_ANSWER },
  { "numerical", SC_QUESTION_NUMERICAL },
  { "matching", SC_QUESTION_MATCHING },
  { "match", SC_QUESTION_MATCHING },
  { "ordering", SC_QUESTION_ORDERING },
  { "cloze", SC_QUESTION_CLOZE },
  { "multianswer", SC_QUESTION_CLOZE },
  { "essay", SC_QUESTION_ESSAY },
  { "description", SC_QUESTION_DESCRIPTION },
};

/**
 * sc_moodle_xml_read_question:
 * @type: (nullable): the type attribute
 *
 * Returns: (transfer full) (nullable): the question; the caller drops it
 *   when @question->skip is set
 */
ScQuestion *
sc_moodle_xml_read_question (ScMoodleXmlQuestion *question,
                             const char          *type)
{
  ScQuestion *result;
  ScQuestionType kind = SC_QUESTION_UNSUPPORTED;

  if (type == NULL || *type == '\0')
    {
      sc_moodle_xml_skip (question, "%s", _("the <question> element has no type attribute"));
      return NULL;
    }

  for (guint i = 0; i < G_N_ELEMENTS (supported); i++)
    if (g_str_equal (type, supported[i].name))
      kind = supported[i].type;

  result = sc_question_new (kind);
  read_common (question, result);

  switch (kind)
    {
    case SC_QUESTION_SINGLE_CHOICE:
      read_multichoice (question, result);
      break;

    case SC_QUESTION_TRUE_FALSE:
    case SC_QUESTION_SHORT_ANSWER:
      result->case_sensitive = sc_moodle_xml_read_flag (question->node, "usecase", FALSE);
      read_answers (question, result, TRUE);
      break;

    case SC_QUESTION_NUMERICAL:
      read_numerical (question, result);
      break;

    case SC_QUESTION_MATCHING:
      read_matching (question, result);
      break;

    case SC_QUESTION_ORDERING:
      read_ordering (question, result);
      break;

    case SC_QUESTION_CLOZE:
      read_cloze (question, result);
      break;

    case SC_QUESTION_ESSAY:
      read_essay (question, result);
      break;

    case SC_QUESTION_DESCRIPTION:
      break;

    case SC_QUESTION_UNSUPPORTED:
    default:
      {
        g_autofree char *reason = NULL;

        /* Kept, so an import can say how many there were. */
        result->plugin = g_strdup (type);
        /* TRANSLATORS: %s is a Moodle question type such as "ddwtos" or "calculated" */
        reason = g_strdup_printf (_("the question type “%s” is not supported"), type);
        /* TRANSLATORS: a question's label ("question “Tax”") and the reason */
        sc_course_problems_add (question->reader->problems, question->reader->file,
                                question->line, _("%s skipped: %s"), question->label, reason);
      }
      break;
    }

  if (question->skip == NULL && kind != SC_QUESTION_UNSUPPORTED)
    note_simplified (question, result);

  return result;
}
