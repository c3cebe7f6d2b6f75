/* sc-progress-panel.c - the Progress section: the learner's own results, as charts and tables
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page reads the active learner's report in the course, within
 * their portfolio (sc_portfolio_collect ()), whenever it is shown and whenever the
 * learner or the course changes, and lays it out as four summary figures
 * and four sections: skills, modules, reading time and quiz results. Each
 * section (ScReportSectionView) is a chart and its table twin: the same
 * figures as text, in a grid with a header row, behind an expander, for
 * whoever cannot see the chart or wants the exact numbers. The chart
 * itself reads out as its title and values (sc-chart-view.c). Export…
 * writes the tables, the charts and the portfolio page (written answers
 * with their marks, practice stores with their checks and the messages
 * sent to customers) to a folder (sc-progress-export.c).
 *
 * The portfolio is a few indexed queries over one learner's rows (and
 * the orders of their practice stores), so it is read on the main
 * thread; the page is rebuilt from it whole.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "sc-context.h"
#include "sc-learner-report.h"
#include "sc-progress-export.h"
#include "sc-progress-panel.h"
#include "sc-report-section-view.h"
#include "sc-report-sections.h"

struct _ScProgressPanel
{
  ScPanel     parent_instance;

  GPtrArray  *sections;   /* ScReportSection: what the page shows, for an export */
  ScPortfolio *portfolio; /* the learner's work, exported with them */

  GtkLabel   *course_label;
  AdwStatusPage *error_page;
  GtkBox     *sections_box;
  GtkStack   *stack;
  GtkFlowBox *summary_box;
};

G_DEFINE_FINAL_TYPE (ScProgressPanel, sc_progress_panel, SC_TYPE_PANEL)

static GtkWidget *
make_stat (const char *value,
           const char *caption)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *value_label = gtk_label_new (value);
  GtkWidget *caption_label = gtk_label_new (caption);

  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (box, "sc-progress-stat");
  gtk_label_set_xalign (GTK_LABEL (value_label), 0);
  gtk_label_set_wrap (GTK_LABEL (value_label), TRUE);
  gtk_widget_add_css_class (value_label, "title-2");
  gtk_label_set_xalign (GTK_LABEL (caption_label), 0);
  gtk_label_set_wrap (GTK_LABEL (caption_label), TRUE);
  gtk_widget_add_css_class (caption_label, "dim-label");
  gtk_box_append (GTK_BOX (box), value_label);
  gtk_box_append (GTK_BOX (box), caption_label);

  /* Read as one: "Lessons done: 3 of 8". */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (box),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, caption_label, NULL,
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, value_label, NULL,
                                  -1);

  return box;
}

static void
fill_summary (ScProgressPanel       *self,
              const ScLearnerReport *report)
{
  g_autofree char *lessons = sc_report_format_count (report->n_lessons_done, report->n_lessons);
  g_autofree char *modules = sc_report_format_count (report->n_modules_mastered, report->modules->len);
  g_autofree char *reading = sc_report_format_duration (report->reading_secs);
  g_autofree char *quizzes = sc_report_format_attempts_passed (report);
  GtkWidget *child;

  /* GTK 4.8 has no gtk_flow_box_remove_all (). */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->summary_box))) != NULL)
    gtk_flow_box_remove (self->summary_box, child);
  gtk_flow_box_append (self->summary_box, make_stat (lessons, _("Lessons done")));
  gtk_flow_box_append (self->summary_box, make_stat (modules, _("Modules mastered")));
  gtk_flow_box_append (self->summary_box, make_stat (reading, _("Reading time")));
  gtk_flow_box_append (self->summary_box, make_stat (quizzes, _("Quiz attempts passed")));
}

static void
add_section (ScProgressPanel       *self,
             const ScReportSection *section)
{
  gtk_box_append (self->sections_box, sc_report_section_view_new (section));
}

static void
clear_sections (ScProgressPanel *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->sections_box))) != NULL)
    gtk_box_remove (self->sections_box, child);
}

/**
 * sc_progress_panel_reload:
 *
 * Reads the active learner's report again and shows it.
 */
void
sc_progress_panel_reload (ScProgressPanel *self)
{
  ScContext *context = sc_panel_get_context (SC_PANEL (self));
  g_autoptr(ScPortfolio) portfolio = NULL;
  g_autoptr(GPtrArray) sections = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *course_text = NULL;
  const ScLearner *learner;
  ScDatabase *database;
  ScCourse *course;

  g_return_if_fail (SC_IS_PROGRESS_PANEL (self));

  /* Nothing to export until there is something to show. */
  g_clear_pointer (&self->sections, g_ptr_array_unref);
  g_clear_pointer (&self->portfolio, sc_portfolio_unref);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "progress.export", FALSE);

  database = context != NULL ? sc_context_get_database (context) : NULL;
  course = context != NULL ? sc_context_get_course (context) : NULL;
  learner = context != NULL ? sc_context_get_learner (context) : NULL;
  if (database == NULL || course == NULL || learner == NULL)
    {
      clear_sections (self);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  now = g_date_time_new_now_local ();
  portfolio = sc_portfolio_collect (database, learner, course, now, &error);
  if (portfolio == NULL)
    {
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "error");
      return;
    }

  clear_sections (self);
  if (sc_learner_report_is_empty (portfolio->report))
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  /* Translators: under "Your Progress": the course's title */
  course_text = g_strdup_printf (_("In “%s”"), sc_course_get_title (course));
  gtk_label_set_label (self->course_label, course_text);
  fill_summary (self, portfolio->report);
  sections = sc_report_sections_new (portfolio->report);
  for (guint i = 0; i < sections->len; i++)
    add_section (self, g_ptr_array_index (sections, i));
  self->sections = g_steal_pointer (&sections);
  self->portfolio = g_steal_pointer (&portfolio);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "progress.export", TRUE);
  gtk_stack_set_visible_child_name (self->stack, "report");
}

/* The learner's portfolio, as the export takes portfolios. */
static GPtrArray *
own_portfolio (ScProgressPanel *self)
{
  GPtrArray *portfolios = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_portfolio_unref);

  g_ptr_array_add (portfolios, sc_portfolio_ref (self->portfolio));

  return portfolios;
}

/**
 * sc_progress_panel_export_to:
 * @folder: an existing folder
 *
 * Writes the page's tables (CSV), charts (PNG) and the learner's
 * portfolio (HTML) into @folder and says so in a toast, or why not.
 *
 * Returns: whether every file was written
 */
gboolean
sc_progress_panel_export_to (ScProgressPanel *self,
                             GFile           *folder)
{
  g_autoptr(GPtrArray) portfolios = NULL;

  g_return_val_if_fail (SC_IS_PROGRESS_PANEL (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (folder), FALSE);

  if (self->sections == NULL)
    return FALSE;

  portfolios = own_portfolio (self);

  return sc_progress_export_to (GTK_WIDGET (self), self->sections, portfolios, folder);
}

/* progress.export: asks for a folder, then writes the files there. */
static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ScProgressPanel *self = SC_PROGRESS_PANEL (widget);

  if (self->sections != NULL)
    {
      g_autoptr(GPtrArray) portfolios = own_portfolio (self);

      sc_progress_export_ask (widget, self->sections, portfolios);
    }
}

static void
sc_progress_panel_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (sc_progress_panel_parent_class)->map (widget);

  /* Lessons may have been read and quizzes taken since it was last shown. */
  sc_progress_panel_reload (SC_PROGRESS_PANEL (widget));
  sc_panel_set_ready (SC_PANEL (widget), TRUE);
}

static void
sc_progress_panel_context_changed (ScPanel *panel)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (panel)))
    sc_progress_panel_reload (SC_PROGRESS_PANEL (panel));
}

static void
sc_progress_panel_dispose (GObject *object)
{
  ScProgressPanel *self = SC_PROGRESS_PANEL (object);

  g_clear_pointer (&self->sections, g_ptr_array_unref);
  g_clear_pointer (&self->portfolio, sc_portfolio_unref);
  gtk_widget_dispose_template (GTK_WIDGET (object), SC_TYPE_PROGRESS_PANEL);

  G_OBJECT_CLASS (sc_progress_panel_parent_class)->dispose (object);
}

static void
sc_progress_panel_class_init (ScProgressPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  ScPanelClass *panel_class = SC_PANEL_CLASS (klass);

  object_class->dispose = sc_progress_panel_dispose;

  widget_class->map = sc_progress_panel_map;

  panel_class->context_changed = sc_progress_panel_context_changed;

  gtk_widget_class_install_action (widget_class, "progress.export", NULL, export_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "progress.export", NULL);

  g_type_ensure (SC_TYPE_REPORT_SECTION_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/sc-progress-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, ScProgressPanel, course_label);
  gtk_widget_class_bind_template_child (widget_class, ScProgressPanel, error_page);
  gtk_widget_class_bind_template_child (widget_class, ScProgressPanel, sections_box);
  gtk_widget_class_bind_template_child (widget_class, ScProgressPanel, stack);
  gtk_widget_class_bind_template_child (widget_class, ScProgressPanel, summary_box);
}

static void
sc_progress_panel_init (ScProgressPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "progress.export", FALSE);
}

GtkWidget *
sc_progress_panel_new (void)
{
  return g_object_new (SC_TYPE_PROGRESS_PANEL, NULL);
}
