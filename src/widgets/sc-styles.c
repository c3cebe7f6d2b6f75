/* sc-styles.c - the styles of what the first frame does not show, added when first needed
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * AdwApplication loads ui/style.css as the application starts: what the
 * first frame shows. The rest (ui/style-pages.css: the text of lessons,
 * quizzes, the product page, Listings…) is parsed after the first frame
 * (sc-application.c), or as soon as a widget it styles is made or given
 * text, whichever comes first. Parsing it before the first frame cost
 * start-up about 15 million instructions.
 *
 * Both files go into one provider, style.css first, so the rules cascade
 * exactly as one stylesheet's: between two providers of one priority, GTK
 * lets the one added last win whatever the specificity of the selectors,
 * which would undo rules written to win by specificity. The copy of
 * style.css that AdwApplication loaded stays: this provider has every rule
 * it has and is asked first, so it decides nothing.
 */
#include "config.h"

#include "sc-styles.h"

static GtkCssProvider *pages_provider;
static GdkDisplay *pages_display;

static void
append_resource (GString    *css,
                 const char *path)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  gsize size = 0;
  const char *data;

  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes == NULL)
    {
      /* The resources are compiled into the program: a build error. */
      g_critical ("Cannot read the stylesheet %s: %s", path, error->message);
      return;
    }

  data = g_bytes_get_data (bytes, &size);
  g_string_append_len (css, data, size);
  g_string_append_c (css, '\n');
}

/**
 * sc_styles_load_pages:
 *
 * Adds the styles of the pages the first frame does not show to the
 * default display, once. Call it before showing lesson text, a quiz, a
 * question preview, the product page or a practice section; the
 * application also calls it once its first frame is on screen.
 */
void
sc_styles_load_pages (void)
{
  GdkDisplay *display = gdk_display_get_default ();
  g_autoptr(GString) css = NULL;

  if (display == NULL || display == pages_display)
    return;

  css = g_string_new (NULL);
  append_resource (css, RESOURCE_BASE_PATH "/style.css");
  append_resource (css, RESOURCE_BASE_PATH "/style-pages.css");

  g_clear_object (&pages_provider);
  pages_provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_data (pages_provider, css->str, css->len);
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (pages_provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  pages_display = display;
}

/**
 * sc_styles_pages_loaded:
 *
 * Returns: whether sc_styles_load_pages () has added the styles to the
 *   default display
 */
gboolean
sc_styles_pages_loaded (void)
{
  GdkDisplay *display = gdk_display_get_default ();

  return display != NULL && display == pages_display;
}

/**
 * sc_styles_message_dialog_new:
 * @parent: the widget asking; the dialog is transient for its window
 *
 * An AdwMessageDialog that looks like the window it belongs to: in
 * presentation mode (the window's .presentation class) its text is as
 * large and strong as the window's, so a projector shows a form or a
 * result as readably as the page behind it.
 *
 * Returns: (transfer none): the dialog, not yet presented
 */
GtkWidget *
sc_styles_message_dialog_new (GtkWidget  *parent,
                              const char *heading,
                              const char *body)
{
  GtkRoot *root = gtk_widget_get_root (parent);
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, body);
  if (root != NULL && gtk_widget_has_css_class (GTK_WIDGET (root), "presentation"))
    gtk_widget_add_css_class (dialog, "presentation");

  return dialog;
}
