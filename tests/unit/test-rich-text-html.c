/* test-rich-text-html.c - question text from HTML, Moodle auto-format and plain text
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "sc-rich-text-html.h"
#include "sc-rich-text-html-private.h"

static ScRichBlock *
block_at (ScRichText *text,
          guint       index)
{
  g_assert_cmpuint (index, <, sc_rich_text_get_n_blocks (text));
  return sc_rich_text_get_block (text, index);
}

static ScRichBlock *
child_at (ScRichBlock *block,
          guint        index)
{
  g_assert_cmpuint (index, <, block->children->len);
  return g_ptr_array_index (block->children, index);
}

static ScRichRun *
run_at (ScRichBlock *block,
        guint        index)
{
  g_assert_cmpuint (index, <, block->runs->len);
  return g_ptr_array_index (block->runs, index);
}

static char *
plain_of (const char *html)
{
  g_autoptr(ScRichText) text = sc_rich_text_html_parse (html, NULL, NULL, NULL);

  return sc_rich_text_to_plain (text);
}

static gboolean
has_note (GPtrArray  *simplified,
          const char *message)
{
  for (guint i = 0; i < simplified->len; i++)
    if (g_str_equal (g_ptr_array_index (simplified, i), message))
      return TRUE;

  return FALSE;
}

static void
test_html_paragraphs_and_styles (void)
{
  g_autoptr(GPtrArray) simplified = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ScRichText) text = sc_rich_text_html_parse ("<p>Check the  <b>weight</b>\n and "
                                                        "<em>size</em> <code>SKU-1</code>.</p>"
                                                        "<p><strong><i>Both</i></strong></p>",
                                                        NULL, NULL, simplified);
  ScRichBlock *first;

  g_assert_cmpuint (sc_rich_text_get_n_blocks (text), ==, 2);
  first = block_at (text, 0);
  g_assert_cmpint (first->kind, ==, SC_RICH_BLOCK_PARAGRAPH);
  g_assert_cmpuint (first->runs->len, ==, 7);
  g_assert_cmpstr (run_at (first, 0)->text, ==, "Check the ");
  g_assert_cmpstr (run_at (first, 1)->text, ==, "weight");
  g_assert_cmpint (run_at (first, 1)->style, ==, SC_RICH_STYLE_STRONG);
  g_assert_cmpstr (run_at (first, 2)->text, ==, " and ");
  g_assert_cmpint (run_at (first, 3)->style, ==, SC_RICH_STYLE_EMPHASIS);
  g_assert_cmpstr (run_at (first, 4)->text, ==, " ");
  g_assert_cmpstr (run_at (first, 5)->text, ==, "SKU-1");
  g_assert_cmpint (run_at (first, 5)->style, ==, SC_RICH_STYLE_CODE);
  g_assert_cmpstr (run_at (first, 6)->text, ==, ".");
  g_assert_cmpint (run_at (block_at (text, 1), 0)->style, ==,
                   SC_RICH_STYLE_STRONG | SC_RICH_STYLE_EMPHASIS);
  /* Nothing here is lost, so nothing is reported. */
  g_assert_cmpuint (simplified->len, ==, 0);
}

/* Moodle's own sample: a link to a sound file, two line breaks, a question. */
static void
test_html_line_breaks (void)
{
  g_autoptr(GPtrArray) simplified = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ScRichText) text = NULL;
  g_autofree char *plain = NULL;

  text = sc_rich_text_html_parse ("<p><a href=\"@@PLUGINFILE@@/bonjour.mp3\">Listen to this "
                                  "greeting:</a><br /><br />What language is being spoken?</p>",
                                  NULL, NULL, simplified);
  plain = sc_rich_text_to_plain (text);

  g_assert_cmpuint (sc_rich_text_get_n_blocks (text), ==, 1);
  g_assert_cmpstr (plain, ==, "Listen to this greeting:\n\nWhat language is being spoken?");
  g_assert_true (has_note (simplified, "link to the attached file “bonjour.mp3” shown as text"));

  /* A break at the end of a paragraph shows nothing; spaces around one go. */
  g_clear_pointer (&plain, g_free);
  plain = plain_of ("<p>one <br> two<br></p>");
  g_assert_cmpstr (plain, ==, "one\ntwo");
}

static void
test_html_links (void)
{
  g_autoptr(GPtrArray) simplified = g_ptr_array_new_with_free_func (g_free);
  const char *html = "<p>See <a href=\"https://example.org/x\">the <b>guide</b></a>, "
                     "<a href=\"mailto:a@example.org\">mail</a> "
                     "or <a href=\"javascript:alert(1)\">this</a><a name=\"top\"></a>.</p>";
  g_autoptr(ScRichText) text = sc_rich_text_html_parse (html, NULL, NULL, simplified);
  ScRichBlock *block = block_at (text, 0);

  g_assert_cmpstr (run_at (block, 1)->text, ==, "the ");
  g_assert_cmpint (run_at (block, 1)->link_kind, ==, SC_RICH_LINK_URI);
  g_assert_cmpstr (run_at (block, 1)->link_target, ==, "https://example.org/x");
  g_assert_cmpint (run_at (block, 2)->style, ==, SC_RICH_STYLE_STRONG);
  g_assert_cmpstr (run_at (block, 2)->link_target, ==, "https://example.org/x");
  g_assert_cmpstr (run_at (block, 4)->link_target, ==, "mailto:a@example.org");
  g_assert_cmpstr (run_at (block, 5)->text, ==, " or this.");
  g_assert_cmpint (run_at (block, 5)->link_kind, ==, SC_RICH_LINK_NONE);
  g_assert_cmpuint (simplified->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (simplified, 0), ==,
                   "link to “javascript:alert(1)” shown as text");
}

static void
test_html_lists (void)
{
  g_autoptr(ScRichText) text = sc_rich_text_html_parse ("<ol><li>Count</li><li><p>Compare</p>"
                                                        "<ul><li>on hand</li><li>committed"
                                                        "</li></ul></li></ol><ul>\n</ul>",
                                                        NULL, NULL, NULL);
  g_autofree char *plain = sc_rich_text_to_plain (text);
  ScRichBlock *list = block_at (text, 0);
  ScRichBlock *second = child_at (list, 1);

  /* The empty list is dropped. */
  g_assert_cmpuint (sc_rich_text_get_n_blocks (text), ==, 1);
  g_assert_cmpint (list->kind, ==, SC_RICH_BLOCK_LIST);
  g_assert_cmpint (list->variant, ==, 1);
  g_assert_cmpuint (list->children->len, ==, 2);
  g_assert_cmpint (second->kind, ==, SC_RICH_BLOCK_LIST_ITEM);
  g_assert_cmpint (child_at (second, 0)->kind, ==, SC_RICH_BLOCK_PARAGRAPH);
  g_assert_cmpint (child_at (second, 1)->kind, ==, SC_RICH_BLOCK_LIST);
  g_assert_cmpint (child_at (second, 1)->variant, ==, 0);
  g_assert_cmpstr (plain, ==, "1. Count\n2. Compare\n   - on hand\n   - committed");
}

static void
test_html_tables (void)
{
  g_autoptr(GPtrArray) simplified = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ScRichText) text = sc_rich_text_html_parse ("<table><caption>Stock</caption>"
                                                        "<thead><tr><th>SKU</th><th>Qty</th></tr>"
                                                        "</thead><tbody><tr><td>A-1</td>"
                                                        "<td><p>4</p><p>(2 held)</p></td></tr>"
                                                        "<tr><td colspan=\"2\"><ul><li>x</li>"
                                                        "</ul></td></tr></tbody></table>",
                                                        NULL, NULL, simplified);
  ScRichBlock *table = block_at (text, 0);
  ScRichBlock *header = child_at (table, 0);
  ScRichBlock *row = child_at (table, 1);
  g_autofree char *caption = sc_rich_block_get_run_text (table);
  g_autofree char *cell = sc_rich_block_get_run_text (child_at (row, 1));

  g_assert_cmpint (table->kind, ==, SC_RICH_BLOCK_TABLE);
  g_assert_cmpstr (caption, ==, "Stock");
  g_assert_cmpuint (table->children->len, ==, 3);
  g_assert_cmpint (header->variant, ==, 1);
  g_assert_cmpint (row->variant, ==, 0);
  g_assert_cmpuint (header->children->len, ==, 2);
  g_assert_cmpint (child_at (row, 0)->kind, ==, SC_RICH_BLOCK_TABLE_CELL);
  /* Two paragraphs in one cell: two lines of it. */
  g_assert_cmpstr (cell, ==, "4\n(2 held)");
  g_assert_true (has_note (simplified, "merged table cells shown one by one"));
  g_assert_true (has_note (simplified, "<ul> inside <td> shown as plain text"));
}

static void
test_html_headings_and_pre (void)
{
  g_autoptr(ScRichText) text = sc_rich_text_html_parse ("<h1>Top</h1><h4>Deep <i>one</i></h4>"
                                                        "<pre>\nif (a)\n    b ();\n\n</pre>",
                                                        NULL, NULL, NULL);
  ScRichBlock *pre = block_at (text, 2);

  g_assert_cmpint (block_at (text, 0)->kind, ==, SC_RICH_BLOCK_HEADING);
  g_assert_cmpint (block_at (text, 0)->variant, ==, 1);
  g_assert_cmpint (block_at (text, 1)->variant, ==, 4);
  g_assert_cmpstr (run_at (block_at (text, 1), 1)->text, ==, "one");
  g_assert_cmpint (pre->kind, ==, SC_RICH_BLOCK_PARAGRAPH);
  g_assert_cmpuint (pre->runs->len, ==, 1);
  g_assert_cmpstr (run_at (pre, 0)->text, ==, "if (a)\n    b ();");
  g_assert_cmpint (run_at (pre, 0)->style, ==, SC_RICH_STYLE_CODE);
}

static char *
resolve_known (const char *name,
               gpointer    user_data)
{
  const char *known = user_data;

  if (!g_str_equal (name, known))
    return NULL;

  return g_strconcat ("files/", name, NULL);
}

static void
test_html_images (void)
{
  g_autoptr(GPtrArray) simplified = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ScRichText) text = NULL;
  ScRichBlock *figure;

  /* As in Moodle's multichoice sample: a flag, then the language's name. */
  text = sc_rich_text_html_parse ("<p><img src=\"@@PLUGINFILE@@/flag%20uk.jpg?time=1\" "
                                  "alt=\"British Flag\" width=\"30\" height=\"20\" /> English</p>"
                                  "<p>Not here: <img src=\"@@PLUGINFILE@@/gone.png\" alt=\"Gone\">"
                                  " <img src=\"https://example.org/track.gif\" alt=\"\"></p>"
                                  "<table><tr><td><img src=\"@@PLUGINFILE@@/flag%20uk.jpg\" "
                                  "alt=\"UK\"></td></tr></table>",
                                  resolve_known, (gpointer) "flag uk.jpg", simplified);

  g_assert_cmpuint (sc_rich_text_get_n_blocks (text), ==, 4);
  figure = block_at (text, 0);
  g_assert_cmpint (figure->kind, ==, SC_RICH_BLOCK_FIGURE);
  g_assert_cmpstr (figure->src, ==, "files/flag uk.jpg");
  g_assert_cmpstr (figure->alt, ==, "British Flag");
  g_assert_cmpstr (run_at (block_at (text, 1), 0)->text, ==, "English");
  g_assert_cmpstr (run_at (block_at (text, 2), 0)->text, ==, "Not here: Gone");
  g_assert_true (has_note (simplified, "picture “gone.png” is missing from the file"));
  g_assert_true (has_note (simplified, "picture “https://example.org/track.gif” is not part of "
                                       "the question and is not shown"));
  g_assert_true (has_note (simplified, "picture inside <td> shown as its description"));
}

static void
test_html_simplified (void)
{
  g_autoptr(GPtrArray) simplified = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ScRichText) text = NULL;
  g_autofree char *plain = NULL;

  text = sc_rich_text_html_parse ("<html><head><style>p{}</style><title>T</title></head><body>"
                                  "<p><span style=\"color: red\">Red</span> and "
                                  "<span style=\"color: blue\">blue</span> H<sub>2</sub>O "
                                  "<u>under</u><script>alert('x')</script></p>"
                                  "<blockquote>Quoted</blockquote><hr>"
                                  "<iframe src=\"https://example.org\">frame</iframe>"
                                  "<div><div>Nested</div> div</div></body></html>",
                                  NULL, NULL, simplified);
  plain = sc_rich_text_to_plain (text);

  g_assert_cmpstr (plain, ==, "Red and blue H2O under\n\nQuoted\n\nNested\n\ndiv");
  g_assert_cmpuint (simplified->len, ==, 8);
  g_assert_cmpstr (g_ptr_array_index (simplified, 0), ==, "<style> removed");
  g_assert_cmpstr (g_ptr_array_index (simplified, 1), ==, "<span style> shown without its style");
  g_assert_cmpstr (g_ptr_array_index (simplified, 2), ==, "<sub> shown as plain text");
  g_assert_cmpstr (g_ptr_array_index (simplified, 3), ==, "<u> shown as plain text");
  g_assert_cmpstr (g_ptr_array_index (simplified, 4), ==, "<script> removed");
  g_assert_cmpstr (g_ptr_array_index (simplified, 5), ==, "<blockquote> shown as plain paragraphs");
  g_assert_cmpstr (g_ptr_array_index (simplified, 6), ==, "<hr> removed");
  g_assert_cmpstr (g_ptr_array_index (simplified, 7), ==, "<iframe> removed");
}

static void
test_html_entities_and_encoding (void)
{
  g_autofree char *plain = NULL;

  plain = plain_of ("<p>Fish &amp; chips&nbsp;&lt;3 &#8364;5 caf\xc3\xa9</p>");
  g_assert_cmpstr (plain, ==, "Fish & chips\xc2\xa0<3 \xe2\x82\xac" "5 caf\xc3\xa9");

  /* A declared charset cannot turn the UTF-8 text into Latin-1. */
  g_clear_pointer (&plain, g_free);
  plain = plain_of ("<meta charset=\"iso-8859-1\"><p>caf\xc3\xa9</p>");
  g_assert_cmpstr (plain, ==, "caf\xc3\xa9");

  /* Control characters cannot be shown, and are not taken for breaks. */
  g_clear_pointer (&plain, g_free);
  plain = plain_of ("<p>a&#1;b\x01" "c</p>");
  g_assert_cmpstr (plain, ==, "abc");
}

static void
test_html_broken_and_empty (void)
{
  g_autoptr(ScRichText) empty = sc_rich_text_html_parse ("", NULL, NULL, NULL);
  g_autoptr(ScRichText) blank = sc_rich_text_html_parse (" \n ", NULL, NULL, NULL);
  g_autofree char *plain = NULL;

  g_assert_true (sc_rich_text_is_empty (empty));
  g_assert_true (sc_rich_text_is_empty (blank));

  plain = plain_of ("<p><b>unclosed <i>tags</p></td></table>loose text<li>stray item");
  g_assert_cmpstr (plain, ==, "unclosed tags\n\nloose text\n\nstray item");
}

static void
test_html_auto_format (void)
{
  g_autoptr(GPtrArray) simplified = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ScRichText) text = NULL;
  g_autofree char *plain = NULL;

  text = sc_rich_text_html_parse_auto ("First line\r\nsecond <b>line</b>\n\n\n  \nNext paragraph\n",
                                       NULL, NULL, simplified);
  plain = sc_rich_text_to_plain (text);

  g_assert_cmpuint (sc_rich_text_get_n_blocks (text), ==, 2);
  g_assert_cmpstr (plain, ==, "First line\nsecond line\n\nNext paragraph");
  g_assert_cmpint (run_at (block_at (text, 0), 1)->style, ==, SC_RICH_STYLE_STRONG);

  /* Moodle drops the line breaks between tags, so a list is not broken up. */
  g_clear_pointer (&plain, g_free);
  g_clear_pointer (&text, sc_rich_text_unref);
  text = sc_rich_text_html_parse_auto ("Pick one:\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>", NULL,
                                       NULL, simplified);
  plain = sc_rich_text_to_plain (text);
  g_assert_cmpstr (plain, ==, "Pick one:\n\n- a\n- b");
  g_assert_cmpuint (simplified->len, ==, 0);
}

static void
test_html_plain (void)
{
  g_autoptr(ScRichText) text = sc_rich_text_html_parse_plain ("Type <b> & press\nEnter\n\nDone");
  g_autofree char *plain = sc_rich_text_to_plain (text);

  g_assert_cmpuint (sc_rich_text_get_n_blocks (text), ==, 2);
  g_assert_cmpstr (plain, ==, "Type <b> & press\nEnter\n\nDone");
  g_assert_cmpint (run_at (block_at (text, 0), 0)->style, ==, SC_RICH_STYLE_NONE);
}

static void
test_html_file_name (void)
{
  const struct {
    const char *src;
    const char *name;
  } cases[] = {
    { "@@PLUGINFILE@@/flag-uk.jpg", "flag-uk.jpg" },
    { "@@PLUGINFILE@@/a%20b%C3%A9.png?time=12#x", "a b\xc3\xa9.png" },
    { "@@PLUGINFILE@@/sub/dir/c.gif", "sub/dir/c.gif" },
    /* Not decodable to text: kept as written. */
    { "@@PLUGINFILE@@/bad%FF.png", "bad%FF.png" },
    { "@@PLUGINFILE@@/nul%00.png", "nul%00.png" },
    { "https://example.org/a.png", NULL },
    { "@@pluginfile@@/a.png", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = sc_rich_text_html_file_name (cases[i].src);

      g_assert_cmpstr (name, ==, cases[i].name);
    }
}

/* One entry for every format a question text can have. */
static void
test_html_parse_format (void)
{
  const struct {
    ScTextFormat  format;
    const char   *source;
    const char   *plain;
  } cases[] = {
    { SC_TEXT_FORMAT_HTML, "<p>a <b>b</b></p><p>c</p>", "a b\n\nc" },
    { SC_TEXT_FORMAT_MOODLE_AUTO_FORMAT, "a\n<b>b</b>\n\nc", "a b\n\nc" },
    { SC_TEXT_FORMAT_PLAIN, "a <b>\nc", "a <b>\nc" },
    { SC_TEXT_FORMAT_WIKI_LIKE, "a <b>", "a <b>" },
    { SC_TEXT_FORMAT_MARKDOWN, "a **b**\n\nc", "a b\n\nc" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) simplified = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(ScRichText) text = sc_rich_text_html_parse_format (cases[i].source, cases[i].format,
                                                                   NULL, NULL, simplified);
      g_autofree char *plain = sc_rich_text_to_plain (text);

      g_assert_cmpstr (plain, ==, cases[i].plain);
      g_assert_cmpuint (simplified->len, ==, 0);
    }
}

/* A question's pictures are found among its own files, by folder and name. */
static void
test_html_question_file (void)
{
  g_auto(ScQuestionText) text = { NULL, SC_TEXT_FORMAT_HTML, NULL };
  g_autoptr(GBytes) bytes = g_bytes_new_static ("GIF89a", 6);
  g_autoptr(GPtrArray) simplified = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ScRichText) rich = NULL;

  sc_question_text_set (&text, "<p><img src=\"@@PLUGINFILE@@/flag%20uk.gif\" alt=\"UK\">"
                        "<img src=\"@@PLUGINFILE@@/sub/dir/x.gif\" alt=\"X\">"
                        "<img src=\"@@PLUGINFILE@@/none.gif\" alt=\"None\"></p>",
                        SC_TEXT_FORMAT_HTML);
  sc_question_text_add_file (&text, "flag uk.gif", "/", "base64", bytes);
  sc_question_text_add_file (&text, "x.gif", "/sub/dir/", "base64", bytes);

  rich = sc_rich_text_html_parse (text.source, sc_rich_text_html_question_file, &text, simplified);
  g_assert_cmpuint (sc_rich_text_get_n_blocks (rich), ==, 3);
  g_assert_cmpstr (block_at (rich, 0)->src, ==, "flag uk.gif");
  g_assert_cmpstr (block_at (rich, 1)->src, ==, "sub/dir/x.gif");
  g_assert_cmpstr (run_at (block_at (rich, 2), 0)->text, ==, "None");
  g_assert_cmpuint (simplified->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (simplified, 0), ==,
                   "picture “none.gif” is missing from the file");
}

/* The Moodle reader does not convert plain and wiki texts to collect
 * notes: their conversion never notes anything, whatever they hold. */
static void
test_html_plain_notes_nothing (void)
{
  const char *texts[] = { "<script>x</script><u>y</u> &amp; <table><tr><td><ul><li>z", "a < b && c > d",
                          "<p style=\"color: red\">red</p><img src=\"@@PLUGINFILE@@/missing.png\">" };
  const ScTextFormat formats[] = { SC_TEXT_FORMAT_PLAIN, SC_TEXT_FORMAT_WIKI_LIKE };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
      {
        g_autoptr(GPtrArray) simplified = g_ptr_array_new_with_free_func (g_free);
        g_autoptr(GPtrArray) html_notes = g_ptr_array_new_with_free_func (g_free);
        g_autoptr(ScRichText) plain = sc_rich_text_html_parse_format (texts[i], formats[f], NULL, NULL,
                                                                      simplified);
        g_autoptr(ScRichText) html = sc_rich_text_html_parse_format (texts[i], SC_TEXT_FORMAT_HTML, NULL,
                                                                     NULL, html_notes);

        g_assert_nonnull (plain);
        g_assert_nonnull (html);
        g_assert_cmpuint (simplified->len, ==, 0);
        /* As HTML the same texts do lose something. */
        if (i != 1)
          g_assert_cmpuint (html_notes->len, >, 0);
      }
}

/* Every element of the table is found with its kind (the search is a
 * binary one, so the table must stay in strcmp () order); anything else
 * is unknown, whatever its case or however near a known name. */
static void
test_html_element_kinds (void)
{
  const char *unknown[] = { "", "A", "B", "h", "h7", "he", "heade", "headers", "tabl", "tables",
                            "zz", "\x7f", "\xc3\xa9", "u", "x" };
  const char *previous = NULL;
  const char *name;
  ScHtmlKind kind;
  guint n = 0;

  for (guint i = 0; (name = sc_rich_text_html_element_nth (i, &kind)) != NULL; i++)
    {
      if (previous != NULL)
        g_assert_cmpint (strcmp (previous, name), <, 0);
      g_assert_cmpint (sc_rich_text_html_element_kind (name), ==, kind);
      previous = name;
      n++;
    }
  g_assert_cmpuint (n, >, 70);

  for (guint i = 0; i < G_N_ELEMENTS (unknown); i++)
    g_assert_cmpint (sc_rich_text_html_element_kind (unknown[i]), ==, SC_HTML_KIND_UNKNOWN);
  g_assert_cmpint (sc_rich_text_html_element_kind ("a"), ==, SC_HTML_KIND_LINK);
  g_assert_cmpint (sc_rich_text_html_element_kind ("wbr"), ==, SC_HTML_KIND_INLINE);
  g_assert_cmpint (sc_rich_text_html_element_kind ("script"), ==, SC_HTML_KIND_DROP);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/rich-text-html/paragraphs-and-styles", test_html_paragraphs_and_styles);
  g_test_add_func ("/rich-text-html/line-breaks", test_html_line_breaks);
  g_test_add_func ("/rich-text-html/links", test_html_links);
  g_test_add_func ("/rich-text-html/lists", test_html_lists);
  g_test_add_func ("/rich-text-html/tables", test_html_tables);
  g_test_add_func ("/rich-text-html/headings-and-pre", test_html_headings_and_pre);
  g_test_add_func ("/rich-text-html/images", test_html_images);
  g_test_add_func ("/rich-text-html/simplified", test_html_simplified);
  g_test_add_func ("/rich-text-html/entities-and-encoding", test_html_entities_and_encoding);
  g_test_add_func ("/rich-text-html/broken-and-empty", test_html_broken_and_empty);
  g_test_add_func ("/rich-text-html/auto-format", test_html_auto_format);
  g_test_add_func ("/rich-text-html/plain", test_html_plain);
  g_test_add_func ("/rich-text-html/file-name", test_html_file_name);
  g_test_add_func ("/rich-text-html/parse-format", test_html_parse_format);
  g_test_add_func ("/rich-text-html/question-file", test_html_question_file);
  g_test_add_func ("/rich-text-html/element-kinds", test_html_element_kinds);
  g_test_add_func ("/rich-text-html/plain-notes-nothing", test_html_plain_notes_nothing);

  return g_test_run ();
}
