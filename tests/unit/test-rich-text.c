/* test-rich-text.c - the rich-text model: runs, blocks and plain text
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "sc-rich-text.h"

static ScRichBlock *
paragraph (const char *text)
{
  ScRichBlock *block = sc_rich_block_new (SC_RICH_BLOCK_PARAGRAPH, 0);

  sc_rich_block_add_run (block, text, SC_RICH_STYLE_NONE, SC_RICH_LINK_NONE, NULL);
  sc_rich_block_normalize_runs (block);

  return block;
}

static ScRichRun *
run_at (ScRichBlock *block,
        guint        index)
{
  g_assert_cmpuint (index, <, block->runs->len);
  return g_ptr_array_index (block->runs, index);
}

/* Source text is indented and wrapped like XML; the reader sees words. */
static void
test_rich_text_normalize_folds_spaces (void)
{
  g_autoptr(ScRichBlock) block = sc_rich_block_new (SC_RICH_BLOCK_PARAGRAPH, 3);

  sc_rich_block_add_run (block, "\n    Shoppers  scan\n   a page; the ", SC_RICH_STYLE_NONE,
                         SC_RICH_LINK_NONE, NULL);
  sc_rich_block_add_run (block, " title ", SC_RICH_STYLE_STRONG, SC_RICH_LINK_NONE, NULL);
  sc_rich_block_add_run (block, " is read", SC_RICH_STYLE_NONE, SC_RICH_LINK_NONE, NULL);
  sc_rich_block_add_run (block, " first.\n  ", SC_RICH_STYLE_NONE, SC_RICH_LINK_NONE, NULL);
  sc_rich_block_add_run (block, "   ", SC_RICH_STYLE_EMPHASIS, SC_RICH_LINK_NONE, NULL);
  sc_rich_block_normalize_runs (block);

  g_assert_cmpuint (block->runs->len, ==, 3);
  g_assert_cmpstr (run_at (block, 0)->text, ==, "Shoppers scan a page; the ");
  g_assert_cmpstr (run_at (block, 1)->text, ==, "title ");
  g_assert_cmpint (run_at (block, 1)->style, ==, SC_RICH_STYLE_STRONG);
  /* Two plain runs in a row become one. */
  g_assert_cmpstr (run_at (block, 2)->text, ==, "is read first.");
  g_assert_cmpint (run_at (block, 2)->style, ==, SC_RICH_STYLE_NONE);
}

static void
test_rich_text_runs_keep_links_apart (void)
{
  g_autoptr(ScRichBlock) block = sc_rich_block_new (SC_RICH_BLOCK_PARAGRAPH, 0);
  g_autofree char *text = NULL;

  sc_rich_block_add_run (block, "Every ", SC_RICH_STYLE_NONE, SC_RICH_LINK_NONE, NULL);
  sc_rich_block_add_run (block, "SKU", SC_RICH_STYLE_NONE, SC_RICH_LINK_TERM, "sku");
  sc_rich_block_add_run (block, " and ", SC_RICH_STYLE_NONE, SC_RICH_LINK_NONE, NULL);
  sc_rich_block_add_run (block, "variant", SC_RICH_STYLE_NONE, SC_RICH_LINK_TERM, "variant");
  sc_rich_block_add_run (block, " page", SC_RICH_STYLE_NONE, SC_RICH_LINK_LESSON, "pages");
  sc_rich_block_normalize_runs (block);

  g_assert_cmpuint (block->runs->len, ==, 5);
  g_assert_cmpint (run_at (block, 1)->link_kind, ==, SC_RICH_LINK_TERM);
  g_assert_cmpstr (run_at (block, 1)->link_target, ==, "sku");
  g_assert_cmpstr (run_at (block, 3)->link_target, ==, "variant");
  g_assert_cmpint (run_at (block, 4)->link_kind, ==, SC_RICH_LINK_LESSON);
  g_assert_null (run_at (block, 0)->link_target);

  text = sc_rich_block_get_run_text (block);
  g_assert_cmpstr (text, ==, "Every SKU and variant page");
}

static void
test_rich_text_ref_counts (void)
{
  ScRichText *text = sc_rich_text_new ();
  ScRichText *other = sc_rich_text_ref (text);

  sc_rich_text_append (text, paragraph ("One"));
  sc_rich_text_unref (text);
  g_assert_cmpuint (sc_rich_text_get_n_blocks (other), ==, 1);
  g_assert_true (G_TYPE_IS_BOXED (SC_TYPE_RICH_TEXT));
  sc_rich_text_unref (other);
}

static void
test_rich_text_from_plain (void)
{
  g_autoptr(ScRichText) text = sc_rich_text_new_from_plain ("  First line\nwraps here.\n\n \n"
                                                            "Second   paragraph.\n");
  g_autofree char *plain = NULL;
  g_autofree char *first = NULL;
  g_autoptr(ScRichText) empty = NULL;

  g_assert_cmpuint (sc_rich_text_get_n_blocks (text), ==, 2);
  first = sc_rich_block_get_run_text (sc_rich_text_get_block (text, 0));
  g_assert_cmpstr (first, ==, "First line wraps here.");
  g_assert_cmpuint (sc_rich_text_get_block (text, 1)->line, ==, 5);

  plain = sc_rich_text_to_plain (text);
  g_assert_cmpstr (plain, ==, "First line wraps here.\n\nSecond paragraph.");
  empty = sc_rich_text_new_from_plain ("\n \n");
  g_assert_true (sc_rich_text_is_empty (empty));
}

static ScRichBlock *
with_runs (ScRichBlockKind  kind,
           const char      *text)
{
  ScRichBlock *block = sc_rich_block_new (kind, 0);

  sc_rich_block_add_run (block, text, SC_RICH_STYLE_NONE, SC_RICH_LINK_NONE, NULL);
  return block;
}

/* Every block kind has a plain form; this is the one search and the
 * clipboard get. */
static void
test_rich_text_plain_every_kind (void)
{
  g_autoptr(ScRichText) text = sc_rich_text_new ();
  ScRichBlock *section = sc_rich_block_new (SC_RICH_BLOCK_SECTION, 0);
  ScRichBlock *heading = with_runs (SC_RICH_BLOCK_HEADING, "Heading");
  ScRichBlock *list = sc_rich_block_new (SC_RICH_BLOCK_LIST, 0);
  ScRichBlock *item = sc_rich_block_new (SC_RICH_BLOCK_LIST_ITEM, 0);
  ScRichBlock *nested = sc_rich_block_new (SC_RICH_BLOCK_LIST, 0);
  ScRichBlock *nested_item = sc_rich_block_new (SC_RICH_BLOCK_LIST_ITEM, 0);
  ScRichBlock *table = with_runs (SC_RICH_BLOCK_TABLE, "Caption");
  ScRichBlock *row = sc_rich_block_new (SC_RICH_BLOCK_TABLE_ROW, 0);
  ScRichBlock *callout = sc_rich_block_new (SC_RICH_BLOCK_CALLOUT, 0);
  ScRichBlock *figure = with_runs (SC_RICH_BLOCK_FIGURE, "A caption.");
  ScRichBlock *example = sc_rich_block_new (SC_RICH_BLOCK_WORKED_EXAMPLE, 0);
  ScRichBlock *problem = sc_rich_block_new (SC_RICH_BLOCK_PROBLEM, 0);
  ScRichBlock *number = with_runs (SC_RICH_BLOCK_NUMBER, "€6.00");
  ScRichBlock *sop = sc_rich_block_new (SC_RICH_BLOCK_SOP, 0);
  ScRichBlock *template = sc_rich_block_new (SC_RICH_BLOCK_TEMPLATE, 0);
  ScRichBlock *practice = with_runs (SC_RICH_BLOCK_PRACTICE, "Fix them.");
  g_autofree char *plain = NULL;

  section->title = g_strdup ("Section");
  sc_rich_block_add_child (section, paragraph ("Text."));
  sc_rich_text_append (text, section);
  sc_rich_text_append (text, heading);

  sc_rich_block_add_child (item, paragraph ("Item one"));
  sc_rich_block_add_child (nested_item, paragraph ("Nested"));
  nested->variant = TRUE;
  sc_rich_block_add_child (nested, nested_item);
  sc_rich_block_add_child (item, nested);
  sc_rich_block_add_child (list, item);
  item = sc_rich_block_new (SC_RICH_BLOCK_LIST_ITEM, 0);
  sc_rich_block_add_child (item, paragraph ("Item two"));
  sc_rich_block_add_child (list, item);
  sc_rich_text_append (text, list);

  row->variant = TRUE;
  sc_rich_block_add_child (row, with_runs (SC_RICH_BLOCK_TABLE_CELL, "A"));
  sc_rich_block_add_child (row, with_runs (SC_RICH_BLOCK_TABLE_CELL, "B"));
  sc_rich_block_add_child (table, row);
  row = sc_rich_block_new (SC_RICH_BLOCK_TABLE_ROW, 0);
  sc_rich_block_add_child (row, with_runs (SC_RICH_BLOCK_TABLE_CELL, "1"));
  sc_rich_block_add_child (row, with_runs (SC_RICH_BLOCK_TABLE_CELL, "2"));
  sc_rich_block_add_child (table, row);
  sc_rich_text_append (text, table);

  callout->variant = SC_RICH_CALLOUT_WARNING;
  callout->title = g_strdup ("Careful");
  sc_rich_block_add_child (callout, paragraph ("Margin is not markup."));
  sc_rich_text_append (text, callout);

  figure->alt = g_strdup ("A mug");
  figure->src = g_strdup ("media/mug.png");
  sc_rich_text_append (text, figure);

  example->title = g_strdup ("Pricing");
  sc_rich_block_add_child (problem, paragraph ("What price?"));
  sc_rich_block_add_child (example, problem);
  number->title = g_strdup ("Cost");
  sc_rich_block_add_child (example, number);
  sc_rich_block_add_child (example, with_runs (SC_RICH_BLOCK_STEP, "Divide."));
  sc_rich_block_add_child (example, with_runs (SC_RICH_BLOCK_STEP, "Check."));
  sc_rich_block_add_child (example, with_runs (SC_RICH_BLOCK_ANSWER, "€15.00"));
  sc_rich_text_append (text, example);

  sop->title = g_strdup ("Pack");
  sc_rich_block_add_child (sop, with_runs (SC_RICH_BLOCK_STEP, "Print."));
  sc_rich_block_add_child (sop, with_runs (SC_RICH_BLOCK_STEP, "Seal."));
  sc_rich_text_append (text, sop);

  template->title = g_strdup ("E-mail");
  template->text = g_strdup ("Hello {name},\n\nThanks.");
  sc_rich_text_append (text, template);

  practice->title = g_strdup ("Titles");
  sc_rich_block_add_child (practice, with_runs (SC_RICH_BLOCK_GOAL, "No capitals."));
  sc_rich_block_add_child (practice, with_runs (SC_RICH_BLOCK_GOAL, "Variant last."));
  sc_rich_text_append (text, practice);

  plain = sc_rich_text_to_plain (text);
  g_assert_cmpstr (plain, ==,
                   "Section\n\nText.\n\n"
                   "Heading\n\n"
                   "- Item one\n  1. Nested\n- Item two\n\n"
                   "Caption\n\nA | B\n1 | 2\n\n"
                   "Warning: Careful\n\nMargin is not markup.\n\n"
                   "[A mug]\nA caption.\n\n"
                   "Worked example: Pricing\n\nWhat price?\n\nCost: €6.00\n1. Divide.\n2. Check.\n\n"
                   "Answer: €15.00\n\n"
                   "Pack\n\n1. Print.\n2. Seal.\n\n"
                   "E-mail\nHello {name},\n\nThanks.\n\n"
                   "Practice: Titles\nFix them.\n\n- No capitals.\n- Variant last.");

  g_assert_cmpuint (sc_rich_text_count (text, SC_RICH_BLOCK_PARAGRAPH), ==, 6);
  g_assert_cmpuint (sc_rich_text_count (text, SC_RICH_BLOCK_STEP), ==, 4);
  g_assert_cmpuint (sc_rich_text_count (text, SC_RICH_BLOCK_LIST_ITEM), ==, 3);
}

/* A list item with nothing in it (an empty <li>, a bare "- " in
 * Markdown) is a marker alone, not a crash. */
static void
test_rich_text_plain_empty_item (void)
{
  g_autoptr(ScRichText) text = sc_rich_text_new ();
  ScRichBlock *list = sc_rich_block_new (SC_RICH_BLOCK_LIST, 1);
  ScRichBlock *empty = sc_rich_block_new (SC_RICH_BLOCK_LIST_ITEM, 1);
  ScRichBlock *item = sc_rich_block_new (SC_RICH_BLOCK_LIST_ITEM, 2);
  ScRichBlock *para = sc_rich_block_new (SC_RICH_BLOCK_PARAGRAPH, 2);
  g_autofree char *plain = NULL;

  sc_rich_block_add_run (para, "Pack", SC_RICH_STYLE_NONE, SC_RICH_LINK_NONE, NULL);
  sc_rich_block_add_child (item, para);
  sc_rich_block_add_child (list, empty);
  sc_rich_block_add_child (list, item);
  sc_rich_text_append (text, list);

  plain = sc_rich_text_to_plain (text);
  g_assert_nonnull (strstr (plain, "Pack"));
}

/* Blocks without runs or children share one empty array: adding to one
 * block never shows in another, and freeing blocks leaves the others'
 * arrays whole. */
static void
test_rich_text_empty_arrays_stay_apart (void)
{
  ScRichBlock *list = sc_rich_block_new (SC_RICH_BLOCK_LIST, 1);
  ScRichBlock *item = sc_rich_block_new (SC_RICH_BLOCK_LIST_ITEM, 2);
  ScRichBlock *other = sc_rich_block_new (SC_RICH_BLOCK_PARAGRAPH, 3);
  ScRichBlock *spare = sc_rich_block_new (SC_RICH_BLOCK_PARAGRAPH, 4);

  sc_rich_block_add_run (item, "Pick, pack, ship", SC_RICH_STYLE_NONE, SC_RICH_LINK_NONE, NULL);
  sc_rich_block_add_child (list, item);

  g_assert_cmpuint (list->children->len, ==, 1);
  g_assert_cmpuint (list->runs->len, ==, 0);
  g_assert_cmpuint (item->runs->len, ==, 1);
  g_assert_cmpuint (item->children->len, ==, 0);
  g_assert_cmpuint (other->runs->len, ==, 0);
  g_assert_cmpuint (other->children->len, ==, 0);

  /* Freeing blocks with empty arrays must not free what others use. */
  sc_rich_block_free (spare);
  sc_rich_block_normalize_runs (other);
  g_assert_cmpuint (other->runs->len, ==, 0);
  sc_rich_block_add_run (other, "Returns", SC_RICH_STYLE_STRONG, SC_RICH_LINK_NONE, NULL);
  g_assert_cmpuint (other->runs->len, ==, 1);
  g_assert_cmpuint (list->runs->len, ==, 0);
  g_assert_cmpstr (((ScRichRun *) g_ptr_array_index (item->runs, 0))->text, ==, "Pick, pack, ship");

  sc_rich_block_free (list);
  sc_rich_block_free (other);

  other = sc_rich_block_new (SC_RICH_BLOCK_PARAGRAPH, 5);
  g_assert_cmpuint (other->runs->len, ==, 0);
  g_assert_cmpuint (other->children->len, ==, 0);
  sc_rich_block_free (other);
}

/* Every stretch of spaces, tabs and line breaks one space, none at the
 * ends, as a block's runs are folded; text without any left as it was. */
static void
test_rich_text_fold_spaces (void)
{
  const struct { const char *in; const char *out; } cases[] = {
    { "", "" },
    { " \t\r\n ", "" },
    { "plain", "plain" },
    { "Pick, pack and ship", "Pick, pack and ship" },
    { "  Pick,\n\t pack   and\r\nship \n", "Pick, pack and ship" },
    { "caf\xc3\xa9\tcr\xc3\xa8me", "caf\xc3\xa9 cr\xc3\xa8me" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup (cases[i].in);
      gsize length = sc_rich_text_fold_spaces (text, strlen (text));

      g_assert_cmpstr (text, ==, cases[i].out);
      g_assert_cmpuint (length, ==, strlen (cases[i].out));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/rich-text/normalize-folds-spaces", test_rich_text_normalize_folds_spaces);
  g_test_add_func ("/rich-text/runs-keep-links-apart", test_rich_text_runs_keep_links_apart);
  g_test_add_func ("/rich-text/ref-counts", test_rich_text_ref_counts);
  g_test_add_func ("/rich-text/empty-arrays-stay-apart", test_rich_text_empty_arrays_stay_apart);
  g_test_add_func ("/rich-text/from-plain", test_rich_text_from_plain);
  g_test_add_func ("/rich-text/plain-every-kind", test_rich_text_plain_every_kind);
  g_test_add_func ("/rich-text/plain-empty-item", test_rich_text_plain_empty_item);
  g_test_add_func ("/rich-text/fold-spaces", test_rich_text_fold_spaces);

  return g_test_run ();
}
