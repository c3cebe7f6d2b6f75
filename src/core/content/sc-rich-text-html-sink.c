/* sc-rich-text-html-sink.c - where the HTML converter's runs go, and how their whitespace folds
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Whitespace follows the browser: runs of spaces and line breaks fold
 * into one space, except in <pre>. Line breaks (<br>) and the edges of
 * blocks squeezed into one cell are marked with control characters while
 * the runs are built and become "\n" once spaces are folded.
 */
#include "config.h"

#include <string.h>

#include "sc-rich-text-html-private.h"

void
sc_rich_text_html_note (ScRichTextHtmlCtx *ctx,
                        const char        *format,
                        ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (ctx->simplified == NULL)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  for (guint i = 0; i < ctx->simplified->len; i++)
    if (g_str_equal (g_ptr_array_index (ctx->simplified, i), message))
      return;

  g_ptr_array_add (ctx->simplified, g_steal_pointer (&message));
}

/* Long addresses are cut so a report stays one readable line. */
char *
sc_rich_text_html_shorten (const char *text)
{
  g_autofree char *start = NULL;

  if (g_utf8_strlen (text, -1) <= 60)
    return g_strdup (text);

  start = g_utf8_substring (text, 0, 57);

  return g_strconcat (start, "…", NULL);
}

/* Text as it will be folded: control characters other than tab and line
 * breaks cannot be shown, and would be taken for break marks. */
static char *
scrub (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));

  for (const char *p = text; *p != '\0'; p++)
    if ((guchar) *p >= 0x20 || *p == '\t' || *p == '\n' || *p == '\r')
      g_string_append_c (out, *p);

  return g_string_free (out, FALSE);
}

void
sc_rich_text_html_sink_append (ScRichTextHtmlSink *sink,
                               ScRichBlock        *block)
{
  if (sink->parent != NULL)
    sc_rich_block_add_child (sink->parent, block);
  else
    sc_rich_text_append (sink->text, block);
}

static gboolean
runs_match (const ScRichRun *a,
            const ScRichRun *b)
{
  return a->style == b->style && a->link_kind == b->link_kind &&
         g_strcmp0 (a->link_target, b->link_target) == 0;
}

static void
merge_runs (ScRichBlock *block)
{
  for (guint i = 0; i < block->runs->len;)
    {
      ScRichRun *run = g_ptr_array_index (block->runs, i);
      ScRichRun *prev = i > 0 ? g_ptr_array_index (block->runs, i - 1) : NULL;

      if (run->text[0] == '\0')
        g_ptr_array_remove_index (block->runs, i);
      else if (prev != NULL && runs_match (prev, run))
        {
          char *joined = g_strconcat (prev->text, run->text, NULL);

          g_free (prev->text);
          prev->text = joined;
          g_ptr_array_remove_index (block->runs, i);
        }
      else
        i++;
    }
}

/* Folds whitespace as a browser does and turns break marks into "\n":
 * what lies between two pieces of text becomes as many line breaks as
 * there were <br>, at least one if a block edge was there, else one space
 * if there was any space; nothing at the start and the end. The folded
 * whitespace stays in the run where it began. */
void
sc_rich_text_html_finish_runs (ScRichBlock *block)
{
  g_autoptr(GPtrArray) outs = g_ptr_array_new ();
  GString *home = NULL;
  gboolean started = FALSE;
  gboolean space = FALSE;
  gboolean soft = FALSE;
  guint hard = 0;

  for (guint i = 0; i < block->runs->len; i++)
    {
      ScRichRun *run = g_ptr_array_index (block->runs, i);
      GString *out = g_string_sized_new (strlen (run->text));

      g_ptr_array_add (outs, out);
      for (const char *p = run->text; *p != '\0'; p++)
        {
          gboolean blank = *p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' ||
                           *p == SC_RICH_TEXT_HTML_HARD_BREAK || *p == SC_RICH_TEXT_HTML_SOFT_BREAK;

          if (blank)
            {
              if (home == NULL)
                home = out;
              space |= *p != SC_RICH_TEXT_HTML_HARD_BREAK && *p != SC_RICH_TEXT_HTML_SOFT_BREAK;
              soft |= *p == SC_RICH_TEXT_HTML_SOFT_BREAK;
              hard += *p == SC_RICH_TEXT_HTML_HARD_BREAK;
              continue;
            }

          if (started && home != NULL && (hard > 0 || soft))
            for (guint n = 0; n < MAX (hard, 1); n++)
              g_string_append_c (home, '\n');
          else if (started && home != NULL && space)
            g_string_append_c (home, ' ');
          space = soft = FALSE;
          hard = 0;
          home = NULL;
          started = TRUE;
          g_string_append_c (out, *p);
        }
    }

  for (guint i = 0; i < block->runs->len; i++)
    {
      ScRichRun *run = g_ptr_array_index (block->runs, i);

      g_free (run->text);
      run->text = g_string_free (g_ptr_array_index (outs, i), FALSE);
    }

  merge_runs (block);
}

/* <pre> keeps its spaces and line breaks; only the line break right after
 * the tag and the ones at the very end go, as in a browser. */
void
sc_rich_text_html_finish_pre (ScRichBlock *block)
{
  ScRichRun *run;
  gsize len;

  for (guint i = 0; i < block->runs->len; i++)
    {
      ScRichRun *each = g_ptr_array_index (block->runs, i);
      char *out = each->text;
      char *in = each->text;

      for (; *in != '\0'; in++)
        if (*in != '\r')
          *out++ = *in == SC_RICH_TEXT_HTML_HARD_BREAK ? '\n' : *in;
      *out = '\0';
    }

  merge_runs (block);
  if (block->runs->len == 0)
    return;

  run = g_ptr_array_index (block->runs, 0);
  if (run->text[0] == '\n')
    memmove (run->text, run->text + 1, strlen (run->text));

  run = g_ptr_array_index (block->runs, block->runs->len - 1);
  len = strlen (run->text);
  while (len > 0 && run->text[len - 1] == '\n')
    run->text[--len] = '\0';

  merge_runs (block);
}

void
sc_rich_text_html_sink_flush (ScRichTextHtmlSink *sink)
{
  ScRichBlock *paragraph = g_steal_pointer (&sink->paragraph);

  if (paragraph == NULL)
    return;

  sc_rich_text_html_finish_runs (paragraph);
  if (paragraph->runs->len > 0)
    sc_rich_text_html_sink_append (sink, paragraph);
  else
    sc_rich_block_free (paragraph);
}

static ScRichBlock *
sink_target (ScRichTextHtmlSink *sink,
             xmlNode            *node)
{
  if (sink->runs != NULL)
    return sink->runs;

  if (sink->paragraph == NULL)
    sink->paragraph = sc_rich_block_new (SC_RICH_BLOCK_PARAGRAPH, xmlGetLineNo (node) > 0
                                                                  ? (guint) xmlGetLineNo (node)
                                                                  : 0);

  return sink->paragraph;
}

void
sc_rich_text_html_add_text (ScRichTextHtmlSink         *sink,
                            xmlNode                    *node,
                            const char                 *text,
                            const ScRichTextHtmlInline *in)
{
  g_autofree char *clean = scrub (text);

  if (*clean == '\0')
    return;

  /* Blank text between blocks opens no paragraph. */
  if (sink->runs == NULL && sink->paragraph == NULL && clean[strspn (clean, " \t\r\n")] == '\0')
    return;

  sc_rich_block_add_run (sink_target (sink, node), clean, in->style, in->link_kind, in->target);
}

void
sc_rich_text_html_add_mark (ScRichTextHtmlSink         *sink,
                            xmlNode                    *node,
                            char                        mark,
                            const ScRichTextHtmlInline *in)
{
  char text[2] = { mark, '\0' };

  if (sink->pre)
    text[0] = mark == SC_RICH_TEXT_HTML_HARD_BREAK ? '\n' : ' ';
  else if (mark == SC_RICH_TEXT_HTML_SOFT_BREAK && sink->runs == NULL)
    return;

  sc_rich_block_add_run (sink_target (sink, node), text, in->style, in->link_kind, in->target);
}
