/* sc-gift-reader.c - questions from Moodle's GIFT text format
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GIFT file is questions separated by blank lines. This file reads the
 * bytes (size cap, encoding), cuts the text into blocks, takes out the
 * comment lines (with their [id:…] and [tag:…]) and the $CATEGORY: lines,
 * replaces escapes, and hands each block to sc-gift-question.c. A broken
 * question is reported as FILE:LINE: and skipped; the others are kept.
 * Only a file that cannot be text at all is refused as a whole.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sc-error.h"
#include "sc-gift-private.h"
#include "sc-rich-text-html.h"
#include "sc-rich-text-markdown.h"

#define CATEGORY_PREFIX "$CATEGORY:"

typedef struct
{
  ScGiftContext   ctx;
  GPtrArray      *questions;
  char          **category;
  ScGiftBlock     block;
} Reader;

static void
block_reset (ScGiftBlock *block)
{
  g_string_truncate (block->text, 0);
  g_string_truncate (block->comments, 0);
  g_array_set_size (block->offsets, 0);
  g_array_set_size (block->lines, 0);
  block->bad_line = 0;
  block->bad_byte = 0;
}

/* One trimmed line onto the block, with \: \# \= \{ \} \~ \n as escape
 * bytes and \\ as a backslash (Moodle's escapedchar_pre). */
static void
block_add_line (ScGiftBlock *block,
                const char  *line,
                guint        number)
{
  static const char escapable[] = ":#={}~n";
  gsize offset;

  if (block->text->len > 0)
    g_string_append_c (block->text, '\n');
  offset = block->text->len;
  g_array_append_val (block->offsets, offset);
  g_array_append_val (block->lines, number);

  for (const char *p = line; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;
      const char *escape;

      if (c >= SC_GIFT_ESCAPE_FIRST && c <= SC_GIFT_ESCAPE_LAST)
        {
          if (block->bad_line == 0)
            {
              block->bad_line = number;
              block->bad_byte = c;
            }
          g_string_append_c (block->text, '?');
        }
      else if (c == '\\' && p[1] == '\\')
        {
          g_string_append_c (block->text, '\\');
          p++;
        }
      else if (c == '\\' && p[1] != '\0' && (escape = strchr (escapable, p[1])) != NULL)
        {
          g_string_append_c (block->text, (char) (SC_GIFT_ESCAPE_FIRST + (escape - escapable)));
          p++;
        }
      else
        {
          g_string_append_c (block->text, (char) c);
        }
    }
}

/* The value of "[id:…]" or "[tag:…]" at @p, with "\]" undone and
 * trimmed, or NULL when there is none there. As in Moodle's pattern: one
 * or more of "\]" or any character but "]", a control character or one of
 * @refused. */
static char *
read_token (const char  *p,
            const char  *prefix,
            const char  *refused,
            const char **end)
{
  g_autoptr(GString) value = NULL;
  const char *start;

  if (!g_str_has_prefix (p, prefix))
    return NULL;

  value = g_string_new (NULL);
  for (start = p += strlen (prefix); *p != '\0'; p++)
    {
      if (p[0] == '\\' && p[1] == ']')
        {
          g_string_append_c (value, ']');
          p++;
        }
      else if (*p == ']' || g_ascii_iscntrl (*p) || strchr (refused, *p) != NULL)
        {
          break;
        }
      else
        {
          g_string_append_c (value, *p);
        }
    }
  if (*p != ']' || p == start)
    return NULL;

  *end = p + 1;
  g_strstrip (value->str);

  return g_strdup (value->str);
}

/* The first [id:…] and every [tag:…], read from left to right so that a
 * bracket inside one token is never taken for another. */
static void
read_comments (ScQuestion *question,
               const char *comments)
{
  const char *p = comments;

  while ((p = strchr (p, '[')) != NULL)
    {
      const char *end = NULL;
      char *value;

      if (question->idnumber == NULL &&
          (value = read_token (p, "[id:", "", &end)) != NULL)
        {
          /* "[id: ]" names nothing, as the writer leaves an empty id
           * out (a gift fuzz finding: it came back as no id). */
          if (*value != '\0')
            question->idnumber = value;
          else
            g_free (value);
        }
      else if ((value = read_token (p, "[tag:", "<>`", &end)) != NULL)
        {
          if (*value != '\0')
            sc_question_add_tag (question, value);
          g_free (value);
        }
      p = end != NULL ? end : p + 1;
    }
}

static void
note_text (Reader               *reader,
           const ScQuestion     *question,
           guint                 line,
           const ScQuestionText *text)
{
  g_autoptr(GPtrArray) simplified = NULL;
  g_autoptr(ScRichText) rich = NULL;
  g_autofree char *shown = NULL;

  if (text->source == NULL || *text->source == '\0')
    return;

  shown = sc_question_name_for_message (question->name);

  if (text->format == SC_TEXT_FORMAT_MARKDOWN)
    {
      simplified = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_markdown_note_free);
      rich = sc_rich_text_new_from_markdown (text->source, simplified);
      for (guint i = 0; i < simplified->len; i++)
        {
          const ScMarkdownNote *note = g_ptr_array_index (simplified, i);

          sc_course_problems_add (reader->ctx.problems, reader->ctx.file, line + note->line - 1,
                                  /* TRANSLATORS: %s is a question's name, then what was lost */
                                  _("question “%s”: formatting simplified: %s"), shown,
                                  note->message);
        }
      return;
    }

  if ((text->format != SC_TEXT_FORMAT_HTML &&
       text->format != SC_TEXT_FORMAT_MOODLE_AUTO_FORMAT) ||
      strpbrk (text->source, "<&") == NULL)
    return;

  simplified = g_ptr_array_new_with_free_func (g_free);
  if (text->format == SC_TEXT_FORMAT_HTML)
    rich = sc_rich_text_html_parse (text->source, NULL, NULL, simplified);
  else
    rich = sc_rich_text_html_parse_auto (text->source, NULL, NULL, simplified);
  for (guint i = 0; i < simplified->len; i++)
    sc_course_problems_add (reader->ctx.problems, reader->ctx.file, line,
                            _("question “%s”: formatting simplified: %s"), shown,
                            (const char *) g_ptr_array_index (simplified, i));
}

/* What a learner will not see as the author wrote it, once per kind. */
static void
note_simplified (Reader           *reader,
                 const ScQuestion *question,
                 guint             line)
{
  note_text (reader, question, line, &question->stem);
  note_text (reader, question, line, &question->general_feedback);
  for (guint i = 0; i < question->answers->len; i++)
    {
      const ScQuestionAnswer *answer = g_ptr_array_index (question->answers, i);

      if (question->type != SC_QUESTION_SHORT_ANSWER && question->type != SC_QUESTION_NUMERICAL)
        note_text (reader, question, line, &answer->text);
      note_text (reader, question, line, &answer->feedback);
    }
  for (guint i = 0; i < question->subquestions->len; i++)
    {
      const ScQuestionSubquestion *pair = g_ptr_array_index (question->subquestions, i);

      note_text (reader, question, line, &pair->text);
    }
}

static gsize
read_category (Reader *reader)
{
  ScGiftBlock *block = &reader->block;
  const char *text = block->text->str;
  gsize end = strcspn (text, "\n");
  gsize prefix = strlen (CATEGORY_PREFIX);
  g_autofree char *path = sc_gift_unescape (text + prefix, end - prefix);
  g_auto(GStrv) components = sc_question_category_parse (g_strstrip (path));

  if (components[0] == NULL)
    {
      sc_course_problems_add (reader->ctx.problems, reader->ctx.file,
                              g_array_index (block->lines, guint, 0),
                              _("$CATEGORY: needs a category path, such as "
                                "$CATEGORY: $course$/top/Pricing; the questions that follow stay "
                                "in the category before"));
      return end;
    }

  g_strfreev (reader->category);
  reader->category = g_steal_pointer (&components);

  return end;
}

static void
finish_block (Reader *reader)
{
  ScGiftBlock *block = &reader->block;
  ScQuestion *question;
  gsize start = 0;

  if (block->text->len == 0)
    {
      block_reset (block);
      return;
    }

  if (g_str_has_prefix (block->text->str, CATEGORY_PREFIX))
    start = read_category (reader);

  question = sc_gift_parse_question (&reader->ctx, block, start);
  if (question != NULL)
    {
      ScGiftSpan rest = sc_gift_span_trim (block->text->str,
                                           (ScGiftSpan) { start, block->text->len });

      question->category = g_strdupv (reader->category);
      read_comments (question, block->comments->str);
      note_simplified (reader, question, sc_gift_block_line (block, rest.start));
      g_ptr_array_add (reader->questions, question);
    }

  block_reset (block);
}

static void
set_too_large (const char  *file_name,
               GError     **error)
{
  g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
               /* TRANSLATORS: %s is a file name, %u a size in megabytes */
               _("%s: is larger than %u MB, the most a GIFT file may hold; split it into "
                 "smaller files"),
               file_name, (guint) (SC_GIFT_MAX_FILE_SIZE / (1024 * 1024)));
}

/**
 * sc_gift_read_memory:
 * @file_name: the file as the user named it, for messages
 * @problems: receives every question skipped and every warning, as
 *   FILE:LINE: message
 *
 * Returns: (transfer full) (element-type ScQuestion) (nullable): the
 *   questions, in file order, each with the category of the last
 *   $CATEGORY: before it; %NULL with @error set when the file cannot be
 *   read as text at all
 */
GPtrArray *
sc_gift_read_memory (const char        *data,
                     gsize              size,
                     const char        *file_name,
                     ScGiftReadFlags    flags,
                     ScCourseProblems  *problems,
                     GError           **error)
{
  Reader reader = { { file_name, flags, problems }, NULL, NULL, { NULL } };
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;

  g_return_val_if_fail (data != NULL || size == 0, NULL);
  g_return_val_if_fail (file_name != NULL, NULL);
  g_return_val_if_fail (problems != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (size > SC_GIFT_MAX_FILE_SIZE)
    {
      set_too_large (file_name, error);
      return NULL;
    }

  text = sc_gift_decode (data != NULL ? data : "", size, file_name, problems, error);
  if (text == NULL)
    return NULL;
  if (text[strspn (text, " \t\r\n\v\f")] == '\0')
    {
      g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                   /* TRANSLATORS: %s is a file name */
                   _("%s: is empty; export the questions again, or choose the GIFT file that "
                     "holds them"),
                   file_name);
      return NULL;
    }

  reader.questions = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_question_free);
  reader.block.text = g_string_new (NULL);
  reader.block.comments = g_string_new (NULL);
  reader.block.offsets = g_array_new (FALSE, FALSE, sizeof (gsize));
  reader.block.lines = g_array_new (FALSE, FALSE, sizeof (guint));

  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);

      if (*line == '\0')
        finish_block (&reader);
      else if (g_str_has_prefix (line, "//"))
        g_string_append_printf (reader.block.comments, "%s\n", line);
      else
        block_add_line (&reader.block, line, i + 1);
    }
  finish_block (&reader);

  g_strfreev (reader.category);
  g_string_free (reader.block.text, TRUE);
  g_string_free (reader.block.comments, TRUE);
  g_array_unref (reader.block.offsets);
  g_array_unref (reader.block.lines);

  return reader.questions;
}

/**
 * sc_gift_read_file:
 * @path: the file, named in messages as given
 *
 * Reads at most %SC_GIFT_MAX_FILE_SIZE bytes; see sc_gift_read_memory().
 *
 * Returns: (transfer full) (element-type ScQuestion) (nullable):
 */
GPtrArray *
sc_gift_read_file (const char        *path,
                   ScGiftReadFlags    flags,
                   ScCourseProblems  *problems,
                   GError           **error)
{
  g_autofree char *contents = NULL;
  GStatBuf info;
  gsize size = 0;
  int fd, saved_errno = 0;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (problems != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* Non-blocking, so that a named pipe cannot hang the import. */
  fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NONBLOCK, 0);
  if (fd < 0 || fstat (fd, &info) != 0)
    {
      saved_errno = errno;
      if (fd >= 0)
        close (fd);
      g_set_error (error, SC_ERROR, SC_ERROR_IO,
                   /* TRANSLATORS: %s is a file name, then the system's reason */
                   _("%s: the file cannot be read (%s); check that it exists and that you may "
                     "read it"),
                   path, g_strerror (saved_errno));
      return NULL;
    }
  if (!S_ISREG (info.st_mode))
    {
      close (fd);
      g_set_error (error, SC_ERROR, SC_ERROR_IO,
                   /* TRANSLATORS: %s is a file name */
                   _("%s: is not a regular file; choose the GIFT file itself"), path);
      return NULL;
    }
  if ((guint64) info.st_size > SC_GIFT_MAX_FILE_SIZE)
    {
      close (fd);
      set_too_large (path, error);
      return NULL;
    }

  contents = g_malloc ((gsize) info.st_size + 1);
  while (size <= (gsize) info.st_size)
    {
      gssize got = read (fd, contents + size, (gsize) info.st_size + 1 - size);

      if (got < 0 && errno == EINTR)
        continue;
      if (got < 0)
        saved_errno = errno;
      if (got <= 0)
        break;
      size += (gsize) got;
    }
  close (fd);

  if (saved_errno != 0)
    {
      g_set_error (error, SC_ERROR, SC_ERROR_IO,
                   _("%s: the file cannot be read (%s); check that it exists and that you may "
                     "read it"),
                   path, g_strerror (saved_errno));
      return NULL;
    }

  return sc_gift_read_memory (contents, size, path, flags, problems, error);
}
