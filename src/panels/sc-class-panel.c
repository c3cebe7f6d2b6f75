/* sc-class-panel.c - the Class section: the grading queue of the whole class
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The section's first content is grading: every essay a learner of this
 * database submitted that waits for a mark, oldest first, listed by
 * learner, quiz, question and age; the selected one is graded beside the
 * list (sc-class-panel-grading.c). With nothing to grade the page says
 * so. The queue is read again whenever the page is shown or the context
 * changes, so an essay submitted in Learn is here when the instructor
 * comes over.
 *
 * "Graded" (grading.view = 'graded') lists the answers already marked,
 * the latest grade first, with their mark and comment; picking one puts
 * its mark and comment in the form, and saving regrades it (the new mark
 * replaces the old through the same sc_attempt_grade_essay()).
 *
 * On a projector (the window's .presentation class) no learner's name is
 * shown: each is "Learner 1", "Learner 2"… in the order of the queue.
 *
 * "Learners", the section's second view, is the class at a glance: every
 * learner of this database with what each has done in the course
 * (sc_report_section_new_class ()), as a chart and its table, read again
 * whenever it is shown. On a projector it too numbers the learners, in
 * the order of their profiles.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-class-panel-private.h"
#include "sc-context.h"
#include "sc-progress-export.h"
#include "sc-report-section-view.h"
#include "sc-styles.h"
#include "sc-toasts.h"
#include "sc-tooltip.h"

G_DEFINE_FINAL_TYPE (ScClassPanel, sc_class_panel, SC_TYPE_PANEL)

enum {
  PROP_0,
  PROP_VIEW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define VIEW_TO_GRADE "to-grade"
#define VIEW_GRADED   "graded"

ScDatabase *
sc_class_panel_get_database (ScClassPanel *self)
{
  ScContext *context = sc_panel_get_context (SC_PANEL (self));

  return context != NULL ? sc_context_get_database (context) : NULL;
}

void
sc_class_panel_add_toast (ScClassPanel *self,
                          const char   *title)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    sc_toasts_add (ADW_TOAST_OVERLAY (overlay), adw_toast_new (title));
  else
    g_message ("%s", title);
}

/**
 * sc_class_panel_learner_label:
 *
 * Returns: (transfer full): the learner's name, or "Learner N" in
 *   presentation mode
 */
char *
sc_class_panel_learner_label (ScClassPanel        *self,
                              const ScGradingItem *item)
{
  guint number;

  if (!self->anonymous)
    return g_strdup (item->learner_name != NULL ? item->learner_name : "");

  number = GPOINTER_TO_UINT (g_hash_table_lookup (self->numbers, &item->learner_id));
  /* Translators: a learner on a projector, where names are not shown */
  return g_strdup_printf (_("Learner %u"), number);
}

const ScGradingItem *
sc_class_panel_get_item (ScClassPanel *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->queue_list);
  int index = row != NULL ? gtk_list_box_row_get_index (row) : -1;

  if (self->queue == NULL || index < 0 || (guint) index >= self->queue->len)
    return NULL;

  return g_ptr_array_index (self->queue, index);
}

static void
number_learners (ScClassPanel *self)
{
  g_hash_table_remove_all (self->numbers);
  for (guint i = 0; self->queue != NULL && i < self->queue->len; i++)
    {
      ScGradingItem *item = g_ptr_array_index (self->queue, i);

      if (!g_hash_table_contains (self->numbers, &item->learner_id))
        g_hash_table_insert (self->numbers, &item->learner_id,
                             GUINT_TO_POINTER (g_hash_table_size (self->numbers) + 1));
    }
}

static GtkWidget *
queue_row (ScClassPanel        *self,
           const ScGradingItem *item,
           GDateTime           *now)
{
  g_autofree char *learner = sc_class_panel_learner_label (self, item);
  g_autofree char *age = sc_class_panel_format_age (item->submitted_at, now);
  const char *quiz = item->quiz_title != NULL ? item->quiz_title : item->quiz_id;
  const char *question = item->question->name != NULL ? item->question->name : "";
  g_autofree char *mark = item->graded ? sc_class_panel_format_marks (item->mark) : NULL;
  g_autofree char *max = item->graded ? sc_class_panel_format_marks (item->max_mark) : NULL;
  /* Translators: a graded answer's mark in the grading list: "2.5 of 3 marks" */
  g_autofree char *marks = item->graded ? g_strdup_printf (_("%s of %s marks"), mark, max) : NULL;
  /* Translators: a grading queue row's second line: quiz · question · age
   * (or, for a graded answer, its mark: "2.5 of 3 marks") */
  g_autofree char *line = g_strdup_printf (_("%s · %s · %s"), quiz, question,
                                           item->graded ? marks : age);
  g_autofree char *accessible = g_strdup_printf ("%s, %s", learner, line);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (learner);
  GtkWidget *subtitle = gtk_label_new (line);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_wrap (GTK_LABEL (subtitle), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (subtitle), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  if (item->graded && item->comment != NULL && item->comment[0] != '\0')
    {
      GtkWidget *comment = gtk_label_new (item->comment);

      gtk_label_set_xalign (GTK_LABEL (comment), 0);
      gtk_label_set_ellipsize (GTK_LABEL (comment), PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (comment, "caption");
      gtk_box_append (GTK_BOX (box), comment);
      g_free (accessible);
      accessible = g_strdup_printf ("%s, %s, %s", learner, line, item->comment);
    }
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);

  return row;
}

static void
fill_list (ScClassPanel *self,
           guint         select)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *count = NULL;
  guint n = self->queue != NULL ? self->queue->len : 0;
  GtkWidget *child;

  self->filling = TRUE;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->queue_list))) != NULL)
    gtk_list_box_remove (self->queue_list, child);
  number_learners (self);
  for (guint i = 0; i < n; i++)
    gtk_list_box_append (self->queue_list, queue_row (self, g_ptr_array_index (self->queue, i), now));
  self->filling = FALSE;

  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "queue" : "empty");
  if (self->graded)
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u answer graded",
                                          "%u answers graded", n),
                             n);
  else
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u answer awaits a mark",
                                          "%u answers await a mark", n),
                             n);
  gtk_label_set_text (self->count_label, count);

  if (n > 0)
    gtk_list_box_select_row (self->queue_list,
                             gtk_list_box_get_row_at_index (self->queue_list, (int) MIN (select, n - 1)));
  sc_class_panel_show_item (self);
}

/**
 * sc_class_panel_reload:
 * @select: the position to select afterwards (the last one when past it)
 *
 * Reads the queue again from the database.
 */
void
sc_class_panel_reload (ScClassPanel *self,
                       guint         select)
{
  ScDatabase *database = sc_class_panel_get_database (self);
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->queue, g_ptr_array_unref);
  if (database != NULL)
    self->queue = self->graded ? sc_grading_graded_list (database, &error)
                               : sc_grading_queue_list (database, &error);
  if (error != NULL)
    sc_class_panel_add_toast (self, error->message);
  fill_list (self, select);
}

/* What the list, the empty page and the Save button say in each view. */
static void
show_view (ScClassPanel *self)
{
  if (self->graded)
    {
      adw_status_page_set_title (self->empty_page, _("No Graded Answers Yet"));
      adw_status_page_set_description (self->empty_page,
                                       _("Answers you have marked are listed here, with their mark and comment, to look at again or regrade."));
      gtk_button_set_label (self->empty_button, _("Show Answers _to Grade"));
      gtk_actionable_set_action_target (GTK_ACTIONABLE (self->empty_button), "s", VIEW_TO_GRADE);
      gtk_button_set_label (GTK_BUTTON (self->save_button), _("Save New _Grade"));
      sc_tooltip_set_text (self->save_button, _("Replace the Mark and Comment (Ctrl+Enter)"));
    }
  else
    {
      adw_status_page_set_title (self->empty_page, _("Nothing to Grade"));
      adw_status_page_set_description (self->empty_page,
                                       _("Essays that learners submit in a quiz come here for you to give a mark and a comment."));
      gtk_button_set_label (self->empty_button, _("Show _Graded Answers"));
      gtk_actionable_set_action_target (GTK_ACTIONABLE (self->empty_button), "s", VIEW_GRADED);
      gtk_button_set_label (GTK_BUTTON (self->save_button), _("Save _Grade"));
      sc_tooltip_set_text (self->save_button, _("Save Grade and Go to the Next Answer (Ctrl+Enter)"));
    }
}

static void
set_view (ScClassPanel *self,
          const char   *view)
{
  gboolean graded = g_strcmp0 (view, VIEW_GRADED) == 0;

  if (graded == self->graded)
    return;

  self->graded = graded;
  g_clear_pointer (&self->shown, g_free);
  show_view (self);
  sc_class_panel_reload (self, 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW]);
}

static void
sc_class_panel_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  ScClassPanel *self = SC_CLASS_PANEL (object);

  switch (prop_id)
    {
    case PROP_VIEW:
      g_value_set_string (value, self->graded ? VIEW_GRADED : VIEW_TO_GRADE);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_class_panel_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  ScClassPanel *self = SC_CLASS_PANEL (object);

  switch (prop_id)
    {
    case PROP_VIEW:
      set_view (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
queue_selected_cb (ScClassPanel *self)
{
  if (!self->filling)
    sc_class_panel_show_item (self);
}

/**
 * sc_class_panel_reload_learners:
 *
 * Reads the learners' figures again, when their view is the one shown.
 */
void
sc_class_panel_reload_learners (ScClassPanel *self)
{
  ScContext *context = sc_panel_get_context (SC_PANEL (self));
  ScDatabase *database = sc_class_panel_get_database (self);
  ScCourse *course = context != NULL ? sc_context_get_course (context) : NULL;
  g_autoptr(ScReportSection) section = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;
  GtkWidget *view;
  GtkWidget *button;

  g_return_if_fail (SC_IS_CLASS_PANEL (self));

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->views), "learners") != 0)
    return;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->learners_box))) != NULL)
    gtk_box_remove (self->learners_box, child);
  g_clear_pointer (&self->learners, g_ptr_array_unref);
  if (database == NULL || course == NULL)
    return;

  now = g_date_time_new_now_local ();
  section = sc_report_section_new_class (database, course, now, self->anonymous, &error);
  if (section == NULL)
    {
      sc_class_panel_add_toast (self, error->message);
      return;
    }
  view = sc_report_section_view_new (section);
  button = g_object_new (GTK_TYPE_BUTTON,
                         "name", "class-export",
                         "label", _("_Export…"),
                         "use-underline", TRUE,
                         "action-name", "class.export",
                         NULL);
  sc_tooltip_set_text (button, _("Save the table as a spreadsheet (CSV), the chart as a picture (PNG) and each learner’s portfolio as a web page in a folder (Ctrl+E)"));
  sc_report_section_view_add_suffix (SC_REPORT_SECTION_VIEW (view), button);
  gtk_box_append (self->learners_box, view);
  self->learners = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_report_section_free);
  g_ptr_array_add (self->learners, g_steal_pointer (&section));
}

/* Every learner's portfolio, for the Learners view's export; none on a
 * projector, where the view names no one. */
static GPtrArray *
class_portfolios (ScClassPanel *self)
{
  ScContext *context = sc_panel_get_context (SC_PANEL (self));
  ScDatabase *database = context != NULL ? sc_context_get_database (context) : NULL;
  ScCourse *course = context != NULL ? sc_context_get_course (context) : NULL;
  g_autoptr(GPtrArray) portfolios = NULL;
  g_autoptr(GPtrArray) learners = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GError) error = NULL;

  if (self->anonymous || database == NULL || course == NULL)
    return NULL;

  now = g_date_time_new_now_local ();
  portfolios = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_portfolio_unref);
  learners = sc_learner_list (database, &error);
  for (guint i = 0; learners != NULL && i < learners->len; i++)
    {
      ScPortfolio *portfolio = sc_portfolio_collect (database, g_ptr_array_index (learners, i),
                                                     course, now, &error);

      if (portfolio == NULL)
        break;
      g_ptr_array_add (portfolios, portfolio);
    }
  if (error != NULL)
    {
      sc_class_panel_add_toast (self, error->message);
      return NULL;
    }

  return g_steal_pointer (&portfolios);
}

/**
 * sc_class_panel_export_learners_to:
 * @folder: an existing folder
 *
 * Writes the Learners view's table (CSV) and chart (PNG), as shown, into
 * @folder with every learner's portfolio page (none in presentation
 * mode), and says so in a toast, or why not.
 *
 * Returns: whether every file was written
 */
gboolean
sc_class_panel_export_learners_to (ScClassPanel *self,
                                   GFile        *folder)
{
  g_autoptr(GPtrArray) portfolios = NULL;

  g_return_val_if_fail (SC_IS_CLASS_PANEL (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (folder), FALSE);

  if (self->learners == NULL)
    return FALSE;

  portfolios = class_portfolios (self);

  return sc_progress_export_to (GTK_WIDGET (self), self->learners, portfolios, folder);
}

/* class.export: the Learners view, into a folder the instructor picks. */
static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ScClassPanel *self = SC_CLASS_PANEL (widget);

  if (self->learners != NULL)
    {
      g_autoptr(GPtrArray) portfolios = class_portfolios (self);

      sc_progress_export_ask (widget, self->learners, portfolios);
    }
}

/* The window's style classes changed: maybe presentation mode. */
static void
root_classes_changed_cb (ScClassPanel *self)
{
  gboolean anonymous = self->root != NULL && gtk_widget_has_css_class (self->root, "presentation");
  GtkListBoxRow *row;

  if (anonymous == self->anonymous)
    return;

  self->anonymous = anonymous;
  row = gtk_list_box_get_selected_row (self->queue_list);
  fill_list (self, row != NULL ? (guint) gtk_list_box_row_get_index (row) : 0);
  sc_class_panel_reload_learners (self);
}

static void
sc_class_panel_root (GtkWidget *widget)
{
  ScClassPanel *self = SC_CLASS_PANEL (widget);

  GTK_WIDGET_CLASS (sc_class_panel_parent_class)->root (widget);

  self->root = GTK_WIDGET (gtk_widget_get_root (widget));
  self->root_handler = g_signal_connect_object (self->root, "notify::css-classes",
                                                G_CALLBACK (root_classes_changed_cb), self,
                                                G_CONNECT_SWAPPED);
  root_classes_changed_cb (self);
}

static void
sc_class_panel_unroot (GtkWidget *widget)
{
  ScClassPanel *self = SC_CLASS_PANEL (widget);

  g_clear_signal_handler (&self->root_handler, self->root);
  self->root = NULL;

  GTK_WIDGET_CLASS (sc_class_panel_parent_class)->unroot (widget);
}

static void
sc_class_panel_map (GtkWidget *widget)
{
  ScClassPanel *self = SC_CLASS_PANEL (widget);
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->queue_list);

  GTK_WIDGET_CLASS (sc_class_panel_parent_class)->map (widget);

  /* Learners may have submitted essays since the page was last shown. */
  sc_class_panel_reload (self, row != NULL ? (guint) gtk_list_box_row_get_index (row) : 0);
  sc_class_panel_reload_learners (self);
  sc_panel_set_ready (SC_PANEL (widget), TRUE);
}

static void
sc_class_panel_context_changed (ScPanel *panel)
{
  sc_class_panel_reload (SC_CLASS_PANEL (panel), 0);
  sc_class_panel_reload_learners (SC_CLASS_PANEL (panel));
}

static void
sc_class_panel_dispose (GObject *object)
{
  ScClassPanel *self = SC_CLASS_PANEL (object);

  self->filling = TRUE;
  gtk_widget_dispose_template (GTK_WIDGET (object), SC_TYPE_CLASS_PANEL);
  g_clear_pointer (&self->queue, g_ptr_array_unref);
  g_clear_pointer (&self->shown, g_free);
  g_clear_pointer (&self->learners, g_ptr_array_unref);

  G_OBJECT_CLASS (sc_class_panel_parent_class)->dispose (object);
}

static void
sc_class_panel_finalize (GObject *object)
{
  ScClassPanel *self = SC_CLASS_PANEL (object);

  g_hash_table_unref (self->numbers);

  G_OBJECT_CLASS (sc_class_panel_parent_class)->finalize (object);
}

static void
sc_class_panel_class_init (ScClassPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  ScPanelClass *panel_class = SC_PANEL_CLASS (klass);

  object_class->dispose = sc_class_panel_dispose;
  object_class->finalize = sc_class_panel_finalize;
  object_class->get_property = sc_class_panel_get_property;
  object_class->set_property = sc_class_panel_set_property;

  /**
   * ScClassPanel:view:
   *
   * Which answers the list shows: "to-grade" (the queue) or "graded".
   */
  properties[PROP_VIEW] =
    g_param_spec_string ("view", NULL, NULL, VIEW_TO_GRADE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  widget_class->map = sc_class_panel_map;
  widget_class->root = sc_class_panel_root;
  widget_class->unroot = sc_class_panel_unroot;

  panel_class->context_changed = sc_class_panel_context_changed;

  gtk_widget_class_install_action (widget_class, "class.export", NULL, export_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "class.export", NULL);

  g_type_ensure (SC_TYPE_RICH_TEXT_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/sc-class-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, ScClassPanel, answer_label);
  gtk_widget_class_bind_template_child (widget_class, ScClassPanel, comment_view);
  gtk_widget_class_bind_template_child (widget_class, ScClassPanel, count_label);
  gtk_widget_class_bind_template_child (widget_class, ScClassPanel, empty_button);
  gtk_widget_class_bind_template_child (widget_class, ScClassPanel, empty_page);
  gtk_widget_class_bind_template_child (widget_class, ScClassPanel, learners_box);
  gtk_widget_class_bind_template_child (widget_class, ScClassPanel, meta_label);
  gtk_widget_class_bind_template_child (widget_class, ScClassPanel, question_label);
  gtk_widget_class_bind_template_child (widget_class, ScClassPanel, queue_list);
  gtk_widget_class_bind_template_child (widget_class, ScClassPanel, save_button);
  gtk_widget_class_bind_template_child (widget_class, ScClassPanel, score_adjustment);
  gtk_widget_class_bind_template_child (widget_class, ScClassPanel, score_row);
  gtk_widget_class_bind_template_child (widget_class, ScClassPanel, score_spin);
  gtk_widget_class_bind_template_child (widget_class, ScClassPanel, stack);
  gtk_widget_class_bind_template_child (widget_class, ScClassPanel, stem_view);
  gtk_widget_class_bind_template_child (widget_class, ScClassPanel, views);
  gtk_widget_class_bind_template_callback (widget_class, queue_selected_cb);

  sc_class_panel_class_init_grading (widget_class);
  gtk_widget_class_install_property_action (widget_class, "grading.view", "view");
}

static void
sc_class_panel_init (ScClassPanel *self)
{
  /* Styled by style-pages.css, which the first frame did without. */
  sc_styles_load_pages ();

  self->numbers = g_hash_table_new (g_int64_hash, g_int64_equal);

  gtk_widget_init_template (GTK_WIDGET (self));
  sc_class_panel_init_grading (self);
  show_view (self);
  g_signal_connect_object (self->views, "notify::visible-child-name",
                           G_CALLBACK (sc_class_panel_reload_learners), self, G_CONNECT_SWAPPED);
}

GtkWidget *
sc_class_panel_new (void)
{
  return g_object_new (SC_TYPE_CLASS_PANEL, NULL);
}

/**
 * sc_class_panel_get_n_to_grade:
 *
 * Returns: how many answers the grading queue lists
 */
guint
sc_class_panel_get_n_to_grade (ScClassPanel *self)
{
  g_return_val_if_fail (SC_IS_CLASS_PANEL (self), 0);

  return self->queue != NULL ? self->queue->len : 0;
}
