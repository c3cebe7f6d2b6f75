/* bench-keystroke.c - a keystroke in the product page's title field, to its painted frame
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-keystroke --prepare DATA_DIR PRODUCTS
 *        bench-keystroke --page|--entry DATA_DIR POLICY.xml KEYS
 *        bench-keystroke --commit DATA_DIR COURSE_DIR COMMITS
 *
 * The subject and reference of tests/bench/cases/keystroke.py.
 * --prepare imports the generated PRODUCTS-product catalog
 * (bench-catalog.c) as the practice run "Keystroke bench" of the default
 * learner of a new database in DATA_DIR; it is not timed.
 *
 * --page opens a 1280×800 libadwaita window (the app's style sheet and
 * icons) with the real ScProductPage on the middle product of that run,
 * under the policy, and types KEYS characters at the end of its title
 * field after three warm-up keys; --entry types them into a bare
 * GtkEntry in the same window, the least a text field can be.
 *
 * Each key is typed in a frame-clock tick, at the start of a frame, so
 * no time is spent waiting for the clock; it takes the path a key press
 * takes once the input method commits it: gtk_editable_insert_text ()
 * on the field's GtkText at the cursor, the cursor moved past it, and
 * the "changed" handlers (the page's: the side column's previews and
 * lint) run inside it. Prints `key-us <µs> handle-us <µs>` per measured
 * key: from the tick to that frame's after-paint, and the part spent
 * inserting the text with its handlers. The typed text is taken out
 * again before quitting (typing alone never writes to the store).
 *
 * --commit opens the real Listings section (ScListingsPanel, with the
 * course in COURSE_DIR for its policy) on that run, opens the middle
 * product and commits COMMITS title edits with Enter, after one warm-up
 * commit: in one frame the new text is put in the field (not timed), in
 * the next Enter is pressed, and that frame is timed from its tick to
 * its after-paint, once the product page, its side column and the
 * list's row show the new title (checked after each commit). Prints
 * `commit-us <µs> handle-us <µs>` per measured commit. The title the
 * product had is committed again before quitting.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <adwaita.h>

#include "bench-catalog.h"
#include "sc-context.h"
#include "sc-course-problems.h"
#include "sc-course-reader.h"
#include "sc-database.h"
#include "sc-learner.h"
#include "sc-listing-row.h"
#include "sc-listings-panel.h"
#include "sc-policy.h"
#include "sc-product-page.h"
#include "sc-run.h"

#define RUN_NAME     "Keystroke bench"
#define WARM_UP_KEYS 3

static const char typed[] = " for everyday wear, soft and warm";

typedef struct
{
  GtkWidget     *window;
  GtkWidget     *content;
  GtkEditable   *text;       /* the field's GtkText */
  char          *original;   /* its text before typing */
  guint          keys;       /* measured keys asked for */
  guint          done;       /* keys so far, the warm-up included */
  gint64         start;
  gint64         handled;
  GApplication  *app;

  /* --commit */
  GtkWidget     *entry;      /* the title field's GtkEntry */
  gint64         product_id; /* the product edited */
  char          *expected;   /* the title just committed */
  gboolean       commit;     /* the next tick presses Enter; otherwise it types */
  gboolean       failed;
} Bench;

/* ---- --prepare ---- */

static int
prepare (const char *data_dir,
         guint       n_products)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) database = sc_database_open_in_dir (data_dir, &error);
  g_autoptr(ScLearner) learner = NULL;
  g_autoptr(ScCatalog) catalog = NULL;
  g_autoptr(ScRun) run = NULL;

  if (database != NULL)
    learner = sc_learner_ensure_default (database, &error);
  if (learner != NULL)
    {
      catalog = sc_bench_generate_catalog (n_products);
      run = sc_run_import_catalog (database, learner->id, RUN_NAME, catalog, NULL,
                                   "bench-catalog", &error);
    }
  if (run == NULL)
    {
      fprintf (stderr, "%s: %s\n", data_dir, error->message);
      return 1;
    }

  printf ("products %u variants %u\n", sc_catalog_get_n_products (catalog),
          sc_catalog_count_variants (catalog));
  return 0;
}

/* ---- typing ---- */

static void
type_key (Bench *bench)
{
  int position = gtk_editable_get_position (bench->text);
  char key[2] = { typed[bench->done % (G_N_ELEMENTS (typed) - 1)], '\0' };

  gtk_editable_insert_text (bench->text, key, 1, &position);
  gtk_editable_set_position (bench->text, position);
}

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       user_data)
{
  Bench *bench = user_data;

  bench->start = g_get_monotonic_time ();
  type_key (bench);
  bench->handled = g_get_monotonic_time ();

  return G_SOURCE_REMOVE;
}

static void
after_paint_cb (GdkFrameClock *clock,
                Bench         *bench)
{
  gint64 now = g_get_monotonic_time ();

  if (bench->start == 0)
    return;

  if (bench->done >= WARM_UP_KEYS)
    printf ("key-us %" G_GINT64_FORMAT " handle-us %" G_GINT64_FORMAT "\n",
            now - bench->start, bench->handled - bench->start);
  bench->start = 0;
  bench->done++;

  if (bench->done >= WARM_UP_KEYS + bench->keys)
    {
      g_signal_handlers_disconnect_by_func (clock, after_paint_cb, bench);
      gtk_editable_set_text (bench->text, bench->original);
      fflush (stdout);
      g_application_quit (bench->app);
      return;
    }

  gtk_widget_add_tick_callback (bench->window, tick_cb, bench, NULL);
}

/* ---- --commit ---- */

#define WARM_UP_COMMITS 1

static void commit_after_paint_cb (GdkFrameClock *clock,
                                   Bench         *bench);

/* The list's row of the edited product, as its model has it. */
static const char *
listed_title (Bench *bench)
{
  GtkWidget *view = NULL;
  g_autoptr(GListModel) model = NULL;
  GtkWidget *stack[64];
  guint depth = 0;

  /* The column view of the panel, depth first. */
  stack[depth++] = bench->content;
  while (depth > 0 && view == NULL)
    {
      GtkWidget *widget = stack[--depth];

      if (GTK_IS_COLUMN_VIEW (widget))
        view = widget;
      for (GtkWidget *child = gtk_widget_get_first_child (widget);
           child != NULL && depth < G_N_ELEMENTS (stack); child = gtk_widget_get_next_sibling (child))
        stack[depth++] = child;
    }
  if (view == NULL)
    return NULL;

  model = G_LIST_MODEL (g_object_ref (gtk_column_view_get_model (GTK_COLUMN_VIEW (view))));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(ScListingRow) row = g_list_model_get_item (model, i);

      if (sc_listing_row_get_id (row) == bench->product_id)
        return sc_listing_row_get_title (row);
    }

  return NULL;
}

static gboolean
commit_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  Bench *bench = user_data;

  if (!bench->commit)
    {
      /* This frame puts the new title in the field, untimed. */
      g_free (bench->expected);
      bench->expected = g_strdup_printf ("%s (edit %u)", bench->original, bench->done + 1);
      gtk_editable_set_text (GTK_EDITABLE (bench->entry), bench->expected);
      bench->commit = TRUE;
      return G_SOURCE_REMOVE;
    }

  bench->start = g_get_monotonic_time ();
  g_signal_emit_by_name (bench->entry, "activate");
  bench->handled = g_get_monotonic_time ();

  return G_SOURCE_REMOVE;
}

static void
commit_finish (Bench *bench)
{
  g_signal_handlers_disconnect_by_func (gtk_widget_get_frame_clock (bench->window),
                                        commit_after_paint_cb, bench);
  /* The store as it was, for the next process. */
  gtk_editable_set_text (GTK_EDITABLE (bench->entry), bench->original);
  g_signal_emit_by_name (bench->entry, "activate");
  fflush (stdout);
  g_application_quit (bench->app);
}

static void
commit_after_paint_cb (GdkFrameClock *clock,
                       Bench         *bench)
{
  gint64 now = g_get_monotonic_time ();

  if (bench->start == 0)
    {
      /* The typing frame is painted: Enter in the next. */
      if (bench->commit)
        gtk_widget_add_tick_callback (bench->window, commit_tick_cb, bench, NULL);
      return;
    }

  if (g_strcmp0 (listed_title (bench), bench->expected) != 0)
    {
      fprintf (stderr, "after Enter the list shows “%s”, not “%s”\n",
               listed_title (bench), bench->expected);
      bench->failed = TRUE;
      commit_finish (bench);
      return;
    }

  if (bench->done >= WARM_UP_COMMITS)
    printf ("commit-us %" G_GINT64_FORMAT " handle-us %" G_GINT64_FORMAT "\n",
            now - bench->start, bench->handled - bench->start);
  bench->start = 0;
  bench->commit = FALSE;
  bench->done++;

  if (bench->done >= WARM_UP_COMMITS + bench->keys)
    {
      commit_finish (bench);
      return;
    }

  gtk_widget_add_tick_callback (bench->window, commit_tick_cb, bench, NULL);
}

/* The product page's title entry: the entry under the "Title" label. */
static GtkWidget *
find_title_entry (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "sc-field-label") &&
      g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), "Title") == 0 &&
      gtk_widget_get_next_sibling (widget) != NULL)
    for (GtkWidget *child = gtk_widget_get_first_child (gtk_widget_get_next_sibling (widget));
         child != NULL; child = gtk_widget_get_next_sibling (child))
      if (GTK_IS_ENTRY (child))
        return child;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_title_entry (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Two frames after the map, so the first layout of the page is done. */
static gboolean
start_cb (GtkWidget     *widget,
          GdkFrameClock *clock,
          gpointer       user_data)
{
  Bench *bench = user_data;
  GtkWidget *entry;

  if (gdk_frame_clock_get_frame_counter (clock) < 2)
    return G_SOURCE_CONTINUE;

  if (SC_IS_LISTINGS_PANEL (bench->content))
    {
      GtkWidget *page = sc_listings_panel_get_product_page (SC_LISTINGS_PANEL (bench->content));

      /* The list is shown: open the product, and go on when it is laid out. */
      if (page == NULL)
        {
          if (sc_listings_panel_open_product (SC_LISTINGS_PANEL (bench->content),
                                              bench->product_id) == NULL)
            {
              fprintf (stderr, "the Listings section shows no store\n");
              bench->failed = TRUE;
              g_application_quit (bench->app);
              return G_SOURCE_REMOVE;
            }
          return G_SOURCE_CONTINUE;
        }
      if (!gtk_widget_get_mapped (page))
        return G_SOURCE_CONTINUE;

      bench->entry = find_title_entry (page);
      if (bench->entry == NULL)
        {
          fprintf (stderr, "the product page has no Title field\n");
          bench->failed = TRUE;
          g_application_quit (bench->app);
          return G_SOURCE_REMOVE;
        }
      gtk_widget_grab_focus (bench->entry);
      bench->original = g_strdup (gtk_editable_get_text (GTK_EDITABLE (bench->entry)));
      g_signal_connect (clock, "after-paint", G_CALLBACK (commit_after_paint_cb), bench);
      gtk_widget_add_tick_callback (bench->window, commit_tick_cb, bench, NULL);
      return G_SOURCE_REMOVE;
    }

  entry = GTK_IS_ENTRY (bench->content) ? bench->content : find_title_entry (bench->content);

  if (entry == NULL)
    {
      fprintf (stderr, "the product page has no Title field\n");
      g_application_quit (bench->app);
      return G_SOURCE_REMOVE;
    }

  gtk_widget_grab_focus (entry);
  bench->text = GTK_EDITABLE (gtk_editable_get_delegate (GTK_EDITABLE (entry)));
  bench->original = g_strdup (gtk_editable_get_text (bench->text));
  gtk_editable_set_position (bench->text, -1);

  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), bench);
  gtk_widget_add_tick_callback (bench->window, tick_cb, bench, NULL);

  return G_SOURCE_REMOVE;
}

static void
map_cb (GtkWidget *window,
        Bench     *bench)
{
  gtk_widget_add_tick_callback (window, start_cb, bench, NULL);
}

static void
activate_cb (GApplication *app,
             Bench        *bench)
{
  bench->window = adw_application_window_new (GTK_APPLICATION (app));
  gtk_window_set_default_size (GTK_WINDOW (bench->window), 1280, 800);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (bench->window), bench->content);
  g_signal_connect_after (bench->window, "map", G_CALLBACK (map_cb), bench);
  gtk_window_present (GTK_WINDOW (bench->window));
}

static ScPolicy *
load_policy (const char *path)
{
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *xml = NULL;
  gsize length = 0;
  ScPolicy *policy;

  if (!g_file_get_contents (path, &xml, &length, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return NULL;
    }
  policy = sc_policy_parse (xml, length, path, problems);
  if (policy == NULL)
    {
      g_auto(GStrv) lines = sc_course_problems_to_strv (problems);

      fprintf (stderr, "%s\n", lines[0] != NULL ? lines[0] : path);
    }

  return policy;
}

/* The middle product of the prepared run, in a product page. */
/* The run --prepare made in @data_dir, with its database, learner and
 * catalog; FALSE after saying what is missing. */
static gboolean
load_prepared (const char   *data_dir,
               ScDatabase  **out_database,
               ScLearner   **out_learner,
               ScRun       **out_run,
               ScCatalog   **out_catalog)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) database = sc_database_open_in_dir (data_dir, &error);
  g_autoptr(ScLearner) learner = NULL;
  g_autoptr(ScRun) run = NULL;
  g_autoptr(ScCatalog) catalog = NULL;

  if (database != NULL)
    learner = sc_learner_ensure_default (database, &error);
  if (learner != NULL)
    run = sc_run_lookup (database, learner->id, RUN_NAME, &error);
  if (run != NULL)
    catalog = sc_run_load_catalog (sc_database_get_handle (database), run, &error);
  if (catalog == NULL)
    {
      fprintf (stderr, "%s: %s; prepare it with --prepare\n", data_dir, error->message);
      return FALSE;
    }

  *out_database = g_steal_pointer (&database);
  *out_learner = g_steal_pointer (&learner);
  *out_run = g_steal_pointer (&run);
  *out_catalog = g_steal_pointer (&catalog);

  return TRUE;
}

static GtkWidget *
open_page (const char      *data_dir,
           const ScPolicy  *policy,
           ScContext      **out_context)
{
  g_autoptr(ScDatabase) database = NULL;
  g_autoptr(ScLearner) learner = NULL;
  g_autoptr(ScRun) run = NULL;
  g_autoptr(ScCatalog) catalog = NULL;
  ScCatalogProduct *middle;

  if (!load_prepared (data_dir, &database, &learner, &run, &catalog))
    return NULL;

  middle = sc_catalog_get_product (catalog, sc_catalog_get_n_products (catalog) / 2);
  *out_context = sc_context_new (database, NULL);

  return sc_product_page_new (*out_context, run, policy, middle->id);
}

/* The Listings section on the prepared run, with the course for its
 * policy; @out_product_id is the middle product's. */
static GtkWidget *
open_listings (const char  *data_dir,
               const char  *course_dir,
               ScContext  **out_context,
               gint64      *out_product_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(ScDatabase) database = NULL;
  g_autoptr(ScLearner) learner = NULL;
  g_autoptr(ScRun) run = NULL;
  g_autoptr(ScCatalog) catalog = NULL;
  g_autoptr(ScCourse) course = NULL;
  GtkWidget *panel;

  if (!load_prepared (data_dir, &database, &learner, &run, &catalog))
    return NULL;
  sc_course_reader_init ();
  course = sc_course_load (course_dir, problems, &error);
  if (course == NULL)
    {
      fprintf (stderr, "%s: the course does not load: %s\n", course_dir,
               error != NULL ? error->message : "see shopcraft --validate-course");
      return NULL;
    }

  *out_product_id = sc_catalog_get_product (catalog, sc_catalog_get_n_products (catalog) / 2)->id;
  *out_context = sc_context_new (database, NULL);
  sc_context_set_course (*out_context, course);
  sc_context_set_learner (*out_context, learner);
  panel = sc_listings_panel_new ();
  sc_panel_set_context (SC_PANEL (panel), *out_context);

  return panel;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;
  g_autoptr(ScPolicy) policy = NULL;
  g_autoptr(ScContext) context = NULL;
  Bench bench = { NULL, };
  guint64 number = 0;
  int status;

  if (argc == 4 && strcmp (argv[1], "--prepare") == 0 &&
      g_ascii_string_to_unsigned (argv[3], 10, 1, 1000000, &number, NULL))
    return prepare (argv[2], (guint) number);

  if (argc != 5 ||
      (strcmp (argv[1], "--page") != 0 && strcmp (argv[1], "--entry") != 0 &&
       strcmp (argv[1], "--commit") != 0) ||
      !g_ascii_string_to_unsigned (argv[4], 10, 1, 10000, &number, NULL))
    {
      fprintf (stderr, "usage: %s --prepare DATA_DIR PRODUCTS\n"
               "       %s --page|--entry DATA_DIR POLICY.xml KEYS\n"
               "       %s --commit DATA_DIR COURSE_DIR COMMITS\n", argv[0], argv[0], argv[0]);
      return 2;
    }
  bench.keys = (guint) number;

  /* The app's resource base, so its style sheet and icons load as in the app. */
  app = g_object_new (ADW_TYPE_APPLICATION,
                      "application-id", "io.github.shopcraft.BenchKeystroke",
                      "flags", G_APPLICATION_NON_UNIQUE,
                      "resource-base-path", RESOURCE_BASE_PATH,
                      NULL);
  bench.app = G_APPLICATION (app);

  /* Widgets need GTK initialised: register the application first. */
  if (!g_application_register (bench.app, NULL, NULL))
    return 1;
  adw_init ();

  if (strcmp (argv[1], "--page") == 0)
    {
      policy = load_policy (argv[3]);
      if (policy == NULL)
        return 1;
      bench.content = open_page (argv[2], policy, &context);
      if (bench.content == NULL)
        return 1;
    }
  else if (strcmp (argv[1], "--commit") == 0)
    {
      bench.content = open_listings (argv[2], argv[3], &context, &bench.product_id);
      if (bench.content == NULL)
        return 1;
    }
  else
    {
      bench.content = gtk_entry_new ();
      gtk_widget_set_valign (bench.content, GTK_ALIGN_START);
      gtk_widget_set_margin_top (bench.content, 24);
      gtk_widget_set_margin_start (bench.content, 24);
      gtk_widget_set_margin_end (bench.content, 24);
      gtk_editable_set_text (GTK_EDITABLE (bench.content), "Merino Wool Crew Neck Sweater");
    }
  g_object_ref_sink (bench.content);

  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), &bench);
  status = g_application_run (G_APPLICATION (app), 1, argv);

  g_object_unref (bench.content);
  g_free (bench.original);
  g_free (bench.expected);

  if (status != 0 || bench.failed)
    return 1;
  if (strcmp (argv[1], "--commit") == 0)
    return bench.done >= WARM_UP_COMMITS + bench.keys ? 0 : 1;

  return bench.done >= WARM_UP_KEYS + bench.keys ? 0 : 1;
}
