/* sc-preferences-window.c - the learner's name, style, text size and presentation mode
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The appearance rows are bound to their GSettings keys and nothing else:
 * the application applies the style and the text size, each window its
 * presentation mode, whenever the keys change.
 *
 * The learner's name is the context's learner: it is renamed in the
 * database on Enter or the save button, which shows while the text
 * differs from the stored name (Enter on the unchanged name confirms a
 * placeholder name), and the context then tells every page. The row's
 * own apply button is not used: it hides once pressed, even when the name
 * was refused and the text still differs from the stored one.
 * A name the database refuses stays in the row, with the reason under it;
 * nothing pops up. While presentation mode is on, the row is replaced by
 * one that says the name is hidden, and holds no text: the instructor
 * projects this screen too.
 */
#include "config.h"

#include "sc-context.h"
#include "sc-learner.h"
#include "sc-preferences-window.h"

struct _ScPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  /* Template children */
  AdwPreferencesGroup  *learner_group;
  GtkLabel             *name_error_label;
  GtkButton            *name_apply_button;
  AdwActionRow         *name_hidden_row;
  AdwEntryRow          *name_row;
  GtkSwitch            *presentation_switch;
  AdwComboRow          *style_row;
  GtkAdjustment        *text_size_adjustment;

  ScContext            *context;
  GSettings            *settings;
  gboolean              setting_name;
};

G_DEFINE_FINAL_TYPE (ScPreferencesWindow, sc_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The rows of the Style combo, in order: the nicks of style-variant. */
static const char * const style_nicks[] = { "system", "light", "dark", NULL };

static gboolean
style_get_mapping (GValue   *value,
                   GVariant *variant,
                   gpointer  user_data)
{
  const char *nick = g_variant_get_string (variant, NULL);

  for (guint i = 0; style_nicks[i] != NULL; i++)
    if (g_str_equal (nick, style_nicks[i]))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }

  return FALSE;
}

static GVariant *
style_set_mapping (const GValue       *value,
                   const GVariantType *expected_type,
                   gpointer            user_data)
{
  guint selected = g_value_get_uint (value);

  if (selected >= G_N_ELEMENTS (style_nicks) - 1)
    return NULL;

  return g_variant_new_string (style_nicks[selected]);
}

/* text-scale is a factor; the row shows percent. */
static gboolean
percent_get_mapping (GValue   *value,
                     GVariant *variant,
                     gpointer  user_data)
{
  g_value_set_double (value, g_variant_get_double (variant) * 100.0);

  return TRUE;
}

static GVariant *
percent_set_mapping (const GValue       *value,
                     const GVariantType *expected_type,
                     gpointer            user_data)
{
  return g_variant_new_double (g_value_get_double (value) / 100.0);
}

static gboolean
presenting (ScPreferencesWindow *self)
{
  return g_settings_get_boolean (self->settings, "presentation-mode");
}

static void
show_name_error (ScPreferencesWindow *self,
                 const char          *message)
{
  gtk_label_set_text (self->name_error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->name_error_label), message != NULL);

  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->name_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->name_row), "error");

  gtk_accessible_update_state (GTK_ACCESSIBLE (self->name_row),
                               GTK_ACCESSIBLE_STATE_INVALID,
                               message != NULL ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
}

/* The save button shows while the text is not the stored name. */
static void
update_apply_button (ScPreferencesWindow *self)
{
  const ScLearner *learner = self->context != NULL ? sc_context_get_learner (self->context) : NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->name_row));

  gtk_widget_set_visible (GTK_WIDGET (self->name_apply_button),
                          learner != NULL && g_strcmp0 (text, learner->display_name) != 0);
}

static void
set_row_text (ScPreferencesWindow *self,
              const char          *text)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->name_row)), text) == 0)
    return;

  self->setting_name = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), text);
  self->setting_name = FALSE;
}

/* Shows the learner's name, or that it is hidden, or that there is no
 * learner to name (no database open). */
static void
update_name (ScPreferencesWindow *self)
{
  const ScLearner *learner = self->context != NULL ? sc_context_get_learner (self->context) : NULL;
  gboolean hidden = presenting (self);

  gtk_widget_set_visible (GTK_WIDGET (self->name_row), !hidden);
  gtk_widget_set_visible (GTK_WIDGET (self->name_hidden_row), hidden);
  gtk_widget_set_sensitive (GTK_WIDGET (self->learner_group), learner != NULL);

  if (hidden || learner == NULL)
    {
      set_row_text (self, "");
      show_name_error (self, NULL);
      return;
    }

  set_row_text (self, learner->display_name);
  update_apply_button (self);
}

static void
apply_name (ScPreferencesWindow *self)
{
  ScDatabase *database = self->context != NULL ? sc_context_get_database (self->context) : NULL;
  const ScLearner *current = self->context != NULL ? sc_context_get_learner (self->context) : NULL;
  g_autoptr(ScLearner) learner = NULL;
  g_autoptr(GError) error = NULL;

  if (database == NULL || current == NULL || presenting (self))
    return;

  learner = sc_learner_copy (current);
  if (!sc_learner_rename (database, learner, gtk_editable_get_text (GTK_EDITABLE (self->name_row)),
                          &error))
    {
      show_name_error (self, error->message);
      return;
    }

  show_name_error (self, NULL);
  /* Notifies, and update_name() shows the name as stored (trimmed). */
  sc_context_set_learner (self->context, learner);
}

static void
name_apply_clicked_cb (ScPreferencesWindow *self)
{
  apply_name (self);
}

/* Enter: saves a changed name, and confirms a placeholder one. */
static void
name_row_activated_cb (ScPreferencesWindow *self)
{
  const ScLearner *learner = self->context != NULL ? sc_context_get_learner (self->context) : NULL;

  if (learner == NULL)
    return;

  if (learner->name_is_placeholder ||
      g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->name_row)), learner->display_name) != 0)
    apply_name (self);
}

/* A refused name's reason goes once the learner types again. */
static void
name_row_changed_cb (ScPreferencesWindow *self)
{
  if (!self->setting_name)
    show_name_error (self, NULL);
  update_apply_button (self);
}

static void
sc_preferences_window_constructed (GObject *object)
{
  ScPreferencesWindow *self = SC_PREFERENCES_WINDOW (object);

  G_OBJECT_CLASS (sc_preferences_window_parent_class)->constructed (object);

  if (self->settings == NULL && self->context != NULL)
    self->settings = g_object_ref (sc_context_get_settings (self->context));
  g_assert (G_IS_SETTINGS (self->settings));

  g_settings_bind_with_mapping (self->settings, "style-variant",
                                self->style_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                style_get_mapping, style_set_mapping,
                                NULL, NULL);
  g_settings_bind_with_mapping (self->settings, "text-scale",
                                self->text_size_adjustment, "value",
                                G_SETTINGS_BIND_DEFAULT,
                                percent_get_mapping, percent_set_mapping,
                                NULL, NULL);
  g_settings_bind (self->settings, "presentation-mode",
                   self->presentation_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);

  g_signal_connect_object (self->settings, "changed::presentation-mode",
                           G_CALLBACK (update_name), self, G_CONNECT_SWAPPED);
  if (self->context != NULL)
    g_signal_connect_object (self->context, "notify::learner",
                             G_CALLBACK (update_name), self, G_CONNECT_SWAPPED);
  update_name (self);
}

static void
sc_preferences_window_dispose (GObject *object)
{
  ScPreferencesWindow *self = SC_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), SC_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (sc_preferences_window_parent_class)->dispose (object);
}

static void
sc_preferences_window_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  ScPreferencesWindow *self = SC_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_preferences_window_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  ScPreferencesWindow *self = SC_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_preferences_window_class_init (ScPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sc_preferences_window_constructed;
  object_class->dispose = sc_preferences_window_dispose;
  object_class->get_property = sc_preferences_window_get_property;
  object_class->set_property = sc_preferences_window_set_property;

  /* Where the learner comes from; without it, the name cannot be set. */
  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         SC_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /* The settings the rows are bound to; the context's when not given. */
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/sc-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ScPreferencesWindow, learner_group);
  gtk_widget_class_bind_template_child (widget_class, ScPreferencesWindow, name_apply_button);
  gtk_widget_class_bind_template_child (widget_class, ScPreferencesWindow, name_error_label);
  gtk_widget_class_bind_template_child (widget_class, ScPreferencesWindow, name_hidden_row);
  gtk_widget_class_bind_template_child (widget_class, ScPreferencesWindow, name_row);
  gtk_widget_class_bind_template_child (widget_class, ScPreferencesWindow, presentation_switch);
  gtk_widget_class_bind_template_child (widget_class, ScPreferencesWindow, style_row);
  gtk_widget_class_bind_template_child (widget_class, ScPreferencesWindow, text_size_adjustment);
  gtk_widget_class_bind_template_callback (widget_class, name_apply_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, name_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, name_row_changed_cb);
}

static void
sc_preferences_window_init (ScPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * sc_preferences_window_new:
 * @settings: the application settings the rows are bound to
 *
 * Preferences with no learner to name: the name row stays empty and
 * insensitive. The application uses
 * sc_preferences_window_new_for_context().
 */
ScPreferencesWindow *
sc_preferences_window_new (GSettings *settings)
{
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_object_new (SC_TYPE_PREFERENCES_WINDOW,
                       "settings", settings,
                       NULL);
}

/**
 * sc_preferences_window_new_for_context:
 * @context: the context, with the settings the rows are bound to and
 *   the learner whose name is shown
 */
ScPreferencesWindow *
sc_preferences_window_new_for_context (ScContext *context)
{
  g_return_val_if_fail (SC_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (sc_context_get_settings (context)), NULL);

  return g_object_new (SC_TYPE_PREFERENCES_WINDOW,
                       "context", context,
                       NULL);
}

/**
 * sc_preferences_window_focus_learner_name:
 *
 * Puts the keyboard in the learner's name, its text selected, so typing
 * replaces it (the welcome toast's "Set Name…").
 */
void
sc_preferences_window_focus_learner_name (ScPreferencesWindow *self)
{
  g_return_if_fail (SC_IS_PREFERENCES_WINDOW (self));

  if (gtk_widget_get_visible (GTK_WIDGET (self->name_row)))
    gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->name_hidden_row));
}
