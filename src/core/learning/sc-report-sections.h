/* sc-report-sections.h - a learner's report as sections: what each chart shows, and its table
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-learner-report.h"

G_BEGIN_DECLS

typedef enum
{
  SC_REPORT_CHART_BARS,     /* a bar a point, with its label beside it */
  SC_REPORT_CHART_COLUMNS,  /* a column a point, in time order */
} ScReportChartKind;

typedef struct
{
  char   *label;
  double  value;            /* ≥ 0; -1: no value (value_text says why) */
  char   *value_text;       /* what is written at the bar or column */
} ScReportPoint;

typedef struct
{
  const char         *id;           /* "skills", "modules", "reading", "quizzes":
                                     * stable, for widget and file names */
  char               *title;        /* the section's heading */
  char               *explanation;  /* how to read it, one sentence */
  char               *chart_title;  /* what the chart shows, as a screen reader says it */
  ScReportChartKind   kind;
  double              max;          /* the top of the scale; 0: the chart chooses */
  GPtrArray          *points;       /* ScReportPoint */
  GStrv               headers;      /* the table's header row */
  char               *columns;      /* a character a column: 'n' figures, 't' words */
  guint               wide_column;  /* the column of words that takes the room left */
  GPtrArray          *rows;         /* GStrv, one a row, as many cells as headers */
} ScReportSection;

GPtrArray *sc_report_sections_new       (const ScLearnerReport  *report);
ScReportSection *sc_report_section_new_class (ScDatabase     *database,
                                              ScCourse       *course,
                                              GDateTime      *now,
                                              gboolean        anonymous,
                                              GError        **error);
void       sc_report_section_free       (ScReportSection        *section);
char      *sc_report_format_percent     (double                  fraction);
char      *sc_report_format_duration    (gint64                  secs);
char      *sc_report_format_count       (guint                   n,
                                         guint                   total);
char      *sc_report_format_attempts_passed (const ScLearnerReport *report);
gboolean   sc_report_section_write_csv  (const ScReportSection  *section,
                                         const char             *path,
                                         GError                **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScReportSection, sc_report_section_free)

G_END_DECLS
