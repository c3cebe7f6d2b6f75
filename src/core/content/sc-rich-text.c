/* sc-rich-text.c - one rich-text model for lessons, questions and products
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Blocks form a small tree (a list holds items, an item holds paragraphs);
 * text lives in flat runs, each with its style flags and at most one link,
 * which is what a text view's tags want. Every converter (course XML, and
 * later HTML, Markdown and plain text) builds this model; one renderer
 * draws it.
 */
#include <string.h>

#include "sc-rich-text.h"

struct _ScRichText
{
  gatomicrefcount  ref_count;
  GPtrArray       *blocks;  /* ScRichBlock */
};

G_DEFINE_BOXED_TYPE (ScRichText, sc_rich_text, sc_rich_text_ref, sc_rich_text_unref)

static void
run_free (gpointer data)
{
  ScRichRun *run = data;

  g_free (run->text);
  g_free (run->link_target);
  g_free (run);
}

/* Most blocks have runs or children, few have both: until a block gets
 * its first, it points to this one empty array, never written, never
 * freed (a 1,000-lesson course has some 130,000 blocks, and an array of
 * its own for each was a tenth of the course's memory). */
static GPtrArray *
shared_empty (void)
{
  static GPtrArray *empty;

  if (g_once_init_enter (&empty))
    g_once_init_leave (&empty, g_ptr_array_new ());

  return empty;
}

ScRichBlock *
sc_rich_block_new (ScRichBlockKind kind,
                   guint           line)
{
  ScRichBlock *self = g_new0 (ScRichBlock, 1);

  self->kind = kind;
  self->line = line;
  self->runs = shared_empty ();
  self->children = shared_empty ();

  return self;
}

static void
unref_own (GPtrArray *array)
{
  if (array != shared_empty ())
    g_ptr_array_unref (array);
}

void
sc_rich_block_free (ScRichBlock *self)
{
  if (self == NULL)
    return;

  g_free (self->id);
  g_free (self->title);
  g_free (self->src);
  g_free (self->alt);
  g_free (self->target);
  g_free (self->text);
  unref_own (self->runs);
  unref_own (self->children);
  g_free (self);
}

/**
 * sc_rich_block_add_child:
 * @child: (transfer full):
 */
void
sc_rich_block_add_child (ScRichBlock *self,
                         ScRichBlock *child)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (child != NULL);

  if (self->children == shared_empty ())
    self->children = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_rich_block_free);
  g_ptr_array_add (self->children, child);
}

/**
 * sc_rich_block_add_run:
 * @link_target: (nullable): the lesson id, glossary id or address
 *
 * Appends text as it appears in the source; call
 * sc_rich_block_normalize_runs() once the block is complete to fold the
 * source's line breaks and indentation into single spaces.
 */
void
sc_rich_block_add_run (ScRichBlock    *self,
                       const char     *text,
                       ScRichStyle     style,
                       ScRichLinkKind  link_kind,
                       const char     *link_target)
{
  ScRichRun *run;

  g_return_if_fail (self != NULL);
  g_return_if_fail (text != NULL);

  run = g_new0 (ScRichRun, 1);
  run->text = g_strdup (text);
  run->style = style;
  run->link_kind = link_kind;
  run->link_target = link_kind != SC_RICH_LINK_NONE ? g_strdup (link_target) : NULL;
  if (self->runs == shared_empty ())
    self->runs = g_ptr_array_new_with_free_func (run_free);
  g_ptr_array_add (self->runs, run);
}

static gboolean
is_xml_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* In place: the result is never longer than @text. When @after_space,
 * a space that would start the result is dropped too. Returns the new
 * length. */
static gsize
collapse_spaces (char     *text,
                 gboolean  after_space)
{
  char *q = text;
  gboolean in_space = after_space;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (is_xml_space (*p))
        {
          if (!in_space)
            *q++ = ' ';
          in_space = TRUE;
        }
      else
        {
          *q++ = *p;
          in_space = FALSE;
        }
    }
  *q = '\0';

  return q - text;
}

/**
 * sc_rich_text_fold_spaces:
 * @text: the text, changed in place
 * @length: its length in bytes
 *
 * Folds @text as sc_rich_block_normalize_runs () folds a block's runs:
 * every stretch of spaces, tabs and line breaks one space, none at either
 * end. Word by word, so text that needs no change (most of a course's
 * megabytes) is barely touched. Writes a NUL after the result.
 *
 * Returns: the new length
 */
gsize
sc_rich_text_fold_spaces (char  *text,
                          gsize  length)
{
  const char *p = text;
  const char *end = text + length;
  char *q = text;

  g_return_val_if_fail (text != NULL, 0);

  for (;;)
    {
      const char *word;

      while (p < end && is_xml_space (*p))
        p++;
      if (p == end)
        break;
      word = p;
      while (p < end && !is_xml_space (*p))
        p++;

      if (q > text)
        *q++ = ' ';
      if (q != word)
        memmove (q, word, p - word);
      q += p - word;
    }
  *q = '\0';

  return q - text;
}

static gboolean
runs_match (const ScRichRun *a,
            const ScRichRun *b)
{
  return a->style == b->style &&
         a->link_kind == b->link_kind &&
         g_strcmp0 (a->link_target, b->link_target) == 0;
}

/**
 * sc_rich_block_normalize_runs:
 *
 * Folds each stretch of spaces, tabs and line breaks into one space (as a
 * browser does), drops spaces at the start and end of the block and between
 * runs where one is already there, removes empty runs and joins neighbours
 * that look the same.
 */
void
sc_rich_block_normalize_runs (ScRichBlock *self)
{
  gboolean after_space = TRUE;
  guint i;

  g_return_if_fail (self != NULL);

  for (i = 0; i < self->runs->len; i++)
    {
      ScRichRun *run = g_ptr_array_index (self->runs, i);
      gsize len = collapse_spaces (run->text, after_space);

      if (len > 0)
        after_space = run->text[len - 1] == ' ';
    }

  /* Trailing spaces, which may end a run followed only by empty ones. */
  for (i = self->runs->len; i > 0; i--)
    {
      ScRichRun *run = g_ptr_array_index (self->runs, i - 1);
      gsize len = strlen (run->text);

      if (len > 0 && run->text[len - 1] == ' ')
        run->text[len - 1] = '\0';
      if (run->text[0] != '\0')
        break;
    }

  for (i = 0; i < self->runs->len;)
    {
      ScRichRun *run = g_ptr_array_index (self->runs, i);
      ScRichRun *prev = i > 0 ? g_ptr_array_index (self->runs, i - 1) : NULL;

      if (run->text[0] == '\0')
        {
          g_ptr_array_remove_index (self->runs, i);
        }
      else if (prev != NULL && runs_match (prev, run))
        {
          char *joined = g_strconcat (prev->text, run->text, NULL);

          g_free (prev->text);
          prev->text = joined;
          g_ptr_array_remove_index (self->runs, i);
        }
      else
        {
          i++;
        }
    }
}

/**
 * sc_rich_block_get_run_text:
 *
 * Returns: (transfer full): the text of the block's own runs, without styles
 */
char *
sc_rich_block_get_run_text (ScRichBlock *self)
{
  GString *out;

  g_return_val_if_fail (self != NULL, NULL);

  out = g_string_new (NULL);
  for (guint i = 0; i < self->runs->len; i++)
    {
      const ScRichRun *run = g_ptr_array_index (self->runs, i);

      g_string_append (out, run->text);
    }

  return g_string_free (out, FALSE);
}

/**
 * sc_rich_block_count:
 *
 * Returns: how many blocks of @kind are in the tree under @self, @self
 *   included
 */
guint
sc_rich_block_count (ScRichBlock     *self,
                     ScRichBlockKind  kind)
{
  guint count;

  g_return_val_if_fail (self != NULL, 0);

  count = self->kind == kind ? 1 : 0;
  for (guint i = 0; i < self->children->len; i++)
    count += sc_rich_block_count (g_ptr_array_index (self->children, i), kind);

  return count;
}

ScRichText *
sc_rich_text_new (void)
{
  ScRichText *self = g_new0 (ScRichText, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_rich_block_free);

  return self;
}

ScRichText *
sc_rich_text_ref (ScRichText *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);

  return self;
}

void
sc_rich_text_unref (ScRichText *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      g_ptr_array_unref (self->blocks);
      g_free (self);
    }
}

/**
 * sc_rich_text_append:
 * @block: (transfer full):
 */
void
sc_rich_text_append (ScRichText  *self,
                     ScRichBlock *block)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (block != NULL);

  g_ptr_array_add (self->blocks, block);
}

guint
sc_rich_text_get_n_blocks (ScRichText *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->blocks->len;
}

/**
 * sc_rich_text_get_block:
 *
 * Returns: (transfer none):
 */
ScRichBlock *
sc_rich_text_get_block (ScRichText *self,
                        guint       index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->blocks->len, NULL);

  return g_ptr_array_index (self->blocks, index);
}

gboolean
sc_rich_text_is_empty (ScRichText *self)
{
  g_return_val_if_fail (self != NULL, TRUE);

  return self->blocks->len == 0;
}

/**
 * sc_rich_text_count:
 *
 * Returns: how many blocks of @kind the text holds, at any depth
 */
guint
sc_rich_text_count (ScRichText      *self,
                    ScRichBlockKind  kind)
{
  guint count = 0;

  g_return_val_if_fail (self != NULL, 0);

  for (guint i = 0; i < self->blocks->len; i++)
    count += sc_rich_block_count (g_ptr_array_index (self->blocks, i), kind);

  return count;
}
