/* test-rich-text-markdown.c - the Markdown subset becomes the blocks and runs a reader sees
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each case is a small Markdown text, the shape of the rich text it must
 * give and every note of what was simplified, with its line. The shape
 * is written compactly: p(...) a paragraph, h1(...) a heading, ul/ol a
 * list, li an item; inside, a plain run is its text and a styled run is
 * [flags|text] with e (emphasis), s (strong), c (code) and @target for a
 * link.
 */
#include "sc-rich-text-markdown.h"

typedef struct
{
  const char *name;
  const char *markdown;
  const char *shape;
  const char *notes;   /* "LINE: message" lines, or NULL for none */
} Case;

static void dump_block (GString     *out,
                        ScRichBlock *block);

static void
dump_run (GString         *out,
          const ScRichRun *run)
{
  if (run->style == SC_RICH_STYLE_NONE && run->link_kind == SC_RICH_LINK_NONE)
    {
      g_string_append (out, run->text);
      return;
    }

  g_string_append_c (out, '[');
  if (run->style & SC_RICH_STYLE_EMPHASIS)
    g_string_append_c (out, 'e');
  if (run->style & SC_RICH_STYLE_STRONG)
    g_string_append_c (out, 's');
  if (run->style & SC_RICH_STYLE_CODE)
    g_string_append_c (out, 'c');
  if (run->link_kind == SC_RICH_LINK_URI)
    g_string_append_printf (out, "@%s", run->link_target);
  g_string_append_printf (out, "|%s]", run->text);
}

static void
dump_children (GString   *out,
               GPtrArray *blocks)
{
  for (guint i = 0; i < blocks->len; i++)
    {
      if (i > 0)
        g_string_append_c (out, ' ');
      dump_block (out, g_ptr_array_index (blocks, i));
    }
}

static void
dump_block (GString     *out,
            ScRichBlock *block)
{
  switch (block->kind)
    {
    case SC_RICH_BLOCK_PARAGRAPH:
      g_string_append (out, "p(");
      break;
    case SC_RICH_BLOCK_HEADING:
      g_string_append_printf (out, "h%d(", block->variant);
      break;
    case SC_RICH_BLOCK_LIST:
      g_string_append (out, block->variant ? "ol(" : "ul(");
      break;
    case SC_RICH_BLOCK_LIST_ITEM:
      g_string_append (out, "li(");
      break;
    default:
      g_string_append_printf (out, "kind%d(", block->kind);
      break;
    }

  for (guint i = 0; i < block->runs->len; i++)
    dump_run (out, g_ptr_array_index (block->runs, i));
  dump_children (out, block->children);
  g_string_append_c (out, ')');
}

static char *
dump_text (ScRichText *text)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < sc_rich_text_get_n_blocks (text); i++)
    {
      if (i > 0)
        g_string_append_c (out, ' ');
      dump_block (out, sc_rich_text_get_block (text, i));
    }

  return g_string_free (out, FALSE);
}

static char *
dump_notes (GPtrArray *notes)
{
  GString *out;

  if (notes->len == 0)
    return NULL;

  out = g_string_new (NULL);
  for (guint i = 0; i < notes->len; i++)
    {
      const ScMarkdownNote *note = g_ptr_array_index (notes, i);

      if (i > 0)
        g_string_append_c (out, '\n');
      g_string_append_printf (out, "%u: %s", note->line, note->message);
    }

  return g_string_free (out, FALSE);
}

static void
check_case (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(GPtrArray) notes =
    g_ptr_array_new_with_free_func ((GDestroyNotify) sc_markdown_note_free);
  g_autoptr(ScRichText) text = sc_rich_text_new_from_markdown (c->markdown, notes);
  g_autofree char *shape = dump_text (text);
  g_autofree char *reported = dump_notes (notes);

  g_assert_cmpstr (shape, ==, c->shape);
  g_assert_cmpstr (reported, ==, c->notes);
}

static const Case cases[] = {
  { "empty", "", "", NULL },
  { "blank-lines", "\n  \n\n", "", NULL },
  { "paragraph", "Hello world", "p(Hello world)", NULL },
  { "paragraphs", "One\ntwo\n\nThree", "p(One two) p(Three)", NULL },
  { "crlf", "One\r\ntwo\r\n\r\nThree\r\n", "p(One two) p(Three)", NULL },
  { "emphasis-star", "an *important* rule", "p(an [e|important] rule)", NULL },
  { "emphasis-underscore", "an _important_ rule", "p(an [e|important] rule)", NULL },
  { "strong", "**Always** check __twice__", "p([s|Always] check [s|twice])", NULL },
  { "strong-emphasis", "***both***", "p([es|both])", NULL },
  { "nested", "*a **b** c*", "p([e|a ][es|b][e| c])", NULL },
  { "strong-inside", "**a *b* c**", "p([s|a ][es|b][s| c])", NULL },
  { "code", "Use `SKU-*1*` here", "p(Use [c|SKU-*1*] here)", NULL },
  { "code-backtick", "``a`b``", "p([c|a`b])", NULL },
  { "code-unclosed", "a `b", "p(a `b)", NULL },
  { "snake-case", "snake_case_name stays", "p(snake_case_name stays)", NULL },
  { "lone-stars", "2 * 3 * 4", "p(2 * 3 * 4)", NULL },
  { "unclosed-strong", "**unclosed", "p(**unclosed)", NULL },
  { "escapes", "\\*not em\\* and \\_no\\_", "p(*not em* and _no_)", NULL },
  { "link", "See [the help](https://help.shopify.com) now",
    "p(See [@https://help.shopify.com|the help] now)", NULL },
  { "link-styled", "[**bold** link](http://example.com/a_(b))",
    "p([s@http://example.com/a_(b)|bold][@http://example.com/a_(b)| link])", NULL },
  { "link-mail", "[write](mailto:a@example.com)", "p([@mailto:a@example.com|write])", NULL },
  { "link-title", "[x](https://example.com \"Title\")", "p([@https://example.com|x])", NULL },
  { "autolink", "<https://example.com>", "p([@https://example.com|https://example.com])", NULL },
  { "autolink-mail", "<a@example.com>", "p([@mailto:a@example.com|a@example.com])", NULL },
  { "brackets", "[not a link] and [x]", "p([not a link] and [x])", NULL },
  { "heading", "# Title", "h1(Title)", NULL },
  { "heading-closed", "### Deep ###", "h3(Deep)", NULL },
  { "heading-styled", "## A *b*", "h2(A [e|b])", NULL },
  { "heading-hash-only", "#hashtag", "p(#hashtag)", NULL },
  { "heading-too-deep", "####### seven", "p(####### seven)", NULL },
  { "setext-1", "Title\n=====", "h1(Title)", NULL },
  { "setext-2", "Sub\n---\ntext", "h2(Sub) p(text)", NULL },
  { "bullets-dash", "- a\n- b", "ul(li(p(a)) li(p(b)))", NULL },
  { "bullets-star", "* a\n* b", "ul(li(p(a)) li(p(b)))", NULL },
  { "ordered", "1. a\n2. b", "ol(li(p(a)) li(p(b)))", NULL },
  { "ordered-paren", "1) a\n2) b", "ol(li(p(a)) li(p(b)))", NULL },
  { "nested-list", "- a\n  - b\n  - c\n- d",
    "ul(li(p(a) ul(li(p(b)) li(p(c)))) li(p(d)))", NULL },
  { "nested-ordered", "1. a\n   - b\n2. c", "ol(li(p(a) ul(li(p(b)))) li(p(c)))", NULL },
  { "item-continued", "- a\ncontinued\n- b", "ul(li(p(a continued)) li(p(b)))", NULL },
  { "item-paragraphs", "- a\n\n  more\n- b", "ul(li(p(a) p(more)) li(p(b)))", NULL },
  { "list-interrupts", "Intro\n- a\n- b", "p(Intro) ul(li(p(a)) li(p(b)))", NULL },
  { "list-ends", "- a\n\nAfter", "ul(li(p(a))) p(After)", NULL },
  { "list-kinds", "1. a\n- b", "ol(li(p(a))) ul(li(p(b)))", NULL },
  { "list-marker-change", "- a\n* b", "ul(li(p(a))) ul(li(p(b)))", NULL },
  { "number-in-text", "The year\n2024. was good", "p(The year 2024. was good)", NULL },
  { "item-heading", "- # Big", "ul(li(h1(Big)))", NULL },
  { "empty-item", "-\n  text", "ul(li(p(text)))", NULL },
  { "empty-blocks-dropped", "#\n\n- #\n- ~~~\n", "",
    "4: code block shown as one paragraph of code" },
  { "empty-items-dropped", "- a\n-\n- b\n\n*\n\n1.", "ul(li(p(a)) li(p(b)))", NULL },
  { "dash-word", "-not a list", "p(-not a list)", NULL },
  { "unicode", "*Café* crème", "p([e|Café] crème)", NULL },
  /* Kept as text, and said so. */
  { "table", "| a | b |\n|---|---|\n| 1 | 2 |\n\nAfter",
    "p(a | b) p(1 | 2) p(After)",
    "1: table shown as lines of text" },
  { "table-after-text", "Prices:\n| a | b |\n| - | - |\n| 1 | 2 |",
    "p(Prices:) p(a | b) p(1 | 2)", "2: table shown as lines of text" },
  { "quote", "> quoted\n> more\nlazy", "p(quoted more lazy)",
    "1: quotation shown as an ordinary paragraph" },
  { "fence", "Before\n```c\nint  x;\n```\nAfter", "p(Before) p([c|int x;]) p(After)",
    "2: code block shown as one paragraph of code" },
  { "fence-unclosed", "```\nopen", "p([c|open])",
    "1: code block shown as one paragraph of code" },
  { "indented-code", "    indented\n    more", "p([c|indented more])",
    "1: code block shown as one paragraph of code" },
  { "rule", "a\n\n---\n\nb", "p(a) p(b)",
    "3: horizontal rule left out" },
  { "rule-stars", "* * *", "",
    "1: horizontal rule left out" },
  { "image", "ok\n\nSee ![the logo](media/logo.png)", "p(ok) p(See the logo)",
    "3: image “media/logo.png” shown as its description" },
  { "link-other", "a\n[x](javascript:alert(1))", "p(a x)",
    "2: link to “javascript:alert(1)” shown as text" },
  { "link-relative", "[x](lessons/02)", "p(x)",
    "1: link to “lessons/02” shown as text" },
  { "html", "a <b>b</b>", "p(a <b>b</b>)",
    "1: HTML tag “<b>” shown as text\n"
    "1: HTML tag “</b>” shown as text" },
  { "less-than", "a < b and c > d", "p(a < b and c > d)", NULL },
  { "numbered-from", "3. three\n4. four", "ol(li(p(three)) li(p(four)))",
    "1: list numbered from 1 instead of from 3" },
  { "strikethrough", "~~old~~ new", "p(~~old~~ new)",
    "1: strikethrough shown as text with its ~~ marks" },
};

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/rich-text-markdown/%s", cases[i].name);

      g_test_add_data_func (path, &cases[i], check_case);
    }

  return g_test_run ();
}
