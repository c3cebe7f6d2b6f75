/* sc-window-actions.c - the window's actions: sections, back, folder
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * sc-window.c calls into this file, never the other way round: what the
 * actions need of the window they take from its fields.
 *
 * Accelerators are set on the application (sc-application.c), not here,
 * so that one test can check every one of them against the shortcuts
 * window.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-bank-panel.h"
#include "sc-context.h"
#include "sc-inventory-panel.h"
#include "sc-learn-panel.h"
#include "sc-listings-panel.h"
#include "sc-orders-panel.h"
#include "sc-quiz-player.h"
#include "sc-window-private.h"

/* In sidebar order; the nicks of the last-section key in the schema. */
static const char * const section_names[] = {
  "learn", "listings", "orders", "inventory", "progress", "class", "banks", NULL
};

gboolean
sc_window_is_section_name (const char *name)
{
  return name != NULL && g_strv_contains (section_names, name);
}

/**
 * sc_window_show_section:
 *
 * Like sc_window_set_section(), and a folded window moves to the content:
 * what a click, Enter or a shortcut does.
 */
void
sc_window_show_section (ScWindow   *self,
                        const char *section)
{
  g_return_if_fail (SC_IS_WINDOW (self));
  g_return_if_fail (sc_window_is_section_name (section));

  sc_window_set_section (self, section);
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->content_pane));
}

/**
 * sc_window_take_quiz:
 * @quiz: what an attempt starts from; copied
 *
 * Shows a quiz player for @quiz, for the context's learner and course,
 * in the content pane as the page "quiz" (replacing an earlier quiz). It
 * is not a section: the sidebar and the last-section key are left alone,
 * and choosing a section leaves it. The hook the course's quizzes open.
 *
 * Returns: (transfer none) (nullable): the player, %NULL while there is
 *   no database or learner
 */
GtkWidget *
sc_window_take_quiz (ScWindow            *self,
                     const ScAttemptQuiz *quiz)
{
  ScDatabase *database;
  const ScLearner *learner;
  GtkWidget *earlier;
  GtkWidget *player;

  g_return_val_if_fail (SC_IS_WINDOW (self), NULL);
  g_return_val_if_fail (quiz != NULL, NULL);

  database = self->context != NULL ? sc_context_get_database (self->context) : NULL;
  learner = self->context != NULL ? sc_context_get_learner (self->context) : NULL;
  if (database == NULL || learner == NULL)
    return NULL;

  player = sc_quiz_player_new (database, learner, sc_context_get_course (self->context), quiz);
  /* The new one is shown before the earlier one goes, so the window
   * never watches a panel that is gone; it takes the name "quiz" once
   * the earlier one has given it up. */
  earlier = gtk_stack_get_child_by_name (self->stack, "quiz");
  gtk_stack_add_child (self->stack, player);
  gtk_stack_set_visible_child (self->stack, player);
  if (earlier != NULL)
    gtk_stack_remove (self->stack, earlier);
  gtk_stack_page_set_name (gtk_stack_get_page (self->stack, player), "quiz");
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->content_pane));

  return player;
}

/* win.take-quiz("QUIZ-ID"): a quiz of the course, such as a module's
 * closing quiz from the course tree. */
static void
take_quiz_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ScWindow *self = SC_WINDOW (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  ScCourse *course = self->context != NULL ? sc_context_get_course (self->context) : NULL;
  const ScAttemptQuiz *quiz = course != NULL ? sc_course_lookup_quiz (course, id) : NULL;

  if (quiz == NULL)
    {
      g_message ("win.take-quiz: the course has no quiz “%s”", id);
      return;
    }

  sc_window_take_quiz (self, quiz);
}

static void
section_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  const char *section = g_variant_get_string (parameter, NULL);

  if (sc_window_is_section_name (section))
    sc_window_show_section (SC_WINDOW (widget), section);
}

/* win.practice(("PANEL", "SCENARIO", "LESSON")): a lesson's practice
 * card. The Listings, Orders and Inventory sections open the scenario's
 * store themselves, with the way back to LESSON. */
static void
practice_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  ScWindow *self = SC_WINDOW (widget);
  const char *section = NULL;
  const char *scenario = NULL;
  const char *lesson = NULL;
  ScPanel *panel;

  g_variant_get (parameter, "(&s&s&s)", &section, &scenario, &lesson);
  if (!sc_window_is_section_name (section))
    {
      g_message ("win.practice: “%s” is not a section", section);
      return;
    }

  sc_window_show_section (self, section);
  panel = sc_window_get_visible_panel (self);
  if (SC_IS_LISTINGS_PANEL (panel) && *scenario != '\0')
    sc_listings_panel_open_practice (SC_LISTINGS_PANEL (panel), scenario, lesson);
  else if (SC_IS_ORDERS_PANEL (panel) && *scenario != '\0')
    sc_orders_panel_open_practice (SC_ORDERS_PANEL (panel), scenario, lesson);
  else if (SC_IS_INVENTORY_PANEL (panel) && *scenario != '\0')
    sc_inventory_panel_open_practice (SC_INVENTORY_PANEL (panel), scenario, lesson);
}

/* win.open-lesson("LESSON"): the Learn section on a lesson, such as the
 * one a practice store was opened from. */
static void
open_lesson_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  ScWindow *self = SC_WINDOW (widget);
  ScPanel *panel;

  sc_window_show_section (self, "learn");
  panel = sc_window_get_visible_panel (self);
  if (SC_IS_LEARN_PANEL (panel))
    sc_learn_panel_open_lesson (SC_LEARN_PANEL (panel), g_variant_get_string (parameter, NULL));
}

/**
 * sc_window_get_help_overlay:
 *
 * The shortcuts window is built on first use rather than with every main
 * window (GtkApplication would build it from gtk/help-overlay.ui before
 * the first frame), so its resource has another name.
 *
 * Returns: (transfer none): the window's shortcuts window
 */
GtkShortcutsWindow *
sc_window_get_help_overlay (ScWindow *self)
{
  g_autoptr(GtkBuilder) builder = NULL;
  GtkShortcutsWindow *overlay;

  g_return_val_if_fail (SC_IS_WINDOW (self), NULL);

  overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (self));
  if (overlay != NULL)
    return overlay;

  builder = gtk_builder_new_from_resource (RESOURCE_BASE_PATH "/sc-shortcuts-window.ui");
  overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
  /* The window keeps it (hidden on close) and keeps our action. */
  gtk_application_window_set_help_overlay (GTK_APPLICATION_WINDOW (self), overlay);

  return overlay;
}

static void
show_help_overlay_action (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  gtk_window_present (GTK_WINDOW (sc_window_get_help_overlay (user_data)));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ScWindow *self = SC_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
folder_chooser_response_cb (ScWindow        *self,
                            int              response,
                            GtkNativeDialog *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = folder != NULL ? g_file_get_path (folder) : NULL;

      if (path != NULL)
        gtk_widget_activate_action (GTK_WIDGET (self), "app.open-data-folder", "s", path);
    }

  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->folder_chooser);
}

static void
choose_data_folder_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  ScWindow *self = SC_WINDOW (widget);
  GtkFileChooserNative *chooser;

  if (self->folder_chooser != NULL)
    {
      gtk_native_dialog_show (self->folder_chooser);
      return;
    }

  chooser = gtk_file_chooser_native_new (_("Choose a Folder for Your Work"),
                                         GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                         _("_Choose"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response",
                           G_CALLBACK (folder_chooser_response_cb),
                           self, G_CONNECT_SWAPPED);
  self->folder_chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->folder_chooser);
}

/* win.import-questions: the file chooser of the Question Banks section,
 * which then shows the file's preview and the new bank. */
static void
import_questions_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  ScWindow *self = SC_WINDOW (widget);
  ScPanel *panel;

  sc_window_show_section (self, "banks");
  panel = sc_window_get_visible_panel (self);
  if (SC_IS_BANK_PANEL (panel))
    sc_bank_panel_choose_file (SC_BANK_PANEL (panel));
}

/* win.show-help-overlay: in the window's own action group, where
 * GtkApplicationWindow would put its own, which it then leaves alone. */
void
sc_window_init_actions (ScWindow *self)
{
  static const GActionEntry entries[] = {
    { "show-help-overlay", show_help_overlay_action },
  };

  g_action_map_add_action_entries (G_ACTION_MAP (self), entries, G_N_ELEMENTS (entries), self);
}

void
sc_window_class_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.section", "s", section_action);
  gtk_widget_class_install_action (widget_class, "win.take-quiz", "s", take_quiz_action);
  gtk_widget_class_install_action (widget_class, "win.practice", "(sss)", practice_action);
  gtk_widget_class_install_action (widget_class, "win.open-lesson", "s", open_lesson_action);
  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.import-questions", NULL,
                                   import_questions_action);
  gtk_widget_class_install_action (widget_class, "win.choose-data-folder", NULL,
                                   choose_data_folder_action);
  gtk_widget_class_install_property_action (widget_class, "win.fullscreen", "fullscreened");
}
