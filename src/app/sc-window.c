/* sc-window.c - the main window: sidebar and sections
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sc-window.h"

struct _ScWindow
{
  AdwApplicationWindow  parent_instance;

  AdwWindowTitle       *window_title;
};

G_DEFINE_FINAL_TYPE (ScWindow, sc_window, ADW_TYPE_APPLICATION_WINDOW)

static void
sc_window_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SC_TYPE_WINDOW);

  G_OBJECT_CLASS (sc_window_parent_class)->dispose (object);
}

static void
sc_window_class_init (ScWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/sc-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ScWindow, window_title);
}

static void
sc_window_init (ScWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

#if DEVELOPMENT_BUILD
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif
}

ScWindow *
sc_window_new (ScApplication *application)
{
  return g_object_new (SC_TYPE_WINDOW,
                       "application", application,
                       NULL);
}
