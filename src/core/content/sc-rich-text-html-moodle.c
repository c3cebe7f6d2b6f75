/* sc-rich-text-html-moodle.c - rich text from Moodle's auto-format and plain-text formats
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Both become HTML first, the way Moodle shows them (blank lines part
 * paragraphs, other line breaks are <br>), and then go through the one
 * HTML converter. sc_rich_text_html_parse_format() picks the converter
 * for a question text's format, Markdown included.
 */
#include "config.h"

#include <string.h>

#include "sc-rich-text-html.h"
#include "sc-rich-text-markdown.h"

/* Moodle's own rules for auto-format: whitespace between two tags goes,
 * and a line break touching a tag is a space. */
static char *
fold_around_tags (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '>')
        {
          gsize n = strspn (p + 1, " \t\r\n\f\v");

          g_string_append_c (out, '>');
          if (n > 0 && p[1 + n] == '<')
            p += n;
          else if (p[1] == '\n')
            {
              g_string_append_c (out, ' ');
              p++;
            }
          continue;
        }

      if (*p == '\n' && p[1] == '<')
        g_string_append_c (out, ' ');
      else
        g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

/* Blank lines end paragraphs, other line breaks are <br>. */
static char *
paragraphs_to_html (const char *text,
                    gboolean    escape)
{
  g_autofree char *unix_text = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GString) paragraph = g_string_new (NULL);
  GString *out = g_string_new (NULL);

  {
    g_auto(GStrv) crlf = g_strsplit (text, "\r\n", -1);
    g_autofree char *joined = g_strjoinv ("\n", crlf);

    g_strdelimit (joined, "\r", '\n');
    unix_text = g_steal_pointer (&joined);
  }

  lines = g_strsplit (unix_text, "\n", -1);
  for (guint i = 0; ; i++)
    {
      gboolean blank = lines[i] == NULL || lines[i][strspn (lines[i], " \t")] == '\0';

      if (!blank)
        {
          if (paragraph->len > 0)
            g_string_append_c (paragraph, '\n');
          g_string_append (paragraph, lines[i]);
          continue;
        }

      if (paragraph->len > 0)
        {
          g_autofree char *body = escape ? g_markup_escape_text (paragraph->str, -1)
                                         : fold_around_tags (paragraph->str);
          g_auto(GStrv) parts = g_strsplit (body, "\n", -1);
          g_autofree char *with_breaks = g_strjoinv ("<br>", parts);

          g_string_append_printf (out, "<p>%s</p>", with_breaks);
          g_string_truncate (paragraph, 0);
        }

      if (lines[i] == NULL)
        break;
    }

  return g_string_free (out, FALSE);
}

/**
 * sc_rich_text_html_parse_auto:
 * @text: text in Moodle's auto-format: plain text in which HTML is allowed
 *
 * Blank lines separate paragraphs and a single line break is a line
 * break, as Moodle shows it.
 *
 * Returns: (transfer full):
 */
ScRichText *
sc_rich_text_html_parse_auto (const char             *text,
                              ScRichTextFileResolver  resolve,
                              gpointer                user_data,
                              GPtrArray              *simplified)
{
  g_autofree char *html = NULL;

  g_return_val_if_fail (text != NULL, sc_rich_text_new ());

  html = paragraphs_to_html (text, FALSE);

  return sc_rich_text_html_parse (html, resolve, user_data, simplified);
}

/**
 * sc_rich_text_html_parse_plain:
 * @text: plain text; anything that looks like HTML is shown as written
 *
 * Returns: (transfer full): paragraphs at blank lines, line breaks kept
 */
ScRichText *
sc_rich_text_html_parse_plain (const char *text)
{
  g_autofree char *html = NULL;

  g_return_val_if_fail (text != NULL, sc_rich_text_new ());

  html = paragraphs_to_html (text, TRUE);

  return sc_rich_text_html_parse (html, NULL, NULL, NULL);
}

/**
 * sc_rich_text_html_parse_format:
 * @source: a text as a question bank holds it
 * @format: which of Moodle's formats @source is in
 * @resolve: (nullable) (scope call): as for sc_rich_text_html_parse()
 * @simplified: (nullable) (element-type utf8): as for
 *   sc_rich_text_html_parse(); Markdown's notes go here too
 *
 * The one entry for question text: HTML, Moodle auto-format, plain text
 * (and Moodle's old wiki format, which Moodle itself now shows as plain
 * text) and Markdown.
 *
 * Returns: (transfer full):
 */
ScRichText *
sc_rich_text_html_parse_format (const char             *source,
                                ScTextFormat            format,
                                ScRichTextFileResolver  resolve,
                                gpointer                user_data,
                                GPtrArray              *simplified)
{
  g_autoptr(GPtrArray) notes = NULL;
  ScRichText *text;

  g_return_val_if_fail (source != NULL, sc_rich_text_new ());

  switch (format)
    {
    case SC_TEXT_FORMAT_MOODLE_AUTO_FORMAT:
      return sc_rich_text_html_parse_auto (source, resolve, user_data, simplified);

    case SC_TEXT_FORMAT_PLAIN:
    case SC_TEXT_FORMAT_WIKI_LIKE:
      return sc_rich_text_html_parse_plain (source);

    case SC_TEXT_FORMAT_MARKDOWN:
      notes = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_markdown_note_free);
      text = sc_rich_text_new_from_markdown (source, notes);
      for (guint i = 0; simplified != NULL && i < notes->len; i++)
        {
          const ScMarkdownNote *note = g_ptr_array_index (notes, i);
          gboolean seen = FALSE;

          for (guint j = 0; j < simplified->len && !seen; j++)
            seen = g_str_equal (g_ptr_array_index (simplified, j), note->message);
          if (!seen)
            g_ptr_array_add (simplified, g_strdup (note->message));
        }
      return text;

    case SC_TEXT_FORMAT_HTML:
    default:
      return sc_rich_text_html_parse (source, resolve, user_data, simplified);
    }
}

/**
 * sc_rich_text_html_question_file:
 * @name: a decoded file name from the text
 * @user_data: the #ScQuestionText the text belongs to
 *
 * An #ScRichTextFileResolver for question text: finds @name among the
 * text's own files (by folder and name, as Moodle does) and gives it as a
 * path relative to a folder the caller writes the text's files into
 * ("flag.png", or "sub/flag.png" for a file with path="/sub/").
 *
 * Returns: (transfer full) (nullable): the relative path, or %NULL when
 *   the text has no such file
 */
char *
sc_rich_text_html_question_file (const char *name,
                                 gpointer    user_data)
{
  const ScQuestionText *text = user_data;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  for (guint i = 0; text->files != NULL && i < text->files->len; i++)
    {
      const ScQuestionFile *file = g_ptr_array_index (text->files, i);
      const char *folder = file->path != NULL ? file->path : "/";
      g_autofree char *relative = NULL;

      while (*folder == '/')
        folder++;
      relative = g_strconcat (folder, *folder != '\0' && !g_str_has_suffix (folder, "/") ? "/" : "",
                              file->name, NULL);
      if (g_str_equal (relative, name))
        return g_steal_pointer (&relative);
    }

  return NULL;
}
