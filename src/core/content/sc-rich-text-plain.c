/* sc-rich-text-plain.c - rich text to and from plain text
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The plain form is what search indexes, what a test compares and what
 * goes on the clipboard: one block per paragraph, blank lines between
 * blocks, list items and steps on their own lines, table cells joined
 * with " | ".
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "sc-rich-text.h"

static char *render_block (ScRichBlock *block);

static gboolean
is_line_kind (ScRichBlockKind kind)
{
  return kind == SC_RICH_BLOCK_LIST_ITEM ||
         kind == SC_RICH_BLOCK_TABLE_ROW ||
         kind == SC_RICH_BLOCK_NUMBER ||
         kind == SC_RICH_BLOCK_STEP ||
         kind == SC_RICH_BLOCK_GOAL;
}

static void
append_chunk (GString         *out,
              ScRichBlockKind *previous,
              ScRichBlockKind  kind,
              const char      *chunk,
              gboolean         tight)
{
  if (chunk == NULL || *chunk == '\0')
    return;

  if (out->len > 0)
    g_string_append (out, tight || (is_line_kind (*previous) && is_line_kind (kind))
                          ? "\n" : "\n\n");
  g_string_append (out, chunk);
  *previous = kind;
}

static char *
indent_continuation (const char *text,
                     gsize       width)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autofree char *pad = g_strnfill (width, ' ');
  GString *out = g_string_new (lines[0]);

  /* An empty item splits into no lines at all. */
  for (guint i = 1; lines[0] != NULL && lines[i] != NULL; i++)
    {
      g_string_append_c (out, '\n');
      if (lines[i][0] != '\0')
        g_string_append (out, pad);
      g_string_append (out, lines[i]);
    }

  return g_string_free (out, FALSE);
}

/* @tight: one line break between children, as inside a list item */
static char *
render_children (ScRichBlock *block,
                 const char  *first_line,
                 gboolean     tight)
{
  GString *out = g_string_new (NULL);
  ScRichBlockKind previous = SC_RICH_BLOCK_PARAGRAPH;
  guint step = 0;

  append_chunk (out, &previous, SC_RICH_BLOCK_HEADING, first_line, tight);

  for (guint i = 0; i < block->children->len; i++)
    {
      ScRichBlock *child = g_ptr_array_index (block->children, i);
      g_autofree char *chunk = NULL;

      if (child->kind == SC_RICH_BLOCK_STEP)
        {
          g_autofree char *text = sc_rich_block_get_run_text (child);

          chunk = g_strdup_printf ("%u. %s", ++step, text);
        }
      else
        {
          chunk = render_block (child);
        }

      append_chunk (out, &previous, child->kind, chunk, tight);
    }

  return g_string_free (out, FALSE);
}

static char *
render_list (ScRichBlock *block)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < block->children->len; i++)
    {
      ScRichBlock *item = g_ptr_array_index (block->children, i);
      g_autofree char *prefix = block->variant ? g_strdup_printf ("%u. ", i + 1) : g_strdup ("- ");
      g_autofree char *body = render_children (item, NULL, TRUE);
      g_autofree char *indented = indent_continuation (body, strlen (prefix));

      if (i > 0)
        g_string_append_c (out, '\n');
      g_string_append_printf (out, "%s%s", prefix, indented);
    }

  return g_string_free (out, FALSE);
}

static char *
render_row (ScRichBlock *row)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < row->children->len; i++)
    {
      g_autofree char *cell = sc_rich_block_get_run_text (g_ptr_array_index (row->children, i));

      if (i > 0)
        g_string_append (out, " | ");
      g_string_append (out, cell);
    }

  return g_string_free (out, FALSE);
}

static const char *
callout_label (int variant)
{
  switch ((ScRichCallout) variant)
    {
    case SC_RICH_CALLOUT_TIP:
      return _("Tip");
    case SC_RICH_CALLOUT_WARNING:
      return _("Warning");
    case SC_RICH_CALLOUT_POLICY:
      return _("Policy");
    case SC_RICH_CALLOUT_EXAMPLE:
      return _("Example");
    default:
      return _("Note");
    }
}

static char *
labelled (const char *label,
          const char *title)
{
  if (title == NULL || *title == '\0')
    return g_strdup (label);

  /* TRANSLATORS: a label and a title, as in "Tip: Check the weight" */
  return g_strdup_printf (_("%s: %s"), label, title);
}

static char *
render_block (ScRichBlock *block)
{
  g_autofree char *runs = sc_rich_block_get_run_text (block);
  g_autofree char *first = NULL;

  switch (block->kind)
    {
    case SC_RICH_BLOCK_SECTION:
      return render_children (block, block->title, FALSE);

    case SC_RICH_BLOCK_HEADING:
    case SC_RICH_BLOCK_PARAGRAPH:
    case SC_RICH_BLOCK_TABLE_CELL:
    case SC_RICH_BLOCK_STEP:
      return g_steal_pointer (&runs);

    case SC_RICH_BLOCK_LIST:
      return render_list (block);

    case SC_RICH_BLOCK_LIST_ITEM:
      return render_children (block, NULL, TRUE);

    case SC_RICH_BLOCK_PROBLEM:
      return render_children (block, NULL, FALSE);

    case SC_RICH_BLOCK_TABLE:
      return render_children (block, runs, FALSE);

    case SC_RICH_BLOCK_TABLE_ROW:
      return render_row (block);

    case SC_RICH_BLOCK_CALLOUT:
      first = labelled (callout_label (block->variant), block->title);
      return render_children (block, first, FALSE);

    case SC_RICH_BLOCK_FIGURE:
      first = g_strdup_printf ("[%s]", block->alt != NULL ? block->alt : "");
      if (*runs == '\0')
        return g_steal_pointer (&first);
      return g_strdup_printf ("%s\n%s", first, runs);

    case SC_RICH_BLOCK_WORKED_EXAMPLE:
      first = labelled (_("Worked example"), block->title);
      return render_children (block, first, FALSE);

    case SC_RICH_BLOCK_NUMBER:
      return labelled (block->title != NULL ? block->title : "", runs);

    case SC_RICH_BLOCK_ANSWER:
      return labelled (_("Answer"), runs);

    case SC_RICH_BLOCK_SOP:
      return render_children (block, block->title, FALSE);

    case SC_RICH_BLOCK_TEMPLATE:
      if (block->title == NULL)
        return g_strdup (block->text != NULL ? block->text : "");
      return g_strdup_printf ("%s\n%s", block->title, block->text != NULL ? block->text : "");

    case SC_RICH_BLOCK_PRACTICE:
      first = labelled (_("Practice"), block->title);
      if (*runs != '\0')
        {
          char *both = g_strdup_printf ("%s\n%s", first, runs);

          g_free (first);
          first = both;
        }
      return render_children (block, first, FALSE);

    case SC_RICH_BLOCK_GOAL:
      return g_strdup_printf ("- %s", runs);

    default:
      g_assert_not_reached ();
    }

  return NULL;
}

/**
 * sc_rich_text_to_plain:
 *
 * Returns: (transfer full): the text without styles, laid out as the
 *   file comment describes
 */
char *
sc_rich_text_to_plain (ScRichText *self)
{
  GString *out;
  ScRichBlockKind previous = SC_RICH_BLOCK_PARAGRAPH;

  g_return_val_if_fail (self != NULL, NULL);

  out = g_string_new (NULL);
  for (guint i = 0; i < sc_rich_text_get_n_blocks (self); i++)
    {
      ScRichBlock *block = sc_rich_text_get_block (self, i);
      g_autofree char *chunk = render_block (block);

      append_chunk (out, &previous, block->kind, chunk, FALSE);
    }

  return g_string_free (out, FALSE);
}

/**
 * sc_rich_text_new_from_plain:
 *
 * Each stretch of lines between blank lines becomes a paragraph.
 *
 * Returns: (transfer full):
 */
ScRichText *
sc_rich_text_new_from_plain (const char *text)
{
  ScRichText *self = sc_rich_text_new ();
  g_auto(GStrv) lines = NULL;
  ScRichBlock *paragraph = NULL;

  g_return_val_if_fail (text != NULL, self);

  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_strstrip (lines[i])[0] == '\0')
        {
          paragraph = NULL;
          continue;
        }

      if (paragraph == NULL)
        {
          paragraph = sc_rich_block_new (SC_RICH_BLOCK_PARAGRAPH, i + 1);
          sc_rich_text_append (self, paragraph);
        }
      else
        {
          sc_rich_block_add_run (paragraph, " ", SC_RICH_STYLE_NONE, SC_RICH_LINK_NONE, NULL);
        }
      sc_rich_block_add_run (paragraph, lines[i], SC_RICH_STYLE_NONE, SC_RICH_LINK_NONE, NULL);
    }

  for (guint i = 0; i < sc_rich_text_get_n_blocks (self); i++)
    sc_rich_block_normalize_runs (sc_rich_text_get_block (self, i));

  return self;
}
