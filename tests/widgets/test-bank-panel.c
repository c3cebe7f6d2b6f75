/* test-bank-panel.c - importing a question file through its preview, and browsing banks
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test drives the Question Banks section of a real window the way
 * a person would, from the point where the file chooser (or a drop)
 * hands over a file: sc_bank_panel_import_file(). What is checked is
 * what the person sees (the preview's counts and problems, the refusal,
 * the name taken, the bank in the list, the question shown) and what
 * is stored (nothing on Cancel or refusal).
 */
#include "config.h"

#include <string.h>

#include <gdk/x11/gdkx.h>

#include "sc-bank-panel.h"
#include "sc-context.h"
#include "sc-database.h"
#include "sc-question-bank.h"
#include "sc-question-preview.h"
#include "sc-screenshot.h"
#include "widget-test-util.h"

static ScApplication *app;
static char *data_dir;

static ScDatabase *
database (void)
{
  return sc_context_get_database (sc_application_get_context (app));
}

static guint
n_stored_banks (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) banks = sc_question_bank_list (database (), &error);

  g_assert_no_error (error);

  return banks->len;
}

static ScBankPanel *
show_banks (ScWindow *window)
{
  ScPanel *panel;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.section", "s", "banks"));
  sc_test_wait_ready (window);
  panel = sc_window_get_visible_panel (window);
  g_assert_true (SC_IS_BANK_PANEL (panel));

  return SC_BANK_PANEL (panel);
}

static char *
source_file (const char *first,
             ...)
{
  va_list args;
  g_autofree char *relative = NULL;
  GPtrArray *parts = g_ptr_array_new ();
  const char *part;

  va_start (args, first);
  for (part = first; part != NULL; part = va_arg (args, const char *))
    g_ptr_array_add (parts, (gpointer) part);
  va_end (args);
  g_ptr_array_add (parts, NULL);
  relative = g_build_filenamev ((char **) parts->pdata);
  g_ptr_array_free (parts, TRUE);

  return g_build_filename (g_getenv ("SHOPCRAFT_SOURCE_ROOT"), relative, NULL);
}

static gboolean
dialog_has_read (gpointer data)
{
  return g_strcmp0 (sc_bank_import_dialog_get_state (data), "loading") != 0;
}

/* What the file chooser does with the file picked: the preview opens. */
static ScBankImportDialog *
open_preview (ScBankPanel *panel,
              const char  *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  ScBankImportDialog *dialog = sc_bank_panel_import_file (panel, file);

  g_assert_nonnull (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  sc_test_wait_until (dialog_has_read, dialog, "the file to be read");
  g_object_remove_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));

  return dialog;
}

/* Leaves a picture of @widget in the build folder for a person to look at. */
static void
save_picture (GtkWidget  *widget,
              const char *file_name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, file_name, NULL);

  sc_test_settle (widget, 3);
  texture = sc_screenshot_render (widget, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_texture_get_width (texture), >, 300);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

static void
close_dialog (ScBankImportDialog *dialog,
              const char         *action)
{
  gpointer watched = dialog;

  g_object_add_weak_pointer (G_OBJECT (dialog), &watched);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), action, NULL));
  sc_test_wait_until (sc_test_is_null, &watched, "the preview to close");
}

static gboolean
action_enabled (GtkWidget  *widget,
                const char *action)
{
  /* The dialog's own actions, as its Import button sees them. */
  gboolean enabled = FALSE;
  g_autoptr(GPtrArray) buttons = sc_test_find_widgets (widget, GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (buttons->pdata[i]), action) == 0)
      {
        enabled = gtk_widget_get_sensitive (buttons->pdata[i]) &&
                  gtk_widget_get_visible (buttons->pdata[i]);
      }

  return enabled;
}

static gboolean
toast_shown (gpointer data)
{
  return sc_test_has_label_containing (data, "Imported 22 questions into “Listings”");
}

static void
test_empty_state (void)
{
  ScWindow *window = sc_test_window_new (app, 1280, 800);
  ScBankPanel *panel = show_banks (window);
  GtkWidget *button;

  g_assert_cmpuint (n_stored_banks (), ==, 0);
  g_assert_cmpuint (sc_bank_panel_get_n_banks (panel), ==, 0);
  g_assert_true (sc_test_has_label_containing (GTK_WIDGET (panel), "No Question Banks Yet"));

  /* The Import button is there, named, and works. */
  button = NULL;
  {
    g_autoptr(GPtrArray) buttons = sc_test_find_widgets (GTK_WIDGET (panel), GTK_TYPE_BUTTON);

    for (guint i = 0; i < buttons->len; i++)
      if (gtk_widget_get_mapped (buttons->pdata[i]) &&
          g_strcmp0 (gtk_actionable_get_action_name (buttons->pdata[i]), "banks.import") == 0)
        button = buttons->pdata[i];
  }
  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "_Import Question Bank…");
  g_assert_true (gtk_widget_get_sensitive (button));

  sc_test_close_window (GTK_WINDOW (window));
}

static void
test_refused_file (void)
{
  ScWindow *window = sc_test_window_new (app, 1280, 800);
  ScBankPanel *panel = show_banks (window);
  g_autofree char *path = g_build_filename (data_dir, "broken.xml", NULL);
  g_autoptr(GError) error = NULL;
  ScBankImportDialog *dialog;
  const ScBankImport *import;

  g_file_set_contents (path, "<?xml version=\"1.0\"?>\n<!DOCTYPE quiz [<!ENTITY a \"b\">]>\n<quiz>&a;</quiz>\n",
                       -1, &error);
  g_assert_no_error (error);

  dialog = open_preview (panel, path);
  g_assert_cmpstr (sc_bank_import_dialog_get_state (dialog), ==, "error");
  import = sc_bank_import_dialog_get_import (dialog);
  g_assert_nonnull (import->error);
  g_test_message ("refusal: %s", import->error->message);

  /* The error names the file and says nothing was stored; Import is gone. */
  g_assert_true (sc_test_has_label_containing (GTK_WIDGET (dialog), "broken.xml"));
  g_assert_true (sc_test_has_label_containing (GTK_WIDGET (dialog), "Nothing was stored."));
  save_picture (GTK_WIDGET (dialog), "bank-import-refused.png");
  g_assert_false (action_enabled (GTK_WIDGET (dialog), "dialog.import"));
  /* Even when asked, it stores nothing. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.import", NULL);
  sc_test_settle (GTK_WIDGET (dialog), 1);

  close_dialog (dialog, "dialog.cancel");
  g_assert_cmpuint (n_stored_banks (), ==, 0);
  g_assert_cmpuint (sc_bank_panel_get_n_banks (panel), ==, 0);

  /* A file that is not a question file by its name is refused too. */
  g_free (path);
  path = g_build_filename (data_dir, "questions.csv", NULL);
  g_file_set_contents (path, "a,b\n", -1, &error);
  g_assert_no_error (error);
  dialog = open_preview (panel, path);
  g_assert_cmpstr (sc_bank_import_dialog_get_state (dialog), ==, "error");
  g_assert_true (sc_test_has_label_containing (GTK_WIDGET (dialog), ".gift or .txt"));
  close_dialog (dialog, "dialog.cancel");
  g_assert_cmpuint (n_stored_banks (), ==, 0);

  sc_test_close_window (GTK_WINDOW (window));
}

/* A file whose every question has a grade off Moodle's list is refused,
 * with a way to read it again with the grades rounded. */
static void
test_refused_then_rounded (void)
{
  ScWindow *window = sc_test_window_new (app, 1280, 800);
  ScBankPanel *panel = show_banks (window);
  g_autofree char *path = g_build_filename (data_dir, "off-list.gift", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) buttons = NULL;
  ScBankImportDialog *dialog;
  GtkWidget *round = NULL;

  g_file_set_contents (path, "::Discount:: Which price is right? {=$20 ~%33%$25 ~$30}\n", -1, &error);
  g_assert_no_error (error);

  dialog = open_preview (panel, path);
  g_assert_cmpstr (sc_bank_import_dialog_get_state (dialog), ==, "error");
  g_assert_true (sc_test_has_label_containing (GTK_WIDGET (dialog), "off-list.gift:1:"));

  buttons = sc_test_find_widgets (GTK_WIDGET (dialog), GTK_TYPE_BUTTON);
  for (guint i = 0; i < buttons->len; i++)
    {
      const char *label = gtk_button_get_label (buttons->pdata[i]);

      if (gtk_widget_get_mapped (buttons->pdata[i]) && label != NULL &&
          g_str_has_prefix (label, "_Round Grades"))
        round = buttons->pdata[i];
    }
  g_assert_nonnull (round);
  g_signal_emit_by_name (round, "clicked");
  sc_test_wait_until (dialog_has_read, dialog, "the file to be read again");
  g_assert_cmpstr (sc_bank_import_dialog_get_state (dialog), ==, "preview");
  g_assert_cmpuint (sc_bank_import_dialog_get_import (dialog)->questions->len, ==, 1);
  g_assert_true (action_enabled (GTK_WIDGET (dialog), "dialog.import"));
  close_dialog (dialog, "dialog.cancel");
  g_assert_cmpuint (n_stored_banks (), ==, 0);

  sc_test_close_window (GTK_WINDOW (window));
}

static void
test_cancel_stores_nothing (void)
{
  ScWindow *window = sc_test_window_new (app, 1280, 800);
  ScBankPanel *panel = show_banks (window);
  g_autofree char *path = source_file ("data", "courses", "ecommerce-operations", "questions",
                                       "listing-essentials.xml", NULL);
  ScBankImportDialog *dialog = open_preview (panel, path);

  g_assert_cmpstr (sc_bank_import_dialog_get_state (dialog), ==, "preview");
  g_assert_cmpstr (sc_bank_import_dialog_get_name_problem (dialog), ==, NULL);
  g_assert_true (action_enabled (GTK_WIDGET (dialog), "dialog.import"));
  close_dialog (dialog, "dialog.cancel");
  g_assert_cmpuint (n_stored_banks (), ==, 0);

  sc_test_close_window (GTK_WINDOW (window));
}

static gboolean
panel_has_banks (gpointer data)
{
  ScBankPanel *panel = data;

  return sc_bank_panel_get_n_banks (panel) == GPOINTER_TO_UINT (g_object_get_data (data, "expect"));
}

static void
wait_for_banks (ScBankPanel *panel,
                guint        n)
{
  g_object_set_data (G_OBJECT (panel), "expect", GUINT_TO_POINTER (n));
  sc_test_wait_until (panel_has_banks, panel, "the bank to be listed");
}

static void
test_import_and_browse (void)
{
  ScWindow *window = sc_test_window_new (app, 1280, 800);
  ScBankPanel *panel = show_banks (window);
  g_autofree char *path = source_file ("data", "courses", "ecommerce-operations", "questions",
                                       "listing-essentials.xml", NULL);
  ScBankImportDialog *dialog = open_preview (panel, path);
  const ScBankImport *import = sc_bank_import_dialog_get_import (dialog);
  AdwEntryRow *name_row;
  guint total = 0;
  GtkListBox *questions;
  GtkListBoxRow *first;
  ScQuestionPreview *preview;

  /* The preview: the file, its questions by type, no problem, a name. */
  g_assert_cmpstr (sc_bank_import_dialog_get_state (dialog), ==, "preview");
  g_assert_cmpstr (import->display_name, ==, "listing-essentials.xml");
  for (guint type = 0; type < SC_QUESTION_N_TYPES; type++)
    total += import->counts[type];
  g_assert_cmpuint (total, ==, 22);
  g_assert_cmpuint (import->questions->len, ==, 22);
  g_assert_cmpuint (import->counts[SC_QUESTION_NUMERICAL], ==, 4);
  g_assert_cmpuint (import->counts[SC_QUESTION_MATCHING], ==, 3);
  g_assert_cmpuint (import->counts[SC_QUESTION_TRUE_FALSE], ==, 3);
  g_assert_cmpuint (g_strv_length (import->problems), ==, 0);
  g_assert_true (sc_test_has_label_containing (GTK_WIDGET (dialog), "22 questions will be imported from listing-essentials.xml."));
  g_assert_true (sc_test_has_label_containing (GTK_WIDGET (dialog), "Numerical"));
  name_row = ADW_ENTRY_ROW (sc_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, NULL));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, "listing-essentials");
  g_assert_null (sc_bank_import_dialog_get_name_problem (dialog));

  /* An empty name is refused inline. */
  gtk_editable_set_text (GTK_EDITABLE (name_row), "  ");
  g_assert_nonnull (sc_bank_import_dialog_get_name_problem (dialog));
  g_assert_false (action_enabled (GTK_WIDGET (dialog), "dialog.import"));
  gtk_editable_set_text (GTK_EDITABLE (name_row), "Listings");

  close_dialog (dialog, "dialog.import");
  wait_for_banks (panel, 1);
  g_assert_cmpuint (n_stored_banks (), ==, 1);
  sc_test_wait_until (toast_shown, window, "the toast that says what came in");

  /* The new bank is listed, selected, with every question. */
  g_assert_cmpstr (sc_bank_panel_get_bank (panel), ==, "Listings");
  g_assert_cmpuint (sc_bank_panel_get_n_shown (panel), ==, 22);
  sc_test_settle (GTK_WIDGET (window), 2);
  g_assert_true (sc_test_has_label_containing (GTK_WIDGET (panel), "22 questions ·"));

  /* Picking a question shows it, with its answers marked. */
  questions = GTK_LIST_BOX (sc_test_find_widget (GTK_WIDGET (panel), GTK_TYPE_LIST_BOX, "question-list"));
  first = gtk_list_box_get_row_at_index (questions, 0);
  gtk_list_box_select_row (questions, first);
  preview = SC_QUESTION_PREVIEW (sc_test_find_widget (GTK_WIDGET (panel), SC_TYPE_QUESTION_PREVIEW, NULL));
  g_assert_nonnull (sc_question_preview_get_question (preview));
  sc_test_settle (GTK_WIDGET (window), 2);
  g_assert_true (sc_test_has_label_containing (GTK_WIDGET (preview), "Right"));
  g_assert_true (sc_test_has_label_containing (GTK_WIDGET (preview),
                                       sc_question_preview_get_question (preview)->name));

  sc_test_close_window (GTK_WINDOW (window));
}

static void
test_problems_and_name_taken (void)
{
  ScWindow *window = sc_test_window_new (app, 1280, 800);
  ScBankPanel *panel = show_banks (window);
  g_autofree char *path = source_file ("tests", "data", "questions", "moodle",
                                       "off-grid-fractions.xml", NULL);
  g_autofree char *again = source_file ("data", "courses", "ecommerce-operations", "questions",
                                        "listing-essentials.xml", NULL);
  ScBankImportDialog *dialog = open_preview (panel, path);
  const ScBankImport *import = sc_bank_import_dialog_get_import (dialog);
  AdwEntryRow *name_row;
  GtkSwitch *snap;
  guint n_before;
  guint n_rows = 0;
  guint before = n_stored_banks ();

  /* Every problem is listed as FILE:LINE: message. */
  g_assert_cmpstr (sc_bank_import_dialog_get_state (dialog), ==, "preview");
  g_assert_cmpuint (g_strv_length (import->problems), >, 0);
  for (guint i = 0; import->problems[i] != NULL; i++)
    {
      g_test_message ("%s", import->problems[i]);
      g_assert_true (g_regex_match_simple ("off-grid-fractions\\.xml:[0-9]+: ", import->problems[i], 0, 0));
      g_assert_true (sc_test_has_label_containing (GTK_WIDGET (dialog), import->problems[i]));
    }
  {
    g_autoptr(GPtrArray) labels = sc_test_find_widgets (GTK_WIDGET (dialog), GTK_TYPE_LABEL);

    for (guint i = 0; i < labels->len; i++)
      if (gtk_widget_has_css_class (labels->pdata[i], "sc-import-problem"))
        n_rows++;
  }
  g_assert_cmpuint (n_rows, ==, g_strv_length (import->problems));
  save_picture (GTK_WIDGET (dialog), "bank-import-problems.png");

  /* Rounding the grades keeps the skipped questions, after a new read. */
  n_before = import->questions->len;
  snap = GTK_SWITCH (sc_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_SWITCH, NULL));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (snap)));
  gtk_switch_set_active (snap, TRUE);
  sc_test_wait_until (dialog_has_read, dialog, "the file to be read again");
  import = sc_bank_import_dialog_get_import (dialog);
  g_assert_true (import->snap_fractions);
  g_test_message ("%u questions, %u with grades rounded", n_before, import->questions->len);
  g_assert_cmpuint (import->questions->len, >, n_before);
  close_dialog (dialog, "dialog.cancel");

  /* The name of a bank that exists is refused inline, until changed. */
  dialog = open_preview (panel, again);
  name_row = ADW_ENTRY_ROW (sc_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, NULL));
  gtk_editable_set_text (GTK_EDITABLE (name_row), "Listings");
  g_assert_nonnull (sc_bank_import_dialog_get_name_problem (dialog));
  g_assert_nonnull (strstr (sc_bank_import_dialog_get_name_problem (dialog), "exists already"));
  sc_test_settle (GTK_WIDGET (dialog), 1);
  g_assert_true (sc_test_has_label_containing (GTK_WIDGET (dialog), "exists already"));
  save_picture (GTK_WIDGET (dialog), "bank-import-name-taken.png");
  g_assert_false (action_enabled (GTK_WIDGET (dialog), "dialog.import"));
  gtk_editable_set_text (GTK_EDITABLE (name_row), "Listings (copy)");
  g_assert_null (sc_bank_import_dialog_get_name_problem (dialog));
  g_assert_true (action_enabled (GTK_WIDGET (dialog), "dialog.import"));
  close_dialog (dialog, "dialog.import");
  wait_for_banks (panel, before + 1);
  g_assert_cmpstr (sc_bank_panel_get_bank (panel), ==, "Listings (copy)");

  sc_test_close_window (GTK_WINDOW (window));
}

static gboolean
shown_is (gpointer data)
{
  ScBankPanel *panel = data;

  return sc_bank_panel_get_n_shown (panel) == GPOINTER_TO_UINT (g_object_get_data (data, "expect-shown"));
}

static guint
count_matching (const ScQuestionFilter *filter)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = sc_question_bank_search (database (), filter, &error);

  g_assert_no_error (error);

  return entries->len;
}

static void
wait_shown (ScBankPanel *panel,
            guint        n)
{
  g_object_set_data (G_OBJECT (panel), "expect-shown", GUINT_TO_POINTER (n));
  sc_test_wait_until (shown_is, panel, "the question list to narrow");
}

static void
test_search_and_filters (void)
{
  ScWindow *window = sc_test_window_new (app, 1280, 800);
  ScBankPanel *panel = show_banks (window);
  ScQuestionFilter filter = SC_QUESTION_FILTER_INIT;
  GtkEditable *search;
  GtkDropDown *type_filter;
  GtkDropDown *competency_filter;
  guint expected;

  g_assert_true (sc_bank_panel_select_bank (panel, "Listings"));
  g_assert_cmpuint (sc_bank_panel_get_n_shown (panel), ==, 22);
  filter.bank = "Listings";

  /* Search by text narrows the list. */
  search = GTK_EDITABLE (sc_test_find_widget (GTK_WIDGET (panel), GTK_TYPE_SEARCH_ENTRY, "question-search"));
  gtk_editable_set_text (search, "title");
  filter.text = "title";
  expected = count_matching (&filter);
  g_assert_cmpuint (expected, >, 0);
  g_assert_cmpuint (expected, <, 22);
  wait_shown (panel, expected);
  gtk_editable_set_text (search, "");
  filter.text = NULL;
  wait_shown (panel, 22);

  /* So does a type. */
  type_filter = GTK_DROP_DOWN (sc_test_find_widget (GTK_WIDGET (panel), GTK_TYPE_DROP_DOWN, "type-filter"));
  gtk_drop_down_set_selected (type_filter, SC_QUESTION_NUMERICAL + 1);
  g_assert_cmpuint (sc_bank_panel_get_n_shown (panel), ==, 4);
  gtk_drop_down_set_selected (type_filter, 0);
  g_assert_cmpuint (sc_bank_panel_get_n_shown (panel), ==, 22);

  /* And a competency: the first one listed. */
  competency_filter = GTK_DROP_DOWN (sc_test_find_widget (GTK_WIDGET (panel), GTK_TYPE_DROP_DOWN, "competency-filter"));
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (competency_filter)), >, 1);
  gtk_drop_down_set_selected (competency_filter, 1);
  filter.competency = gtk_string_list_get_string (GTK_STRING_LIST (gtk_drop_down_get_model (competency_filter)), 1);
  expected = count_matching (&filter);
  g_test_message ("competency %s: %u questions", filter.competency, expected);
  g_assert_cmpuint (expected, >, 0);
  g_assert_cmpuint (expected, <, 22);
  g_assert_cmpuint (sc_bank_panel_get_n_shown (panel), ==, expected);

  /* Another bank starts unfiltered. */
  g_assert_true (sc_bank_panel_select_bank (panel, "Listings (copy)"));
  g_assert_cmpuint (gtk_drop_down_get_selected (competency_filter), ==, 0);
  g_assert_cmpuint (sc_bank_panel_get_n_shown (panel), ==, 22);

  sc_test_close_window (GTK_WINDOW (window));
}

static gboolean
has_accessible_name (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget))
    {
      const char *label = gtk_button_get_label (GTK_BUTTON (widget));

      if (label != NULL && *label != '\0')
        return TRUE;
    }

  /* A GTK 4.8 search entry is read out by its placeholder, which its
   * text field carries; a label set on the entry itself does not stick. */
  if (GTK_IS_SEARCH_ENTRY (widget))
    {
      g_autofree char *placeholder = NULL;

      g_object_get (widget, "placeholder-text", &placeholder, NULL);
      if (placeholder != NULL && *placeholder != '\0')
        return TRUE;
    }

  return gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL) ||
         gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
}

/* Every control a keyboard or a screen reader reaches has a name. */
static void
assert_controls_named (GtkWidget *root)
{
  GType types[] = { GTK_TYPE_BUTTON, GTK_TYPE_LIST_BOX, GTK_TYPE_LIST_BOX_ROW, GTK_TYPE_SWITCH,
                    GTK_TYPE_SEARCH_ENTRY, GTK_TYPE_DROP_DOWN };
  guint n_checked = 0;

  for (guint t = 0; t < G_N_ELEMENTS (types); t++)
    {
      g_autoptr(GPtrArray) controls = sc_test_find_widgets (root, types[t]);

      for (guint i = 0; i < controls->len; i++)
        {
          GtkWidget *control = controls->pdata[i];

          if (ADW_IS_PREFERENCES_ROW (control) ||
              gtk_widget_get_ancestor (gtk_widget_get_parent (control), ADW_TYPE_PREFERENCES_ROW) != NULL)
            continue; /* named by their titles */
          if (GTK_IS_LIST_BOX (control) && gtk_widget_get_ancestor (control, ADW_TYPE_PREFERENCES_ROW))
            continue;
          if (!has_accessible_name (control))
            g_error ("%s %p (%s) in %s has no accessible name", G_OBJECT_TYPE_NAME (control), control,
                     gtk_widget_get_name (control), G_OBJECT_TYPE_NAME (root));
          n_checked++;
        }
    }

  g_assert_cmpuint (n_checked, >, 5);
}

static gboolean
focus_within (GtkWindow *window,
              GtkWidget *widget)
{
  GtkWidget *focus = gtk_window_get_focus (window);

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static void
test_keyboard_and_names (void)
{
  ScWindow *window = sc_test_window_new (app, 1280, 800);
  ScBankPanel *panel = show_banks (window);
  g_autofree char *path = source_file ("tests", "data", "questions", "moodle",
                                       "off-grid-fractions.xml", NULL);
  GtkWidget *banks = sc_test_find_widget (GTK_WIDGET (panel), GTK_TYPE_LIST_BOX, "bank-list");
  GtkWidget *search = sc_test_find_widget (GTK_WIDGET (panel), GTK_TYPE_SEARCH_ENTRY, "question-search");
  GtkWidget *type_filter = sc_test_find_widget (GTK_WIDGET (panel), GTK_TYPE_DROP_DOWN, "type-filter");
  GtkWidget *questions = sc_test_find_widget (GTK_WIDGET (panel), GTK_TYPE_LIST_BOX, "question-list");
  guint reached = 0;
  ScBankImportDialog *dialog;

  g_assert_true (sc_bank_panel_select_bank (panel, "Listings"));
  sc_test_settle (GTK_WIDGET (window), 2);
  assert_controls_named (GTK_WIDGET (panel));

  /* From the banks, Tab reaches the search, the filters, then the questions. */
  gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_selected_row (GTK_LIST_BOX (banks))));
  g_assert_true (focus_within (GTK_WINDOW (window), banks));
  for (guint presses = 0; presses < 12 && reached < 3; presses++)
    {
      GtkWidget *want[] = { search, type_filter, questions };

      gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD);
      if (focus_within (GTK_WINDOW (window), want[reached]))
        reached++;
    }
  g_assert_cmpuint (reached, ==, 3);

  /* Ctrl+F (banks.search) goes back to the search. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "banks.search", NULL));
  g_assert_true (focus_within (GTK_WINDOW (window), search));

  /* The preview's controls are named too. */
  dialog = open_preview (panel, path);
  assert_controls_named (GTK_WIDGET (dialog));
  close_dialog (dialog, "dialog.cancel");

  sc_test_close_window (GTK_WINDOW (window));
}

/* A real key press through the X server (XTest), as a person would make
 * it, into @window; FALSE when xdotool is not installed. */
static gboolean
press_key (GtkWindow  *window,
           const char *key)
{
  if (!sc_test_have_xdotool ())
    return FALSE;
  sc_test_xdotool (GTK_WIDGET (window), "key", key, NULL);

  return TRUE;
}

/* Pictures for a person to look at, when SHOPCRAFT_GRADING_SHOTS names a folder. */
static void
shot (GtkWidget  *widget,
      const char *name)
{
  const char *dir = g_getenv ("SHOPCRAFT_GRADING_SHOTS");
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (dir == NULL || *dir == '\0')
    return;
  sc_test_settle (widget, 3);
  path = g_build_filename (dir, name, NULL);
  g_assert_true (sc_screenshot_save (widget, path, &error));
  g_assert_no_error (error);
}

/* Present: the question alone and large, which answers are right hidden
 * until revealed (R or Space), hidden again on the next question. */
static void
test_present_and_reveal (void)
{
  const char *styles[] = { "light", "dark", "presentation" };

  for (guint s = 0; s < G_N_ELEMENTS (styles); s++)
    {
      ScWindow *window = sc_test_window_new (app, 1280, 800);
      ScBankPanel *panel = show_banks (window);
      GtkListBox *questions = GTK_LIST_BOX (sc_test_find_widget (GTK_WIDGET (panel), GTK_TYPE_LIST_BOX,
                                                                 "question-list"));
      GtkWidget *banks = sc_test_find_widget (GTK_WIDGET (panel), GTK_TYPE_LIST_BOX, "bank-list");
      ScQuestionPreview *preview = SC_QUESTION_PREVIEW (sc_test_find_widget (GTK_WIDGET (panel),
                                                                             SC_TYPE_QUESTION_PREVIEW, NULL));
      GtkWidget *reveal = sc_test_find_widget (GTK_WIDGET (preview), GTK_TYPE_BUTTON, "preview-reveal");
      GtkWidget *present = sc_test_find_widget (GTK_WIDGET (preview), GTK_TYPE_TOGGLE_BUTTON, "preview-present");
      g_autofree char *name = NULL;
      int index = 0;

      adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                          s == 1 ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
      if (s == 2)
        gtk_widget_add_css_class (GTK_WIDGET (window), "presentation");
      g_assert_true (sc_bank_panel_select_bank (panel, "Listings"));
      /* A single-choice question: its right answer is the secret. */
      for (;; index++)
        {
          GtkListBoxRow *row = gtk_list_box_get_row_at_index (questions, index);

          g_assert_nonnull (row);
          gtk_list_box_select_row (questions, row);
          if (sc_question_preview_get_question (preview)->type == SC_QUESTION_SINGLE_CHOICE)
            break;
        }
      sc_test_settle (GTK_WIDGET (window), 2);
      g_assert_true (sc_test_has_label_containing (GTK_WIDGET (preview), "Right"));
      g_assert_false (gtk_widget_get_visible (reveal));
      g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (present), GTK_ACCESSIBLE_PROPERTY_LABEL) ||
                     gtk_button_get_label (GTK_BUTTON (present)) != NULL);

      /* Present: alone on the page, answers listed without their marks. */
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preview), "preview.present", NULL));
      sc_test_settle (GTK_WIDGET (window), 2);
      g_assert_true (sc_question_preview_get_presenting (preview));
      g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (present)));
      g_assert_false (gtk_widget_is_visible (banks));
      g_assert_false (gtk_widget_is_visible (GTK_WIDGET (questions)));
      g_assert_false (sc_question_preview_get_revealed (preview));
      g_assert_true (gtk_widget_get_mapped (reveal));
      g_assert_true (gtk_widget_has_focus (reveal));
      g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (reveal),
                                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));
      g_assert_false (sc_test_has_label_containing (GTK_WIDGET (preview), "Right"));
      g_assert_false (sc_test_has_label_containing (GTK_WIDGET (preview), "Wrong"));
      g_assert_false (sc_test_has_label_containing (GTK_WIDGET (preview), "Feedback:"));
      g_assert_true (sc_test_has_label_containing (GTK_WIDGET (preview), sc_question_preview_get_question (preview)->name));
      name = g_strdup_printf ("grading-reveal-hidden-%s.png", styles[s]);
      shot (GTK_WIDGET (window), name);

      /* R reveals (a key press when xdotool is there, else the action). */
      if (!press_key (GTK_WINDOW (window), s == 1 ? "space" : "r"))
        g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preview), "preview.reveal", NULL));
      sc_test_settle (GTK_WIDGET (window), 2);
      g_assert_true (sc_question_preview_get_revealed (preview));
      g_assert_true (sc_test_has_label_containing (GTK_WIDGET (preview), "Right"));
      g_assert_false (gtk_widget_get_visible (reveal));
      g_assert_true (sc_question_preview_get_presenting (preview));
      g_clear_pointer (&name, g_free);
      name = g_strdup_printf ("grading-reveal-shown-%s.png", styles[s]);
      shot (GTK_WIDGET (window), name);

      /* The next question (Page Down) starts hidden again. */
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preview), "preview.next", NULL));
      sc_test_settle (GTK_WIDGET (window), 2);
      g_assert_cmpint (gtk_list_box_row_get_index (gtk_list_box_get_selected_row (questions)), ==, index + 1);
      g_assert_false (sc_question_preview_get_revealed (preview));
      g_assert_false (sc_test_has_label_containing (GTK_WIDGET (preview), "Right"));

      /* Escape: the browser again, marks shown as before. */
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preview), "preview.stop-presenting", NULL));
      sc_test_settle (GTK_WIDGET (window), 2);
      g_assert_false (sc_question_preview_get_presenting (preview));
      g_assert_true (gtk_widget_is_visible (banks));
      g_assert_false (gtk_widget_get_visible (reveal));

      sc_test_close_window (GTK_WINDOW (window));
    }
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
}

static ScBankImportDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels (); /* not ours */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (SC_IS_BANK_IMPORT_DIALOG (window))
        return SC_BANK_IMPORT_DIALOG (window);
    }

  return NULL;
}

static void
test_drop_a_file (void)
{
  ScWindow *window = sc_test_window_new (app, 1280, 800);
  ScBankPanel *panel = show_banks (window);
  g_autofree char *path = source_file ("tests", "data", "questions", "gift", "all-types.gift", NULL);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (panel));
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkDropTarget *target = NULL;
  GValue value = G_VALUE_INIT;
  gboolean accepted = FALSE;
  ScBankImportDialog *dialog;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        target = GTK_DROP_TARGET (controller);
    }
  g_assert_nonnull (target);

  /* What GTK does with a file dropped on the page. */
  g_assert_null (find_dialog ());
  g_value_init (&value, G_TYPE_FILE);
  g_value_set_object (&value, file);
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  g_value_unset (&value);
  g_assert_true (accepted);

  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  sc_test_wait_until (dialog_has_read, dialog, "the dropped file to be read");
  g_object_remove_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_assert_cmpstr (sc_bank_import_dialog_get_state (dialog), ==, "preview");
  g_assert_cmpstr (sc_bank_import_dialog_get_import (dialog)->display_name, ==, "all-types.gift");
  g_assert_cmpuint (sc_bank_import_dialog_get_import (dialog)->questions->len, >, 0);
  close_dialog (dialog, "dialog.cancel");

  sc_test_close_window (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!sc_test_init (&argc, &argv))
    {
      g_printerr ("test-bank-panel: no display\n");
      return 77;
    }

  g_setenv ("LANGUAGE", "C", TRUE);
  data_dir = sc_test_make_tmp_dir ();
  app = sc_test_app_new (data_dir);

  g_test_add_func ("/banks/empty-state", test_empty_state);
  g_test_add_func ("/banks/refused-file", test_refused_file);
  g_test_add_func ("/banks/refused-then-rounded", test_refused_then_rounded);
  g_test_add_func ("/banks/cancel-stores-nothing", test_cancel_stores_nothing);
  g_test_add_func ("/banks/import-and-browse", test_import_and_browse);
  g_test_add_func ("/banks/problems-and-name-taken", test_problems_and_name_taken);
  g_test_add_func ("/banks/search-and-filters", test_search_and_filters);
  g_test_add_func ("/banks/keyboard-and-names", test_keyboard_and_names);
  g_test_add_func ("/banks/present-and-reveal", test_present_and_reveal);
  g_test_add_func ("/banks/drop-a-file", test_drop_a_file);

  status = g_test_run ();

  g_clear_object (&app);
  sc_test_remove_tree (data_dir);
  g_free (data_dir);

  return status;
}
