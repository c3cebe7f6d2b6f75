/* sc-screenshot.c - render a page of the real window to a PNG
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * build-aux/screenshot drives this through environment variables, which
 * keeps them out of --help:
 *
 *   SHOPCRAFT_SCREENSHOT               the PNG to write (turns the mode on)
 *   SHOPCRAFT_SCREENSHOT_PAGE          learn, listings, orders, inventory,
 *                                      progress, class or banks (default learn),
 *                                      lesson:ID for a lesson of the course,
 *                                      or search:QUERY for Learn's search
 *                                      with QUERY typed and its results in
 *   SHOPCRAFT_SCREENSHOT_SIZE          WxH (default 1280x800)
 *   SHOPCRAFT_SCREENSHOT_DARK          1 for the dark style
 *   SHOPCRAFT_SCREENSHOT_PRESENTATION  1 for presentation mode
 *
 * The app then keeps its settings in memory, opens the window on the page
 * and, on the second after-paint once the window is ready, renders the
 * window (GtkWidgetPaintable -> GtkSnapshot -> the window's renderer) to
 * the PNG and quits. The widget tests use the same rendering code.
 *
 * A search page waits for more than the window: once the course's search
 * index is ready, it opens the search (Ctrl+F), types the query into the
 * entry and waits until the results are in before it arms.
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "sc-context.h"
#include "sc-course-tree.h"
#include "sc-error.h"
#include "sc-learn-panel.h"
#include "sc-screenshot.h"
#include "sc-search-pane.h"

#define SHOT_KEY "sc-screenshot"
#define LESSON_PAGE_PREFIX "lesson:"
#define SEARCH_PAGE_PREFIX "search:"

/* What follows @prefix in @page, or NULL. */
static const char *
page_argument (const char *page,
               const char *prefix)
{
  if (page == NULL || !g_str_has_prefix (page, prefix))
    return NULL;

  return page + strlen (prefix);
}

/* The lesson a "lesson:ID" page asks for, or NULL. */
static const char *
lesson_of_page (const char *page)
{
  return page_argument (page, LESSON_PAGE_PREFIX);
}

/* The query a "search:QUERY" page types, or NULL. */
static const char *
query_of_page (const char *page)
{
  return page_argument (page, SEARCH_PAGE_PREFIX);
}

static gboolean
env_is_set (const char *name)
{
  return g_strcmp0 (g_getenv (name), "1") == 0;
}

void
sc_screenshot_request_free (ScScreenshotRequest *request)
{
  if (request == NULL)
    return;

  g_free (request->path);
  g_free (request->page);
  g_free (request);
}

/**
 * sc_screenshot_request_from_env:
 *
 * The request the environment makes: SHOPCRAFT_SCREENSHOT (the file),
 * SHOPCRAFT_SCREENSHOT_PAGE, SHOPCRAFT_SCREENSHOT_SIZE and, set to 1,
 * SHOPCRAFT_SCREENSHOT_DARK and SHOPCRAFT_SCREENSHOT_PRESENTATION; see
 * sc_screenshot_request_parse().
 *
 * Returns: (transfer full) (nullable): the request, or %NULL with @error
 *   unset when no screenshot is asked for, or %NULL with @error set when
 *   the request is wrong.
 */
ScScreenshotRequest *
sc_screenshot_request_from_env (GError **error)
{
  return sc_screenshot_request_parse (g_getenv ("SHOPCRAFT_SCREENSHOT"),
                                      g_getenv ("SHOPCRAFT_SCREENSHOT_PAGE"),
                                      g_getenv ("SHOPCRAFT_SCREENSHOT_SIZE"),
                                      env_is_set ("SHOPCRAFT_SCREENSHOT_DARK"),
                                      env_is_set ("SHOPCRAFT_SCREENSHOT_PRESENTATION"),
                                      error);
}

/**
 * sc_screenshot_request_parse:
 * @path: (nullable): the picture's file; %NULL or "" when none is asked for
 * @page: (nullable): a section, lesson:ID or search:QUERY; %NULL for learn
 * @size: (nullable): WIDTHxHEIGHT; %NULL for 1280x800
 *
 * Returns: (transfer full) (nullable): the request, or %NULL with @error
 *   unset when @path asks for none, or %NULL with @error set when the
 *   request is wrong.
 */
ScScreenshotRequest *
sc_screenshot_request_parse (const char  *path,
                             const char  *page,
                             const char  *size,
                             gboolean     dark,
                             gboolean     presentation,
                             GError     **error)
{
  g_autoptr(ScScreenshotRequest) request = NULL;
  const char *lesson;
  const char *query;

  if (path == NULL || *path == '\0')
    return NULL;

  request = g_new0 (ScScreenshotRequest, 1);
  request->path = g_canonicalize_filename (path, NULL);
  request->page = g_strdup (page != NULL && *page != '\0' ? page : "learn");

  /* A lesson is shown on the Learn page; the window opens it there. */
  lesson = lesson_of_page (request->page);
  if (lesson != NULL)
    {
      if (*lesson == '\0' || strpbrk (lesson, " /\\") != NULL ||
          !g_utf8_validate (lesson, -1, NULL))
        {
          g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                       _("“%s” is not a lesson page. Give lesson: and a lesson id "
                         "from the course, such as lesson:pricing-margins."),
                       request->page);
          return NULL;
        }

      g_free (request->page);
      request->page = g_strdup ("learn");
    }

  /* So is a search: the window types the query into Learn's search. */
  query = query_of_page (request->page);
  if (query != NULL)
    {
      if (*query == '\0' || !g_utf8_validate (query, -1, NULL) ||
          g_utf8_strlen (query, -1) > 200)
        {
          g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                       _("“%s” is not a search page. Give search: and the words to search "
                         "for, such as search:inventory."),
                       request->page);
          return NULL;
        }

      g_free (request->page);
      request->page = g_strdup ("learn");
    }

  request->width = 1280;
  request->height = 800;
  request->dark = dark;
  request->presentation = presentation;

  if (!sc_window_is_section_name (request->page))
    {
      g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                   _("“%s” is not a page. Use learn, listings, orders, inventory, progress, class, banks, lesson:ID or search:QUERY."),
                   request->page);
      return NULL;
    }

  if (size != NULL && *size != '\0')
    {
      char *end = NULL;
      gint64 width = g_ascii_strtoll (size, &end, 10);
      gint64 height = 0;

      if (end != NULL && (*end == 'x' || *end == 'X'))
        height = g_ascii_strtoll (end + 1, &end, 10);

      if (end == NULL || *end != '\0' ||
          width < 360 || width > 7680 || height < 294 || height > 4320)
        {
          g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                       _("“%s” is not a window size. Give WIDTHxHEIGHT, from 360x294 to 7680x4320."),
                       size);
          return NULL;
        }

      request->width = (int) width;
      request->height = (int) height;
    }

  return g_steal_pointer (&request);
}

/**
 * sc_screenshot_request_apply:
 * @settings: settings in a memory backend, never the user's
 *
 * Sets the page, size, style and presentation mode asked for, and
 * GNOME's default interface font so pictures look like a GNOME desktop
 * rather than whatever font a bare X server falls back to.
 */
void
sc_screenshot_request_apply (ScScreenshotRequest *request,
                             GSettings           *settings)
{
  g_return_if_fail (request != NULL);
  g_return_if_fail (G_IS_SETTINGS (settings));

  g_settings_set_string (settings, "style-variant", request->dark ? "dark" : "light");
  g_settings_set_boolean (settings, "presentation-mode", request->presentation);
  g_settings_set_string (settings, "last-section", request->page);
  g_settings_set_int (settings, "window-width", request->width);
  g_settings_set_int (settings, "window-height", request->height);
  g_settings_set_boolean (settings, "window-maximized", FALSE);

  /* No animation may be caught half-way (a folded window slides to
   * its content). */
  g_object_set (gtk_settings_get_default (),
                "gtk-font-name", "Cantarell 11",
                "gtk-enable-animations", FALSE,
                NULL);
}

/**
 * sc_screenshot_render:
 * @widget: a mapped, allocated widget
 *
 * Returns: (transfer full) (nullable): what @widget shows, drawn by the
 *   renderer of its window
 */
GdkTexture *
sc_screenshot_render (GtkWidget  *widget,
                      GError    **error)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  GtkSnapshot *snapshot;
  GskRenderer *renderer;
  graphene_rect_t bounds;
  int width;
  int height;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);

  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  if (!gtk_widget_get_mapped (widget) || width <= 0 || height <= 0)
    {
      g_set_error (error, SC_ERROR, SC_ERROR_FAILED,
                   _("The window is not on screen yet, so there is nothing to render."));
      return NULL;
    }

  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  if (node == NULL)
    {
      g_set_error (error, SC_ERROR, SC_ERROR_FAILED,
                   _("The window drew nothing, so there is nothing to render."));
      return NULL;
    }

  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  bounds = GRAPHENE_RECT_INIT (0, 0, width, height);

  return gsk_renderer_render_texture (renderer, node, &bounds);
}

gboolean
sc_screenshot_save (GtkWidget   *widget,
                    const char  *path,
                    GError     **error)
{
  g_autoptr(GdkTexture) texture = NULL;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  texture = sc_screenshot_render (widget, error);
  if (texture == NULL)
    return FALSE;

  if (!gdk_texture_save_to_png (texture, path))
    {
      g_set_error (error, SC_ERROR, SC_ERROR_IO,
                   _("%s could not be written. Check that its folder exists and is writable."),
                   path);
      return FALSE;
    }

  return TRUE;
}

typedef struct
{
  char         *path;
  char         *query;      /* (nullable): a search page's words, until typed */
  ScSearchPane *search;     /* (nullable): where they were typed */
  guint         n_paints;
  guint         armed : 1;
} Shot;

static void
shot_free (gpointer data)
{
  Shot *shot = data;

  g_free (shot->path);
  g_free (shot->query);
  g_free (shot);
}

static void
finish (ScWindow *window)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (window));

  if (app != NULL)
    g_application_quit (G_APPLICATION (app));
}

static GtkWidget *
find_widget (GtkWidget *widget,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
after_paint_cb (GdkFrameClock *clock,
                ScWindow      *window)
{
  Shot *shot = g_object_get_data (G_OBJECT (window), SHOT_KEY);
  g_autoptr(GError) error = NULL;

  GtkWidget *tree = find_widget (GTK_WIDGET (window), SC_TYPE_COURSE_TREE);

  /* The first paint after ready may still carry layout from before it;
   * the second shows the settled page. The course tree builds the rows
   * below its first screen after that screen is painted. */
  if (tree != NULL && !sc_course_tree_get_complete (SC_COURSE_TREE (tree)))
    {
      gtk_widget_queue_draw (GTK_WIDGET (window));
      return;
    }
  if (++shot->n_paints < 2)
    {
      gtk_widget_queue_draw (GTK_WIDGET (window));
      return;
    }

  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, window);

  if (!sc_screenshot_save (GTK_WIDGET (window), shot->path, &error))
    g_printerr ("shopcraft: %s\n", error->message);

  finish (window);
}


static void arm (ScWindow *window);

static void
search_busy_cb (ScSearchPane *pane,
                GParamSpec   *pspec,
                ScWindow     *window)
{
  arm (window);
}

/* For a "search:QUERY" page: whether the results are in. Types the query
 * once the search index is ready, as a learner would: Ctrl+F, then the
 * words into the entry. */
static gboolean
search (ScWindow *window,
        Shot     *shot)
{
  ScContext *context = sc_window_get_context (window);
  GtkWidget *panel;

  if (shot->search != NULL)
    return !sc_search_pane_is_busy (shot->search);
  if (shot->query == NULL)
    return TRUE;
  if (context == NULL || !sc_context_get_search_ready (context))
    return FALSE;

  /* Ctrl+F makes the search pane the first time. */
  panel = find_widget (GTK_WIDGET (window), SC_TYPE_LEARN_PANEL);
  if (panel == NULL || !gtk_widget_activate_action (panel, "learn.search", NULL))
    return TRUE;
  shot->search = SC_SEARCH_PANE (find_widget (panel, SC_TYPE_SEARCH_PANE));
  if (shot->search == NULL)
    return TRUE;

  g_signal_connect_object (shot->search, "notify::busy", G_CALLBACK (search_busy_cb), window, 0);
  gtk_editable_set_text (sc_search_pane_get_entry (shot->search), shot->query);
  gtk_editable_set_position (sc_search_pane_get_entry (shot->search), -1);
  /* The entry waits a moment for more keys before it searches; a
   * picture need not. */
  g_signal_emit_by_name (sc_search_pane_get_entry (shot->search), "search-changed");

  return !sc_search_pane_is_busy (shot->search);
}

static void
arm (ScWindow *window)
{
  Shot *shot = g_object_get_data (G_OBJECT (window), SHOT_KEY);
  GdkFrameClock *clock;

  if (shot == NULL || shot->armed ||
      !sc_window_get_ready (window) || !gtk_widget_get_mapped (GTK_WIDGET (window)) ||
      !search (window, shot))
    return;

  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_return_if_fail (clock != NULL);

  /* Whether the keyboard focus ring shows depends on input the app got
   * before; a picture shows the page as a pointer user sees it. */
  gtk_window_set_focus_visible (GTK_WINDOW (window), FALSE);

  shot->armed = TRUE;
  g_signal_connect_object (clock, "after-paint", G_CALLBACK (after_paint_cb), window, 0);
  gtk_widget_queue_draw (GTK_WIDGET (window));
}

static gboolean
watchdog_cb (gpointer data)
{
  ScWindow *window = data;

  g_printerr ("shopcraft: %s\n",
              _("The page did not report that it was ready within a minute; no screenshot was taken."));
  finish (window);

  return G_SOURCE_REMOVE;
}

/* For a "lesson:ID" page: the Learn panel opens the lesson, now or when
 * the course arrives, and is not ready until it shows. */
static void
open_lesson (ScWindow *window)
{
  const char *lesson = lesson_of_page (g_getenv ("SHOPCRAFT_SCREENSHOT_PAGE"));
  GtkWidget *panel;

  if (lesson == NULL || *lesson == '\0')
    return;

  panel = find_widget (GTK_WIDGET (window), SC_TYPE_LEARN_PANEL);
  if (panel != NULL)
    sc_learn_panel_open_lesson (SC_LEARN_PANEL (panel), lesson);
}

/**
 * sc_screenshot_take:
 * @window: the window about to be presented, on the page to render
 * @path: the PNG to write
 *
 * Renders @window to @path on the second after-paint once it is ready,
 * then quits the application. Screenshots show the app as users see it,
 * so a development build's striped header bar is left out.
 */
void
sc_screenshot_take (ScWindow   *window,
                    const char *path)
{
  Shot *shot;

  g_return_if_fail (SC_IS_WINDOW (window));
  g_return_if_fail (path != NULL);

  shot = g_new0 (Shot, 1);
  shot->path = g_strdup (path);
  shot->query = g_strdup (query_of_page (g_getenv ("SHOPCRAFT_SCREENSHOT_PAGE")));
  g_object_set_data_full (G_OBJECT (window), SHOT_KEY, shot, shot_free);

  gtk_widget_remove_css_class (GTK_WIDGET (window), "devel");

  open_lesson (window);

  g_signal_connect (window, "notify::ready", G_CALLBACK (arm), NULL);
  if (shot->query != NULL && sc_window_get_context (window) != NULL)
    g_signal_connect_object (sc_window_get_context (window), "notify::search-ready",
                             G_CALLBACK (arm), window, G_CONNECT_SWAPPED);
  g_signal_connect_after (window, "map", G_CALLBACK (arm), NULL);
  g_timeout_add_seconds_full (G_PRIORITY_DEFAULT, 60, watchdog_cb,
                              g_object_ref (window), g_object_unref);
  arm (window);
}
