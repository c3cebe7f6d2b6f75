/* sc-listings-panel.c - the Listings section (listing editor practice)
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Until the issue that builds this section lands, the page is an empty
 * state that tells the learner what the section will be for. It is its
 * own class so that issue replaces this file and nothing else.
 */
#include "config.h"

#include "sc-listings-panel.h"

struct _ScListingsPanel
{
  ScPanel parent_instance;
};

G_DEFINE_FINAL_TYPE (ScListingsPanel, sc_listings_panel, SC_TYPE_PANEL)

static void
sc_listings_panel_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (sc_listings_panel_parent_class)->map (widget);

  /* The empty state is all there is to show: it is on screen now. */
  sc_panel_set_ready (SC_PANEL (widget), TRUE);
}

static void
sc_listings_panel_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SC_TYPE_LISTINGS_PANEL);

  G_OBJECT_CLASS (sc_listings_panel_parent_class)->dispose (object);
}

static void
sc_listings_panel_class_init (ScListingsPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_listings_panel_dispose;

  widget_class->map = sc_listings_panel_map;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/sc-listings-panel.ui");
}

static void
sc_listings_panel_init (ScListingsPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sc_listings_panel_new (void)
{
  return g_object_new (SC_TYPE_LISTINGS_PANEL, NULL);
}
