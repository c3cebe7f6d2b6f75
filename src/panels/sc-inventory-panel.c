/* sc-inventory-panel.c - the Inventory section (inventory sheet practice)
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Until the issue that builds this section lands, the page is an empty
 * state that tells the learner what the section will be for. It is its
 * own class so that issue replaces this file and nothing else.
 */
#include "config.h"

#include "sc-inventory-panel.h"

struct _ScInventoryPanel
{
  ScPanel parent_instance;
};

G_DEFINE_FINAL_TYPE (ScInventoryPanel, sc_inventory_panel, SC_TYPE_PANEL)

static void
sc_inventory_panel_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (sc_inventory_panel_parent_class)->map (widget);

  /* The empty state is all there is to show: it is on screen now. */
  sc_panel_set_ready (SC_PANEL (widget), TRUE);
}

static void
sc_inventory_panel_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SC_TYPE_INVENTORY_PANEL);

  G_OBJECT_CLASS (sc_inventory_panel_parent_class)->dispose (object);
}

static void
sc_inventory_panel_class_init (ScInventoryPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_inventory_panel_dispose;

  widget_class->map = sc_inventory_panel_map;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/sc-inventory-panel.ui");
}

static void
sc_inventory_panel_init (ScInventoryPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sc_inventory_panel_new (void)
{
  return g_object_new (SC_TYPE_INVENTORY_PANEL, NULL);
}
