/* sc-moodle-xml-values.c - the values inside a Moodle XML question: texts, numbers, flags, choices
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Defaults for missing elements are the caller's (Moodle's own, in
 * sc-moodle-xml-types.c); a value that is there but wrong skips its
 * question with a reason. Texts are kept as written, only trimmed at both
 * ends as Moodle's importer does; a missing text container stays %NULL so
 * an export leaves it out again.
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "sc-moodle-xml-private.h"

void
sc_moodle_xml_skip (ScMoodleXmlQuestion *question,
                    const char          *format,
                    ...)
{
  va_list args;

  if (question->skip != NULL)
    return;

  va_start (args, format);
  question->skip = g_strdup_vprintf (format, args);
  va_end (args);
}

/* A problem that does not skip the question, at @node's line. */
void
sc_moodle_xml_note (ScMoodleXmlQuestion *question,
                    xmlNode             *node,
                    const char          *format,
                    ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  /* TRANSLATORS: a question's label ("question “Tax”") and what happened to it */
  sc_course_problems_add (question->reader->problems, question->reader->file,
                          node != NULL ? sc_moodle_xml_line (node) : question->line,
                          _("%s: %s"), question->label, message);
}

/* PHP's trim(): what Moodle strips from every text it imports. */
char *
sc_moodle_xml_trim (char *text)
{
  const char *blank = " \t\n\r\v";
  gsize start = strspn (text, blank);
  gsize len = strlen (text);

  while (len > start && strchr (blank, text[len - 1]) != NULL)
    len--;
  memmove (text, text + start, len - start);
  text[len - start] = '\0';

  return text;
}

/* A text container: format="…", <text>, and the <file>s that travel with it. */
void
sc_moodle_xml_read_text (xmlNode        *container,
                         ScQuestionText *out)
{
  g_autofree char *format = NULL;
  g_autofree char *source = NULL;
  xmlNode *text;

  if (container == NULL)
    return;

  format = sc_moodle_xml_attr (container, "format");
  text = sc_moodle_xml_child (container, "text");
  source = text != NULL ? sc_moodle_xml_trim (sc_moodle_xml_content (text)) : g_strdup ("");
  sc_question_text_set (out, source, sc_text_format_from_moodle (format));

  for (xmlNode *child = container->children; child != NULL; child = child->next)
    {
      g_autofree char *name = NULL;
      g_autofree char *path = NULL;
      g_autofree char *encoding = NULL;
      g_autoptr(GBytes) data = NULL;

      if (!sc_moodle_xml_is (child, "file"))
        continue;

      name = sc_moodle_xml_attr (child, "name");
      path = sc_moodle_xml_attr (child, "path");
      encoding = sc_moodle_xml_attr (child, "encoding");
      data = sc_moodle_xml_decode_base64 (child);
      sc_question_text_add_file (out, name, path, encoding, data);
    }
}

/* Moodle's trans_single(): "false", "0" and nothing are false. */
static gboolean
sc_moodle_xml_is_true (const char *value)
{
  return value != NULL && *value != '\0' && !g_str_equal (value, "false") &&
         !g_str_equal (value, "0");
}

gboolean
sc_moodle_xml_read_flag (xmlNode    *node,
                         const char *name,
                         gboolean    fallback)
{
  g_autofree char *value = sc_moodle_xml_value (node, name);

  return value != NULL ? sc_moodle_xml_is_true (value) : fallback;
}

gboolean
sc_moodle_xml_parse_number (const char *text,
                            double     *value)
{
  char *end = NULL;

  if (text == NULL || *text == '\0')
    return FALSE;

  *value = g_ascii_strtod (text, &end);

  return end != NULL && *end == '\0' && isfinite (*value);
}

/* A number element: absent or empty keeps @value; anything else must be a
 * number, or the question is skipped. */
void
sc_moodle_xml_read_number (ScMoodleXmlQuestion  *question,
                           xmlNode              *parent,
                           const char           *name,
                           double               *value,
                           char                **source)
{
  g_autofree char *text = sc_moodle_xml_value (parent, name);

  if (text == NULL || *text == '\0')
    return;

  if (!sc_moodle_xml_parse_number (text, value))
    {
      /* TRANSLATORS: the first %s is an element such as "defaultgrade" */
      sc_moodle_xml_skip (question, _("<%s> “%s” is not a number"), name, text);
      return;
    }

  if (source != NULL)
    {
      g_free (*source);
      *source = g_steal_pointer (&text);
    }
}

void
sc_moodle_xml_read_integer (ScMoodleXmlQuestion *question,
                            xmlNode             *parent,
                            const char          *name,
                            gint64               min,
                            gint64               max,
                            gint64              *value)
{
  g_autofree char *text = sc_moodle_xml_value (parent, name);

  if (text == NULL || *text == '\0')
    return;

  if (!g_ascii_string_to_signed (text, 10, min, max, value, NULL))
    /* TRANSLATORS: the first %s is an element such as "selectcount" */
    sc_moodle_xml_skip (question, _("<%s> “%s” must be a whole number from %" G_GINT64_FORMAT
                                    " to %" G_GINT64_FORMAT), name, text, min, max);
}

/* An option written as a name or as Moodle's number for it. */
int
sc_moodle_xml_read_choice (xmlNode            *parent,
                           const char         *name,
                           const char * const *names,
                           const int          *values,
                           int                 fallback)
{
  g_autofree char *text = sc_moodle_xml_value (parent, name);
  gint64 number;

  if (text == NULL || *text == '\0')
    return fallback;

  for (guint i = 0; names[i] != NULL; i++)
    if (g_ascii_strcasecmp (text, names[i]) == 0)
      return values[i];

  if (g_ascii_string_to_signed (text, 10, G_MININT, G_MAXINT, &number, NULL))
    for (guint i = 0; names[i] != NULL; i++)
      if (values[i] == number)
        return values[i];

  return fallback;
}
