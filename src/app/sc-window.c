/* sc-window.c - the main window: sidebar and sections
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window shows one section at a time, named by the `section`
 * property ("learn" … "class", the nicks of the last-section key), or an
 * error page while the database cannot be opened. It never calls into the
 * application: it gets the context and the database error handed down and
 * asks for a reopen through the app.open-data-folder and
 * app.reopen-database actions.
 *
 * `ready` is TRUE once what the window shows is complete: the visible
 * panel reports ready, or the error page is up. The start-up probe and the
 * screenshot tool wait on it.
 *
 * Learn is built with the window; every other section is built on its
 * first visit, so start-up pays only for what it shows (the sections
 * stack measures only its visible page, see sc-window.ui).
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-bank-panel.h"
#include "sc-class-panel.h"
#include "sc-context.h"
#include "sc-inventory-panel.h"
#include "sc-learn-panel.h"
#include "sc-listings-panel.h"
#include "sc-orders-panel.h"
#include "sc-progress-panel.h"
#include "sc-quiz-player.h"
#include "sc-width-hint.h"
#include "sc-window-private.h"
#include "sc-toasts.h"


G_DEFINE_FINAL_TYPE (ScWindow, sc_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_READY,
  PROP_SECTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The sections built on their first visit, by name. */
static const struct {
  const char *name;
  GType     (*get_type) (void);
} lazy_sections[] = {
  { "listings",  sc_listings_panel_get_type },
  { "orders",    sc_orders_panel_get_type },
  { "inventory", sc_inventory_panel_get_type },
  { "progress",  sc_progress_panel_get_type },
  { "class",     sc_class_panel_get_type },
  { "banks",     sc_bank_panel_get_type },
};

static void
ensure_section (ScWindow   *self,
                const char *section)
{
  GtkWidget *panel;

  if (gtk_stack_get_child_by_name (self->stack, section) != NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (lazy_sections); i++)
    {
      if (!g_str_equal (lazy_sections[i].name, section))
        continue;

      /* The window's context is construct-only: no binding needed. */
      panel = g_object_new (lazy_sections[i].get_type (),
                            "context", self->context,
                            NULL);
      gtk_stack_add_named (self->stack, panel, section);
      return;
    }
}

static void
update_ready (ScWindow *self)
{
  gboolean ready;

  if (self->database_error != NULL)
    ready = TRUE;
  else
    ready = self->watched_panel != NULL && sc_panel_get_ready (self->watched_panel);

  if (ready == self->ready)
    return;

  self->ready = ready;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READY]);
}

static void
update_title (ScWindow *self)
{
  g_autofree char *window_title = NULL;
  const char *title = NULL;

  if (self->database_error == NULL && self->watched_panel != NULL)
    title = sc_panel_get_title (self->watched_panel);

  adw_window_title_set_title (self->window_title, title != NULL ? title : "");

  if (title != NULL && *title != '\0')
    /* Translators: the window title; %s is a section, such as "Orders". */
    window_title = g_strdup_printf (_("%s — Shopcraft"), title);
  else
    window_title = g_strdup (_("Shopcraft"));

  gtk_window_set_title (GTK_WINDOW (self), window_title);
}

static void
stack_visible_child_cb (ScWindow *self)
{
  GtkWidget *child = gtk_stack_get_visible_child (self->stack);
  const char *section = gtk_stack_get_visible_child_name (self->stack);

  if (self->watched_panel != NULL)
    {
      g_clear_signal_handler (&self->panel_ready_id, self->watched_panel);
      g_clear_signal_handler (&self->panel_title_id, self->watched_panel);
      self->watched_panel = NULL;
    }

  if (SC_IS_PANEL (child))
    {
      self->watched_panel = SC_PANEL (child);
      self->panel_ready_id = g_signal_connect_swapped (child, "notify::ready",
                                                       G_CALLBACK (update_ready), self);
      self->panel_title_id = g_signal_connect_swapped (child, "notify::title",
                                                       G_CALLBACK (update_title), self);
    }

  sc_window_select_sidebar_row (self, section);
  update_title (self);
  update_ready (self);

  /* A quiz (sc_window_take_quiz()) is a page, not a section to return to. */
  if (self->settings != NULL && sc_window_is_section_name (section))
    {
      g_autofree char *saved = g_settings_get_string (self->settings, "last-section");

      if (g_strcmp0 (saved, section) != 0)
        g_settings_set_string (self->settings, "last-section", section);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTION]);
}

static void
presentation_mode_changed_cb (ScWindow *self)
{
  if (g_settings_get_boolean (self->settings, "presentation-mode"))
    gtk_widget_add_css_class (GTK_WIDGET (self), "presentation");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "presentation");
}

static void
restore_state (ScWindow *self)
{
  g_autofree char *section = NULL;
  int width = 1280;
  int height = 800;

  if (self->settings != NULL)
    {
      width = g_settings_get_int (self->settings, "window-width");
      height = g_settings_get_int (self->settings, "window-height");
      section = g_settings_get_string (self->settings, "last-section");

      if (g_settings_get_boolean (self->settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));

      g_signal_connect_object (self->settings, "changed::presentation-mode",
                               G_CALLBACK (presentation_mode_changed_cb),
                               self, G_CONNECT_SWAPPED);
      presentation_mode_changed_cb (self);
    }

  gtk_window_set_default_size (GTK_WINDOW (self), width, height);

  sc_window_set_section (self, sc_window_is_section_name (section) ? section : "learn");
  stack_visible_child_cb (self);
}

/**
 * sc_window_save_state:
 *
 * Saves the size, whether the window is maximized, and (as it changes)
 * the section, so the next start-up looks the same.
 */
void
sc_window_save_state (ScWindow *self)
{
  int width;
  int height;

  g_return_if_fail (SC_IS_WINDOW (self));

  if (self->settings == NULL)
    return;

  /* The default size is the unmaximized size, which is what to restore. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_delay (self->settings);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_apply (self->settings);
}

static gboolean
close_later_cb (gpointer data)
{
  gtk_window_close (GTK_WINDOW (data));

  return G_SOURCE_REMOVE;
}

static gboolean
sc_window_close_request (GtkWindow *window)
{
  guint settle_ms = sc_toasts_get_settle_ms ();

  /* A toast still sliding in or fading out would crash libadwaita 1.2
   * when the window goes (see sc-toasts.c): close once it is still,
   * within a second. */
  if (settle_ms > 0)
    {
      g_timeout_add_full (G_PRIORITY_DEFAULT, settle_ms, close_later_cb,
                          g_object_ref (window), g_object_unref);
      return TRUE;
    }

  sc_window_save_state (SC_WINDOW (window));

  return GTK_WINDOW_CLASS (sc_window_parent_class)->close_request (window);
}

/* A quiz is one learner's attempt: when another learner takes the seat,
 * it closes (every answer given is already saved) and Learn is shown. */
static void
learner_changed_cb (ScWindow *self)
{
  GtkWidget *player = gtk_stack_get_child_by_name (self->stack, "quiz");
  const ScLearner *learner = sc_context_get_learner (self->context);
  AdwToast *toast;

  if (player == NULL || (learner != NULL &&
                         sc_quiz_player_get_learner_id (SC_QUIZ_PLAYER (player)) == learner->id))
    return;

  if (gtk_stack_get_visible_child (self->stack) == player)
    {
      sc_window_set_section (self, "learn");
      toast = adw_toast_new (_("The quiz was closed for the new learner. The answers given so far are saved."));
      sc_window_add_toast (self, toast);
    }
  gtk_stack_remove (self->stack, player);
}

static void
sc_window_constructed (GObject *object)
{
  ScWindow *self = SC_WINDOW (object);
  GtkWidget *row;

  G_OBJECT_CLASS (sc_window_parent_class)->constructed (object);

  if (self->context != NULL)
    {
      self->settings = g_object_ref (sc_context_get_settings (self->context));
      g_signal_connect_object (self->context, "notify::learner",
                               G_CALLBACK (learner_changed_cb), self, G_CONNECT_SWAPPED);
    }

  restore_state (self);

  /* A narrow window shows the section it starts on, with a way back. */
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->content_pane));

  /* Keyboard users start in the sidebar, on the section shown. */
  row = GTK_WIDGET (gtk_list_box_get_selected_row (self->sidebar));
  if (row != NULL)
    gtk_window_set_focus (GTK_WINDOW (self), row);
}

static void
sc_window_dispose (GObject *object)
{
  ScWindow *self = SC_WINDOW (object);

  if (self->watched_panel != NULL)
    {
      g_clear_signal_handler (&self->panel_ready_id, self->watched_panel);
      g_clear_signal_handler (&self->panel_title_id, self->watched_panel);
      self->watched_panel = NULL;
    }

  if (self->folder_chooser != NULL)
    gtk_native_dialog_destroy (self->folder_chooser);
  g_clear_object (&self->folder_chooser);

  gtk_widget_dispose_template (GTK_WIDGET (object), SC_TYPE_WINDOW);

  g_clear_object (&self->settings);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (sc_window_parent_class)->dispose (object);
}

static void
sc_window_finalize (GObject *object)
{
  ScWindow *self = SC_WINDOW (object);

  g_clear_error (&self->database_error);

  G_OBJECT_CLASS (sc_window_parent_class)->finalize (object);
}

static void
sc_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  ScWindow *self = SC_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_READY:
      g_value_set_boolean (value, self->ready);
      break;

    case PROP_SECTION:
      g_value_set_string (value, sc_window_get_section (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  ScWindow *self = SC_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    case PROP_SECTION:
      sc_window_set_section (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_window_class_init (ScWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = sc_window_constructed;
  object_class->dispose = sc_window_dispose;
  object_class->finalize = sc_window_finalize;
  object_class->get_property = sc_window_get_property;
  object_class->set_property = sc_window_set_property;

  window_class->close_request = sc_window_close_request;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         SC_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_READY] =
    g_param_spec_boolean ("ready", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_SECTION] =
    g_param_spec_string ("section", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  sc_window_class_install_actions (widget_class);

  /* The other panels' classes (and templates) wait for their first visit. */
  g_type_ensure (SC_TYPE_LEARN_PANEL);
  g_type_ensure (SC_TYPE_WIDTH_HINT);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/sc-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ScWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, content_pane);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, listings_row);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, window_title);
  gtk_widget_class_bind_template_callback_full (widget_class, "sidebar_row_activated_cb",
                                                G_CALLBACK (sc_window_sidebar_row_activated_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "sidebar_row_selected_cb",
                                                G_CALLBACK (sc_window_sidebar_row_selected_cb));
  gtk_widget_class_bind_template_callback (widget_class, stack_visible_child_cb);
}

/* The primary menu's popover is built when it first opens (a click or
 * F10), not with the window. */
static void
create_primary_menu_cb (GtkMenuButton *button,
                        gpointer       user_data)
{
  ScWindow *self = user_data;

  gtk_menu_button_set_menu_model (button, self->primary_menu);
  gtk_menu_button_set_create_popup_func (button, NULL, NULL, NULL);
}

static void
sc_window_init (ScWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_menu_button_set_create_popup_func (self->primary_menu_button,
                                         create_primary_menu_cb, self, NULL);

  gtk_list_box_set_header_func (self->sidebar, sc_window_sidebar_header_func, self, NULL);
  sc_window_sidebar_init_tooltips (self);
  sc_window_init_actions (self);

#if DEVELOPMENT_BUILD
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif
}

/**
 * sc_window_new:
 * @application: the application the window belongs to
 * @context: (nullable): what every page reads: database and settings
 */
ScWindow *
sc_window_new (ScApplication *application,
               ScContext     *context)
{
  g_return_val_if_fail (SC_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (!context || SC_IS_CONTEXT (context), NULL);

  return g_object_new (SC_TYPE_WINDOW,
                       "application", application,
                       "context", context,
                       NULL);
}

ScContext *
sc_window_get_context (ScWindow *self)
{
  g_return_val_if_fail (SC_IS_WINDOW (self), NULL);

  return self->context;
}

const char *
sc_window_get_section (ScWindow *self)
{
  g_return_val_if_fail (SC_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

/**
 * sc_window_set_section:
 * @section: a section name: "learn", "listings", "orders", "inventory",
 *   "progress" or "class"
 *
 * Makes @section the visible one, without moving a folded window from
 * the sidebar to the content; see sc_window_show_section().
 */
void
sc_window_set_section (ScWindow   *self,
                       const char *section)
{
  g_return_if_fail (SC_IS_WINDOW (self));
  g_return_if_fail (sc_window_is_section_name (section));

  ensure_section (self, section);
  gtk_stack_set_visible_child_name (self->stack, section);
}

/**
 * sc_window_get_visible_panel:
 *
 * Returns: (transfer none) (nullable): the panel of the visible section
 */
ScPanel *
sc_window_get_visible_panel (ScWindow *self)
{
  GtkWidget *child;

  g_return_val_if_fail (SC_IS_WINDOW (self), NULL);

  child = gtk_stack_get_visible_child (self->stack);

  return SC_IS_PANEL (child) ? SC_PANEL (child) : NULL;
}

gboolean
sc_window_get_ready (ScWindow *self)
{
  g_return_val_if_fail (SC_IS_WINDOW (self), FALSE);

  return self->ready;
}

/**
 * sc_window_add_toast:
 * @toast: (transfer full): a notice for the learner
 */
void
sc_window_add_toast (ScWindow *self,
                     AdwToast *toast)
{
  g_return_if_fail (SC_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  sc_toasts_add (self->toast_overlay, toast);
}

static GtkWidget *
error_button (const char *label,
              const char *action,
              gboolean    suggested)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_add_css_class (button, "pill");
  if (suggested)
    gtk_widget_add_css_class (button, "suggested-action");

  return button;
}

/* The page for a database that cannot be opened, with the ways out:
 * another folder, Retry, Quit. Built the first time it is needed: most
 * starts never show it, and building it made every start slower. */
static void
ensure_error_page (ScWindow *self)
{
  GtkWidget *header;
  GtkWidget *buttons;

  if (self->error_box != NULL)
    return;

  header = adw_header_bar_new ();
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header),
                                   adw_window_title_new (_("Shopcraft"), NULL));

  self->choose_folder_button =
    GTK_BUTTON (error_button (_("_Choose Folder…"), "win.choose-data-folder", TRUE));
  buttons = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_halign (buttons, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (buttons), GTK_WIDGET (self->choose_folder_button));
  gtk_box_append (GTK_BOX (buttons), error_button (_("_Retry"), "app.reopen-database", FALSE));
  gtk_box_append (GTK_BOX (buttons), error_button (_("_Quit"), "app.quit", FALSE));

  self->error_page = ADW_STATUS_PAGE (adw_status_page_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->error_page), TRUE);
  adw_status_page_set_icon_name (self->error_page, "dialog-error-symbolic");
  adw_status_page_set_title (self->error_page, _("Your Work Cannot Be Opened"));
  adw_status_page_set_child (self->error_page, buttons);

  self->error_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 0));
  gtk_box_append (self->error_box, header);
  gtk_box_append (self->error_box, GTK_WIDGET (self->error_page));
  gtk_stack_add_named (self->main_stack, GTK_WIDGET (self->error_box), "error");
}

/**
 * sc_window_set_database_error:
 * @error: (nullable): why the database cannot be opened, or %NULL once it is
 *
 * While @error is set, the window shows it (file, cause, next step) with
 * ways out instead of the sections.
 */
void
sc_window_set_database_error (ScWindow     *self,
                              const GError *error)
{
  g_return_if_fail (SC_IS_WINDOW (self));

  g_clear_error (&self->database_error);

  if (error != NULL)
    {
      g_autofree char *message = g_markup_escape_text (error->message, -1);
      g_autofree char *description = NULL;

      self->database_error = g_error_copy (error);
      description = g_strdup_printf ("%s\n\n%s", message,
                                     _("Shopcraft keeps your lessons and practice in that folder. "
                                       "Choose another folder, or fix the problem and press Retry."));
      ensure_error_page (self);
      adw_status_page_set_description (self->error_page, description);
      gtk_widget_set_visible (GTK_WIDGET (self->error_box), TRUE);
      gtk_stack_set_visible_child_name (self->main_stack, "error");
      gtk_widget_grab_focus (GTK_WIDGET (self->choose_folder_button));
    }
  else
    {
      gtk_stack_set_visible_child_name (self->main_stack, "sections");
      if (self->error_box != NULL)
        gtk_widget_set_visible (GTK_WIDGET (self->error_box), FALSE);
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.section", error == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import-questions", error == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.back", error == NULL);

  update_title (self);
  update_ready (self);
}
