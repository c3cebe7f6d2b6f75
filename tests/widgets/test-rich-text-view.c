/* test-rich-text-view.c - the one rich-text renderer, block by block
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The example course (docs/example-course) uses every element of the
 * course format; the renderer must draw each block as a widget of its
 * own, tell assistive technology what it is (headings with their level,
 * table headers, callouts named in words) and report links, ticks and
 * copies as signals. test-reading-measure.c measures how it reads.
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "sc-course-reader.h"
#include "sc-figure-image.h"
#include "sc-rich-text-view.h"
#include "widget-test-util.h"

static ScApplication *app;

static void
collect_blocks (ScRichBlock     *block,
                ScRichBlockKind  kind,
                GPtrArray       *found)
{
  if (block->kind == kind)
    g_ptr_array_add (found, block);
  for (guint i = 0; i < block->children->len; i++)
    collect_blocks (block->children->pdata[i], kind, found);
}

static GPtrArray *
blocks_of (ScRichText      *text,
           ScRichBlockKind  kind)
{
  GPtrArray *found = g_ptr_array_new ();

  for (guint i = 0; i < sc_rich_text_get_n_blocks (text); i++)
    collect_blocks (sc_rich_text_get_block (text, i), kind, found);

  return found;
}

static void
test_every_block (void)
{
  static const struct {
    ScRichBlockKind kind;
    const char     *name;
  } kinds[] = {
    { SC_RICH_BLOCK_SECTION, "sc-block-section" },
    { SC_RICH_BLOCK_PARAGRAPH, "sc-block-paragraph" },
    { SC_RICH_BLOCK_LIST, "sc-block-list" },
    { SC_RICH_BLOCK_TABLE, "sc-block-table" },
    { SC_RICH_BLOCK_CALLOUT, "sc-block-callout" },
    { SC_RICH_BLOCK_FIGURE, "sc-block-figure" },
    { SC_RICH_BLOCK_WORKED_EXAMPLE, "sc-block-worked-example" },
    { SC_RICH_BLOCK_PROBLEM, "sc-block-problem" },
    { SC_RICH_BLOCK_NUMBER, "sc-block-number" },
    { SC_RICH_BLOCK_STEP, "sc-block-step" },
    { SC_RICH_BLOCK_ANSWER, "sc-block-answer" },
    { SC_RICH_BLOCK_SOP, "sc-block-sop" },
    { SC_RICH_BLOCK_TEMPLATE, "sc-block-template" },
    { SC_RICH_BLOCK_PRACTICE, "sc-block-practice" },
    { SC_RICH_BLOCK_GOAL, "sc-block-goal" },
  };
  g_autoptr(ScCourse) course = sc_test_load_course ("docs/example-course");
  GPtrArray *lessons = sc_course_get_lessons (course);
  ScRichTextView *view = SC_RICH_TEXT_VIEW (sc_rich_text_view_new ());
  GtkWindow *window = sc_test_show_view (app, view, 900, 700, TRUE);
  guint totals[G_N_ELEMENTS (kinds)] = { 0 };

  sc_rich_text_view_set_base_dir (view, sc_course_get_directory (course));

  for (guint l = 0; l < lessons->len; l++)
    {
      ScLesson *each = g_ptr_array_index (lessons, l);

      sc_rich_text_view_set_text (view, sc_lesson_get_body (each));
      sc_test_settle (GTK_WIDGET (window), 2);

      for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
        {
          g_autoptr(GPtrArray) widgets = sc_test_find_named (GTK_WIDGET (view), kinds[k].name);
          guint expected = sc_rich_text_count (sc_lesson_get_body (each), kinds[k].kind);

          if (widgets->len != expected)
            g_error ("%s: %u widgets named %s for %u blocks", each->id, widgets->len,
                     kinds[k].name, expected);
          totals[k] += widgets->len;
        }
    }

  /* The fixture uses every element, so every kind was drawn. */
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    if (totals[k] == 0)
      g_error ("the example course drew no %s", kinds[k].name);

  sc_test_close_window (window);
}

static void
test_headings (void)
{
  g_autoptr(ScCourse) course = sc_test_load_course ("docs/example-course");
  ScRichTextView *view = SC_RICH_TEXT_VIEW (sc_rich_text_view_new ());
  GtkWindow *window = sc_test_show_view (app, view, 900, 700, TRUE);
  g_autoptr(GPtrArray) labels = NULL;
  const struct {
    const char *text;
    int         level;
  } expected[] = {
    { "Why titles matter", 2 },
    { "Patterns that work", 3 },
    { "Try it", 2 },
  };
  guint found = 0;

  sc_rich_text_view_set_text (view, sc_lesson_get_body (sc_test_get_lesson (course, "titles")));
  sc_test_settle (GTK_WIDGET (window), 2);

  labels = sc_test_find_widgets (GTK_WIDGET (view), GTK_TYPE_LABEL);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = labels->pdata[i];

      /* No text label is a Tab stop. */
      g_assert_false (gtk_label_get_selectable (label));

      for (guint e = 0; e < G_N_ELEMENTS (expected); e++)
        if (g_strcmp0 (gtk_label_get_text (label), expected[e].text) == 0)
          {
            gtk_test_accessible_assert_role (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_ROLE_HEADING);
            gtk_test_accessible_assert_property (GTK_ACCESSIBLE (label),
                                                 GTK_ACCESSIBLE_PROPERTY_LEVEL, expected[e].level);
            found++;
          }
    }
  g_assert_cmpuint (found, ==, G_N_ELEMENTS (expected));

  /* The page puts the lesson title at level 1: a view can start deeper. */
  sc_rich_text_view_set_heading_level (view, 3);
  g_clear_pointer (&labels, g_ptr_array_unref);
  labels = sc_test_find_widgets (GTK_WIDGET (view), GTK_TYPE_LABEL);
  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_text (labels->pdata[i]), "Patterns that work") == 0)
      gtk_test_accessible_assert_property (GTK_ACCESSIBLE (labels->pdata[i]),
                                           GTK_ACCESSIBLE_PROPERTY_LEVEL, 4);

  sc_test_close_window (window);
}

static gboolean
has_label (GtkWidget  *root,
           const char *text)
{
  g_autoptr(GPtrArray) labels = sc_test_find_widgets (root, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_text (labels->pdata[i]), text) == 0 &&
        gtk_widget_is_visible (labels->pdata[i]))
      return TRUE;

  return FALSE;
}

static void
test_callouts (void)
{
  static const char * const words[] = { "Tip", "Warning", "Policy", "Example" };
  g_autoptr(ScCourse) course = sc_test_load_course ("docs/example-course");
  GPtrArray *lessons = sc_course_get_lessons (course);
  ScRichTextView *view = SC_RICH_TEXT_VIEW (sc_rich_text_view_new ());
  GtkWindow *window = sc_test_show_view (app, view, 900, 700, TRUE);
  guint seen = 0;

  for (guint l = 0; l < lessons->len; l++)
    {
      ScLesson *each = g_ptr_array_index (lessons, l);
      g_autoptr(GPtrArray) blocks = blocks_of (sc_lesson_get_body (each), SC_RICH_BLOCK_CALLOUT);
      g_autoptr(GPtrArray) widgets = NULL;

      sc_rich_text_view_set_text (view, sc_lesson_get_body (each));
      sc_test_settle (GTK_WIDGET (window), 2);
      widgets = sc_test_find_named (GTK_WIDGET (view), "sc-block-callout");
      g_assert_cmpuint (widgets->len, ==, blocks->len);

      for (guint i = 0; i < blocks->len; i++)
        {
          ScRichBlock *block = blocks->pdata[i];
          GtkWidget *callout = widgets->pdata[i];
          GtkWidget *icon = sc_test_find_widget (callout, GTK_TYPE_IMAGE, NULL);

          /* The kind in words, not only a colour or an icon. */
          g_assert_true (has_label (callout, words[block->variant]));
          g_assert_nonnull (icon);
          g_assert_nonnull (gtk_image_get_icon_name (GTK_IMAGE (icon)));
          gtk_test_accessible_assert_role (GTK_ACCESSIBLE (callout), GTK_ACCESSIBLE_ROLE_NOTE);
          if (block->title != NULL)
            g_assert_true (has_label (callout, block->title));
          seen++;
        }
    }

  g_assert_cmpuint (seen, >=, 3);
  sc_test_close_window (window);
}

static void
test_table_header (void)
{
  g_autoptr(ScCourse) course = sc_test_load_course ("docs/example-course");
  ScRichTextView *view = SC_RICH_TEXT_VIEW (sc_rich_text_view_new ());
  GtkWindow *window = sc_test_show_view (app, view, 900, 700, TRUE);
  g_autoptr(GPtrArray) tables = NULL;
  GtkWidget *grid;
  GtkWidget *caption;

  sc_rich_text_view_set_text (view, sc_lesson_get_body (sc_test_get_lesson (course, "titles")));
  sc_test_settle (GTK_WIDGET (window), 2);

  tables = sc_test_find_named (GTK_WIDGET (view), "sc-block-table");
  g_assert_cmpuint (tables->len, ==, 1);
  grid = sc_test_find_widget (tables->pdata[0], GTK_TYPE_GRID, NULL);
  g_assert_nonnull (grid);
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (grid), GTK_ACCESSIBLE_ROLE_TABLE);

  caption = sc_test_find_widget (tables->pdata[0], GTK_TYPE_LABEL, NULL);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (caption)), ==, "Weak and strong titles");

  for (int column = 0; column < 2; column++)
    {
      GtkWidget *header = gtk_grid_get_child_at (GTK_GRID (grid), column, 0);
      GtkWidget *cell = gtk_grid_get_child_at (GTK_GRID (grid), column, 1);

      gtk_test_accessible_assert_role (GTK_ACCESSIBLE (header), GTK_ACCESSIBLE_ROLE_COLUMN_HEADER);
      g_assert_true (gtk_widget_has_css_class (header, "sc-table-header"));
      gtk_test_accessible_assert_role (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_ROLE_CELL);
      g_assert_false (gtk_widget_has_css_class (cell, "sc-table-header"));
    }
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_grid_get_child_at (GTK_GRID (grid), 0, 0))),
                   ==, "Weak");

  sc_test_close_window (window);
}

typedef struct
{
  char     *text;
  gboolean  done;
} ClipboardRead;

static void
clipboard_read_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  ClipboardRead *read = user_data;
  g_autoptr(GError) error = NULL;

  read->text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);
  g_assert_no_error (error);
  read->done = TRUE;
}

static gboolean
read_done (gpointer data)
{
  return ((ClipboardRead *) data)->done;
}

static void
record_string_cb (ScRichTextView *view,
                  const char     *text,
                  char          **out)
{
  g_free (*out);
  *out = g_strdup (text);
}

static void
test_template_copy (void)
{
  g_autoptr(ScCourse) course = sc_test_load_course ("docs/example-course");
  ScRichTextView *view = SC_RICH_TEXT_VIEW (sc_rich_text_view_new ());
  GtkWindow *window = sc_test_show_view (app, view, 900, 700, TRUE);
  g_autoptr(GPtrArray) buttons = NULL;
  g_autofree char *toast = NULL;
  ClipboardRead read = { NULL, FALSE };
  GtkWidget *copy = NULL;

  sc_rich_text_view_set_text (view, sc_lesson_get_body (sc_test_get_lesson (course, "packing")));
  sc_test_settle (GTK_WIDGET (window), 2);
  g_signal_connect (view, "show-toast", G_CALLBACK (record_string_cb), &toast);

  buttons = sc_test_find_widgets (GTK_WIDGET (view), GTK_TYPE_BUTTON);
  for (guint i = 0; i < buttons->len; i++)
    if (gtk_widget_has_css_class (buttons->pdata[i], "sc-template-copy"))
      copy = buttons->pdata[i];
  g_assert_nonnull (copy);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (copy), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Copy “Delay e-mail”");

  g_signal_emit_by_name (copy, "clicked");

  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (view)), NULL,
                                 clipboard_read_cb, &read);
  sc_test_wait_until (read_done, &read, "the clipboard to be read");
  g_assert_cmpstr (read.text, ==,
                   "Hello {first name},\n\n"
                   "Your order {order number} will ship one day later than planned.\n"
                   "We are sorry for the wait.");
  g_assert_nonnull (toast);
  g_assert_nonnull (strstr (toast, "Delay e-mail"));

  g_free (read.text);
  sc_test_close_window (window);
}

typedef struct
{
  char     *sop_id;
  guint     index;
  gboolean  active;
  guint     n;
} SopToggle;

static void
sop_toggled_cb (ScRichTextView *view,
                const char     *sop_id,
                guint           index,
                gboolean        active,
                SopToggle      *toggle)
{
  g_free (toggle->sop_id);
  toggle->sop_id = g_strdup (sop_id);
  toggle->index = index;
  toggle->active = active;
  toggle->n++;
}

static void
test_sop_toggle (void)
{
  g_autoptr(ScCourse) course = sc_test_load_course ("docs/example-course");
  ScRichTextView *view = SC_RICH_TEXT_VIEW (sc_rich_text_view_new ());
  GtkWindow *window = sc_test_show_view (app, view, 900, 700, TRUE);
  g_autoptr(GPtrArray) steps = NULL;
  g_autoptr(GPtrArray) sops = NULL;
  SopToggle toggle = { NULL, 0, FALSE, 0 };
  GtkWidget *sop;

  sc_rich_text_view_set_text (view, sc_lesson_get_body (sc_test_get_lesson (course, "packing")));
  sc_test_settle (GTK_WIDGET (window), 2);
  g_signal_connect (view, "sop-step-toggled", G_CALLBACK (sop_toggled_cb), &toggle);

  sops = sc_test_find_named (GTK_WIDGET (view), "sc-block-sop");
  g_assert_cmpuint (sops->len, ==, 1);
  sop = sops->pdata[0];
  steps = sc_test_find_widgets (sop, GTK_TYPE_CHECK_BUTTON);
  g_assert_cmpuint (steps->len, ==, 4);
  g_assert_true (has_label (sop, "0 of 4 steps done"));

  /* The learner ticks step 2 (index 1). */
  gtk_check_button_set_active (steps->pdata[1], TRUE);
  g_assert_cmpuint (toggle.n, ==, 1);
  g_assert_cmpstr (toggle.sop_id, ==, "pack-order");
  g_assert_cmpuint (toggle.index, ==, 1);
  g_assert_true (toggle.active);
  g_assert_true (has_label (sop, "1 of 4 steps done"));

  /* Restored from saved work: shown, not reported back. */
  sc_rich_text_view_set_sop_step (view, "pack-order", 3, TRUE);
  g_assert_cmpuint (toggle.n, ==, 1);
  g_assert_true (gtk_check_button_get_active (steps->pdata[3]));
  g_assert_true (sc_rich_text_view_get_sop_step (view, "pack-order", 3));
  g_assert_false (sc_rich_text_view_get_sop_step (view, "pack-order", 0));
  g_assert_true (has_label (sop, "2 of 4 steps done"));

  gtk_check_button_set_active (steps->pdata[1], FALSE);
  g_assert_cmpuint (toggle.n, ==, 2);
  g_assert_false (toggle.active);

  g_free (toggle.sop_id);
  sc_test_close_window (window);
}

static gboolean
open_uri_cb (ScRichTextView *view,
             const char     *uri,
             char          **out)
{
  g_free (*out);
  *out = g_strdup (uri);

  return TRUE;  /* handled: no browser in a test */
}

static void
test_links (void)
{
  g_autoptr(ScCourse) course = sc_test_load_course ("docs/example-course");
  ScRichTextView *view = SC_RICH_TEXT_VIEW (sc_rich_text_view_new ());
  GtkWindow *window = sc_test_show_view (app, view, 900, 700, TRUE);
  g_autofree char *lesson_id = NULL;
  g_autofree char *term_id = NULL;
  g_autofree char *uri = NULL;
  GdkRectangle area;

  g_signal_connect (view, "lesson-activated", G_CALLBACK (record_string_cb), &lesson_id);
  g_signal_connect (view, "term-activated", G_CALLBACK (record_string_cb), &term_id);
  g_signal_connect (view, "open-uri", G_CALLBACK (open_uri_cb), &uri);

  sc_rich_text_view_set_text (view, sc_lesson_get_body (sc_test_get_lesson (course, "titles")));
  sc_test_settle (GTK_WIDGET (window), 2);

  g_assert_false (sc_rich_text_view_get_link_area (view, &area));
  g_assert_true (sc_rich_text_view_activate_link (view, "lesson:pricing"));
  g_assert_cmpstr (lesson_id, ==, "pricing");

  g_assert_true (sc_rich_text_view_activate_link (view, "term:variant"));
  g_assert_cmpstr (term_id, ==, "variant");
  g_assert_true (sc_rich_text_view_get_link_area (view, &area));
  g_assert_cmpint (area.width, >, 10);
  g_assert_cmpint (area.height, >, 5);
  g_assert_cmpint (area.x, >=, 0);
  g_assert_cmpint (area.x + area.width, <=, gtk_widget_get_width (GTK_WIDGET (view)));
  g_assert_cmpint (area.y, >=, 0);

  g_assert_false (sc_rich_text_view_activate_link (view, "term:no-such-term"));

  sc_rich_text_view_set_text (view, sc_lesson_get_body (sc_test_get_lesson (course, "packing")));
  sc_test_settle (GTK_WIDGET (window), 2);
  g_assert_true (sc_rich_text_view_activate_link (view, "https://www.example.com/packing-guide"));
  g_assert_cmpstr (uri, ==, "https://www.example.com/packing-guide");

  sc_test_close_window (window);
}

/* Course text is text: markup characters in it are shown, not obeyed. */
static void
test_markup_escaped (void)
{
  g_autoptr(ScRichText) text = sc_rich_text_new ();
  ScRichBlock *paragraph = sc_rich_block_new (SC_RICH_BLOCK_PARAGRAPH, 1);
  ScRichTextView *view = SC_RICH_TEXT_VIEW (sc_rich_text_view_new ());
  GtkWindow *window;
  GtkWidget *label;

  sc_rich_block_add_run (paragraph, "<b>5 & 6</b> ", SC_RICH_STYLE_NONE, SC_RICH_LINK_NONE, NULL);
  sc_rich_block_add_run (paragraph, "a<i>", SC_RICH_STYLE_STRONG | SC_RICH_STYLE_CODE,
                         SC_RICH_LINK_URI, "https://example.com/?a=1&b=\"2\"");
  sc_rich_text_append (text, paragraph);
  sc_rich_text_view_set_text (view, text);
  window = sc_test_show_view (app, view, 600, 400, FALSE);

  label = sc_test_find_widget (GTK_WIDGET (view), GTK_TYPE_LABEL, "sc-block-paragraph");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, "<b>5 & 6</b> a<i>");
  g_assert_true (gtk_widget_get_focusable (label));  /* it holds a link */

  sc_test_close_window (window);
}

static ScRichBlock *
section_block (const char *id,
               const char *heading,
               const char *words)
{
  ScRichBlock *section = sc_rich_block_new (SC_RICH_BLOCK_SECTION, 1);
  ScRichBlock *paragraph = sc_rich_block_new (SC_RICH_BLOCK_PARAGRAPH, 2);

  section->id = g_strdup (id);
  section->title = g_strdup (heading);
  sc_rich_block_add_run (paragraph, words, SC_RICH_STYLE_NONE, SC_RICH_LINK_NONE, NULL);
  sc_rich_block_add_child (section, paragraph);

  return section;
}

/* Sections are found by id: two with the same heading are two places. */
static void
test_lookup_section (void)
{
  g_autoptr(ScRichText) text = sc_rich_text_new ();
  ScRichTextView *view = SC_RICH_TEXT_VIEW (sc_rich_text_view_new ());
  ScRichBlock *outer = section_block ("outer", "Practice", "The first practice.");
  GtkWidget *first;
  GtkWidget *second;
  GtkWidget *nested;
  GtkWindow *window;
  graphene_point_t top_first;
  graphene_point_t top_second;

  sc_rich_block_add_child (outer, section_block ("nested", "In depth", "Nested words."));
  sc_rich_text_append (text, outer);
  sc_rich_text_append (text, section_block ("later", "Practice", "The second practice."));
  sc_rich_text_view_set_text (view, text);
  window = sc_test_show_view (app, view, 600, 400, FALSE);

  first = sc_rich_text_view_lookup_section (view, "outer");
  second = sc_rich_text_view_lookup_section (view, "later");
  nested = sc_rich_text_view_lookup_section (view, "nested");
  g_assert_nonnull (first);
  g_assert_nonnull (second);
  g_assert_true (first != second);
  g_assert_true (gtk_widget_is_ancestor (nested, first));
  g_assert_null (sc_rich_text_view_lookup_section (view, "missing"));
  g_assert_null (sc_rich_text_view_lookup_section (view, NULL));

  /* Each is the section, its own heading at its top, the second below. */
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_widget_get_first_child (second))), ==,
                   "Practice");
  g_assert_true (gtk_widget_compute_point (first, GTK_WIDGET (view),
                                           &GRAPHENE_POINT_INIT (0.0f, 0.0f), &top_first));
  g_assert_true (gtk_widget_compute_point (second, GTK_WIDGET (view),
                                           &GRAPHENE_POINT_INIT (0.0f, 0.0f), &top_second));
  g_assert_cmpfloat (top_second.y, >, top_first.y + gtk_widget_get_height (nested));

  /* New text, new sections. */
  sc_rich_text_view_set_text (view, NULL);
  g_assert_null (sc_rich_text_view_lookup_section (view, "outer"));

  sc_test_close_window (window);
}

/* Every widget under @widget, depth first: its type, name and text. */
static void
describe_tree (GtkWidget *widget,
               GString   *out)
{
  g_string_append_printf (out, "%s#%s", G_OBJECT_TYPE_NAME (widget), gtk_widget_get_name (widget));
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (out, "=%s", gtk_label_get_label (GTK_LABEL (widget)));
  g_string_append_c (out, '(');
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (!GTK_IS_NATIVE (child))
      describe_tree (child, out);
  g_string_append (out, ")\n");
}

static char *
describe (ScRichTextView *view)
{
  GString *out = g_string_new (NULL);

  describe_tree (GTK_WIDGET (view), out);

  return g_string_free (out, FALSE);
}

/* A shown view builds one window height of a long text at once and the
 * rest after the frame; what it ends with is what a view built all at
 * once has, and a lookup or Tab into the text never sees half of it. */
static void
test_later_blocks (void)
{
  g_autoptr(ScCourse) course = sc_test_load_course ("data/courses/ecommerce-operations");
  ScRichText *text = sc_lesson_get_body (sc_test_get_lesson (course, "pricing-margins"));
  const char *base_dir = sc_course_get_directory (course);
  ScRichTextView *eager = SC_RICH_TEXT_VIEW (sc_rich_text_view_new ());
  ScRichTextView *view = SC_RICH_TEXT_VIEW (sc_rich_text_view_new ());
  g_autoptr(GPtrArray) sections = blocks_of (text, SC_RICH_BLOCK_SECTION);
  const char *last_section = ((ScRichBlock *) sections->pdata[sections->len - 1])->id;
  g_autofree char *expected = NULL;
  g_autofree char *first_frame = NULL;
  g_autofree char *settled = NULL;
  g_autofree char *looked_up = NULL;
  GtkWindow *window;
  guint frames = 0;

  /* Not shown: everything at once. */
  g_object_ref_sink (eager);
  sc_rich_text_view_set_base_dir (eager, base_dir);
  sc_rich_text_view_set_text (eager, text);
  g_assert_true (sc_rich_text_view_get_complete (eager));
  expected = describe (eager);

  window = sc_test_show_view (app, view, 900, 400, TRUE);
  sc_rich_text_view_set_base_dir (view, base_dir);
  sc_rich_text_view_set_text (view, text);
  g_assert_false (sc_rich_text_view_get_complete (view));
  first_frame = describe (view);
  g_assert_cmpuint (strlen (first_frame), <, strlen (expected));
  /* The start of the text is there for the first frame. */
  g_assert_cmpstr (gtk_widget_get_name (gtk_widget_get_first_child (GTK_WIDGET (view))), ==,
                   "sc-block-section");

  while (!sc_rich_text_view_get_complete (view) && frames < 50)
    {
      sc_test_settle (GTK_WIDGET (window), 1);
      frames++;
    }
  g_assert_true (sc_rich_text_view_get_complete (view));
  settled = describe (view);
  g_assert_cmpstr (settled, ==, expected);

  /* A section further down is found at once. */
  sc_rich_text_view_set_text (view, NULL);
  sc_rich_text_view_set_text (view, text);
  g_assert_false (sc_rich_text_view_get_complete (view));
  g_assert_nonnull (sc_rich_text_view_lookup_section (view, last_section));
  g_assert_true (sc_rich_text_view_get_complete (view));
  looked_up = describe (view);
  g_assert_cmpstr (looked_up, ==, expected);

  /* Tab into the text reaches all of it. */
  sc_rich_text_view_set_text (view, NULL);
  sc_rich_text_view_set_text (view, text);
  g_assert_false (sc_rich_text_view_get_complete (view));
  gtk_widget_set_focusable (GTK_WIDGET (view), TRUE);
  gtk_window_set_focus (window, NULL);
  gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD);
  g_assert_true (sc_rich_text_view_get_complete (view));

  /* Text set again before the rest is built: only the new text. */
  sc_rich_text_view_set_text (view, NULL);
  sc_rich_text_view_set_text (view, text);
  sc_rich_text_view_set_text (view, NULL);
  g_assert_true (sc_rich_text_view_get_complete (view));
  g_assert_null (gtk_widget_get_first_child (GTK_WIDGET (view)));
  sc_test_settle (GTK_WIDGET (window), 2);
  g_assert_null (gtk_widget_get_first_child (GTK_WIDGET (view)));

  sc_test_close_window (window);
  g_object_unref (eager);
}

int
main (int   argc,
      char *argv[])
{
  if (!sc_test_init (&argc, &argv))
    {
      g_printerr ("test-rich-text-view: no display\n");
      return 77;
    }
  sc_course_reader_init ();

  g_test_add_func ("/rich-text-view/every-block", test_every_block);
  g_test_add_func ("/rich-text-view/headings", test_headings);
  g_test_add_func ("/rich-text-view/callouts", test_callouts);
  g_test_add_func ("/rich-text-view/table-header", test_table_header);
  g_test_add_func ("/rich-text-view/template-copy", test_template_copy);
  g_test_add_func ("/rich-text-view/sop-toggle", test_sop_toggle);
  g_test_add_func ("/rich-text-view/links", test_links);
  g_test_add_func ("/rich-text-view/markup-escaped", test_markup_escaped);
  g_test_add_func ("/rich-text-view/lookup-section", test_lookup_section);
  g_test_add_func ("/rich-text-view/later-blocks", test_later_blocks);

  return sc_test_run_with_app (&app);
}
