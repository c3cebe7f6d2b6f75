/* sc-bank-panel.c - the Question Banks section: import files, browse banks and their questions
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Three columns: the stored banks (name, questions, when imported), the
 * selected bank's questions narrowed by a search and by type, tag and
 * competency, and the selected question (sc-question-preview.c). With
 * no bank yet the page is an empty state with the Import button.
 *
 * Files come in through sc-bank-panel-import.c; the bank menu (export,
 * rename, delete) is sc-bank-panel-manage.c. Banks are shared by every learner of the
 * database, so the page follows the context's database only.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include <adwaita.h>

#include "sc-bank-panel-private.h"
#include "sc-context.h"
#include "sc-question-bank.h"
#include "sc-question-preview.h"
#include "sc-toasts.h"
#include "sc-tooltip.h"

#define COMPETENCY_PREFIX "competency:"


G_DEFINE_FINAL_TYPE (ScBankPanel, sc_bank_panel, SC_TYPE_PANEL)

ScDatabase *
sc_bank_panel_get_database (ScBankPanel *self)
{
  ScContext *context = sc_panel_get_context (SC_PANEL (self));

  return context != NULL ? sc_context_get_database (context) : NULL;
}

/* A notice in the window's toasts, when the page is in one. */
void
sc_bank_panel_add_toast (ScBankPanel *self,
                         const char  *title)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    sc_toasts_add (ADW_TOAST_OVERLAY (overlay), adw_toast_new (title));
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static GtkWidget *
two_line_row (const char *title,
              const char *subtitle)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label = gtk_label_new (title);
  GtkWidget *sub = gtk_label_new (subtitle);
  g_autofree char *description = NULL;

  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (sub), 0);
  gtk_label_set_ellipsize (GTK_LABEL (sub), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (sub, "dim-label");
  gtk_widget_add_css_class (sub, "caption");
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), sub);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  sc_tooltip_set_text (row, title);

  description = g_strdup_printf ("%s, %s", title, subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);

  return row;
}

static char *
format_imported (const char *imported_at)
{
  g_autoptr(GDateTime) utc = imported_at != NULL ? g_date_time_new_from_iso8601 (imported_at, NULL) : NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *date = NULL;

  if (utc == NULL)
    return g_strdup (imported_at != NULL ? imported_at : "");

  local = g_date_time_to_local (utc);
  date = g_date_time_format (local, "%e %b %Y");

  return g_strdup (g_strstrip (date));
}

static GtkStringList *
strings_with_all (const char *all,
                  GStrv       items)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  gtk_string_list_append (list, all);
  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    gtk_string_list_append (list, items[i]);

  return list;
}

static void
fill_filters (ScBankPanel *self)
{
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) tags = g_ptr_array_new ();
  g_autoptr(GPtrArray) competencies = g_ptr_array_new ();
  g_autoptr(GtkStringList) tag_model = NULL;
  g_autoptr(GtkStringList) competency_model = NULL;
  ScDatabase *database = sc_bank_panel_get_database (self);

  g_clear_pointer (&self->tags, g_strfreev);
  g_clear_pointer (&self->competencies, g_strfreev);

  if (database != NULL && self->bank != NULL)
    all = sc_question_bank_list_tags (database, self->bank, NULL);
  for (guint i = 0; all != NULL && i < all->len; i++)
    {
      const char *tag = g_ptr_array_index (all, i);

      if (g_str_has_prefix (tag, COMPETENCY_PREFIX))
        g_ptr_array_add (competencies, g_strdup (tag + strlen (COMPETENCY_PREFIX)));
      else
        g_ptr_array_add (tags, g_strdup (tag));
    }
  g_ptr_array_add (tags, NULL);
  g_ptr_array_add (competencies, NULL);
  self->tags = (GStrv) g_ptr_array_steal (tags, NULL);
  self->competencies = (GStrv) g_ptr_array_steal (competencies, NULL);

  self->filling = TRUE;
  tag_model = strings_with_all (_("All tags"), self->tags);
  gtk_drop_down_set_model (self->tag_filter, G_LIST_MODEL (tag_model));
  competency_model = strings_with_all (_("All competencies"), self->competencies);
  gtk_drop_down_set_model (self->competency_filter, G_LIST_MODEL (competency_model));
  gtk_drop_down_set_selected (self->tag_filter, 0);
  gtk_drop_down_set_selected (self->competency_filter, 0);
  gtk_drop_down_set_selected (self->type_filter, 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->tag_filter), self->tags[0] != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->competency_filter), self->competencies[0] != NULL);
  self->filling = FALSE;
}

static void
fill_questions (ScBankPanel *self)
{
  ScQuestionFilter filter = SC_QUESTION_FILTER_INIT;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  ScDatabase *database = sc_bank_panel_get_database (self);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  guint type = gtk_drop_down_get_selected (self->type_filter);
  guint tag = gtk_drop_down_get_selected (self->tag_filter);
  guint competency = gtk_drop_down_get_selected (self->competency_filter);
  g_autofree char *count = NULL;

  clear_list (self->question_list);
  sc_question_preview_set_question (self->preview, NULL);
  self->n_shown = 0;
  if (database == NULL || self->bank == NULL)
    {
      gtk_label_set_text (self->count_label, "");
      return;
    }

  filter.bank = self->bank;
  filter.type = type > 0 && type != GTK_INVALID_LIST_POSITION ? (int) type - 1 : -1;
  filter.tag = tag > 0 && tag != GTK_INVALID_LIST_POSITION ? self->tags[tag - 1] : NULL;
  filter.competency = competency > 0 && competency != GTK_INVALID_LIST_POSITION
                      ? self->competencies[competency - 1] : NULL;
  filter.text = text[0] != '\0' ? text : NULL;

  entries = sc_question_bank_search (database, &filter, &error);
  if (entries == NULL)
    {
      gtk_label_set_text (self->count_label, error != NULL ? error->message : "");
      return;
    }

  for (guint i = 0; i < entries->len; i++)
    {
      const ScQuestionBankEntry *entry = g_ptr_array_index (entries, i);
      GtkWidget *row = two_line_row (entry->name, sc_bank_import_type_label (entry->type));

      g_object_set_data_full (G_OBJECT (row), "sc-question-id",
                              g_memdup2 (&entry->id, sizeof entry->id), g_free);
      gtk_list_box_append (self->question_list, row);
    }
  self->n_shown = entries->len;
  /* The first question is shown beside the list rather than nothing. */
  gtk_list_box_select_row (self->question_list, gtk_list_box_get_row_at_index (self->question_list, 0));

  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u question", "%u questions",
                                        entries->len),
                           entries->len);
  gtk_label_set_text (self->count_label, count);
}

static void
filter_changed_cb (ScBankPanel *self)
{
  if (!self->filling && !self->disposed)
    fill_questions (self);
}

static void
question_selected_cb (ScBankPanel   *self,
                      GtkListBoxRow *row)
{
  g_autoptr(ScQuestion) question = NULL;
  g_autoptr(GError) error = NULL;
  const gint64 *id = row != NULL ? g_object_get_data (G_OBJECT (row), "sc-question-id") : NULL;
  ScDatabase *database = sc_bank_panel_get_database (self);

  if (self->disposed)
    return;
  if (id != NULL && database != NULL)
    question = sc_question_bank_load_question (database, *id, &error);
  if (error != NULL)
    sc_bank_panel_add_toast (self, error->message);
  sc_question_preview_set_question (self->preview, question);
}

/* Presenting, the question has the whole page, wider and larger. */
static void
presenting_changed_cb (ScBankPanel *self)
{
  gboolean presenting = sc_question_preview_get_presenting (self->preview);

  gtk_widget_set_visible (self->banks_pane, !presenting);
  gtk_widget_set_visible (self->banks_separator, !presenting);
  gtk_widget_set_visible (self->questions_pane, !presenting);
  gtk_widget_set_visible (self->questions_separator, !presenting);
  adw_clamp_set_maximum_size (self->preview_clamp, presenting ? 1400 : 720);
  if (presenting && adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->preview_pane);
}

/* Page Up and Page Down while presenting: the neighbour in the list. */
static void
preview_move_cb (ScBankPanel *self,
                 int          delta)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->question_list);
  int index = row != NULL ? gtk_list_box_row_get_index (row) + delta : 0;
  GtkListBoxRow *next = index >= 0 ? gtk_list_box_get_row_at_index (self->question_list, index) : NULL;

  if (next != NULL)
    gtk_list_box_select_row (self->question_list, next);
}

/* A narrow page shows one column at a time: Enter moves on to the next. */
static void
bank_activated_cb (ScBankPanel *self)
{
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->questions_pane);
}

static void
question_activated_cb (ScBankPanel *self)
{
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->preview_pane);
}

static void
bank_selected_cb (ScBankPanel   *self,
                  GtkListBoxRow *row)
{
  const char *name = row != NULL ? g_object_get_data (G_OBJECT (row), "sc-bank-name") : NULL;

  if (self->disposed || g_strcmp0 (name, self->bank) == 0)
    return;

  g_free (self->bank);
  self->bank = g_strdup (name);
  self->filling = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  self->filling = FALSE;
  fill_filters (self);
  fill_questions (self);
  sc_bank_panel_update_manage_actions (self);
}

/**
 * sc_bank_panel_reload:
 *
 * Reads the list of banks again, keeping the selected one when it is
 * still there.
 */
void
sc_bank_panel_reload (ScBankPanel *self)
{
  g_autoptr(GPtrArray) banks = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *keep = NULL;
  ScDatabase *database;
  GtkListBoxRow *first = NULL;

  g_return_if_fail (SC_IS_BANK_PANEL (self));

  database = sc_bank_panel_get_database (self);
  keep = g_steal_pointer (&self->bank);
  clear_list (self->bank_list);
  self->n_banks = 0;

  if (database != NULL)
    banks = sc_question_bank_list (database, &error);
  if (error != NULL)
    sc_bank_panel_add_toast (self, error->message);

  for (guint i = 0; banks != NULL && i < banks->len; i++)
    {
      const ScQuestionBankInfo *info = g_ptr_array_index (banks, i);
      g_autofree char *when = format_imported (info->imported_at);
      /* Translators: a bank's size and import date, such as "25 questions · 30 Nov 2026". */
      g_autofree char *subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                "%u question · %s",
                                                                "%u questions · %s",
                                                                info->n_questions),
                                                   info->n_questions, when);
      GtkWidget *row = two_line_row (info->name, subtitle);

      g_object_set_data_full (G_OBJECT (row), "sc-bank-name", g_strdup (info->name), g_free);
      gtk_list_box_append (self->bank_list, row);
      if (first == NULL || g_strcmp0 (info->name, keep) == 0)
        first = GTK_LIST_BOX_ROW (row);
    }
  self->n_banks = banks != NULL ? banks->len : 0;

  gtk_stack_set_visible_child_name (self->stack, self->n_banks > 0 ? "browser" : "empty");
  gtk_list_box_select_row (self->bank_list, first);
  if (first == NULL)
    bank_selected_cb (self, NULL);
  sc_bank_panel_update_manage_actions (self);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ScBankPanel *self = SC_BANK_PANEL (widget);

  if (self->n_banks == 0)
    return;
  adw_leaflet_set_visible_child (self->leaflet, self->questions_pane);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
sc_bank_panel_context_changed (ScPanel *panel)
{
  sc_bank_panel_reload (SC_BANK_PANEL (panel));
}

static void
sc_bank_panel_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (sc_bank_panel_parent_class)->map (widget);

  sc_panel_set_ready (SC_PANEL (widget), TRUE);
}

static void
sc_bank_panel_dispose (GObject *object)
{
  ScBankPanel *self = SC_BANK_PANEL (object);

  self->disposed = TRUE;
  sc_bank_panel_dispose_import (self);
  sc_bank_panel_dispose_manage (self);

  gtk_widget_dispose_template (GTK_WIDGET (object), SC_TYPE_BANK_PANEL);

  G_OBJECT_CLASS (sc_bank_panel_parent_class)->dispose (object);
}

static void
sc_bank_panel_finalize (GObject *object)
{
  ScBankPanel *self = SC_BANK_PANEL (object);

  g_free (self->bank);
  g_strfreev (self->tags);
  g_strfreev (self->competencies);

  G_OBJECT_CLASS (sc_bank_panel_parent_class)->finalize (object);
}

static void
sc_bank_panel_class_init (ScBankPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  ScPanelClass *panel_class = SC_PANEL_CLASS (klass);

  object_class->dispose = sc_bank_panel_dispose;
  object_class->finalize = sc_bank_panel_finalize;

  widget_class->map = sc_bank_panel_map;

  panel_class->context_changed = sc_bank_panel_context_changed;

  g_type_ensure (SC_TYPE_QUESTION_PREVIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/sc-bank-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, ScBankPanel, bank_list);
  gtk_widget_class_bind_template_child (widget_class, ScBankPanel, banks_pane);
  gtk_widget_class_bind_template_child (widget_class, ScBankPanel, banks_separator);
  gtk_widget_class_bind_template_child (widget_class, ScBankPanel, leaflet);
  gtk_widget_class_bind_template_child (widget_class, ScBankPanel, preview_pane);
  gtk_widget_class_bind_template_child (widget_class, ScBankPanel, preview_clamp);
  gtk_widget_class_bind_template_child (widget_class, ScBankPanel, questions_pane);
  gtk_widget_class_bind_template_child (widget_class, ScBankPanel, questions_separator);
  gtk_widget_class_bind_template_child (widget_class, ScBankPanel, competency_filter);
  gtk_widget_class_bind_template_child (widget_class, ScBankPanel, count_label);
  gtk_widget_class_bind_template_child (widget_class, ScBankPanel, preview);
  gtk_widget_class_bind_template_child (widget_class, ScBankPanel, question_list);
  gtk_widget_class_bind_template_child (widget_class, ScBankPanel, search_entry);
  gtk_widget_class_bind_template_child (widget_class, ScBankPanel, stack);
  gtk_widget_class_bind_template_child (widget_class, ScBankPanel, tag_filter);
  gtk_widget_class_bind_template_child (widget_class, ScBankPanel, type_filter);
  gtk_widget_class_bind_template_callback (widget_class, bank_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, bank_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, presenting_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, preview_move_cb);
  gtk_widget_class_bind_template_callback (widget_class, question_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, question_selected_cb);

  sc_bank_panel_class_init_import (widget_class);
  sc_bank_panel_class_init_manage (widget_class);
  gtk_widget_class_install_action (widget_class, "banks.search", NULL, search_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "banks.search", NULL);
}

/* GTK 4.8's drop-down keeps its name to itself: its button, the part a
 * screen reader lands on, gets none. */
static void
name_drop_down_button (GtkDropDown *drop_down,
                       const char  *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (drop_down));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                      -1);
}

static void
sc_bank_panel_init (ScBankPanel *self)
{
  g_autoptr(GtkStringList) types = gtk_string_list_new (NULL);
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->filling = TRUE;
  gtk_string_list_append (types, _("All types"));
  for (guint type = 0; type < SC_QUESTION_UNSUPPORTED; type++)
    gtk_string_list_append (types, sc_bank_import_type_label (type));
  gtk_drop_down_set_model (self->type_filter, G_LIST_MODEL (types));
  self->filling = FALSE;
  fill_filters (self);
  name_drop_down_button (self->type_filter, _("Question type"));
  name_drop_down_button (self->tag_filter, _("Tag"));
  name_drop_down_button (self->competency_filter, _("Competency"));

  placeholder = gtk_label_new (_("No question matches"));
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 24);
  gtk_list_box_set_placeholder (self->question_list, placeholder);

  sc_bank_panel_init_import (self);
  sc_bank_panel_init_manage (self);
}

GtkWidget *
sc_bank_panel_new (void)
{
  return g_object_new (SC_TYPE_BANK_PANEL, NULL);
}

/**
 * sc_bank_panel_select_bank:
 *
 * Returns: whether a bank called @name is listed (and now selected)
 */
gboolean
sc_bank_panel_select_bank (ScBankPanel *self,
                           const char  *name)
{
  g_return_val_if_fail (SC_IS_BANK_PANEL (self), FALSE);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->bank_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row) &&
        g_strcmp0 (g_object_get_data (G_OBJECT (row), "sc-bank-name"), name) == 0)
      {
        gtk_list_box_select_row (self->bank_list, GTK_LIST_BOX_ROW (row));
        return TRUE;
      }

  return FALSE;
}

/**
 * sc_bank_panel_get_bank:
 *
 * Returns: (nullable): the selected bank's name
 */
const char *
sc_bank_panel_get_bank (ScBankPanel *self)
{
  g_return_val_if_fail (SC_IS_BANK_PANEL (self), NULL);

  return self->bank;
}

guint
sc_bank_panel_get_n_banks (ScBankPanel *self)
{
  g_return_val_if_fail (SC_IS_BANK_PANEL (self), 0);

  return self->n_banks;
}

/**
 * sc_bank_panel_get_n_shown:
 *
 * Returns: how many questions the list shows after search and filters
 */
guint
sc_bank_panel_get_n_shown (ScBankPanel *self)
{
  g_return_val_if_fail (SC_IS_BANK_PANEL (self), 0);

  return self->n_shown;
}
