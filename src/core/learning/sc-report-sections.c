/* sc-report-sections.c - a learner's report as sections: what each chart shows, and its table
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Progress page and its exports say the same things in the same
 * words, so both take them from here: each section's heading, what its
 * chart shows (the points with their labels and value texts) and its
 * table twin (a header row and rows of text, with the columns of figures
 * marked). The page draws the points and lays the table out; an export
 * writes the table as CSV and the points as a picture.
 *
 * Dates are written in the local time zone, as the learner lived them.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "sc-csv-writer.h"
#include "sc-database.h"
#include "sc-report-sections.h"

/* The quiz scores chart shows this many of the latest attempts; the table
 * lists them all. */
#define MAX_CHARTED_ATTEMPTS 12

static void
report_point_free (ScReportPoint *point)
{
  g_free (point->label);
  g_free (point->value_text);
  g_free (point);
}

void
sc_report_section_free (ScReportSection *section)
{
  if (section == NULL)
    return;

  g_free (section->title);
  g_free (section->explanation);
  g_free (section->chart_title);
  g_clear_pointer (&section->points, g_ptr_array_unref);
  g_strfreev (section->headers);
  g_free (section->columns);
  g_clear_pointer (&section->rows, g_ptr_array_unref);
  g_free (section);
}

/**
 * sc_report_format_percent:
 *
 * Returns: (transfer full): @fraction (0 … 1) as a whole percentage, "75 %"
 */
char *
sc_report_format_percent (double fraction)
{
  /* Translators: a percentage, as in "75 %" */
  return g_strdup_printf (_("%d %%"), (int) round (fraction * 100.0));
}

/**
 * sc_report_format_duration:
 *
 * Returns: (transfer full): @secs to the nearest minute: "Under a
 *   minute", "12 min", "2 h 05 min"; "0 min" for none
 */
char *
sc_report_format_duration (gint64 secs)
{
  gint64 minutes = (MAX (secs, 0) + 30) / 60;

  if (secs > 0 && minutes == 0)
    return g_strdup (_("Under a minute"));
  if (minutes < 60)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u min", "%u min", (gulong) minutes),
                            (guint) minutes);

  /* Translators: hours and minutes of reading time, as in "2 h 05 min" */
  return g_strdup_printf (_("%u h %02u min"), (guint) (minutes / 60), (guint) (minutes % 60));
}

/* Days and dates are written by g_date_time_format (), whose "%-d" is
 * the day without padding: "Tue 1", where "%e" would pad it with a
 * figure space. */
static char *
format_day (const GDate *date,
            const char  *format)
{
  g_autoptr(GDateTime) noon = g_date_time_new_local (g_date_get_year (date), g_date_get_month (date),
                                                     g_date_get_day (date), 12, 0, 0);

  return noon != NULL ? g_date_time_format (noon, format) : g_strdup ("");
}

/* A UTC ISO 8601 time in local time: "2 Dec", or "2 Dec 2026, 14:05" */
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
  /* Translators: a date, as g_date_time_format () writes it; "%-d %b"
   * is "2 Dec" */
  text = g_date_time_format (local, with_time ? _("%-d %b %Y, %H:%M") : _("%-d %b"));

  return g_steal_pointer (&text);
}

/**
 * sc_report_format_count:
 *
 * Returns: (transfer full): "3 of 8"
 */
char *
sc_report_format_count (guint n,
                        guint total)
{
  /* Translators: a count out of a total, as in "3 of 8" */
  return g_strdup_printf (_("%u of %u"), n, total);
}

/**
 * sc_report_format_attempts_passed:
 *
 * What the Progress page and the class view say of a learner's quizzes.
 *
 * Returns: (transfer full): "2 of 3", or "None yet" before any attempt
 */
char *
sc_report_format_attempts_passed (const ScLearnerReport *report)
{
  g_return_val_if_fail (report != NULL, NULL);

  if (report->attempts->len == 0)
    return g_strdup (_("None yet"));

  return sc_report_format_count (report->n_attempts_passed, report->attempts->len);
}

static ScReportSection *
section_new (const char        *id,
             const char        *title,
             const char        *explanation,
             const char        *chart_title,
             ScReportChartKind  kind,
             double             max,
             const char        *columns,
             guint              wide_column,
             ...)
{
  ScReportSection *section = g_new0 (ScReportSection, 1);
  g_autoptr(GStrvBuilder) headers = g_strv_builder_new ();
  const char *header;
  va_list args;

  section->id = id;
  section->title = g_strdup (title);
  section->explanation = g_strdup (explanation);
  section->chart_title = g_strdup (chart_title);
  section->kind = kind;
  section->max = max;
  section->points = g_ptr_array_new_with_free_func ((GDestroyNotify) report_point_free);
  section->columns = g_strdup (columns);
  section->wide_column = wide_column;
  section->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  va_start (args, wide_column);
  while ((header = va_arg (args, const char *)) != NULL)
    g_strv_builder_add (headers, header);
  va_end (args);
  section->headers = g_strv_builder_end (headers);
  g_assert (strlen (columns) == g_strv_length (section->headers));

  return section;
}

static void
add_point (ScReportSection *section,
           const char      *label,
           double           value,
           const char      *value_text)
{
  ScReportPoint *point = g_new0 (ScReportPoint, 1);

  point->label = g_strdup (label);
  point->value = value;
  point->value_text = g_strdup (value_text);
  g_ptr_array_add (section->points, point);
}

/* A row of the table: as many cells as it has columns. */
static void
add_row (ScReportSection *section,
         ...)
{
  g_autoptr(GStrvBuilder) cells = g_strv_builder_new ();
  GStrv row;
  const char *cell;
  va_list args;

  va_start (args, section);
  while ((cell = va_arg (args, const char *)) != NULL)
    g_strv_builder_add (cells, cell);
  va_end (args);
  row = g_strv_builder_end (cells);
  g_assert (g_strv_length (row) == g_strv_length (section->headers));
  g_ptr_array_add (section->rows, row);
}

static ScReportSection *
skills_section (const ScLearnerReport *report)
{
  ScReportSection *section;

  section = section_new ("skills", _("Skills"),
                         _("Each skill’s share of the marks on your latest answer to every quiz question about it."),
                         _("Mastery of each skill"), SC_REPORT_CHART_BARS, 100.0, "tnnn", 0,
                         _("Skill"), _("Lessons done"), _("Questions answered"), _("Mastery"), NULL);

  for (guint i = 0; i < report->competencies->len; i++)
    {
      const ScReportCompetency *row = g_ptr_array_index (report->competencies, i);
      g_autofree char *lessons = sc_report_format_count (row->n_lessons_done, row->n_lessons);
      g_autofree char *questions = g_strdup_printf ("%u", row->n_questions);
      g_autofree char *mastery = row->mastery < 0 ? g_strdup (_("No answers yet"))
                                                  : sc_report_format_percent (row->mastery);

      add_point (section, row->title, row->mastery < 0 ? -1.0 : row->mastery * 100.0, mastery);
      add_row (section, row->title, lessons, questions, mastery, NULL);
    }

  return section;
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

static ScReportSection *
modules_section (const ScLearnerReport *report)
{
  ScReportSection *section;

  section = section_new ("modules", _("Modules"), _("The lessons you marked as done in each module."),
                         _("Lessons done in each module"), SC_REPORT_CHART_BARS, 100.0, "tnnt", 0,
                         _("Module"), _("Lessons done"), _("Best quiz score"), _("Status"), NULL);

  for (guint i = 0; i < report->modules->len; i++)
    {
      const ScReportModule *row = g_ptr_array_index (report->modules, i);
      g_autofree char *lessons = sc_report_format_count (row->n_done, row->n_lessons);
      g_autofree char *best = row->best_score >= 0 ? sc_report_format_percent (row->best_score)
                                                   : g_strdup (_("No quiz yet"));

      add_point (section, row->title, row->n_lessons > 0 ? 100.0 * row->n_done / row->n_lessons : 0.0,
                 lessons);
      add_row (section, row->title, lessons, best, module_state_text (row), NULL);
    }

  return section;
}

static ScReportSection *
reading_section (const ScLearnerReport *report)
{
  g_autofree char *title = NULL;
  ScReportSection *section;

  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Reading Time, Last %u Day",
                                        "Reading Time, Last %u Days", SC_LEARNER_REPORT_DAYS),
                           SC_LEARNER_REPORT_DAYS);
  section = section_new ("reading", title,
                         _("Minutes spent reading lessons each day, counted only while Shopcraft is in use."),
                         _("Minutes of reading each day"), SC_REPORT_CHART_COLUMNS, 0.0, "tn", 0,
                         _("Day"), _("Reading time"), NULL);

  for (guint i = 0; i < report->days->len; i++)
    {
      const ScReportDay *day = g_ptr_array_index (report->days, i);
      /* Translators: a day under a column of the reading time chart, as
       * g_date_time_format () writes it: "%a %-d" is "Tue 2" */
      g_autofree char *label = format_day (&day->date, _("%a %-d"));
      /* Translators: a day in the reading time table: "Tuesday 2 December" */
      g_autofree char *long_label = format_day (&day->date, _("%A %-d %B"));
      g_autofree char *time = day->reading_secs > 0 ? sc_report_format_duration (day->reading_secs)
                                                    : g_strdup (_("None"));
      /* Bare minutes over the columns, so they fit on a projector too:
       * the axis and the heading say what they count. */
      g_autofree char *minutes = g_strdup_printf ("%u", (guint) ((day->reading_secs + 30) / 60));

      add_point (section, label, day->reading_secs / 60.0, minutes);
      add_row (section, long_label, time, NULL);
    }

  return section;
}

static ScReportSection *
quizzes_section (const ScLearnerReport *report)
{
  guint first = report->attempts->len > MAX_CHARTED_ATTEMPTS
                ? report->attempts->len - MAX_CHARTED_ATTEMPTS : 0;
  ScReportSection *section;

  section = section_new ("quizzes", _("Quiz Scores"),
                         report->attempts->len > MAX_CHARTED_ATTEMPTS
                         ? _("Your score in each of your latest finished quizzes, oldest first. The table lists them all.")
                         : _("Your score in each finished quiz, oldest first."),
                         _("Score in each finished quiz"), SC_REPORT_CHART_COLUMNS, 100.0, "ttnt", 1,
                         _("Date"), _("Quiz"), _("Score"), _("Result"), NULL);

  /* The chart runs left to right; the table lists the newest first. */
  for (guint i = first; i < report->attempts->len; i++)
    {
      const ScReportAttempt *attempt = g_ptr_array_index (report->attempts, i);
      g_autofree char *date = format_date (attempt->submitted_at, FALSE);
      g_autofree char *score = sc_report_format_percent (attempt->score);

      add_point (section, date, attempt->score * 100.0, score);
    }
  for (guint i = report->attempts->len; i-- > 0;)
    {
      const ScReportAttempt *attempt = g_ptr_array_index (report->attempts, i);
      g_autofree char *date = format_date (attempt->submitted_at, TRUE);
      g_autofree char *score = sc_report_format_percent (attempt->score);
      const char *result = attempt->pass_fraction <= 0 ? _("No pass mark")
                           : attempt->passed ? _("Passed") : _("Not passed");

      add_row (section, date, attempt->title, score, result, NULL);
    }

  return section;
}

/**
 * sc_report_sections_new:
 *
 * Returns: (transfer full) (element-type ScReportSection): the report's
 *   sections, in the order the page shows them: skills, modules, reading
 *   time, quiz scores
 */
GPtrArray *
sc_report_sections_new (const ScLearnerReport *report)
{
  GPtrArray *sections = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_report_section_free);

  g_return_val_if_fail (report != NULL, NULL);

  g_ptr_array_add (sections, skills_section (report));
  g_ptr_array_add (sections, modules_section (report));
  g_ptr_array_add (sections, reading_section (report));
  g_ptr_array_add (sections, quizzes_section (report));

  return sections;
}

/* The mean of the masteries of the competencies answered; -1 for none. */
static double
mean_mastery (const ScLearnerReport *report)
{
  double sum = 0.0;
  guint n = 0;

  for (guint i = 0; i < report->competencies->len; i++)
    {
      const ScReportCompetency *row = g_ptr_array_index (report->competencies, i);

      if (row->mastery >= 0)
        {
          sum += row->mastery;
          n++;
        }
    }

  return n > 0 ? sum / n : -1.0;
}

/**
 * sc_report_section_new_class:
 * @now: the current time, in the time zone whose days count
 * @anonymous: whether to name each learner "Learner N" (on a projector)
 *   rather than by name
 *
 * The class at a glance, for the instructor: every learner of @database
 * in @course, oldest profile first, with lessons done (the chart), modules
 * mastered, reading time, quiz attempts passed and mean skill mastery.
 *
 * Returns: (transfer full) (nullable): the section ("class"), or %NULL
 *   with @error set when the database could not be read
 */
ScReportSection *
sc_report_section_new_class (ScDatabase  *database,
                             ScCourse    *course,
                             GDateTime   *now,
                             gboolean     anonymous,
                             GError     **error)
{
  g_autoptr(ScReportSection) section = NULL;
  g_autoptr(GPtrArray) learners = NULL;

  g_return_val_if_fail (SC_IS_DATABASE (database), NULL);
  g_return_val_if_fail (SC_IS_COURSE (course), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  learners = sc_learner_list (database, error);
  if (learners == NULL)
    return NULL;

  section = section_new ("class", _("Learners"),
                         _("Everyone who has a profile on this computer, with what each has done in this course."),
                         _("Lessons done by each learner"), SC_REPORT_CHART_BARS, 100.0, "tnnnnn", 0,
                         _("Learner"), _("Lessons done"), _("Modules mastered"), _("Reading time"),
                         _("Quiz attempts passed"), _("Skill mastery"), NULL);

  for (guint i = 0; i < learners->len; i++)
    {
      const ScLearner *learner = g_ptr_array_index (learners, i);
      g_autoptr(ScLearnerReport) report = sc_learner_report_read (database, learner, course, now, error);
      g_autofree char *name = NULL;
      g_autofree char *lessons = NULL;
      g_autofree char *modules = NULL;
      g_autofree char *reading = NULL;
      g_autofree char *passed = NULL;
      g_autofree char *mastery = NULL;
      double mean;
      if (report == NULL)
        return NULL;

      /* Translators: a learner on a projector, where names are not shown */
      name = anonymous ? g_strdup_printf (_("Learner %u"), i + 1) : g_strdup (learner->display_name);
      lessons = sc_report_format_count (report->n_lessons_done, report->n_lessons);
      modules = sc_report_format_count (report->n_modules_mastered, report->modules->len);
      reading = sc_report_format_duration (report->reading_secs);
      passed = sc_report_format_attempts_passed (report);
      mean = mean_mastery (report);
      mastery = mean >= 0 ? sc_report_format_percent (mean) : g_strdup (_("No answers yet"));

      add_point (section, name,
                 report->n_lessons > 0 ? 100.0 * report->n_lessons_done / report->n_lessons : 0.0,
                 lessons);
      add_row (section, name, lessons, modules, reading, passed, mastery, NULL);
    }

  return g_steal_pointer (&section);
}

/**
 * sc_report_section_write_csv:
 * @path: the file, replaced whole (or left as it was on failure)
 *
 * Writes the section's table as CSV (RFC 4180, UTF-8 with a byte order
 * mark so that spreadsheets read its accents right): the header row, then
 * the rows as the page shows them. Cells of words that a spreadsheet
 * would take for a formula (a quiz title beginning with "=") are written
 * so that it does not.
 *
 * Returns: %FALSE with @error naming @path when it cannot be written
 */
gboolean
sc_report_section_write_csv (const ScReportSection  *section,
                             const char             *path,
                             GError                **error)
{
  g_autoptr(ScCsvWriter) writer = NULL;

  g_return_val_if_fail (section != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  writer = sc_csv_writer_new (',', SC_CSV_WRITER_BOM);
  for (guint i = 0; section->headers[i] != NULL; i++)
    sc_csv_writer_add_text (writer, section->headers[i]);
  sc_csv_writer_end_row (writer);
  for (guint i = 0; i < section->rows->len; i++)
    {
      GStrv row = g_ptr_array_index (section->rows, i);

      for (guint j = 0; row[j] != NULL; j++)
        sc_csv_writer_add_text (writer, row[j]);
      sc_csv_writer_end_row (writer);
    }

  return sc_csv_writer_save (writer, path, error);
}
