/* sc-portfolio-html.c - a portfolio as one HTML page, to hand in or print
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One self-contained page: no script, no web font, no address outside
 * the folder it is written to (the charts are pictures written beside
 * it), so it opens offline in any browser and prints as it shows. Every
 * text from the learner, the course or a grader is escaped.
 *
 * Its parts, in the order an instructor reads them: who and what; the
 * summary figures; the Progress page's sections (each table, with its
 * chart when one was written); the written answers with their marks; the
 * practice stores with their latest check, the messages sent to
 * customers and the listing fields changed (before and now).
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-portfolio.h"
#include "sc-report-sections.h"

static const char style[] =
  "body { font-family: Cantarell, 'Noto Sans', sans-serif; color: #241f31; background: #fff;"
  " max-width: 50em; margin: 2em auto; padding: 0 1em; line-height: 1.5; }\n"
  "h1 { font-size: 1.8em; margin-bottom: 0; }\n"
  "h2 { border-bottom: 2px solid #deddda; padding-bottom: .2em; margin-top: 2em; }\n"
  "h3 { margin-bottom: .2em; }\n"
  ".meta { color: #5e5c64; margin-top: 0; }\n"
  "table { border-collapse: collapse; margin: .5em 0; }\n"
  "th, td { border: 1px solid #c0bfbc; padding: .25em .6em; text-align: left; vertical-align: top; }\n"
  "th { background: #f6f5f4; }\n"
  "td.n { text-align: right; font-variant-numeric: tabular-nums; }\n"
  "td.value { white-space: pre-wrap; overflow-wrap: anywhere; max-width: 28em; }\n"
  "img { max-width: 100%; height: auto; }\n"
  "blockquote { margin: .5em 0; padding: .2em 1em; border-left: 4px solid #c0bfbc; color: #3d3846; }\n"
  ".written { white-space: pre-wrap; border: 1px solid #deddda; padding: .5em 1em; border-radius: 6px; }\n"
  ".mark { font-weight: bold; }\n"
  "article { break-inside: avoid; margin-bottom: 1.5em; }\n"
  "footer { margin-top: 3em; color: #5e5c64; font-size: .9em; }\n"
  "@media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } }\n";

static void
append_escaped (GString    *out,
                const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text != NULL ? text : "", -1);

  g_string_append (out, escaped);
}

/* <TAG>text</TAG>, escaped, with @class_name when given. */
static void
append_element (GString    *out,
                const char *tag,
                const char *class_name,
                const char *text)
{
  g_string_append_printf (out, "<%s", tag);
  if (class_name != NULL)
    g_string_append_printf (out, " class=\"%s\"", class_name);
  g_string_append_c (out, '>');
  append_escaped (out, text);
  g_string_append_printf (out, "</%s>\n", tag);
}

/* A UTC ISO 8601 time, in local time for people. */
static char *
format_iso (const char *iso)
{
  g_autoptr(GDateTime) utc = iso != NULL ? g_date_time_new_from_iso8601 (iso, NULL) : NULL;
  g_autoptr(GDateTime) local = NULL;

  if (utc == NULL)
    return g_strdup (iso != NULL ? iso : "");
  local = g_date_time_to_local (utc);

  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

static char *
format_unix (gint64 secs)
{
  g_autoptr(GDateTime) local = g_date_time_new_from_unix_local (secs);

  return local != NULL ? g_date_time_format (local, "%Y-%m-%d %H:%M") : g_strdup ("");
}

static char *
format_mark (double mark)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  /* Marks are whole or halves as graders give them: no trailing zeros. */
  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.4g", mark));
}

static void
append_summary (GString           *out,
                const ScPortfolio *self)
{
  const ScLearnerReport *report = self->report;
  g_autofree char *lessons = sc_report_format_count (report->n_lessons_done, report->n_lessons);
  g_autofree char *modules = sc_report_format_count (report->n_modules_mastered,
                                                     report->modules->len);
  g_autofree char *quizzes = sc_report_format_attempts_passed (report);
  g_autofree char *reading = sc_report_format_duration (report->reading_secs);
  const struct { const char *name; const char *value; } rows[] = {
    { _("Lessons done"), lessons },
    { _("Modules mastered"), modules },
    { _("Quizzes passed"), quizzes },
    { _("Reading time"), reading },
  };

  append_element (out, "h2", NULL, _("Summary"));
  g_string_append (out, "<table>\n");
  for (gsize i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_string_append (out, "<tr>");
      append_element (out, "th", NULL, rows[i].name);
      append_element (out, "td", "n", rows[i].value);
      g_string_append (out, "</tr>\n");
    }
  g_string_append (out, "</table>\n");
}

static const char *
chart_file (const ScPortfolioChart *charts,
            gsize                   n_charts,
            const char             *section_id)
{
  for (gsize i = 0; i < n_charts; i++)
    if (g_strcmp0 (charts[i].section_id, section_id) == 0)
      return charts[i].file_name;

  return NULL;
}

static void
append_section (GString                *out,
                const ScReportSection  *section,
                const char             *chart)
{
  append_element (out, "h2", NULL, section->title);
  if (section->explanation != NULL)
    append_element (out, "p", NULL, section->explanation);

  if (chart != NULL)
    {
      g_string_append (out, "<p><img src=\"");
      append_escaped (out, chart);
      g_string_append (out, "\" alt=\"");
      append_escaped (out, section->chart_title != NULL ? section->chart_title : section->title);
      g_string_append (out, "\"></p>\n");
    }

  if (section->rows->len == 0)
    return;

  g_string_append (out, "<table>\n<tr>");
  for (guint i = 0; section->headers[i] != NULL; i++)
    append_element (out, "th", NULL, section->headers[i]);
  g_string_append (out, "</tr>\n");
  for (guint r = 0; r < section->rows->len; r++)
    {
      GStrv cells = g_ptr_array_index (section->rows, r);

      g_string_append (out, "<tr>");
      for (guint i = 0; cells[i] != NULL; i++)
        append_element (out, "td", section->columns[i] == 'n' ? "n" : NULL, cells[i]);
      g_string_append (out, "</tr>\n");
    }
  g_string_append (out, "</table>\n");
}

static void
append_answers (GString           *out,
                const ScPortfolio *self)
{
  append_element (out, "h2", NULL, _("Written Answers"));
  if (self->answers->len == 0)
    {
      append_element (out, "p", NULL, _("No written answers in a finished quiz yet."));
      return;
    }

  for (guint i = 0; i < self->answers->len; i++)
    {
      const ScPortfolioAnswer *answer = g_ptr_array_index (self->answers, i);
      g_autofree char *when = format_iso (answer->submitted_at);

      g_string_append (out, "<article>\n");
      append_element (out, "h3", NULL, answer->quiz_title);
      append_element (out, "p", "meta", when);
      append_element (out, "blockquote", NULL, answer->question);
      append_element (out, "div", "written",
                      answer->answer[0] != '\0' ? answer->answer : _("(nothing written)"));
      if (answer->graded)
        {
          g_autofree char *mark = format_mark (answer->mark);
          g_autofree char *max = format_mark (answer->max_mark);
          /* Translators: a written answer's grade, "Mark: 4 of 5" */
          g_autofree char *line = g_strdup_printf (_("Mark: %s of %s"), mark, max);

          append_element (out, "p", "mark", line);
          if (answer->comment[0] != '\0')
            append_element (out, "blockquote", NULL, answer->comment);
        }
      else
        {
          append_element (out, "p", "mark", _("Waiting for the instructor’s mark"));
        }
      g_string_append (out, "</article>\n");
    }
}

static void
append_practice (GString                   *out,
                 const ScPortfolioPractice *practice)
{
  g_autofree char *store = NULL;
  g_autofree char *check = NULL;

  g_string_append (out, "<article>\n");
  append_element (out, "h3", NULL, practice->title);
  if (g_strcmp0 (practice->run_name, practice->title) != 0)
    {
      /* Translators: the practice store a portfolio entry is about */
      store = g_strdup_printf (_("Practice store “%s”"), practice->run_name);
      append_element (out, "p", "meta", store);
    }

  if (practice->checked_at != NULL)
    {
      g_autofree char *when = format_iso (practice->checked_at);

      /* Translators: a practice store's latest check: "Checked 2026-12-02 10:15: 4 of 5 goals met" */
      check = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Checked %s: %u of %u goal met",
                                            "Checked %s: %u of %u goals met", practice->n_goals),
                               when, practice->n_passed, practice->n_goals);
    }
  else
    {
      check = g_strdup (_("Not checked yet"));
    }
  append_element (out, "p", "mark", check);

  if (practice->messages->len > 0)
    append_element (out, "h4", NULL, _("Messages to Customers"));
  for (guint i = 0; i < practice->messages->len; i++)
    {
      const ScPortfolioMessage *message = g_ptr_array_index (practice->messages, i);
      g_autofree char *when = format_unix (message->sent_at);
      /* Translators: where a message went: "Order #3001 · Maya Fischer · 2026-12-02 10:15" */
      g_autofree char *meta = g_strdup_printf (_("Order %s · %s · %s"), message->order_name,
                                               message->customer, when);

      append_element (out, "p", "meta", meta);
      if (message->customer_wrote != NULL)
        append_element (out, "blockquote", NULL, message->customer_wrote);
      append_element (out, "div", "written", message->text);
    }

  if (practice->changes->len > 0)
    {
      append_element (out, "h4", NULL, _("Listings Changed"));
      g_string_append (out, "<table>\n<tr>");
      append_element (out, "th", NULL, _("Product"));
      append_element (out, "th", NULL, _("Field"));
      /* Translators: a portfolio's column: a listing field as the store had it */
      append_element (out, "th", NULL, _("Before"));
      /* Translators: a portfolio's column: the field as the learner left it */
      append_element (out, "th", NULL, _("Now"));
      g_string_append (out, "</tr>\n");
    }
  for (guint i = 0; i < practice->changes->len; i++)
    {
      const ScPortfolioChange *change = g_ptr_array_index (practice->changes, i);

      g_string_append (out, "<tr>");
      append_element (out, "td", NULL, change->product);
      append_element (out, "td", NULL, change->field);
      append_element (out, "td", "value", change->before[0] != '\0' ? change->before : _("(empty)"));
      append_element (out, "td", "value", change->after[0] != '\0' ? change->after : _("(empty)"));
      g_string_append (out, "</tr>\n");
    }
  if (practice->changes->len > 0)
    g_string_append (out, "</table>\n");
  g_string_append (out, "</article>\n");
}

/**
 * sc_portfolio_to_html:
 * @sections: (element-type ScReportSection) (nullable): the Progress
 *   page's sections, from sc_report_sections_new () on the same report
 * @charts: (array length=n_charts) (nullable): the sections' pictures
 *   written beside the page
 *
 * Returns: (transfer full): the portfolio as one HTML page
 */
char *
sc_portfolio_to_html (const ScPortfolio      *self,
                      GPtrArray              *sections,
                      const ScPortfolioChart *charts,
                      gsize                   n_charts)
{
  GString *out = g_string_new (NULL);
  g_autofree char *made = NULL;
  g_autofree char *title = NULL;
  g_autofree char *meta = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  made = g_date_time_format (self->made_at, "%Y-%m-%d %H:%M");
  /* Translators: a portfolio's page title: learner, then course */
  title = g_strdup_printf (_("Portfolio of %s: %s"), self->learner_name, self->course_title);
  if (self->course_version != NULL)
    /* Translators: under a portfolio's title: course, its version, when the page was made */
    meta = g_strdup_printf (_("%s, version %s · made %s"), self->course_title,
                            self->course_version, made);
  else
    /* Translators: under a portfolio's title: course, when the page was made */
    meta = g_strdup_printf (_("%s · made %s"), self->course_title, made);

  g_string_append (out, "<!DOCTYPE html>\n<html lang=\"");
  append_escaped (out, self->course_language != NULL ? self->course_language : "en");
  g_string_append (out, "\">\n<head>\n<meta charset=\"utf-8\">\n"
                        "<meta name=\"generator\" content=\"Shopcraft " PACKAGE_VERSION "\">\n");
  append_element (out, "title", NULL, title);
  g_string_append_printf (out, "<style>\n%s</style>\n</head>\n<body>\n<header>\n", style);
  append_element (out, "h1", NULL, title);
  append_element (out, "p", "meta", meta);
  g_string_append (out, "</header>\n<main>\n");

  append_summary (out, self);
  for (guint i = 0; sections != NULL && i < sections->len; i++)
    {
      const ScReportSection *section = g_ptr_array_index (sections, i);

      append_section (out, section, chart_file (charts, n_charts, section->id));
    }
  append_answers (out, self);

  append_element (out, "h2", NULL, _("Practice Stores"));
  if (self->practices->len == 0)
    append_element (out, "p", NULL, _("No practice store opened yet."));
  for (guint i = 0; i < self->practices->len; i++)
    append_practice (out, g_ptr_array_index (self->practices, i));

  g_string_append (out, "</main>\n<footer>\n");
  append_element (out, "p", NULL, _("Made with Shopcraft from the learner’s own records, on this computer."));
  g_string_append (out, "</footer>\n</body>\n</html>\n");

  return g_string_free (out, FALSE);
}
