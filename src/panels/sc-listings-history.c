/* sc-listings-history.c - the Listings section's undo and redo, from the run's action log
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Undo and redo belong to the run, not to a page: the buttons and
 * Ctrl+Z / Shift+Ctrl+Z follow sc_sandbox_history_load (), their
 * tooltips naming what they would reverse ("Undo: title of “Canvas
 * tote”"). After each, the list and the open product page read again
 * the product the reversed action changed (an undo may change any
 * product, not only the one on the page) and a toast says what happened.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-database.h"
#include "sc-listings-panel-private.h"
#include "sc-product-page.h"
#include "sc-sandbox-action.h"
#include "sc-tooltip.h"

/* What an action changed, in words: "title of “Canvas tote”". */
static char *
describe_action (ScListingsPanel       *self,
                 const ScSandboxAction *action)
{
  g_auto(GStrv) parts = g_strsplit (action->target != NULL ? action->target : "", ":", 3);
  g_autofree char *key = NULL;
  const char *field = NULL;
  const char *title = NULL;

  if (g_strv_length (parts) == 3)
    {
      key = g_strdup_printf ("%s:%s", parts[0], parts[1]);
      title = self->titles != NULL ? g_hash_table_lookup (self->titles, key) : NULL;
      field = sc_sandbox_field_get_words (parts[2]);
      if (field == NULL)
        field = parts[2];
    }

  if (field == NULL)
    return g_strdup (_("the last change"));
  if (title == NULL)
    return g_strdup (field);

  /* TRANSLATORS: what an undo reverses: "title of “Canvas tote”" */
  return g_strdup_printf (_("%s of “%s”"), field, title);
}

/**
 * sc_listings_panel_update_history:
 *
 * Undo and redo follow the run's log: enabled when it has something to
 * reverse, their tooltips naming it.
 */
void
sc_listings_panel_update_history (ScListingsPanel *self)
{
  g_autoptr(ScSandboxHistory) history = NULL;
  g_autoptr(GError) error = NULL;
  ScDatabase *database = sc_listings_panel_get_database (self);
  const ScSandboxAction *undo = NULL;
  const ScSandboxAction *redo = NULL;
  g_autofree char *undo_text = NULL;
  g_autofree char *redo_text = NULL;

  if (database != NULL && self->run != NULL)
    {
      history = sc_sandbox_history_load (sc_database_get_handle (database), self->run,
                                         sc_listings_panel_get_learner_id (self), &error);
      if (history == NULL)
        g_warning ("Listings: the practice store’s history cannot be read: %s", error->message);
    }
  if (history != NULL && history->undo->len > 0)
    undo = history->undo->pdata[history->undo->len - 1];
  if (history != NULL && history->redo->len > 0)
    redo = history->redo->pdata[history->redo->len - 1];

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "listings.undo", undo != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "listings.redo", redo != NULL);

  if (undo != NULL)
    {
      g_autofree char *what = describe_action (self, undo);

      /* TRANSLATORS: a tooltip: "Undo: title of “Canvas tote”" */
      undo_text = g_strdup_printf (_("Undo: %s"), what);
    }
  if (redo != NULL)
    {
      g_autofree char *what = describe_action (self, redo);

      redo_text = g_strdup_printf (_("Redo: %s"), what);
    }

  sc_tooltip_set_text (GTK_WIDGET (self->undo_button),
                               undo_text != NULL ? undo_text : _("Nothing to Undo"));
  sc_tooltip_set_text (GTK_WIDGET (self->redo_button),
                               redo_text != NULL ? redo_text : _("Nothing to Redo"));
}

static void
undo_redo (ScListingsPanel *self,
           gboolean         redo)
{
  g_autoptr(ScSandboxHistory) history = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *what = NULL;
  g_autofree char *message = NULL;
  ScDatabase *database = sc_listings_panel_get_database (self);
  gint64 learner_id = sc_listings_panel_get_learner_id (self);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GPtrArray *stack;
  gboolean known = FALSE;
  gboolean done;

  if (database == NULL || self->run == NULL)
    return;

  history = sc_sandbox_history_load (sc_database_get_handle (database), self->run, learner_id,
                                     NULL);
  stack = history != NULL ? (redo ? history->redo : history->undo) : NULL;
  if (stack != NULL && stack->len > 0)
    {
      const ScSandboxAction *action = stack->pdata[stack->len - 1];

      what = describe_action (self, action);
      /* Which product it changes, while the list still knows its variants. */
      known = sc_listings_panel_action_products (self, action->target, ids);
    }

  done = redo ? sc_sandbox_redo (database, self->run, learner_id, NULL, &error)
              : sc_sandbox_undo (database, self->run, learner_id, NULL, &error);
  if (!done)
    {
      sc_listings_panel_toast (self, error->message);
      sc_listings_panel_update_history (self);
      return;
    }

  if (known)
    sc_listings_panel_update_products (self, (const gint64 *) ids->data, ids->len);
  else
    sc_listings_panel_load_list (self);
  if (self->product_page != NULL)
    {
      ScProductPage *page = SC_PRODUCT_PAGE (self->product_page);
      gint64 page_id = sc_product_page_get_product_id (page);
      gboolean own = FALSE;

      for (guint i = 0; i < ids->len; i++)
        own |= g_array_index (ids, gint64, i) == page_id;
      if (!known)
        sc_product_page_other_changed (page, NULL, NULL);
      else if (own)
        sc_product_page_reload (page);
    }
  sc_listings_panel_recheck_goals (self);
  sc_listings_panel_update_history (self);

  if (what == NULL)
    what = g_strdup (_("the last change"));
  /* TRANSLATORS: a toast: "Undone: title of “Canvas tote”" */
  message = g_strdup_printf (redo ? _("Redone: %s") : _("Undone: %s"), what);
  sc_listings_panel_toast (self, message);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  undo_redo (SC_LISTINGS_PANEL (widget), FALSE);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  undo_redo (SC_LISTINGS_PANEL (widget), TRUE);
}

void
sc_listings_panel_class_init_history (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "listings.undo", NULL, undo_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK,
                                       "listings.undo", NULL);
  gtk_widget_class_install_action (widget_class, "listings.redo", NULL, redo_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "listings.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "listings.redo", NULL);
}
