/* test-bank-manage.c - exporting, renaming and deleting a bank from the Question Banks section
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test stores a bank (tests/data/questions/moodle/all-types.xml,
 * one question of every type) and works on it from the section the way
 * a person would, from the point where the file chooser hands over a
 * file or a dialog is answered. What is checked is what the person sees
 * (the toast, the dialog's text, the inline problem, the list) and what
 * is stored or written.
 */
#include "config.h"

#include <string.h>

#include "sc-bank-panel.h"
#include "sc-context.h"
#include "sc-database.h"
#include "sc-gift-reader.h"
#include "sc-moodle-xml-reader.h"
#include "sc-question-bank.h"
#include "sc-screenshot.h"
#include "widget-test-util.h"

static ScApplication *app;
static char *data_dir;

static ScDatabase *
database (void)
{
  return sc_context_get_database (sc_application_get_context (app));
}

static void
store_bank (const char *name)
{
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(ScQuestionBankInfo) info = sc_question_bank_info_new (name);
  g_autoptr(GPtrArray) questions = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (g_getenv ("SHOPCRAFT_SOURCE_ROOT"), "tests", "data",
                                            "questions", "moodle", "all-types.xml", NULL);

  questions = sc_moodle_xml_read_file (path, 0, problems, &error);
  g_assert_no_error (error);
  g_assert_true (sc_question_bank_save (database (), info, questions, &error));
  g_assert_no_error (error);
}

static void
drop_banks (void)
{
  g_autoptr(GPtrArray) banks = sc_question_bank_list (database (), NULL);

  for (guint i = 0; banks != NULL && i < banks->len; i++)
    {
      const ScQuestionBankInfo *info = g_ptr_array_index (banks, i);

      g_assert_true (sc_question_bank_delete (database (), info->name, NULL));
    }
}

static ScBankPanel *
show_banks (ScWindow *window)
{
  ScPanel *panel;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.section", "s", "banks"));
  sc_test_wait_ready (window);
  panel = sc_window_get_visible_panel (window);
  g_assert_true (SC_IS_BANK_PANEL (panel));
  sc_bank_panel_reload (SC_BANK_PANEL (panel));

  return SC_BANK_PANEL (panel);
}

typedef struct
{
  GtkWidget  *root;
  const char *text;
} LabelWait;

static gboolean
label_shown (gpointer data)
{
  LabelWait *wait = data;

  return sc_test_has_label_containing (wait->root, wait->text);
}

static void
wait_for_label (GtkWidget  *root,
                const char *text)
{
  LabelWait wait = { root, text };

  sc_test_wait_until (label_shown, &wait, text);
}

static gboolean
export_done (gpointer data)
{
  return !sc_bank_panel_is_exporting (data);
}

static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  sc_test_respond (GTK_WIDGET (dialog), response);
}

/* Whether the panel's action is enabled, as a button inside the panel
 * (beside the bank menu) sees it. */
static gboolean
action_enabled (ScBankPanel *panel,
                const char  *name)
{
  GtkWidget *menu = sc_test_find_widget (GTK_WIDGET (panel), GTK_TYPE_MENU_BUTTON, "bank-menu");
  GtkWidget *box = gtk_widget_get_parent (menu);
  GtkWidget *button = gtk_button_new ();
  gboolean enabled;

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), name);
  gtk_box_append (GTK_BOX (box), button);
  enabled = gtk_widget_get_sensitive (button);
  gtk_box_remove (GTK_BOX (box), button);

  return enabled;
}

/* Pictures for a person to look at, light and dark, when
 * SHOPCRAFT_BANK_SHOTS names a folder. */
static void
shots (GtkWidget  *widget,
       const char *name)
{
  const char *dir = g_getenv ("SHOPCRAFT_BANK_SHOTS");
  const char *schemes[] = { "light", "dark" };

  if (dir == NULL || *dir == '\0')
    return;
  for (guint i = 0; i < G_N_ELEMENTS (schemes); i++)
    {
      g_autofree char *file = g_strdup_printf ("%s-%s.png", name, schemes[i]);
      g_autofree char *path = g_build_filename (dir, file, NULL);
      g_autoptr(GError) error = NULL;

      adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                          i == 1 ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
      sc_test_settle (widget, 3);
      g_assert_true (sc_screenshot_save (widget, path, &error));
      g_assert_no_error (error);
    }
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
}

static void
test_export (void)
{
  ScWindow *window = sc_test_window_new (app, 1280, 800);
  ScBankPanel *panel;
  g_autofree char *dir = sc_test_make_tmp_dir ();
  g_autofree char *gift = g_build_filename (dir, "shop.gift", NULL);
  g_autofree char *xml = g_build_filename (dir, "shop.xml", NULL);
  g_autofree char *odd = g_build_filename (dir, "shop.csv", NULL);
  g_autoptr(GFile) gift_file = g_file_new_for_path (gift);
  g_autoptr(GFile) xml_file = g_file_new_for_path (xml);
  g_autoptr(GFile) odd_file = g_file_new_for_path (odd);
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(GPtrArray) back = NULL;
  g_autoptr(GError) error = NULL;

  store_bank ("Shop");
  panel = show_banks (window);
  g_assert_cmpstr (sc_bank_panel_get_bank (panel), ==, "Shop");
  g_assert_true (action_enabled (panel, "banks.export"));
  g_assert_true (action_enabled (panel, "banks.rename"));
  g_assert_true (action_enabled (panel, "banks.delete"));
  {
    GtkWidget *menu = sc_test_find_widget (GTK_WIDGET (panel), GTK_TYPE_MENU_BUTTON, "bank-menu");

    g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (menu), GTK_ACCESSIBLE_PROPERTY_LABEL));
    gtk_menu_button_popup (GTK_MENU_BUTTON (menu));
    sc_test_settle (GTK_WIDGET (window), 3);
    shots (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu))), "bank-ops-menu");
    gtk_menu_button_popdown (GTK_MENU_BUTTON (menu));
  }

  /* GIFT: the toast names the file and what GIFT cannot hold (ordering,
   * cloze, units, embedded pictures): the first three by name. */
  sc_bank_panel_export_to (panel, gift_file);
  g_assert_false (action_enabled (panel, "banks.export"));
  sc_test_wait_until (export_done, panel, "the GIFT file to be written");
  g_assert_true (action_enabled (panel, "banks.export"));
  wait_for_label (GTK_WIDGET (window),
                  "Exported 5 questions to shop.gift; GIFT cannot hold “Which field sets the price?”, "
                  "“Weight in kilograms”, “Match the status” and 2 more");
  shots (GTK_WIDGET (window), "bank-ops-export-toast");
  back = sc_gift_read_file (gift, 0, problems, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (back->len, ==, 5);
  g_clear_pointer (&back, g_ptr_array_unref);

  /* Moodle XML holds every question. */
  sc_bank_panel_export_to (panel, xml_file);
  sc_test_wait_until (export_done, panel, "the Moodle XML file to be written");
  wait_for_label (GTK_WIDGET (window), "Exported 10 questions to shop.xml");
  back = sc_moodle_xml_read_file (xml, 0, problems, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (back->len, ==, 10);

  /* A name that says no format is refused before anything is written. */
  sc_bank_panel_export_to (panel, odd_file);
  g_assert_false (sc_bank_panel_is_exporting (panel));
  wait_for_label (GTK_WIDGET (window), "shop.csv was not written");
  g_assert_false (g_file_test (odd, G_FILE_TEST_EXISTS));

  sc_test_close_window (GTK_WINDOW (window));
  drop_banks ();
  sc_test_remove_tree (dir);
}

static void
test_rename (void)
{
  ScWindow *window = sc_test_window_new (app, 1280, 800);
  ScBankPanel *panel;
  AdwMessageDialog *dialog;
  GtkEditable *entry;
  g_autoptr(GPtrArray) banks = NULL;

  store_bank ("Shop");
  store_bank ("Other");
  panel = show_banks (window);
  g_assert_true (sc_bank_panel_select_bank (panel, "Shop"));

  dialog = sc_bank_panel_rename_bank (panel);
  g_assert_nonnull (dialog);
  entry = GTK_EDITABLE (sc_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_ENTRY, "bank-name"));
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "Shop");
  /* Nothing to rename yet. */
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "rename"));

  /* A taken name is refused as it is typed, and said why. */
  gtk_editable_set_text (entry, "Other");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "rename"));
  g_assert_true (sc_test_has_label_containing (GTK_WIDGET (dialog), "A bank called “Other” exists already."));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (entry), "error"));
  shots (GTK_WIDGET (dialog), "bank-ops-rename-taken");
  gtk_editable_set_text (entry, "   ");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "rename"));
  g_assert_true (sc_test_has_label_containing (GTK_WIDGET (dialog), "Give the bank a name."));

  /* A free name, with space around it, is taken trimmed. */
  gtk_editable_set_text (entry, "  Store basics ");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "rename"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (entry), "error"));
  respond (dialog, "rename");

  g_assert_cmpstr (sc_bank_panel_get_bank (panel), ==, "Store basics");
  wait_for_label (GTK_WIDGET (window), "Renamed “Shop” to “Store basics”");
  banks = sc_question_bank_list (database (), NULL);
  g_assert_cmpuint (banks->len, ==, 2);
  g_assert_cmpstr (((ScQuestionBankInfo *) banks->pdata[0])->name, ==, "Other");
  g_assert_cmpstr (((ScQuestionBankInfo *) banks->pdata[1])->name, ==, "Store basics");
  g_assert_cmpuint (((ScQuestionBankInfo *) banks->pdata[1])->n_questions, ==, 10);

  /* Cancel changes nothing. */
  dialog = sc_bank_panel_rename_bank (panel);
  entry = GTK_EDITABLE (sc_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_ENTRY, "bank-name"));
  gtk_editable_set_text (entry, "Never");
  respond (dialog, "cancel");
  g_assert_cmpstr (sc_bank_panel_get_bank (panel), ==, "Store basics");

  sc_test_close_window (GTK_WINDOW (window));
  drop_banks ();
}

static void
test_delete (void)
{
  ScWindow *window = sc_test_window_new (app, 1280, 800);
  ScBankPanel *panel;
  AdwMessageDialog *dialog;

  store_bank ("Shop");
  store_bank ("Other");
  panel = show_banks (window);
  g_assert_true (sc_bank_panel_select_bank (panel, "Shop"));

  /* The question says what goes and what stays; Cancel keeps it. */
  dialog = sc_bank_panel_delete_bank (panel);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Delete “Shop”?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Its 10 questions"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "attempts already taken on a bank always keep their questions"));
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "cancel");
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "delete"), ==, ADW_RESPONSE_DESTRUCTIVE);
  shots (GTK_WIDGET (dialog), "bank-ops-delete-confirm");
  respond (dialog, "cancel");
  g_assert_cmpuint (sc_bank_panel_get_n_banks (panel), ==, 2);

  dialog = sc_bank_panel_delete_bank (panel);
  respond (dialog, "delete");
  g_assert_cmpuint (sc_bank_panel_get_n_banks (panel), ==, 1);
  g_assert_cmpstr (sc_bank_panel_get_bank (panel), ==, "Other");
  wait_for_label (GTK_WIDGET (window), "Deleted the question bank “Shop”");
  g_assert_false (sc_question_bank_delete (database (), "Shop", NULL));

  /* The last one gone, the page is the empty state; the menu is off. */
  dialog = sc_bank_panel_delete_bank (panel);
  respond (dialog, "delete");
  g_assert_cmpuint (sc_bank_panel_get_n_banks (panel), ==, 0);
  g_assert_null (sc_bank_panel_get_bank (panel));
  g_assert_false (action_enabled (panel, "banks.delete"));
  g_assert_false (action_enabled (panel, "banks.export"));
  g_assert_null (sc_bank_panel_delete_bank (panel));
  sc_test_settle (GTK_WIDGET (window), 2);
  g_assert_true (sc_test_has_label_containing (GTK_WIDGET (panel), "No Question Banks Yet"));

  sc_test_close_window (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!sc_test_init (&argc, &argv))
    {
      g_printerr ("test-bank-manage: no display\n");
      return 77;
    }

  g_setenv ("LANGUAGE", "C", TRUE);
  data_dir = sc_test_make_tmp_dir ();
  app = sc_test_app_new (data_dir);

  g_test_add_func ("/bank-manage/export", test_export);
  g_test_add_func ("/bank-manage/rename", test_rename);
  g_test_add_func ("/bank-manage/delete", test_delete);

  status = g_test_run ();

  g_clear_object (&app);
  sc_test_remove_tree (data_dir);
  g_free (data_dir);

  return status;
}
