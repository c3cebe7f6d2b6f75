/* sc-progress-panel.c - the Progress section: the learner's own results, as charts and tables
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page reads the active learner's report in the course
 * (sc_learner_report_read ()) whenever it is shown and whenever the
 * learner or the course changes, and lays it out as four summary figures
 * and four sections: skills, modules, reading time and quiz results. Each
 * section is a chart and its table twin: the same figures as text, in a
 * grid with a header row, behind an expander, for whoever cannot see the
 * chart or wants the exact numbers. The chart itself reads out as its
 * title and values (sc-chart-view.c).
 *
 * The report is a few indexed queries over one learner's rows, so it is
 * read on the main thread; the page is rebuilt from it whole.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <adwaita.h>

#include "sc-chart-view.h"
#include "sc-context.h"
#include "sc-learner-report.h"
#include "sc-progress-panel.h"

/* The quiz results chart shows this many of the latest attempts; the
 * table lists them all. */
#define MAX_CHARTED_ATTEMPTS 12

struct _ScProgressPanel
{
  ScPanel     parent_instance;

  GtkLabel   *course_label;
  AdwStatusPage *error_page;
  GtkWidget  *scroller;
  GtkBox     *sections_box;
  GtkStack   *stack;
  GtkFlowBox *summary_box;
};

G_DEFINE_FINAL_TYPE (ScProgressPanel, sc_progress_panel, SC_TYPE_PANEL)

static char *
format_percent (double fraction)
{
  /* Translators: a percentage, as in "75 %" */
  return g_strdup_printf (_("%d %%"), (int) round (fraction * 100.0));
}

static char *
format_duration (gint64 secs)
{
  gint64 minutes = (secs + 30) / 60;

  if (secs > 0 && minutes == 0)
    return g_strdup (_("Under a minute"));
  if (minutes < 60)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u min", "%u min", (gulong) minutes),
                            (guint) minutes);

  /* Translators: hours and minutes of reading time, as in "2 h 05 min" */
  return g_strdup_printf (_("%u h %02u min"), (guint) (minutes / 60), (guint) (minutes % 60));
}

/* strftime () pads "%e" with a space: "Tue  1" would stand out among
 * "Mon 30" and "Wed 2", so runs of spaces become one. */
static char *
squeeze_spaces (char *text)
{
  char *out = text;

  g_strstrip (text);
  for (const char *in = text; *in != '\0'; in++)
    if (*in != ' ' || out == text || out[-1] != ' ')
      *out++ = *in;
  *out = '\0';

  return text;
}

static char *
format_day (const GDate *date,
            const char  *format)
{
  char text[64];

  if (g_date_strftime (text, sizeof text, format, date) == 0)
    return g_strdup ("");

  return g_strdup (squeeze_spaces (text));
}

/* "2 Dec", local time, of a UTC ISO 8601 time */
static char *
format_date (const char *iso8601,
             gboolean    with_time)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_iso8601 (iso8601 != NULL ? iso8601 : "", NULL);
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *text = NULL;

  if (time == NULL)
    return g_strdup ("—");
  local = g_date_time_to_local (time);
  /* Translators: a date, as strftime () writes it; "%e %b" is "2 Dec" */
  text = g_date_time_format (local, with_time ? _("%e %b %Y, %H:%M") : _("%e %b"));

  return g_strdup (squeeze_spaces (text));
}

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

static char *
count_of (guint n,
          guint total)
{
  /* Translators: a count out of a total, as in "3 of 8" */
  return g_strdup_printf (_("%u of %u"), n, total);
}

static void
fill_summary (ScProgressPanel       *self,
              const ScLearnerReport *report)
{
  g_autofree char *lessons = count_of (report->n_lessons_done, report->n_lessons);
  g_autofree char *modules = count_of (report->n_modules_mastered, report->modules->len);
  g_autofree char *reading = format_duration (report->reading_secs);
  g_autofree char *quizzes = NULL;
  GtkWidget *child;
  guint n_passed = 0;

  for (guint i = 0; i < report->attempts->len; i++)
    n_passed += ((ScReportAttempt *) g_ptr_array_index (report->attempts, i))->passed;
  quizzes = count_of (n_passed, report->attempts->len);

  /* GTK 4.8 has no gtk_flow_box_remove_all (). */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->summary_box))) != NULL)
    gtk_flow_box_remove (self->summary_box, child);
  gtk_flow_box_append (self->summary_box, make_stat (lessons, _("Lessons done")));
  gtk_flow_box_append (self->summary_box, make_stat (modules, _("Modules mastered")));
  gtk_flow_box_append (self->summary_box, make_stat (reading, _("Reading time")));
  gtk_flow_box_append (self->summary_box, make_stat (quizzes, _("Quiz attempts passed")));
}

/* A table: a grid with a header row, each label with its table role.
 * Columns of figures are right-aligned, columns of words left-aligned;
 * the widest column of words takes the room left. */
typedef struct
{
  GtkGrid    *grid;
  int         n_rows;
  const char *numeric;   /* one character a column: 'n' figures, 't' words */
  int         wide;
} Table;

static void
table_add_row (Table              *table,
               gboolean            header,
               const char * const *cells)
{
  for (int column = 0; cells[column] != NULL; column++)
    {
      gboolean figures = table->numeric[column] == 'n';
      GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                       "label", cells[column],
                                       "xalign", figures ? 1.0f : 0.0f,
                                       "wrap", !figures,
                                       "accessible-role", header ? GTK_ACCESSIBLE_ROLE_COLUMN_HEADER
                                                                 : GTK_ACCESSIBLE_ROLE_CELL,
                                       NULL);

      gtk_widget_add_css_class (label, header ? "heading" : "numeric");
      gtk_widget_set_hexpand (label, column == table->wide);
      gtk_grid_attach (table->grid, label, column, table->n_rows, 1, 1);
    }
  table->n_rows++;
}

static Table
table_new (const char * const *headers,
           const char         *numeric,
           int                 wide)
{
  Table table = { NULL, 0, numeric, wide };

  g_assert (strlen (numeric) == g_strv_length ((char **) headers));
  table.grid = g_object_new (GTK_TYPE_GRID,
                             "accessible-role", GTK_ACCESSIBLE_ROLE_TABLE,
                             "column-spacing", 18,
                             "row-spacing", 6,
                             "margin-top", 6,
                             NULL);
  gtk_widget_add_css_class (GTK_WIDGET (table.grid), "sc-progress-table");
  table_add_row (&table, TRUE, headers);

  return table;
}

/* The table is the expander's child only while it is open: GTK 4.8's
 * expander keeps a closed child outside the widget tree but still offers
 * it to Tab, whose focus sorting then asks an unrooted widget for its
 * window's focus (a critical at every Tab past the expander). */
static void
expander_expanded_cb (GtkExpander *expander)
{
  GtkWidget *table = g_object_get_data (G_OBJECT (expander), "sc-table");

  gtk_expander_set_child (expander, gtk_expander_get_expanded (expander) ? table : NULL);
}

/* A section: a heading, a line on how to read it, the chart and the
 * table behind an expander. */
static void
add_section (ScProgressPanel *self,
             const char      *name,
             const char      *title,
             const char      *explanation,
             ScChartSeries   *series,
             Table           *table)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading;
  GtkWidget *label;
  GtkWidget *chart;
  GtkWidget *expander;

  gtk_widget_set_name (box, name);
  heading = g_object_new (GTK_TYPE_LABEL,
                          "label", title,
                          "xalign", 0.0f,
                          "wrap", TRUE,
                          "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                          NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (heading),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, 2,
                                  -1);
  gtk_widget_add_css_class (heading, "title-3");
  gtk_box_append (GTK_BOX (box), heading);

  label = gtk_label_new (explanation);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (box), label);

  chart = sc_chart_view_new ();
  sc_chart_view_set_series (SC_CHART_VIEW (chart), series);
  gtk_widget_set_margin_top (chart, 6);
  gtk_box_append (GTK_BOX (box), chart);

  expander = gtk_expander_new_with_mnemonic (_("Show as a _Table"));
  g_object_set_data_full (G_OBJECT (expander), "sc-table", g_object_ref_sink (table->grid),
                          g_object_unref);
  g_signal_connect (expander, "notify::expanded", G_CALLBACK (expander_expanded_cb), NULL);
  gtk_box_append (GTK_BOX (box), expander);

  gtk_box_append (self->sections_box, box);
}

static void
add_skills (ScProgressPanel       *self,
            const ScLearnerReport *report)
{
  static const char *headers[] = { N_("Skill"), N_("Lessons done"), N_("Questions answered"),
                                   N_("Mastery"), NULL };
  const char *translated[G_N_ELEMENTS (headers)] = { NULL };
  g_autoptr(ScChartSeries) series = sc_chart_series_new (SC_CHART_BARS, _("Mastery of each skill"), 100.0);
  Table table;

  for (guint i = 0; headers[i] != NULL; i++)
    translated[i] = _(headers[i]);
  table = table_new (translated, "tnnn", 0);

  for (guint i = 0; i < report->competencies->len; i++)
    {
      const ScReportCompetency *row = g_ptr_array_index (report->competencies, i);
      g_autofree char *lessons = count_of (row->n_lessons_done, row->n_lessons);
      g_autofree char *questions = g_strdup_printf ("%u", row->n_questions);
      g_autofree char *mastery = NULL;
      const char *cells[5];

      if (row->mastery < 0)
        {
          mastery = g_strdup (_("No answers yet"));
          sc_chart_series_add_missing (series, row->title, mastery);
        }
      else
        {
          mastery = format_percent (row->mastery);
          sc_chart_series_add (series, row->title, row->mastery * 100.0, mastery);
        }
      cells[0] = row->title;
      cells[1] = lessons;
      cells[2] = questions;
      cells[3] = mastery;
      cells[4] = NULL;
      table_add_row (&table, FALSE, cells);
    }

  add_section (self, "progress-skills", _("Skills"),
               _("Each skill’s share of the marks on your latest answer to every quiz question about it."),
               series, &table);
}

static const char *
module_state_text (const ScReportModule *module)
{
  switch (module->state)
    {
    case SC_MODULE_MASTERED:
      return _("Mastered");
    case SC_MODULE_IN_PROGRESS:
      return _("In progress");
    case SC_MODULE_NOT_STARTED:
    default:
      return module->n_done > 0 ? _("In progress") : _("Not started");
    }
}

static void
add_modules (ScProgressPanel       *self,
             const ScLearnerReport *report)
{
  static const char *headers[] = { N_("Module"), N_("Lessons done"), N_("Best quiz score"),
                                   N_("Status"), NULL };
  const char *translated[G_N_ELEMENTS (headers)] = { NULL };
  g_autoptr(ScChartSeries) series = sc_chart_series_new (SC_CHART_BARS, _("Lessons done in each module"), 100.0);
  Table table;

  for (guint i = 0; headers[i] != NULL; i++)
    translated[i] = _(headers[i]);
  table = table_new (translated, "tnnt", 0);

  for (guint i = 0; i < report->modules->len; i++)
    {
      const ScReportModule *row = g_ptr_array_index (report->modules, i);
      g_autofree char *lessons = count_of (row->n_done, row->n_lessons);
      g_autofree char *best = row->best_score >= 0 ? format_percent (row->best_score)
                                                   : g_strdup (_("No quiz yet"));
      const char *cells[] = { row->title, lessons, best, module_state_text (row), NULL };
      double share = row->n_lessons > 0 ? 100.0 * row->n_done / row->n_lessons : 0.0;

      sc_chart_series_add (series, row->title, share, lessons);
      table_add_row (&table, FALSE, cells);
    }

  add_section (self, "progress-modules", _("Modules"),
               _("The lessons you marked as done in each module."),
               series, &table);
}

static void
add_reading (ScProgressPanel       *self,
             const ScLearnerReport *report)
{
  const char *headers[] = { _("Day"), _("Reading time"), NULL };
  g_autoptr(ScChartSeries) series = NULL;
  g_autofree char *title = NULL;
  Table table = table_new (headers, "tn", 0);

  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Reading Time, Last %u Day",
                                        "Reading Time, Last %u Days", SC_LEARNER_REPORT_DAYS),
                           SC_LEARNER_REPORT_DAYS);
  series = sc_chart_series_new (SC_CHART_COLUMNS, _("Minutes of reading each day"), 0.0);
  for (guint i = 0; i < report->days->len; i++)
    {
      const ScReportDay *day = g_ptr_array_index (report->days, i);
      /* Translators: a day under a column of the reading time chart, as
       * strftime () writes it: "%a %e" is "Tue 2" */
      g_autofree char *label = format_day (&day->date, _("%a %e"));
      /* Translators: a day in the reading time table: "Tuesday 2 December" */
      g_autofree char *long_label = format_day (&day->date, _("%A %e %B"));
      g_autofree char *time = day->reading_secs > 0 ? format_duration (day->reading_secs)
                                                    : g_strdup (_("None"));
      const char *cells[] = { long_label, time, NULL };

      /* Bare minutes over the columns, so they fit on a projector too:
       * the axis and the heading say what they count. */
      g_autofree char *minutes = g_strdup_printf ("%u", (guint) ((day->reading_secs + 30) / 60));

      sc_chart_series_add (series, label, day->reading_secs / 60.0, minutes);
      table_add_row (&table, FALSE, cells);
    }

  add_section (self, "progress-reading", title,
               _("Minutes spent reading lessons each day, counted only while Shopcraft is in use."),
               series, &table);
}

static void
add_quizzes (ScProgressPanel       *self,
             const ScLearnerReport *report)
{
  static const char *headers[] = { N_("Date"), N_("Quiz"), N_("Score"), N_("Result"), NULL };
  const char *translated[G_N_ELEMENTS (headers)] = { NULL };
  g_autoptr(ScChartSeries) series = sc_chart_series_new (SC_CHART_COLUMNS, _("Score in each finished quiz"), 100.0);
  guint first = report->attempts->len > MAX_CHARTED_ATTEMPTS
                ? report->attempts->len - MAX_CHARTED_ATTEMPTS : 0;
  Table table;

  for (guint i = 0; headers[i] != NULL; i++)
    translated[i] = _(headers[i]);
  table = table_new (translated, "ttnt", 1);

  /* The table lists the newest first; the chart runs left to right. */
  for (guint i = report->attempts->len; i-- > 0;)
    {
      const ScReportAttempt *attempt = g_ptr_array_index (report->attempts, i);
      g_autofree char *date = format_date (attempt->submitted_at, TRUE);
      g_autofree char *score = format_percent (attempt->score);
      const char *result = attempt->pass_fraction <= 0 ? _("No pass mark")
                           : attempt->passed ? _("Passed") : _("Not passed");
      const char *cells[] = { date, attempt->title, score, result, NULL };

      table_add_row (&table, FALSE, cells);
    }
  for (guint i = first; i < report->attempts->len; i++)
    {
      const ScReportAttempt *attempt = g_ptr_array_index (report->attempts, i);
      g_autofree char *date = format_date (attempt->submitted_at, FALSE);
      g_autofree char *score = format_percent (attempt->score);

      sc_chart_series_add (series, date, attempt->score * 100.0, score);
    }

  add_section (self, "progress-quizzes", _("Quiz Scores"),
               report->attempts->len > MAX_CHARTED_ATTEMPTS
               ? _("Your score in each of your latest finished quizzes, oldest first. The table lists them all.")
               : _("Your score in each finished quiz, oldest first."),
               series, &table);
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
  g_autoptr(ScLearnerReport) report = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *course_text = NULL;
  const ScLearner *learner;
  ScDatabase *database;
  ScCourse *course;

  g_return_if_fail (SC_IS_PROGRESS_PANEL (self));

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
  report = sc_learner_report_read (database, learner, course, now, &error);
  if (report == NULL)
    {
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "error");
      return;
    }

  clear_sections (self);
  if (sc_learner_report_is_empty (report))
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  /* Translators: under "Your Progress": the course's title */
  course_text = g_strdup_printf (_("In “%s”"), sc_course_get_title (course));
  gtk_label_set_label (self->course_label, course_text);
  fill_summary (self, report);
  add_skills (self, report);
  add_modules (self, report);
  add_reading (self, report);
  add_quizzes (self, report);
  gtk_stack_set_visible_child_name (self->stack, "report");
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

  g_type_ensure (SC_TYPE_CHART_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/sc-progress-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, ScProgressPanel, course_label);
  gtk_widget_class_bind_template_child (widget_class, ScProgressPanel, error_page);
  gtk_widget_class_bind_template_child (widget_class, ScProgressPanel, scroller);
  gtk_widget_class_bind_template_child (widget_class, ScProgressPanel, sections_box);
  gtk_widget_class_bind_template_child (widget_class, ScProgressPanel, stack);
  gtk_widget_class_bind_template_child (widget_class, ScProgressPanel, summary_box);
}

static void
sc_progress_panel_init (ScProgressPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sc_progress_panel_new (void)
{
  return g_object_new (SC_TYPE_PROGRESS_PANEL, NULL);
}
