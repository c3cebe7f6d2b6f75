/* sc-command-catalog.c - --import-catalog, --export-catalog and --dump-run
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Practice stores from the command line, with no display:
 *
 *   shopcraft --import-catalog FILE [--run NAME] [--format shopify|woocommerce]
 *   shopcraft --export-catalog RUN FILE --format shopify|woocommerce [--header-set legacy|2025]
 *   shopcraft --dump-run RUN
 *
 * Runs belong to the learner --learner names (made if there is none,
 * for an import), or to the usual learner. An import prints what came in
 * on stdout and every problem of the file as FILE:ROW: message on
 * stderr, and succeeds when the file could be read; a failure is one
 * line on stderr and exit status 2.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sc-catalog-file.h"
#include "sc-command-catalog.h"
#include "sc-command-util.h"
#include "sc-command-line.h"
#include "sc-database.h"
#include "sc-learner.h"
#include "sc-run-orders.h"
#include "sc-run.h"
#include "sc-scenario.h"

/* FILE of --export-catalog RUN FILE arrives as a remaining argument,
 * under the options' "" key: sc-command-line.c registers the
 * application's one G_OPTION_REMAINING entry. */
static const GOptionEntry entries[] = {
  { "import-catalog", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Import the Shopify or WooCommerce product file FILE into a new practice run, print what came in and every problem, and exit"),
    N_("FILE") },
  { "export-catalog", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Write the products of the practice run RUN to the file named after it (--export-catalog RUN FILE) and exit"),
    N_("RUN") },
  { "dump-run", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Print the store of the practice run RUN as canonical, sorted text and exit"), N_("RUN") },
  { "run", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --import-catalog or --start-scenario: the practice run’s name (the file’s name, or the scenario’s title, otherwise)"), N_("NAME") },
  { "format", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("The product file’s platform, shopify or woocommerce (told from its header when importing)"),
    N_("PLATFORM") },
  { "header-set", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export-catalog --format shopify: Shopify’s column names, legacy or 2025 (the imported file’s, or 2025)"),
    N_("SET") },
  { "currency", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --import-catalog: the store’s currency as an ISO 4217 code (USD when not given)"), N_("CODE") },
  { NULL }
};

static const char * const commands[] = { "import-catalog", "export-catalog", "dump-run", NULL };

const GOptionEntry *
sc_command_catalog_get_entries (void)
{
  return entries;
}

/* The options that make a batch command of the call: see
 * sc_command_line_is_batch (). */
const char * const *
sc_command_catalog_get_commands (void)
{
  return commands;
}

static ScRun *
find_run (ScDatabase       *database,
          const ScLearner  *learner,
          const char       *name,
          GError          **error)
{
  g_autoptr(GError) local_error = NULL;
  ScRun *run = sc_run_lookup (database, learner->id, name, &local_error);

  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else if (run == NULL)
    g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                 _("%s has no practice run called “%s”. Import one first with --import-catalog FILE --run “%s”."),
                 learner->display_name, name, name);

  return run;
}

static gboolean
lookup_format (GVariantDict     *options,
               ScCatalogFormat  *out_format,
               GError          **error)
{
  const char *text = NULL;

  *out_format = SC_CATALOG_FORMAT_AUTO;
  if (!g_variant_dict_lookup (options, "format", "&s", &text))
    return TRUE;
  if (sc_catalog_format_from_string (text, out_format))
    return TRUE;

  g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
               _("--format %s is not a platform Shopcraft knows; use --format shopify or --format woocommerce."),
               text);

  return FALSE;
}

static int
run_import (ScDatabase   *database,
            GVariantDict *options,
            const char   *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScLearner) learner = NULL;
  g_autoptr(ScCatalogProblems) problems = NULL;
  g_autoptr(ScCatalog) catalog = NULL;
  g_autoptr(ScRun) run = NULL;
  g_autofree char *display_name = g_filename_display_name (file);
  g_autofree char *base = g_path_get_basename (file);
  g_autofree char *source = NULL;
  g_autofree char *name = NULL;
  const ScCurrency *currency = NULL;
  const char *run_name = NULL;
  const char *currency_code = NULL;
  ScCatalogFormat format;

  if (!lookup_format (options, &format, &error))
    return sc_command_fail_error (error);

  if (g_variant_dict_lookup (options, "currency", "&s", &currency_code))
    {
      g_autofree char *upper = g_ascii_strup (currency_code, -1);

      currency = sc_currency_lookup (upper);
      if (currency == NULL)
        {
          g_autofree char *message = g_strdup_printf (_("--currency %s is not an ISO 4217 currency code; use one such as USD, EUR or GBP."),
                                                      currency_code);

          return sc_command_fail (message);
        }
    }

  learner = sc_command_line_choose_learner (database, options, TRUE, &error);
  if (learner == NULL)
    return sc_command_fail_error (error);

  problems = sc_catalog_problems_new (display_name);
  catalog = sc_catalog_file_import (file, display_name, format, currency, problems, &source, &error);
  if (catalog == NULL)
    return sc_command_fail_error (error);

  if (g_variant_dict_lookup (options, "run", "&s", &run_name))
    name = g_strdup (run_name);
  else
    {
      char *dot = strrchr (base, '.');

      if (dot != NULL && dot != base)
        *dot = '\0';
      name = sc_run_make_name (database, learner->id, base, &error);
      if (name == NULL)
        return sc_command_fail_error (error);
    }

  run = sc_run_import_catalog (database, learner->id, name, catalog, source, display_name, &error);
  if (run == NULL)
    return sc_command_fail_error (error);

  g_print (_("Imported %s into the practice run “%s” of %s: %u products, %u variants, %u images, %u problems.\n"),
           display_name, run->name, learner->display_name,
           sc_catalog_get_n_products (catalog), sc_catalog_count_variants (catalog),
           sc_catalog_count_images (catalog), sc_catalog_problems_get_n_items (problems));

  for (guint i = 0; i < sc_catalog_problems_get_n_items (problems); i++)
    {
      g_autofree char *line = sc_catalog_problems_format (problems, i);

      g_printerr ("%s\n", line);
    }

  return 0;
}

static int
run_export (ScDatabase   *database,
            GVariantDict *options,
            const char   *run_name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScLearner) learner = NULL;
  g_autoptr(ScRun) run = NULL;
  g_autoptr(ScCatalog) catalog = NULL;
  g_autofree const char **files = NULL;
  g_autofree char *display_name = NULL;
  ScShopifyHeaderSet set = SC_SHOPIFY_HEADER_SET_DEFAULT;
  const char *set_text = NULL;
  ScCatalogFormat format;

  if (!g_variant_dict_lookup (options, "", "^a&ay", &files) || files[0] == NULL)
    return sc_command_fail (_("--export-catalog needs the run and the file to write: --export-catalog RUN FILE --format shopify."));
  if (files[1] != NULL)
    return sc_command_fail (_("--export-catalog writes one file: give --export-catalog RUN FILE once, with nothing after FILE."));

  if (!lookup_format (options, &format, &error))
    return sc_command_fail_error (error);
  if (format == SC_CATALOG_FORMAT_AUTO)
    return sc_command_fail (_("--export-catalog needs the platform to write for: add --format shopify or --format woocommerce."));

  learner = sc_command_line_choose_learner (database, options, FALSE, &error);
  if (learner == NULL)
    return sc_command_fail_error (error);

  run = find_run (database, learner, run_name, &error);
  if (run == NULL)
    return sc_command_fail_error (error);

  /* The imported file's column names, unless told otherwise. */
  if (g_strcmp0 (run->source_format, SC_CATALOG_SOURCE_SHOPIFY_LEGACY) == 0)
    set = SC_SHOPIFY_HEADER_SET_LEGACY;
  if (g_variant_dict_lookup (options, "header-set", "&s", &set_text) &&
      !sc_shopify_header_set_from_string (set_text, &set))
    {
      g_autofree char *message = g_strdup_printf (_("--header-set %s is not one of Shopify’s column sets; use --header-set legacy or --header-set 2025."),
                                                  set_text);

      return sc_command_fail (message);
    }

  catalog = sc_run_load_catalog (sc_database_get_handle (database), run, &error);
  if (catalog == NULL || !sc_catalog_file_export (catalog, files[0], format, set, &error))
    return sc_command_fail_error (error);

  display_name = g_filename_display_name (files[0]);
  g_print (_("Exported the practice run “%s” to %s: %u products, %u variants, %u images.\n"),
           run->name, display_name, sc_catalog_get_n_products (catalog),
           sc_catalog_count_variants (catalog), sc_catalog_count_images (catalog));

  return 0;
}

static int
run_dump (ScDatabase   *database,
          GVariantDict *options,
          const char   *run_name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScLearner) learner = NULL;
  g_autoptr(ScRun) run = NULL;
  g_autoptr(GPtrArray) orders = NULL;
  g_autoptr(ScInventory) stock = NULL;
  g_autofree char *dump = NULL;

  learner = sc_command_line_choose_learner (database, options, FALSE, &error);
  if (learner == NULL)
    return sc_command_fail_error (error);

  run = find_run (database, learner, run_name, &error);
  if (run == NULL)
    return sc_command_fail_error (error);

  dump = sc_run_dump (sc_database_get_handle (database), run, &error);
  if (dump == NULL)
    return sc_command_fail_error (error);
  g_print ("%s", dump);

  /* The order queue and the stock sheet, when the store has them. */
  orders = sc_run_load_orders (sc_database_get_handle (database), run, &error);
  stock = orders != NULL ? sc_run_load_inventory (sc_database_get_handle (database), run, &error)
                         : NULL;
  if (stock == NULL)
    return sc_command_fail_error (error);
  if (orders->len > 0 || sc_inventory_get_n_items (stock) > 0)
    {
      g_autofree char *shop = sc_scenario_dump_shop (orders, stock);

      g_print ("\n%s", shop);
    }

  return 0;
}

/**
 * sc_command_catalog_run:
 * @data_dir: (nullable): the folder given with --data-dir
 *
 * Returns: the exit status, or -1 when @options hold none of this
 *   file's commands
 */
int
sc_command_catalog_run (GVariantDict *options,
                        const char   *data_dir)
{
  g_autoptr(ScDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  const char *import_file = NULL;
  const char *export_run = NULL;
  const char *dump_run = NULL;
  int status;

  status = sc_command_choose (options, commands);
  if (status != 1)
    return status;

  g_variant_dict_lookup (options, "import-catalog", "^&ay", &import_file);
  g_variant_dict_lookup (options, "export-catalog", "&s", &export_run);
  g_variant_dict_lookup (options, "dump-run", "&s", &dump_run);

  status = sc_command_open_database (data_dir, &database);
  if (status != 0)
    return status;

  if (import_file != NULL)
    status = run_import (database, options, import_file);
  else if (export_run != NULL)
    status = run_export (database, options, export_run);
  else
    status = run_dump (database, options, dump_run);

  if (!sc_database_close (database, status == 0 ? &error : NULL) && status == 0)
    status = sc_command_fail_error (error);

  return status;
}
