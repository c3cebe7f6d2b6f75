/* sc-listings-list.c - the Listings section's product list: rows, search, filters, counts
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The table is declared in sc-listings-panel.ui (column view, selection,
 * sort model, filter model, store; one factory and one sorter a column).
 * Here the store is filled from the run's catalog, each product linted
 * with the panel's policy, and the filter reads the search and the three
 * drop-downs. Rows are replaced when the list loads (a run shown, an
 * import); after an edit, an undo or a redo only the rows that changed
 * are updated (sc-listings-update.c), from the catalog and SKU index
 * kept here. The selected product stays selected.
 */
#include "config.h"

#include <stdlib.h>

#include <glib/gi18n.h>

#include "sc-database.h"
#include "sc-lint.h"
#include "sc-listing-row.h"
#include "sc-listings-panel-private.h"

enum {
  STATUS_ALL,
  STATUS_ACTIVE,
  STATUS_DRAFT,
  STATUS_ARCHIVED,
};

enum {
  LINT_ANY,
  LINT_ERRORS,
  LINT_WARNINGS,
  LINT_CLEAN,
};

static gboolean
row_visible (gpointer item,
             gpointer user_data)
{
  ScListingsPanel *self = user_data;
  ScListingRow *row = item;
  guint status = gtk_drop_down_get_selected (self->status_filter);
  guint category = gtk_drop_down_get_selected (self->category_filter);
  guint lint = gtk_drop_down_get_selected (self->lint_filter);

  if (!sc_listing_row_matches (row, self->query))
    return FALSE;

  switch (status)
    {
    case STATUS_ACTIVE:
      if (sc_listing_row_get_status (row) != SC_PRODUCT_STATUS_ACTIVE)
        return FALSE;
      break;
    case STATUS_DRAFT:
      if (sc_listing_row_get_status (row) != SC_PRODUCT_STATUS_DRAFT)
        return FALSE;
      break;
    case STATUS_ARCHIVED:
      if (sc_listing_row_get_status (row) != SC_PRODUCT_STATUS_ARCHIVED)
        return FALSE;
      break;
    default:
      break;
    }

  if (category != GTK_INVALID_LIST_POSITION && category > 0 &&
      g_strcmp0 (gtk_string_list_get_string (self->categories, category),
                 sc_listing_row_get_category (row)) != 0)
    return FALSE;

  switch (lint)
    {
    case LINT_ERRORS:
      return sc_listing_row_get_lint (row) == SC_LISTING_LINT_ERRORS;
    case LINT_WARNINGS:
      return sc_listing_row_get_lint (row) == SC_LISTING_LINT_WARNINGS;
    case LINT_CLEAN:
      return sc_listing_row_get_lint (row) == SC_LISTING_LINT_CLEAN;
    default:
      return TRUE;
    }
}

void
sc_listings_panel_update_count (ScListingsPanel *self)
{
  guint n_products = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  g_autofree char *products = NULL;
  g_autofree char *errors = NULL;
  g_autofree char *text = NULL;

  products = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u product", "%u products",
                                           n_products),
                              n_products);
  if (self->n_errors > 0)
    errors = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u with errors", "%u with errors",
                                           self->n_errors),
                              self->n_errors);
  else if (sc_listings_panel_run_policy (self) != NULL)
    errors = g_strdup (_("none with errors"));

  if (n_shown != n_products)
    {
      /* TRANSLATORS: "Showing 3 of 12 products" */
      g_autofree char *showing = g_strdup_printf (_("Showing %u of %s"), n_shown, products);

      g_free (products);
      products = g_steal_pointer (&showing);
    }

  /* TRANSLATORS: the list's footer: "12 products · 3 with errors" */
  text = errors != NULL ? g_strdup_printf (_("%s · %s"), products, errors)
                        : g_strdup (products);
  gtk_label_set_text (self->count_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->no_match_page), n_products > 0 && n_shown == 0);
}

static void
filter_changed_cb (ScListingsPanel *self)
{
  GtkFilter *filter = gtk_filter_list_model_get_filter (self->filter_model);

  g_free (self->query);
  self->query = sc_listing_fold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  if (filter != NULL)
    gtk_filter_changed (filter, GTK_FILTER_CHANGE_DIFFERENT);
  sc_listings_panel_update_count (self);
}

static ScListingRow *
selected_row (ScListingsPanel *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static void
product_activated_cb (ScListingsPanel *self,
                      guint            position)
{
  g_autoptr(ScListingRow) row = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (row != NULL)
    sc_listings_panel_open_product (self, sc_listing_row_get_id (row));
}

/* Enter in the search opens the selected product, or the only match. */
static void
search_activate_cb (ScListingsPanel *self)
{
  ScListingRow *row = selected_row (self);

  if (row != NULL)
    sc_listings_panel_open_product (self, sc_listing_row_get_id (row));
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  ScListingsPanel *self = SC_LISTINGS_PANEL (widget);

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->status_filter, 0);
  gtk_drop_down_set_selected (self->category_filter, 0);
  gtk_drop_down_set_selected (self->lint_filter, 0);
  filter_changed_cb (self);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ScListingsPanel *self = SC_LISTINGS_PANEL (widget);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "store") != 0)
    return;
  if (self->product_page != NULL)
    gtk_widget_activate_action (widget, "listings.back", NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

/* The category drop-down: "All Categories" and each category shown,
 * keeping the one chosen when it is still there. */
static void
fill_categories (ScListingsPanel *self,
                 GPtrArray       *rows)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *chosen = NULL;
  gboolean any_category = FALSE;
  guint selected = gtk_drop_down_get_selected (self->category_filter);
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (self->categories));
  guint new_selected = 0;
  g_autoptr(GtkColumnViewColumn) category_column =
    g_list_model_get_item (gtk_column_view_get_columns (self->column_view), 3);

  if (selected != GTK_INVALID_LIST_POSITION && selected > 0)
    chosen = g_strdup (gtk_string_list_get_string (self->categories, selected));

  g_ptr_array_add (names, (gpointer) _("All Categories"));
  for (guint i = 0; i < rows->len; i++)
    {
      const char *category = sc_listing_row_get_category (rows->pdata[i]);

      any_category |= sc_listing_row_has_category (rows->pdata[i]);
      if (g_hash_table_add (seen, (gpointer) category))
        g_ptr_array_add (names, (gpointer) category);
    }
  qsort (names->pdata + 1, names->len - 1, sizeof (gpointer), compare_names);
  for (guint i = 1; i < names->len; i++)
    if (chosen != NULL && g_strcmp0 (names->pdata[i], chosen) == 0)
      new_selected = i;
  g_ptr_array_add (names, NULL);

  gtk_string_list_splice (self->categories, 0, n_old, (const char * const *) names->pdata);
  gtk_drop_down_set_selected (self->category_filter, new_selected);

  /* A store without categories (a generated one) needs neither the
   * column nor the filter: the room goes to the others. */
  gtk_widget_set_visible (GTK_WIDGET (self->category_filter), any_category);
  gtk_column_view_column_set_visible (category_column, any_category);
}

/* The categories of the rows in the store, after a row's changed. */
void
sc_listings_panel_fill_categories (ScListingsPanel *self)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->store));

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (rows, g_list_model_get_item (G_LIST_MODEL (self->store), i));
  fill_categories (self, rows);
}

/**
 * sc_listings_panel_forget_list:
 *
 * Lets the store's catalog go (the list is emptied or loaded anew).
 */
void
sc_listings_panel_forget_list (ScListingsPanel *self)
{
  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_pointer (&self->products, g_hash_table_unref);
  g_clear_pointer (&self->lint_index, sc_lint_index_free);
  g_clear_object (&self->catalog);
}

/**
 * sc_listings_panel_load_list:
 *
 * Reads the run's catalog again and shows it: after an edit, an undo or
 * a run switch.
 */
void
sc_listings_panel_load_list (ScListingsPanel *self)
{
  g_autoptr(GError) error = NULL;
  ScCatalog *catalog = NULL;
  g_autoptr(GPtrArray) all_findings = NULL;
  g_autoptr(GHashTable) by_handle = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  ScDatabase *database = sc_listings_panel_get_database (self);
  const ScPolicy *policy;
  ScListingRow *selected = selected_row (self);
  gint64 selected_id = selected != NULL ? sc_listing_row_get_id (selected) : 0;
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (self->store));

  g_clear_pointer (&self->titles, g_hash_table_unref);
  self->titles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->n_errors = 0;
  sc_listings_panel_forget_list (self);

  if (database != NULL && self->run != NULL)
    {
      catalog = sc_run_load_catalog (sc_database_get_handle (database), self->run, &error);
      if (catalog == NULL)
        sc_listings_panel_toast (self, error->message);
    }
  /* Kept, with its SKUs counted, so a change updates one row. */
  self->catalog = catalog;
  self->products = g_hash_table_new (g_int64_hash, g_int64_equal);
  self->rows = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  if (catalog != NULL)
    self->lint_index = sc_lint_index_new (catalog);

  /* One lint of the whole store (SKUs are compared across products once),
   * its findings handed to each product's row. */
  policy = sc_listings_panel_run_policy (self);
  if (catalog != NULL && policy != NULL)
    {
      all_findings = sc_lint_catalog (catalog, policy);
      by_handle = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                         (GDestroyNotify) g_ptr_array_unref);
      for (guint i = 0; i < sc_catalog_get_n_products (catalog); i++)
        g_hash_table_insert (by_handle, sc_catalog_get_product (catalog, i)->handle, g_ptr_array_new ());
      for (guint i = 0; i < all_findings->len; i++)
        {
          ScLintFinding *finding = all_findings->pdata[i];
          GPtrArray *own = g_hash_table_lookup (by_handle, finding->handle);

          if (own != NULL)
            g_ptr_array_add (own, finding);
        }
    }

  for (guint i = 0; catalog != NULL && i < sc_catalog_get_n_products (catalog); i++)
    {
      ScCatalogProduct *product = sc_catalog_get_product (catalog, i);
      GPtrArray *findings = by_handle != NULL ? g_hash_table_lookup (by_handle, product->handle) : NULL;
      ScListingRow *row;

      row = sc_listing_row_new (product, sc_catalog_get_currency (catalog), findings);
      if (sc_listing_row_get_lint (row) == SC_LISTING_LINT_ERRORS)
        self->n_errors++;
      g_ptr_array_add (rows, row);
      g_hash_table_insert (self->products, &product->id, product);
      g_hash_table_insert (self->rows, g_memdup2 (&product->id, sizeof product->id), row);

      g_hash_table_insert (self->titles,
                           g_strdup_printf ("product:%" G_GINT64_FORMAT, product->id),
                           g_strdup (sc_listing_row_get_title (row)));
      for (guint j = 0; j < product->variants->len; j++)
        {
          const ScCatalogVariant *variant = product->variants->pdata[j];

          g_hash_table_insert (self->titles,
                               g_strdup_printf ("variant:%" G_GINT64_FORMAT, variant->id),
                               g_strdup (sc_listing_row_get_title (row)));
        }
      for (guint j = 0; j < product->images->len; j++)
        {
          const ScCatalogImage *image = product->images->pdata[j];

          g_hash_table_insert (self->titles,
                               g_strdup_printf ("image:%" G_GINT64_FORMAT, image->id),
                               g_strdup (sc_listing_row_get_title (row)));
        }
    }

  fill_categories (self, rows);
  g_list_store_splice (self->store, 0, n_old, rows->pdata, rows->len);

  /* The product chosen before stays chosen. */
  for (guint i = 0; selected_id != 0 && i < g_list_model_get_n_items (G_LIST_MODEL (self->selection)); i++)
    {
      g_autoptr(ScListingRow) row = g_list_model_get_item (G_LIST_MODEL (self->selection), i);

      if (sc_listing_row_get_id (row) == selected_id)
        gtk_single_selection_set_selected (self->selection, i);
    }

  filter_changed_cb (self);
}

/* Columns a narrow list does without, the least needed first (their
 * positions in the view): the image placeholder, the inventory, the
 * status (the status filter stays). The product and the listing check
 * always show. */
static const guint spare_columns[] = { 0, 5, 2 };

static void
set_spare_visible (ScListingsPanel *self,
                   guint            spare,
                   gboolean         visible)
{
  g_autoptr(GtkColumnViewColumn) column =
    g_list_model_get_item (gtk_column_view_get_columns (self->column_view), spare_columns[spare]);

  gtk_column_view_column_set_visible (column, visible);
}

/* When the columns need more width than the list has (presentation
 * mode's larger text beside the Goals pane at 1280 px), the list would
 * scroll sideways and hide the listing check: spare columns go, one a
 * pass. The title column takes any room left, so whether a hidden one
 * would fit again cannot be seen: they all come back when the list is
 * wider or its text smaller than when the last went, and go again one by
 * one while they do not fit. */
static gboolean
fit_columns (gpointer user_data)
{
  ScListingsPanel *self = user_data;
  GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (self->column_view),
                                                 GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scroller));
  PangoContext *pango = gtk_widget_get_pango_context (GTK_WIDGET (self->column_view));
  const PangoFontDescription *font = pango_context_get_font_description (pango);
  int font_size = font != NULL ? pango_font_description_get_size (font) : 0;
  double width = gtk_adjustment_get_page_size (adjustment);
  double needed = gtk_adjustment_get_upper (adjustment);

  self->fit_source = 0;
  if (width <= 0)
    return G_SOURCE_REMOVE;

  if (self->n_spared > 0 && (width > self->fit_width + 1 || font_size < self->fit_font))
    {
      while (self->n_spared > 0)
        set_spare_visible (self, --self->n_spared, TRUE);
      return G_SOURCE_REMOVE;
    }

  if (needed > width + 1 && self->n_spared < G_N_ELEMENTS (spare_columns))
    {
      set_spare_visible (self, self->n_spared++, FALSE);
      self->fit_width = width;
      self->fit_font = font_size;
    }

  return G_SOURCE_REMOVE;
}

/* Columns are never hidden or shown while the list is being laid out. */
static void
hadjustment_changed_cb (ScListingsPanel *self)
{
  if (self->fit_source == 0)
    self->fit_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, fit_columns, self, NULL);
}

guint
sc_listings_panel_get_n_products (ScListingsPanel *self)
{
  g_return_val_if_fail (SC_IS_LISTINGS_PANEL (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->store));
}

guint
sc_listings_panel_get_n_shown (ScListingsPanel *self)
{
  g_return_val_if_fail (SC_IS_LISTINGS_PANEL (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
}

void
sc_listings_panel_init_list (ScListingsPanel *self)
{
  GtkCustomFilter *filter = gtk_custom_filter_new (row_visible, self, NULL);
  GListModel *columns = gtk_column_view_get_columns (self->column_view);
  g_autoptr(GtkColumnViewColumn) title_column = g_list_model_get_item (columns, 1);
  GtkWidget *scroller;

  gtk_filter_list_model_set_filter (self->filter_model, GTK_FILTER (filter));
  g_object_unref (filter);
  gtk_sort_list_model_set_sorter (self->sort_model, gtk_column_view_get_sorter (self->column_view));
  gtk_column_view_sort_by_column (self->column_view, title_column, GTK_SORT_ASCENDING);
  sc_listings_panel_update_count (self);

  scroller = gtk_widget_get_ancestor (GTK_WIDGET (self->column_view), GTK_TYPE_SCROLLED_WINDOW);
  g_signal_connect_object (gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scroller)),
                           "changed", G_CALLBACK (hadjustment_changed_cb), self, G_CONNECT_SWAPPED);
}

void
sc_listings_panel_class_init_list (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, product_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);

  gtk_widget_class_install_action (widget_class, "listings.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "listings.clear-filters", NULL,
                                   clear_filters_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "listings.search", NULL);
}
