/* test-startup.c - what start-up does once the database and the course are there
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the real application on a data folder with the built-in course and
 * quits it as a user does: reading sessions a crash left open are closed
 * for the learner, and the search index is filled at the first start and
 * left alone (not rewritten) at the next; and the icons of the first
 * frame are PNGs (ui/meson.build pre-renders the app's own).
 */
#include "config.h"

#include "app-run-util.h"
#include "sc-search-store.h"
#include "sc-course-reader.h"
#include "sc-progress.h"

/* Every icon the window shows once started, found through the icon theme
 * at the size and scale it is drawn at: never an SVG, whose library
 * (librsvg) and first drawing cost about 15 ms of the start. */
static void
check_image_icons (GtkWidget  *widget,
                   GHashTable *seen)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_image_icons (child, seen);

  if (GTK_IS_IMAGE (widget) && gtk_widget_get_mapped (widget) &&
      gtk_image_get_storage_type (GTK_IMAGE (widget)) == GTK_IMAGE_ICON_NAME)
    {
      GtkIconTheme *theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (widget));
      const char *name = gtk_image_get_icon_name (GTK_IMAGE (widget));
      g_autoptr(GtkIconPaintable) icon = NULL;
      g_autoptr(GFile) file = NULL;
      g_autofree char *uri = NULL;
      GtkBorder padding;
      GtkBorder border;
      int size;

      /* The icon's size: the image's smaller side inside its padding and
       * border (an image may be stretched one way; GTK 4.8 has no other
       * way to read -gtk-icon-size). */
      G_GNUC_BEGIN_IGNORE_DEPRECATIONS
      gtk_style_context_get_padding (gtk_widget_get_style_context (widget), &padding);
      gtk_style_context_get_border (gtk_widget_get_style_context (widget), &border);
      G_GNUC_END_IGNORE_DEPRECATIONS
      size = MIN (gtk_widget_get_width (widget) - padding.left - padding.right -
                  border.left - border.right,
                  gtk_widget_get_height (widget) - padding.top - padding.bottom -
                  border.top - border.bottom);
      if (size <= 0)
        return;  /* mapped but given no room: not drawn */

      icon = gtk_icon_theme_lookup_icon (theme, name, NULL, size,
                                         gtk_widget_get_scale_factor (widget),
                                         gtk_widget_get_direction (widget), 0);
      file = gtk_icon_paintable_get_file (icon);
      g_assert_nonnull (file);
      uri = g_file_get_uri (file);
      if (!g_str_has_suffix (uri, ".png"))
        g_error ("the icon %s at %d px is drawn from %s", name, size, uri);
      g_hash_table_add (seen, g_strdup (name));
    }
}

static void
inspect_icons (ScApplication *app,
               gpointer       data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  g_assert_nonnull (window);
  check_image_icons (GTK_WIDGET (window), data);
}

static void
test_first_frame_icons (void)
{
  g_autofree char *dir = data_dir_new ("icons");
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(ScLearner) learner = NULL;

  learner = run_app (dir, NULL, inspect_icons, seen);
  g_assert_nonnull (learner);
  /* The app's own: the sidebar's sections, the tree's lessons, and the
   * overview's course. */
  g_assert_true (g_hash_table_contains (seen, "shopcraft-listings-symbolic"));
  g_assert_true (g_hash_table_contains (seen, "shopcraft-lesson-not-started-symbolic"));
  g_assert_true (g_hash_table_contains (seen, "shopcraft-course-symbolic"));
}

/* Each icon of the first frame, at its sizes and both scales, is a
 * pre-rendered PNG; another size is still drawn from the SVG. */
static void
test_prerendered_icons (void)
{
  static const struct
  {
    const char *name;
    int         size;
    int         scale;
    const char *path;  /* under the app's icons/ resource folder */
  } cases[] = {
    { "shopcraft-listings-symbolic", 16, 1, "16x16/actions/shopcraft-listings-symbolic.symbolic.png" },
    { "shopcraft-listings-symbolic", 16, 2, "16x16@2/actions/shopcraft-listings-symbolic.symbolic.png" },
    { "shopcraft-orders-symbolic", 24, 1, "24x24/actions/shopcraft-orders-symbolic.symbolic.png" },
    { "shopcraft-progress-symbolic", 24, 2, "24x24@2/actions/shopcraft-progress-symbolic.symbolic.png" },
    { "shopcraft-lesson-done-symbolic", 16, 1,
      "16x16/actions/shopcraft-lesson-done-symbolic.symbolic.png" },
    { "shopcraft-course-symbolic", 128, 1, "128x128/status/shopcraft-course-symbolic.symbolic.png" },
    { "shopcraft-course-symbolic", 128, 2, "128x128@2/status/shopcraft-course-symbolic.symbolic.png" },
    { "shopcraft-listings-symbolic", 20, 1, "scalable/actions/shopcraft-listings-symbolic.svg" },
  };
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());

  gtk_icon_theme_add_resource_path (theme, "/io/github/shopcraft/Shopcraft/icons");
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GtkIconPaintable) icon = NULL;
      g_autoptr(GFile) file = NULL;
      g_autofree char *uri = NULL;
      g_autofree char *expected = NULL;

      icon = gtk_icon_theme_lookup_icon (theme, cases[i].name, NULL, cases[i].size,
                                         cases[i].scale, GTK_TEXT_DIR_LTR, 0);
      file = gtk_icon_paintable_get_file (icon);
      g_assert_nonnull (file);
      uri = g_file_get_uri (file);
      expected = g_strconcat ("resource:///io/github/shopcraft/Shopcraft/icons/", cases[i].path, NULL);
      g_assert_cmpstr (uri, ==, expected);
    }
}

static void
test_recovers_sessions (void)
{
  g_autofree char *dir = data_dir_new ("sessions");
  g_autofree char *course_dir = g_build_filename (g_getenv ("SHOPCRAFT_SOURCE_ROOT"), "data",
                                                  "courses", "ecommerce-operations", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) database = NULL;
  g_autoptr(ScCourse) course = NULL;
  g_autoptr(ScLearner) learner = NULL;
  g_autoptr(ScLearner) active = NULL;
  g_autofree char *registration = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *closed_at = NULL;
  ScLesson *lesson;

  course = sc_course_load (course_dir, NULL, &error);
  g_assert_no_error (error);
  lesson = g_ptr_array_index (sc_course_get_lessons (course), 0);

  /* A session a crash left open, its last heartbeat long ago. */
  database = sc_database_open_in_dir (dir, &error);
  g_assert_no_error (error);
  learner = sc_learner_ensure_default (database, &error);
  g_assert_no_error (error);
  g_assert_true (sc_progress_open_lesson (database, learner, course, lesson->id, &registration, &error));
  g_assert_no_error (error);
  sql = g_strdup_printf ("UPDATE reading_sessions SET started_at = '2020-01-06T09:00:00.000Z',"
                         " heartbeat_at = '2020-01-06T09:10:00.000Z', active_secs = 600"
                         " WHERE registration = '%s'", registration);
  g_assert_true (sc_database_exec (database, sql, &error));
  g_assert_no_error (error);
  g_assert_true (sc_database_close (database, &error));
  g_clear_pointer (&sql, g_free);

  active = run_app (dir, NULL, NULL, NULL);
  g_assert_cmpstr (active->uuid, ==, learner->uuid);

  sql = g_strdup_printf ("SELECT closed_at FROM reading_sessions WHERE registration = '%s'",
                         registration);
  closed_at = query_text (dir, sql);
  g_assert_nonnull (closed_at);
}

static int
query_search_int (const char *dir,
                  const char *sql)
{
  g_autofree char *text = query_file_text (dir, SC_SEARCH_STORE_FILE_NAME, sql);

  g_assert_nonnull (text);

  return atoi (text);
}

/* The first start indexes the course in the search store beside the
 * database (none of it in the database); the next finds it up to date. */
static void
test_search_index (void)
{
  g_autofree char *dir = data_dir_new ("search");
  g_autoptr(ScLearner) first = NULL;
  g_autoptr(ScLearner) second = NULL;
  g_autofree char *first_indexed = NULL;
  g_autofree char *second_indexed = NULL;
  int n_docs;

  first = run_app (dir, NULL, NULL, NULL);
  n_docs = query_search_int (dir, "SELECT count(*) FROM search_docs"
                                  " WHERE course_id = '" SC_COURSE_BUILTIN_ID "'");
  g_assert_cmpint (n_docs, >, 0);
  g_assert_cmpint (query_search_int (dir, "SELECT n_docs FROM search_index_state"
                                          " WHERE course_id = '" SC_COURSE_BUILTIN_ID "'"), ==, n_docs);
  g_assert_cmpint (query_search_int (dir, "SELECT count(*) FROM search_fts"
                                          " WHERE search_fts MATCH '\"margin\"'"), >, 0);
  first_indexed = query_file_text (dir, SC_SEARCH_STORE_FILE_NAME, "SELECT indexed_at FROM search_index_state");
  g_assert_nonnull (first_indexed);
  g_assert_cmpint (query_int (dir, "SELECT count(*) FROM sqlite_schema WHERE name GLOB 'search_*'"), ==, 0);

  /* The same course the next day: search is ready, nothing rewritten. */
  second = run_app (dir, NULL, NULL, NULL);
  second_indexed = query_file_text (dir, SC_SEARCH_STORE_FILE_NAME, "SELECT indexed_at FROM search_index_state");
  g_assert_cmpstr (second_indexed, ==, first_indexed);
  g_assert_cmpint (query_search_int (dir, "SELECT count(*) FROM search_docs"), ==, n_docs);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *course_dir = NULL;
  int status;

  if (!sc_test_init (&argc, &argv))
    {
      g_printerr ("test-startup: no display\n");
      return 77;
    }

  g_setenv ("LANGUAGE", "C", TRUE);
  course_dir = g_build_filename (g_getenv ("SHOPCRAFT_SOURCE_ROOT"), "data", "courses",
                                 "ecommerce-operations", NULL);
  g_setenv ("SHOPCRAFT_COURSE_DIR", course_dir, TRUE);
  sc_course_reader_init ();
  test_tmp_dir = sc_test_make_tmp_dir ();

  g_test_add_func ("/startup/first-frame-icons", test_first_frame_icons);
  g_test_add_func ("/startup/prerendered-icons", test_prerendered_icons);
  g_test_add_func ("/startup/recovers-sessions", test_recovers_sessions);
  g_test_add_func ("/startup/search-index", test_search_index);

  status = g_test_run ();

  sc_test_remove_tree (test_tmp_dir);
  g_free (test_tmp_dir);

  return status;
}
