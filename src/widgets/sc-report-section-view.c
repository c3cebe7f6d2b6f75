/* sc-report-section-view.c - a section of a progress report on screen: heading, chart, table twin
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One section of the learner's Progress page or of the instructor's view
 * of the class: a heading (a level-2 heading to screen readers), a line on
 * how to read it, the chart (ScChartView) and its table twin, the same
 * figures as text in a grid with a header row, behind a "Show as a
 * Table" expander. The widget is named "progress-ID" after the section.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-chart-view.h"
#include "sc-report-section-view.h"

struct _ScReportSectionView
{
  GtkWidget  parent_instance;

  /* The table twin, built the first time it is opened: a term's quizzes
   * are hundreds of cells nobody may look at. */
  GStrv      headers;
  char      *columns;
  guint      wide_column;
  GPtrArray *rows;       /* GStrv */
  GtkWidget *table;      /* (owned) (nullable) */
};

G_DEFINE_FINAL_TYPE (ScReportSectionView, sc_report_section_view, GTK_TYPE_WIDGET)

/**
 * sc_report_section_dup_series:
 *
 * Returns: (transfer full): what the chart of @section draws, on screen
 *   and in an export
 */
ScChartSeries *
sc_report_section_dup_series (const ScReportSection *section)
{
  ScChartSeries *series;

  g_return_val_if_fail (section != NULL, NULL);

  series = sc_chart_series_new (section->kind == SC_REPORT_CHART_BARS ? SC_CHART_BARS : SC_CHART_COLUMNS,
                                section->chart_title, section->max);
  for (guint i = 0; i < section->points->len; i++)
    {
      const ScReportPoint *point = g_ptr_array_index (section->points, i);

      if (point->value < 0)
        sc_chart_series_add_missing (series, point->label, point->value_text);
      else
        sc_chart_series_add (series, point->label, point->value, point->value_text);
    }

  return series;
}

/* A table twin: a grid with a header row, each label with its table
 * role. Columns of figures are right-aligned, columns of words
 * left-aligned; the widest column of words takes the room left. */
static void
table_add_row (ScReportSectionView *self,
               GtkGrid             *grid,
               int                  row,
               const char * const  *cells)
{
  for (int column = 0; cells[column] != NULL; column++)
    {
      gboolean figures = self->columns[column] == 'n';
      GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                       "label", cells[column],
                                       "xalign", figures ? 1.0f : 0.0f,
                                       "wrap", !figures,
                                       "accessible-role", row == 0 ? GTK_ACCESSIBLE_ROLE_COLUMN_HEADER
                                                                   : GTK_ACCESSIBLE_ROLE_CELL,
                                       NULL);

      gtk_widget_add_css_class (label, row == 0 ? "heading" : "numeric");
      gtk_widget_set_hexpand (label, (guint) column == self->wide_column);
      gtk_grid_attach (grid, label, column, row, 1, 1);
    }
}

static GtkWidget *
make_table (ScReportSectionView *self)
{
  GtkWidget *grid = g_object_new (GTK_TYPE_GRID,
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_TABLE,
                                  "column-spacing", 18,
                                  "row-spacing", 6,
                                  "margin-top", 6,
                                  NULL);

  gtk_widget_add_css_class (grid, "sc-progress-table");
  table_add_row (self, GTK_GRID (grid), 0, (const char * const *) self->headers);
  for (guint i = 0; i < self->rows->len; i++)
    table_add_row (self, GTK_GRID (grid), i + 1, g_ptr_array_index (self->rows, i));

  return grid;
}

/* The table is the expander's child only while it is open: GTK 4.8's
 * expander keeps a closed child outside the widget tree but still offers
 * it to Tab, whose focus sorting then asks an unrooted widget for its
 * window's focus (a critical at every Tab past the expander). */
static void
expander_expanded_cb (ScReportSectionView *self,
                      GParamSpec          *pspec,
                      GtkExpander         *expander)
{
  gboolean expanded = gtk_expander_get_expanded (expander);

  if (expanded && self->table == NULL)
    self->table = g_object_ref_sink (make_table (self));
  gtk_expander_set_child (expander, expanded ? self->table : NULL);
}

static void
sc_report_section_view_dispose (GObject *object)
{
  GtkWidget *child;

  ScReportSectionView *self = SC_REPORT_SECTION_VIEW (object);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->table);

  G_OBJECT_CLASS (sc_report_section_view_parent_class)->dispose (object);
}

static void
sc_report_section_view_finalize (GObject *object)
{
  ScReportSectionView *self = SC_REPORT_SECTION_VIEW (object);

  g_strfreev (self->headers);
  g_free (self->columns);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (sc_report_section_view_parent_class)->finalize (object);
}

static void
sc_report_section_view_class_init (ScReportSectionViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_report_section_view_dispose;
  object_class->finalize = sc_report_section_view_finalize;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "reportsection");
}

static void
sc_report_section_view_init (ScReportSectionView *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 6);
}

/**
 * sc_report_section_view_new:
 *
 * Returns: (transfer floating): @section's heading, explanation, chart
 *   and table twin
 */
GtkWidget *
sc_report_section_view_new (const ScReportSection *section)
{
  g_autoptr(ScChartSeries) series = NULL;
  g_autofree char *name = NULL;
  ScReportSectionView *view;
  GtkWidget *self;
  GtkWidget *row;
  GtkWidget *heading;
  GtkWidget *label;
  GtkWidget *chart;
  GtkWidget *expander;

  g_return_val_if_fail (section != NULL, NULL);

  series = sc_report_section_dup_series (section);
  name = g_strdup_printf ("progress-%s", section->id);
  self = g_object_new (SC_TYPE_REPORT_SECTION_VIEW, "name", name, NULL);
  view = SC_REPORT_SECTION_VIEW (self);

  heading = g_object_new (GTK_TYPE_LABEL,
                          "label", section->title,
                          "xalign", 0.0f,
                          "wrap", TRUE,
                          "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                          NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (heading),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, 2,
                                  -1);
  gtk_widget_add_css_class (heading, "title-3");
  gtk_widget_set_hexpand (heading, TRUE);
  row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_add_css_class (row, "sc-report-heading");
  gtk_box_append (GTK_BOX (row), heading);
  gtk_widget_set_parent (row, self);

  label = gtk_label_new (section->explanation);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_parent (label, self);

  chart = sc_chart_view_new ();
  sc_chart_view_set_series (SC_CHART_VIEW (chart), series);
  gtk_widget_set_margin_top (chart, 6);
  gtk_widget_set_parent (chart, self);

  expander = gtk_expander_new_with_mnemonic (_("Show as a _Table"));
  view->headers = g_strdupv (section->headers);
  view->columns = g_strdup (section->columns);
  view->wide_column = section->wide_column;
  view->rows = g_ptr_array_new_full (section->rows->len, (GDestroyNotify) g_strfreev);
  for (guint i = 0; i < section->rows->len; i++)
    g_ptr_array_add (view->rows, g_strdupv (g_ptr_array_index (section->rows, i)));
  g_signal_connect_object (expander, "notify::expanded", G_CALLBACK (expander_expanded_cb), view,
                           G_CONNECT_SWAPPED);
  gtk_widget_set_parent (expander, self);

  return self;
}

/**
 * sc_report_section_view_add_suffix:
 * @suffix: a button that acts on the section, such as Export
 *
 * Puts @suffix at the end of the heading's line.
 */
void
sc_report_section_view_add_suffix (ScReportSectionView *self,
                                   GtkWidget           *suffix)
{
  GtkWidget *row;

  g_return_if_fail (SC_IS_REPORT_SECTION_VIEW (self));
  g_return_if_fail (GTK_IS_WIDGET (suffix));

  row = gtk_widget_get_first_child (GTK_WIDGET (self));
  gtk_widget_set_valign (suffix, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (row), suffix);
}
