/* test-question-media.c - pictures of a question shown, its other files offered for saving
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <cairo.h>
#include <string.h>

#include "sc-figure-image.h"
#include "sc-question-preview.h"
#include "widget-test-util.h"

static const guchar mp3[] = { 'I', 'D', '3', 3, 0, 0, 0, 0, 0, 0, 0xff, 0xfb, 0x90, 0x64 };

static cairo_status_t
append_png (void                *closure,
            const unsigned char *data,
            unsigned int         length)
{
  g_byte_array_append (closure, data, length);

  return CAIRO_STATUS_SUCCESS;
}

/* A real 40×30 picture, so the view can decode it. */
static GBytes *
make_png (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 40, 30);
  cairo_t *cr = cairo_create (surface);
  GByteArray *bytes = g_byte_array_new ();

  cairo_set_source_rgb (cr, 0.2, 0.5, 0.8);
  cairo_paint (cr);
  cairo_destroy (cr);
  cairo_surface_write_to_png_stream (surface, append_png, bytes);
  cairo_surface_destroy (surface);

  return g_byte_array_free_to_bytes (bytes);
}

static ScQuestion *
listening_question (void)
{
  ScQuestion *question = sc_question_new (SC_QUESTION_DESCRIPTION);
  g_autoptr(GBytes) png = make_png ();
  g_autoptr(GBytes) song = g_bytes_new_static (mp3, sizeof mp3);

  question->name = g_strdup ("Listen to the call");
  sc_question_text_set (&question->stem,
                        "<p>Look at the label <img src=\"@@PLUGINFILE@@/label.png\" alt=\"Shipping label\"> "
                        "and listen to the customer.</p>",
                        SC_TEXT_FORMAT_HTML);
  sc_question_text_add_file (&question->stem, "label.png", "/", "base64", png);
  sc_question_text_add_file (&question->stem, "call.mp3", "/", "base64", song);

  return question;
}

static GtkWidget *
find_media_button (GtkWidget *root)
{
  g_autoptr(GPtrArray) buttons = sc_test_find_widgets (root, GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (buttons, i), "sc-question-media"))
      return g_ptr_array_index (buttons, i);

  return NULL;
}

static gboolean
has_text (GtkWidget  *root,
          const char *text)
{
  g_autoptr(GPtrArray) labels = sc_test_find_widgets (root, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (strstr (gtk_label_get_text (g_ptr_array_index (labels, i)), text) != NULL)
      return TRUE;

  return FALSE;
}

static void
test_preview_media (void)
{
  g_autoptr(ScQuestion) question = listening_question ();
  g_autoptr(ScQuestion) plain = sc_question_new (SC_QUESTION_DESCRIPTION);
  g_autoptr(GPtrArray) figures = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *preview = sc_question_preview_new ();
  GtkWidget *button;
  GdkPaintable *paintable;

  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  gtk_window_set_child (GTK_WINDOW (window), preview);
  gtk_window_present (GTK_WINDOW (window));
  sc_question_preview_set_question (SC_QUESTION_PREVIEW (preview), question);
  sc_test_settle (window, 3);

  /* The picture is drawn from the question's own file… */
  figures = sc_test_find_widgets (preview, SC_TYPE_FIGURE_IMAGE);
  g_assert_cmpuint (figures->len, ==, 1);
  paintable = sc_figure_image_get_paintable (g_ptr_array_index (figures, 0));
  g_assert_cmpint (gdk_paintable_get_intrinsic_width (paintable), ==, 40);

  /* …and the recording, which cannot be shown, is offered for saving. */
  button = find_media_button (preview);
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_visible (button));
  g_assert_true (has_text (button, "call.mp3"));
  g_assert_true (has_text (button, "Save As…"));
  g_assert_false (has_text (preview, "label.png"));

  /* The next question has no files: neither picture nor button stays. */
  plain->name = g_strdup ("Plain");
  sc_question_text_set (&plain->stem, "<p>No pictures here.</p>", SC_TEXT_FORMAT_HTML);
  sc_question_preview_set_question (SC_QUESTION_PREVIEW (preview), plain);
  sc_test_settle (window, 2);
  g_clear_pointer (&figures, g_ptr_array_unref);
  figures = sc_test_find_widgets (preview, SC_TYPE_FIGURE_IMAGE);
  g_assert_cmpuint (figures->len, ==, 0);
  g_assert_null (find_media_button (preview));

  sc_test_close_window (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  if (!sc_test_init (&argc, &argv))
    {
      g_printerr ("test-question-media: no display\n");
      return 77;
    }

  g_test_add_func ("/question-media/preview", test_preview_media);

  return g_test_run ();
}
