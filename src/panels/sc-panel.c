/* sc-panel.c - the base of every page in the window
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A panel gets the context by property and may get it after it was built;
 * it re-reads what it shows when the context or the context's content
 * changes. "ready" turns TRUE once the panel shows real content, so the
 * start-up probe and the screenshot tool wait on it instead of sleeping.
 */
#include "sc-panel.h"
#include "sc-context.h"

typedef struct
{
  ScContext *context;
  char      *title;
  gulong     notify_id;
  guint      ready : 1;
} ScPanelPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (ScPanel, sc_panel, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_READY,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
context_notify_cb (ScPanel    *self,
                   GParamSpec *pspec,
                   ScContext  *context)
{
  if (SC_PANEL_GET_CLASS (self)->context_changed != NULL)
    SC_PANEL_GET_CLASS (self)->context_changed (self);
}

static void
sc_panel_dispose (GObject *object)
{
  ScPanel *self = SC_PANEL (object);
  ScPanelPrivate *priv = sc_panel_get_instance_private (self);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  if (priv->context != NULL)
    g_clear_signal_handler (&priv->notify_id, priv->context);
  g_clear_object (&priv->context);

  G_OBJECT_CLASS (sc_panel_parent_class)->dispose (object);
}

static void
sc_panel_finalize (GObject *object)
{
  ScPanel *self = SC_PANEL (object);
  ScPanelPrivate *priv = sc_panel_get_instance_private (self);

  g_free (priv->title);

  G_OBJECT_CLASS (sc_panel_parent_class)->finalize (object);
}

static void
sc_panel_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  ScPanel *self = SC_PANEL (object);
  ScPanelPrivate *priv = sc_panel_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, priv->context);
      break;

    case PROP_READY:
      g_value_set_boolean (value, priv->ready);
      break;

    case PROP_TITLE:
      g_value_set_string (value, priv->title);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_panel_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  ScPanel *self = SC_PANEL (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      sc_panel_set_context (self, g_value_get_object (value));
      break;

    case PROP_READY:
      sc_panel_set_ready (self, g_value_get_boolean (value));
      break;

    case PROP_TITLE:
      sc_panel_set_title (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_panel_class_init (ScPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_panel_dispose;
  object_class->finalize = sc_panel_finalize;
  object_class->get_property = sc_panel_get_property;
  object_class->set_property = sc_panel_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         SC_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_READY] =
    g_param_spec_boolean ("ready", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
sc_panel_init (ScPanel *self)
{
}

ScContext *
sc_panel_get_context (ScPanel *self)
{
  ScPanelPrivate *priv = sc_panel_get_instance_private (self);

  g_return_val_if_fail (SC_IS_PANEL (self), NULL);

  return priv->context;
}

void
sc_panel_set_context (ScPanel   *self,
                      ScContext *context)
{
  ScPanelPrivate *priv = sc_panel_get_instance_private (self);

  g_return_if_fail (SC_IS_PANEL (self));
  g_return_if_fail (!context || SC_IS_CONTEXT (context));

  if (priv->context == context)
    return;

  if (priv->context != NULL)
    g_clear_signal_handler (&priv->notify_id, priv->context);

  g_set_object (&priv->context, context);

  if (context != NULL)
    priv->notify_id = g_signal_connect_object (context, "notify",
                                               G_CALLBACK (context_notify_cb),
                                               self, G_CONNECT_SWAPPED);

  if (SC_PANEL_GET_CLASS (self)->context_changed != NULL)
    SC_PANEL_GET_CLASS (self)->context_changed (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

const char *
sc_panel_get_title (ScPanel *self)
{
  ScPanelPrivate *priv = sc_panel_get_instance_private (self);

  g_return_val_if_fail (SC_IS_PANEL (self), NULL);

  return priv->title;
}

void
sc_panel_set_title (ScPanel    *self,
                    const char *title)
{
  ScPanelPrivate *priv = sc_panel_get_instance_private (self);

  g_return_if_fail (SC_IS_PANEL (self));

  if (g_strcmp0 (priv->title, title) == 0)
    return;

  g_free (priv->title);
  priv->title = g_strdup (title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

gboolean
sc_panel_get_ready (ScPanel *self)
{
  ScPanelPrivate *priv = sc_panel_get_instance_private (self);

  g_return_val_if_fail (SC_IS_PANEL (self), FALSE);

  return priv->ready;
}

void
sc_panel_set_ready (ScPanel  *self,
                    gboolean  ready)
{
  ScPanelPrivate *priv = sc_panel_get_instance_private (self);

  g_return_if_fail (SC_IS_PANEL (self));

  ready = !!ready;
  if (priv->ready == ready)
    return;

  priv->ready = ready;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READY]);
}
