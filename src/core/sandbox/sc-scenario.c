/* sc-scenario.c - reading a scenario file, and starting a practice run from it
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sc-catalog-file.h"
#include "sc-content-xml.h"
#include "sc-database.h"
#include "sc-error.h"
#include "sc-sandbox-goal.h"
#include "sc-scenario-private.h"

#define MAX_PRODUCTS 50

void
sc_scenario_free (ScScenario *self)
{
  if (self == NULL)
    return;
  g_free (self->id);
  g_free (self->title);
  g_clear_pointer (&self->goals, g_ptr_array_unref);
  g_clear_pointer (&self->unchecked_goals, g_strfreev);
  g_free (self->policy_id);
  g_free (self->catalog_file);
  g_clear_object (&self->catalog);
  g_strfreev (self->defect_kinds);
  g_clear_pointer (&self->orders, g_ptr_array_unref);
  g_clear_pointer (&self->stock, g_ptr_array_unref);
  g_clear_pointer (&self->counts, g_ptr_array_unref);
  g_free (self);
}

/* A whole-number attribute in [low, high], or @fallback when absent. */
static guint
read_number (xmlNode          *node,
             const char       *name,
             guint             low,
             guint             high,
             guint             fallback,
             const char       *file,
             ScCourseProblems *problems)
{
  g_autofree char *text = sc_content_xml_attr (node, name);
  guint64 value = fallback;

  if (text != NULL && !g_ascii_string_to_unsigned (text, 10, low, high, &value, NULL))
    {
      sc_course_problems_add (problems, file, sc_content_node_line (node),
                              _("%s=\"%s\" must be a whole number from %u to %u"), name, text, low, high);
      value = fallback;
    }

  return (guint) value;
}

static void
read_defects (ScScenario       *self,
              xmlNode          *node,
              const char       *file,
              ScCourseProblems *problems)
{
  g_autofree char *kinds = sc_content_xml_attr (node, "kinds");

  self->n_defects = read_number (node, "count", 1, 500, 1, file, problems);
  if (!xmlHasProp (node, (const xmlChar *) "count"))
    sc_course_problems_add (problems, file, sc_content_node_line (node),
                            _("<defects> needs a count attribute, for example count=\"50\""));
  self->defect_kinds = g_strsplit_set (kinds != NULL && *kinds != '\0' ? kinds : SC_SCENARIO_DEFECT_KINDS,
                                       " \t\n", -1);
  for (guint i = 0; self->defect_kinds[i] != NULL; i++)
    if (*self->defect_kinds[i] != '\0' && !sc_scenario_defect_kind_is_known (self->defect_kinds[i]))
      sc_course_problems_add (problems, file, sc_content_node_line (node),
                              _("“%s” is not a kind of defect; use some of: %s"),
                              self->defect_kinds[i], SC_SCENARIO_DEFECT_KINDS);
}

/* A given store: the course's product file, read now with the importer. */
static void
read_catalog (ScScenario       *self,
              xmlNode          *node,
              const char       *course_dir,
              ScCatalog        *given,
              const char       *file,
              ScCourseProblems *problems)
{
  g_autofree char *format_text = sc_content_xml_attr (node, "format");
  g_autoptr(ScCatalogProblems) found = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *real_path = NULL;
  ScCatalogFormat format = SC_CATALOG_FORMAT_AUTO;
  guint line = sc_content_node_line (node);

  if (format_text != NULL && !sc_catalog_format_from_string (format_text, &format))
    {
      sc_course_problems_add (problems, file, line,
                              _("format=\"%s\" is not a product file format; use shopify, woocommerce or auto"),
                              format_text);
      return;
    }
  if (given != NULL)
    {
      self->catalog = sc_catalog_copy (given);
      return;
    }
  if (course_dir == NULL)
    {
      sc_course_problems_add (problems, file, line,
                              _("catalog=\"%s\" is read from the course folder: load the scenario from it"),
                              self->catalog_file);
      return;
    }
  if (sc_content_resolve_path (course_dir, self->catalog_file, &real_path) != SC_CONTENT_PATH_OK ||
      !g_file_test (real_path, G_FILE_TEST_IS_REGULAR))
    {
      sc_course_problems_add (problems, file, line,
                              _("catalog file “%s” does not exist; add it, or name a Shopify or WooCommerce "
                                "product file inside the course folder"),
                              self->catalog_file);
      return;
    }

  found = sc_catalog_problems_new (self->catalog_file);
  self->catalog = sc_catalog_file_import (real_path, self->catalog_file, format, self->currency, found,
                                          NULL, &error);
  if (self->catalog == NULL)
    sc_course_problems_add (problems, file, line, _("catalog file “%s” cannot be read: %s"),
                            self->catalog_file, error->message);
  for (guint i = 0; i < sc_catalog_problems_get_n_items (found); i++)
    {
      const ScCatalogProblem *problem = sc_catalog_problems_get (found, i);

      sc_course_problems_add_literal (problems, self->catalog_file, problem->row, problem->message);
    }
  if (self->catalog != NULL && sc_catalog_get_n_products (self->catalog) == 0)
    sc_course_problems_add (problems, self->catalog_file, 0, _("the file has no products"));
}

static void
read_store (ScScenario       *self,
            xmlNode          *node,
            const char       *course_dir,
            ScCatalog        *given,
            const char       *file,
            ScCourseProblems *problems)
{
  g_autofree char *currency = sc_content_xml_attr (node, "currency");
  xmlNode *defects = NULL;

  self->currency = sc_currency_lookup (currency != NULL ? currency : "EUR");
  if (self->currency == NULL)
    {
      sc_course_problems_add (problems, file, sc_content_node_line (node),
                              _("currency=\"%s\" is not an ISO 4217 code Shopcraft knows; use one such as EUR or USD"),
                              currency);
      self->currency = sc_currency_get_default ();
    }

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (g_strcmp0 ((const char *) child->name, "defects") == 0 && defects == NULL)
        {
          defects = child;
          read_defects (self, child, file, problems);
        }
      else
        sc_course_problems_add (problems, file, sc_content_node_line (child),
                                _("<store> may hold one <defects>, not this <%s>"), (const char *) child->name);
    }

  self->catalog_file = sc_content_xml_attr (node, "catalog");
  if (self->catalog_file != NULL)
    {
      if (xmlHasProp (node, (const xmlChar *) "products") || xmlHasProp (node, (const xmlChar *) "variants") ||
          xmlHasProp (node, (const xmlChar *) "missing-skus"))
        sc_course_problems_add (problems, file, sc_content_node_line (node),
                                _("a <store> with a catalog file is not generated: remove products, variants "
                                  "and missing-skus"));
      read_catalog (self, node, course_dir, given, file, problems);
      if (self->catalog != NULL && defects != NULL &&
          sc_scenario_count_defect_room (self->catalog, self->defect_kinds) < self->n_defects)
        {
          guint room = sc_scenario_count_defect_room (self->catalog, self->defect_kinds);

          sc_course_problems_add (problems, file, sc_content_node_line (defects),
                                  g_dngettext (GETTEXT_PACKAGE,
                                               "the store has room for %u defect of these kinds, not %u; lower "
                                               "count or allow more kinds",
                                               "the store has room for %u defects of these kinds, not %u; lower "
                                               "count or allow more kinds",
                                               room),
                                  room, self->n_defects);
        }
      return;
    }

  self->n_products = read_number (node, "products", 1, MAX_PRODUCTS, 1, file, problems);
  if (!xmlHasProp (node, (const xmlChar *) "products"))
    sc_course_problems_add (problems, file, sc_content_node_line (node),
                            _("<store> needs a products attribute, for example products=\"4\""));
  self->max_variants = read_number (node, "variants", 1, 3, 1, file, problems);
  self->missing_sku_percent = read_number (node, "missing-skus", 0, 100, 0, file, problems);
}

/* Whether @kinds has a kind of defect that changes SKUs. */
static gboolean
changes_skus (GStrv kinds)
{
  return kinds != NULL && (g_strv_contains ((const char * const *) kinds, "sku-missing")
                           || g_strv_contains ((const char * const *) kinds, "sku-duplicate"));
}

/* <orders> and <stock> name the given store's SKUs: build the shop once,
 * so every SKU it lacks and every step it refuses is reported now. */
static void
check_shop (ScScenario       *self,
            xmlNode          *store,
            xmlNode          *shop,
            const char       *file,
            ScCourseProblems *problems)
{
  g_autoptr(GPtrArray) orders = NULL;
  g_autoptr(ScInventory) stock = NULL;
  xmlNode *defects = NULL;

  if (self->catalog_file == NULL)
    {
      sc_course_problems_add (problems, file, sc_content_node_line (shop),
                              _("<%s> names SKUs, so it needs a given store: name a product file in "
                                "<store catalog=\"scenarios/….csv\">"),
                              (const char *) shop->name);
      return;
    }
  for (xmlNode *child = store->children; child != NULL; child = child->next)
    if (child->type == XML_ELEMENT_NODE && g_strcmp0 ((const char *) child->name, "defects") == 0)
      defects = child;
  if (defects != NULL && self->n_defects > 0 && changes_skus (self->defect_kinds))
    {
      sc_course_problems_add (problems, file, sc_content_node_line (defects),
                              _("defects of kinds sku-missing and sku-duplicate would change the SKUs "
                                "that <orders> and <stock> name; leave them out of kinds"));
      return;
    }
  if (self->catalog != NULL)
    sc_scenario_build_in (self, self->catalog, SC_SCENARIO_CHECK_START, file, problems, &orders,
                          &stock);
}

static ScScenario *
parse_in (const char       *data,
          gsize             length,
          const char       *file,
          const char       *course_dir,
          ScCatalog        *given,
          ScCourseProblems *problems)
{
  g_autoptr(ScScenario) self = g_new0 (ScScenario, 1);
  g_autoptr(xmlDoc) doc = NULL;
  xmlNode *store = NULL;
  xmlNode *orders = NULL;
  xmlNode *stock = NULL;
  xmlNode *root;
  guint before;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (file != NULL, NULL);
  g_return_val_if_fail (problems != NULL, NULL);

  self->orders = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_scenario_order_free);
  self->stock = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_scenario_stock_item_free);
  self->counts = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_scenario_count_free);
  before = sc_course_problems_count_file (problems, file);
  doc = sc_content_parse (data, length, file, problems);
  if (doc == NULL)
    return NULL;

  root = xmlDocGetRootElement (doc);
  if (g_strcmp0 ((const char *) root->name, "scenario") != 0)
    {
      sc_course_problems_add (problems, file, sc_content_node_line (root),
                              _("expected <scenario>, found <%s>"), (const char *) root->name);
      return NULL;
    }
  self->id = sc_content_xml_attr (root, "id");
  if (self->id == NULL || *self->id == '\0')
    sc_course_problems_add (problems, file, sc_content_node_line (root),
                            _("<scenario> needs an id attribute, for example id=\"price-the-range\""));
  self->policy_id = sc_content_xml_attr (root, "policy");
  if (self->policy_id == NULL || *self->policy_id == '\0')
    {
      g_free (self->policy_id);
      self->policy_id = g_strdup (SC_SCENARIO_DEFAULT_POLICY);
    }

  for (xmlNode *child = root->children; child != NULL; child = child->next)
    {
      const char *name = (const char *) child->name;

      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (g_strcmp0 (name, "title") == 0 && self->title == NULL)
        {
          xmlChar *content = xmlNodeGetContent (child);

          self->title = g_strstrip (g_strdup ((const char *) content));
          xmlFree (content);
        }
      else if (g_strcmp0 (name, "store") == 0 && store == NULL)
        {
          read_store (self, child, course_dir, given, file, problems);
          store = child;
        }
      /* Read once the store has given the currency. */
      else if (g_strcmp0 (name, "orders") == 0 && orders == NULL)
        orders = child;
      else if (g_strcmp0 (name, "stock") == 0 && stock == NULL)
        stock = child;
      else if (g_strcmp0 (name, "goals") == 0 && self->goals == NULL)
        {
          g_autofree char *unchecked = sc_content_xml_attr (child, "unchecked");

          self->goals = sc_goals_read_element (child, file, problems);
          if (unchecked != NULL)
            self->unchecked_goals = g_strsplit_set (g_strstrip (unchecked), " \t\r\n", -1);
        }
      else
        sc_course_problems_add (problems, file, sc_content_node_line (child),
                                _("<scenario> holds one <title>, one <store>, one <orders>, one <stock> "
                                  "and one <goals>, not this <%s>"),
                                name);
    }
  if (self->currency == NULL)
    self->currency = sc_currency_get_default ();
  if (orders != NULL)
    sc_scenario_read_orders (self, orders, file, problems);
  if (stock != NULL)
    sc_scenario_read_stock (self, stock, file, problems);
  if (store != NULL && (orders != NULL || stock != NULL))
    check_shop (self, store, orders != NULL ? orders : stock, file, problems);

  if (self->title == NULL)
    sc_course_problems_add (problems, file, sc_content_node_line (root), _("<scenario> needs a <title>"));
  if (store == NULL)
    sc_course_problems_add (problems, file, sc_content_node_line (root),
                            _("<scenario> needs a <store>, for example <store products=\"4\"/>"));
  if (self->goals == NULL)
    self->goals = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_goal_free);

  if (sc_course_problems_count_file (problems, file) != before)
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * sc_scenario_parse:
 * @file: the file's name in problems: "scenarios/price-the-range.xml"
 *
 * Parses a scenario without its course folder: a <store> with a catalog
 * file is a problem here (use sc_scenario_load ()).
 *
 * Returns: (transfer full) (nullable): the scenario, or %NULL with every
 *   problem added to @problems
 */
ScScenario *
sc_scenario_parse (const char       *data,
                   gsize             length,
                   const char       *file,
                   ScCourseProblems *problems)
{
  return parse_in (data, length, file, NULL, NULL, problems);
}

/**
 * sc_scenario_parse_with_catalog:
 * @catalog: the product file a <store catalog=…> names, already read
 *
 * Parses a scenario whose given store is @catalog, whatever file it
 * names: for tests and the fuzz target, which have no course folder.
 *
 * Returns: (transfer full) (nullable): the scenario, or %NULL with every
 *   problem added to @problems
 */
ScScenario *
sc_scenario_parse_with_catalog (const char       *data,
                                gsize             length,
                                const char       *file,
                                ScCatalog        *catalog,
                                ScCourseProblems *problems)
{
  g_return_val_if_fail (SC_IS_CATALOG (catalog), NULL);

  return parse_in (data, length, file, NULL, catalog, problems);
}

/**
 * sc_scenario_load:
 * @course_dir: the canonical path of the course folder
 * @relative: "scenarios/price-the-range.xml"
 *
 * Returns: (transfer full) (nullable): the scenario, or %NULL with its problems added
 */
ScScenario *
sc_scenario_load (const char       *course_dir,
                  const char       *relative,
                  ScCourseProblems *problems)
{
  g_autofree char *real_path = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize length = 0;
  const char *data;

  g_return_val_if_fail (course_dir != NULL, NULL);
  g_return_val_if_fail (relative != NULL, NULL);
  g_return_val_if_fail (problems != NULL, NULL);

  if (sc_content_resolve_path (course_dir, relative, &real_path) != SC_CONTENT_PATH_OK)
    {
      sc_course_problems_add_literal (problems, relative, 0,
                                      _("is missing or lies outside the course folder"));
      return NULL;
    }
  bytes = sc_content_read_file (real_path, relative, problems);
  if (bytes == NULL)
    return NULL;

  data = g_bytes_get_data (bytes, &length);

  return parse_in (data != NULL ? data : "", length, relative, course_dir, NULL, problems);
}

/**
 * sc_scenario_build_shop:
 * @catalog: the run's store (sc_scenario_generate ())
 * @start: when the run starts, Unix seconds: every time of the file is relative to it
 * @orders_out: (out) (optional) (transfer container) (element-type ScOrder):
 *   the orders, in the file's order, placed and taken through their history
 * @stock_out: (out) (optional) (transfer full): the inventory from the
 *   catalog and <stock>, with every move of the orders in its ledger
 *
 * Builds the order queue and the stock sheet of a run, as
 * sc-scenario-build.c describes. The same scenario, catalog and @start
 * give the same sc_scenario_dump_shop () text. A scenario the reader
 * took builds on its own catalog; a catalog changed since (another seed's
 * defects, edits) may lack what it names.
 *
 * Returns: %TRUE, or %FALSE with %SC_ERROR_INVALID_INPUT naming the
 *   first problem as FILE:LINE: message
 */
gboolean
sc_scenario_build_shop (const ScScenario  *self,
                        ScCatalog         *catalog,
                        gint64             start,
                        GPtrArray        **orders_out,
                        ScInventory      **stock_out,
                        GError           **error)
{
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(GPtrArray) orders = NULL;
  g_autoptr(ScInventory) stock = NULL;
  g_autofree char *file = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (SC_IS_CATALOG (catalog), FALSE);
  g_return_val_if_fail (start > SC_SCENARIO_MAX_PAST_SECONDS && start < G_MAXINT64 / 4, FALSE);
  g_return_val_if_fail (orders_out == NULL || *orders_out == NULL, FALSE);
  g_return_val_if_fail (stock_out == NULL || *stock_out == NULL, FALSE);

  file = g_strdup_printf ("scenarios/%s.xml", self->id != NULL ? self->id : "");
  if (!sc_scenario_build_in (self, catalog, start, file, problems, &orders, &stock))
    {
      g_autofree char *first = sc_course_problem_to_string (sc_course_problems_get (problems, 0));

      g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                   _("The scenario's orders and stock do not fit this store: %s"), first);
      return FALSE;
    }

  if (orders_out != NULL)
    *orders_out = g_steal_pointer (&orders);
  if (stock_out != NULL)
    *stock_out = g_steal_pointer (&stock);

  return TRUE;
}

static int
compare_orders (gconstpointer a,
                gconstpointer b)
{
  return strcmp ((*(ScOrder * const *) a)->name, (*(ScOrder * const *) b)->name);
}

/**
 * sc_scenario_dump_shop:
 * @orders: (element-type ScOrder): orders with unique names
 *
 * Returns: (transfer full): the canonical text of a shop: every order
 *   (sc_order_dump ()) sorted by name, then the inventory (sc_inventory_dump ())
 */
char *
sc_scenario_dump_shop (GPtrArray   *orders,
                       ScInventory *stock)
{
  g_autoptr(GPtrArray) sorted = NULL;
  GString *out;

  g_return_val_if_fail (orders != NULL, NULL);
  g_return_val_if_fail (SC_IS_INVENTORY (stock), NULL);

  /* Not g_ptr_array_copy (): the copy would free the orders too. */
  sorted = g_ptr_array_sized_new (orders->len);
  for (guint i = 0; i < orders->len; i++)
    g_ptr_array_add (sorted, g_ptr_array_index (orders, i));
  g_ptr_array_sort (sorted, compare_orders);
  out = g_string_new (NULL);
  for (guint i = 0; i < sorted->len; i++)
    sc_order_dump (g_ptr_array_index (sorted, i), out);
  sc_inventory_dump (stock, out);

  return g_string_free (out, FALSE);
}

/**
 * sc_scenario_start:
 * @name: the run's name, unique among the learner's runs
 *
 * Creates a run of @learner_id recording the scenario, @seed and the
 * generator version, with the store they give, in one transaction.
 *
 * Returns: (transfer full) (nullable): the run
 */
ScRun *
sc_scenario_start (ScDatabase        *database,
                   gint64             learner_id,
                   const ScScenario  *self,
                   guint64            seed,
                   const char        *name,
                   GError           **error)
{
  g_autoptr(ScCatalog) catalog = NULL;
  g_autoptr(GPtrArray) orders = NULL;
  g_autoptr(ScInventory) stock = NULL;

  g_return_val_if_fail (SC_IS_DATABASE (database), NULL);
  g_return_val_if_fail (self != NULL, NULL);

  catalog = sc_scenario_generate (self, seed);
  if (!sc_scenario_make_shop (self, catalog, &orders, &stock, error))
    return NULL;

  return sc_run_create_with_shop (database, learner_id, name, self->id, seed,
                                  SC_SCENARIO_GENERATOR_VERSION, catalog, orders, stock, error);
}

/**
 * sc_scenario_has_shop:
 *
 * Returns: whether the scenario gives its store an order queue or a
 *   stock sheet, beside the catalog
 */
gboolean
sc_scenario_has_shop (const ScScenario *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->orders->len > 0 || self->stock->len > 0 || self->counts->len > 0;
}

/**
 * sc_scenario_make_shop:
 * @orders_out: (out) (transfer full) (nullable): the order queue, or
 *   %NULL when the scenario has no shop
 * @stock_out: (out) (transfer full) (nullable): the stock sheet, likewise
 *
 * The shop of a run starting now: the orders were placed before it, so
 * their deadlines and authorizations are live when the learner arrives.
 */
gboolean
sc_scenario_make_shop (const ScScenario  *self,
                       ScCatalog         *catalog,
                       GPtrArray        **orders_out,
                       ScInventory      **stock_out,
                       GError           **error)
{
  *orders_out = NULL;
  *stock_out = NULL;
  if (!sc_scenario_has_shop (self))
    return TRUE;

  return sc_scenario_build_shop (self, catalog, g_get_real_time () / G_USEC_PER_SEC, orders_out,
                                 stock_out, error);
}
