/* bench-order-queue.c - the Orders section on a busy store, to its first painted frame
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-order-queue --queue|--step|--label COURSE_DIR ORDERS OPENS
 *
 * The subject, peer and reference of tests/bench/cases/order_queue.py.
 * First, untimed, COURSE_DIR is copied into a temporary folder with one
 * more scenario, a week of a busy store: ORDERS orders of the built-in
 * candle shop (its Hearth & Wick catalog) in every payment and fulfilment
 * state, placed over the last four days, some shipped and some on hold.
 * A new database gets a learner, and the Orders section (ScOrdersPanel)
 * opens the store once, as the app does from a practice card: the run is
 * created and its shop written.
 *
 * Then a 1280×800 libadwaita window (the app's style sheet) shows, in
 * turn, an empty page and the measured page, OPENS times after one
 * warm-up showing:
 *
 * --queue  opens the store again, as a learner coming back to it: every
 *          order read from the database, the queue's rows made, sorted
 *          by deadline and shown;
 * --step   fulfils one more paid order from its page, as a learner's
 *          click does: one action written with its stock moves and its
 *          changeset for undo, every order read again, the queue and the
 *          order's page redone;
 * --label  shows the words of the queue's rows (order, placed, customer,
 *          total, payment, fulfilment, deadline, risk) in a bare
 *          GtkListView, one label a row, the least a list of them can be.
 *
 * Each showing is timed by bench-frames.c, from a frame-clock tick to that
 * frame's after-paint, and printed as `open-us <µs> build-us <µs>
 * layout-us <µs>`.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "bench-frames.h"
#include "sc-context.h"
#include "sc-course-reader.h"
#include "sc-database.h"
#include "sc-order-page.h"
#include "sc-order-row.h"
#include "sc-orders-panel.h"
#include "sc-run-orders.h"
#include "sc-scenario-run.h"

#define SCENARIO "bench-queue"

typedef enum
{
  MODE_QUEUE,
  MODE_STEP,
  MODE_LABEL,
} Mode;

typedef struct
{
  BenchFrames    frames;
  Mode           mode;
  ScOrdersPanel *panel;     /* --queue, --step */
  GtkStringList *rows;      /* --label: the list's model */
  GStrv          lines;     /* --label: the words of each order's row */
  ScContext     *context;
  guint          n_orders;
  guint          next;      /* --step: the next order to fulfil */
} Bench;

static const char * const skus[] = {
  "HW-BEES-S", "HW-BEES-L", "HW-FIG-220", "HW-FIG-400",
  "HW-LAV-220", "HW-TEA-24", "HW-TAPER-IVY", "HW-TAPER-SAGE",
};

static void
fail (const char   *what,
      const GError *error)
{
  fprintf (stderr, "bench-order-queue: %s: %s\n", what, error != NULL ? error->message : "failed");
  exit (1);
}

static void
copy_tree (const char *from,
           const char *to)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (from, 0, &error);
  const char *name;

  if (dir == NULL)
    fail ("reading the course", error);
  if (g_mkdir_with_parents (to, 0700) != 0)
    fail ("copying the course", NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *source = g_build_filename (from, name, NULL);
      g_autofree char *target = g_build_filename (to, name, NULL);
      g_autofree char *bytes = NULL;
      gsize length;

      if (g_file_test (source, G_FILE_TEST_IS_DIR))
        {
          copy_tree (source, target);
          continue;
        }
      if (!g_file_get_contents (source, &bytes, &length, &error) ||
          !g_file_set_contents (target, bytes, length, &error))
        fail ("copying the course", error);
    }
}

/* Order i of the busy week. Every fourth is paid and waiting, the ones
 * --step fulfils; the others are shipped, unpaid, authorized or held. */
static void
append_order (GString *xml,
              guint    i)
{
  const char *payment = i % 4 == 1 ? "authorize" : i % 4 == 2 ? "manual" : "automatic";

  g_string_append_printf (xml,
                          "    <order name=\"#%u\" customer=\"Customer %u\" placed=\"-%uh%um\" "
                          "payment=\"%s\">\n"
                          "      <line sku=\"%s\" quantity=\"%u\"/>\n"
                          "      <line sku=\"%s\" quantity=\"1\"/>\n"
                          "      <shipping>4.90</shipping>\n",
                          10000 + i, i + 1, 1 + i % 95, i % 60, payment,
                          skus[i % G_N_ELEMENTS (skus)], 1 + i % 3,
                          skus[(i + 1 + (i / 8) % 7) % G_N_ELEMENTS (skus)]);
  if (i % 4 == 3)
    g_string_append_printf (xml,
                            "      <history>\n"
                            "        <fulfil at=\"-%um\" carrier=\"DHL\" tracking=\"0034043416%010u\"/>\n"
                            "      </history>\n", 1 + i % 59, i);
  else if (i % 8 == 2)
    g_string_append (xml,
                     "      <history>\n"
                     "        <hold reason=\"customer-request\" at=\"-1m\"/>\n"
                     "      </history>\n");
  g_string_append (xml, "    </order>\n");
}

static void
write_scenario (const char *course_dir,
                guint       n_orders)
{
  g_autoptr(GString) xml = g_string_new (NULL);
  g_autofree char *path = g_build_filename (course_dir, "scenarios", SCENARIO ".xml", NULL);
  g_autoptr(GError) error = NULL;

  g_string_append (xml,
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<scenario id=\"" SCENARIO "\" policy=\"general-marketplace\">\n"
                   "  <title>A busy week</title>\n"
                   "  <store currency=\"EUR\" catalog=\"scenarios/hearth-and-wick.csv\" "
                   "format=\"shopify\"/>\n"
                   "  <orders>\n");
  for (guint i = 0; i < n_orders; i++)
    append_order (xml, i);
  g_string_append (xml, "  </orders>\n  <stock>\n");
  for (guint i = 0; i < G_N_ELEMENTS (skus); i++)
    g_string_append_printf (xml, "    <item sku=\"%s\" available=\"1000000\"/>\n", skus[i]);
  g_string_append (xml,
                   "  </stock>\n"
                   "  <goals>\n"
                   "    <goal id=\"tracked\" type=\"shipments-tracked\"/>\n"
                   "  </goals>\n"
                   "</scenario>\n");
  if (!g_file_set_contents (path, xml->str, xml->len, &error))
    fail ("writing the scenario", error);
}

/* The words of the queue's columns, as its rows show them, a line an
 * order. */
static GStrv
queue_words (ScDatabase      *database,
             const ScLearner *learner)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScRun) run = sc_scenario_lookup_open_run (database, learner->id, SCENARIO, &error);
  g_autoptr(GPtrArray) orders = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  g_autoptr(GStrvBuilder) lines = g_strv_builder_new ();

  if (run == NULL)
    fail ("finding the store", error);
  orders = sc_run_load_orders (sc_database_get_handle (database), run, &error);
  if (orders == NULL)
    fail ("reading the orders", error);
  for (guint i = 0; i < orders->len; i++)
    {
      const ScOrder *order = g_ptr_array_index (orders, i);
      g_autofree char *placed = sc_order_describe_time (order->placed_at);
      g_autofree char *total = NULL;
      ScMoney sum;
      g_autofree char *payment = sc_order_describe_financial (order, now);
      g_autofree char *fulfilment = sc_order_describe_fulfilment (order);
      g_autofree char *deadline = sc_order_describe_deadline (order, now);
      g_autofree char *line = NULL;

      if (!sc_order_get_total (order, &sum, &error))
        fail ("adding up an order", error);
      total = sc_order_describe_money (order, sum.minor);
      line = g_strdup_printf ("%s  Open  %s  %s  %s  %s  %s  %s  %s", order->name, placed,
                              order->customer, total, payment, fulfilment, deadline,
                              sc_order_describe_risk (sc_order_get_risk_level (order)));
      g_strv_builder_add (lines, line);
    }

  return g_strv_builder_end (lines);
}

/* --step: the next paid order still to ship, fulfilled from its page. */
static void
step (Bench *bench)
{
  ScOrderRequest fulfil = { .action = SC_ORDER_ACTION_FULFIL, .carrier = "DHL", .tracking = "JD014600" };

  for (; bench->next < bench->n_orders; bench->next++)
    {
      g_autofree char *name = NULL;
      GtkWidget *page;

      if (bench->next % 4 != 0)
        continue;
      name = g_strdup_printf ("#%u", 10000 + bench->next++);
      page = sc_orders_panel_open_order (bench->panel, name);
      if (page == NULL)
        fail ("opening an order", NULL);
      g_signal_emit_by_name (page, "request", &fulfil);
      return;
    }
  fail ("finding an order to fulfil: ask for fewer openings or more orders", NULL);
}

static void
show (gpointer data,
      gboolean shown)
{
  Bench *bench = data;

  switch (bench->mode)
    {
    case MODE_QUEUE:
      gtk_widget_set_visible (GTK_WIDGET (bench->panel), shown);
      if (shown && !sc_orders_panel_open_practice (bench->panel, SCENARIO, NULL))
        fail ("opening the store", NULL);
      break;
    case MODE_STEP:
      gtk_widget_set_visible (GTK_WIDGET (bench->panel), shown);
      if (shown)
        step (bench);
      else
        gtk_widget_activate_action (GTK_WIDGET (bench->panel), "orders.back", NULL);
      break;
    case MODE_LABEL:
    default:
      if (shown)
        gtk_string_list_splice (bench->rows, 0, 0, (const char * const *) bench->lines);
      else
        gtk_string_list_splice (bench->rows, 0, g_list_model_get_n_items (G_LIST_MODEL (bench->rows)),
                                NULL);
      break;
    }
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_top (label, 8);
  gtk_widget_set_margin_bottom (label, 8);
  gtk_list_item_set_child (item, label);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item)
{
  GtkStringObject *words = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), gtk_string_object_get_string (words));
}

/* --label: a list view of one label a row, each with the words of an
 * order's row, in a model filled and emptied for each showing. */
static GtkWidget *
label_page (Bench *bench)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkStringList *rows = gtk_string_list_new (NULL);
  GtkNoSelection *selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (rows)));
  GtkWidget *view;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  bench->rows = rows;
  view = gtk_list_view_new (GTK_SELECTION_MODEL (selection), factory);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), view);

  return scroller;
}

static void
activate_cb (GApplication *app,
             Bench        *bench)
{
  GtkWidget *content;

  bench->frames.window = adw_application_window_new (GTK_APPLICATION (app));
  gtk_window_set_default_size (GTK_WINDOW (bench->frames.window), 1280, 800);

  if (bench->mode == MODE_LABEL)
    {
      /* The store made as the panel makes it, for its words. */
      g_autoptr(GtkWidget) maker = g_object_ref_sink (sc_orders_panel_new ());

      sc_panel_set_context (SC_PANEL (maker), bench->context);
      if (!sc_orders_panel_open_practice (SC_ORDERS_PANEL (maker), SCENARIO, NULL))
        fail ("starting the store", NULL);
      bench->lines = queue_words (sc_context_get_database (bench->context),
                                  sc_context_get_learner (bench->context));
      content = label_page (bench);
    }
  else
    {
      content = sc_orders_panel_new ();
      bench->panel = SC_ORDERS_PANEL (content);
      sc_panel_set_context (SC_PANEL (content), bench->context);
      /* The store made once, untimed, as the first practice card press
       * makes it. */
      if (!sc_orders_panel_open_practice (bench->panel, SCENARIO, NULL))
        fail ("starting the store", NULL);
      gtk_widget_set_visible (content, FALSE);
    }

  adw_application_window_set_content (ADW_APPLICATION_WINDOW (bench->frames.window), content);
  bench_frames_run_when_mapped (&bench->frames);
  gtk_window_present (GTK_WINDOW (bench->frames.window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;
  g_autoptr(ScCourseProblems) problems = NULL;
  g_autoptr(ScCourse) course = NULL;
  g_autoptr(ScDatabase) database = NULL;
  g_autoptr(ScLearner) learner = NULL;
  g_autoptr(ScContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *course_dir = NULL;
  Bench bench = { { NULL, }, };
  guint64 n_orders;
  guint64 opens;
  int status;

  if (argc != 5 || !g_ascii_string_to_unsigned (argv[3], 10, 8, 100000, &n_orders, NULL) ||
      !g_ascii_string_to_unsigned (argv[4], 10, 1, 1000, &opens, NULL))
    goto usage;
  if (strcmp (argv[1], "--queue") == 0)
    bench.mode = MODE_QUEUE;
  else if (strcmp (argv[1], "--step") == 0)
    bench.mode = MODE_STEP;
  else if (strcmp (argv[1], "--label") == 0)
    bench.mode = MODE_LABEL;
  else
    goto usage;

  dir = g_dir_make_tmp ("shopcraft-bench-orders-XXXXXX", &error);
  if (dir == NULL)
    fail ("making a data folder", error);
  course_dir = g_build_filename (dir, "course", NULL);
  copy_tree (argv[2], course_dir);
  write_scenario (course_dir, (guint) n_orders);

  sc_course_reader_init ();
  problems = sc_course_problems_new ();
  course = sc_course_load (course_dir, problems, &error);
  if (course == NULL)
    {
      fprintf (stderr, "%s: the course does not load (%u problems); check it with "
               "shopcraft --validate-course\n", argv[2], sc_course_problems_get_len (problems));
      return 1;
    }

  database = sc_database_open_in_dir (dir, &error);
  if (database == NULL)
    fail ("opening the database", error);
  learner = sc_learner_ensure_default (database, &error);
  if (learner == NULL)
    fail ("making the learner", error);

  context = sc_context_new (database, NULL);
  sc_context_set_course (context, course);
  sc_context_set_learner (context, learner);
  bench.context = context;
  bench.n_orders = (guint) n_orders;
  bench.frames.opens = (guint) opens;
  bench.frames.show = show;
  bench.frames.data = &bench;

  /* The app's resource base, so its style sheet and icons load as in the app. */
  app = g_object_new (ADW_TYPE_APPLICATION,
                      "application-id", "io.github.shopcraft.BenchOrderQueue",
                      "flags", G_APPLICATION_NON_UNIQUE,
                      "resource-base-path", RESOURCE_BASE_PATH,
                      NULL);
  bench.frames.app = G_APPLICATION (app);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), &bench);

  status = g_application_run (G_APPLICATION (app), 1, argv);

  g_strfreev (bench.lines);
  g_clear_object (&bench.rows);
  g_clear_object (&context);
  g_clear_object (&database);
  bench_remove_tree (dir);

  return status != 0 ? status : (bench.frames.done > bench.frames.opens ? 0 : 1);

usage:
  fprintf (stderr, "usage: %s --queue|--step|--label COURSE_DIR ORDERS OPENS\n", argv[0]);
  return 2;
}
