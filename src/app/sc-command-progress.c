/* sc-command-progress.c - --export-progress
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Progress page's export from the command line, with no display, so
 * an instructor can collect each classroom machine's results by script:
 *
 *   shopcraft --export-progress DIR [--learner NAME] [--course DIR]
 *
 * writes into the existing folder DIR what Export… on the page writes:
 * each section's table as CSV and its chart as PNG, and the learner's
 * portfolio page (sc_progress_export_write ()), for the learner --learner names or the
 * usual one, in the usual course (SHOPCRAFT_COURSE_DIR, --course, the
 * installed course), and prints each file written. A failure is one line
 * on stderr and exit status 2.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-command-line.h"
#include "sc-command-progress.h"
#include "sc-command-util.h"
#include "sc-course-problems.h"
#include "sc-course-reader.h"
#include "sc-database.h"
#include "sc-portfolio.h"
#include "sc-progress-export.h"
#include "sc-report-sections.h"

static const GOptionEntry entries[] = {
  { "export-progress", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the learner’s progress in the course into the folder DIR, as the Progress page exports it (each table as CSV, each chart as PNG, and the portfolio as a web page), and exit"),
    N_("DIR") },
  { NULL }
};

static const char * const commands[] = { "export-progress", NULL };

const GOptionEntry *
sc_command_progress_get_entries (void)
{
  return entries;
}

/* The options that make a batch command of the call: see
 * sc_command_line_is_batch (). */
const char * const *
sc_command_progress_get_commands (void)
{
  return commands;
}

static int
export_progress (ScDatabase *database,
                 GVariantDict *options,
                 const char *dir)
{
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(GPtrArray) portfolios = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_portfolio_unref);
  g_autoptr(GPtrArray) sections = NULL;
  ScPortfolio *portfolio;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ScLearner) learner = NULL;
  g_autoptr(ScCourse) course = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  g_autofree char *course_dir = NULL;
  const char *course_option = NULL;

  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *display = g_filename_display_name (dir);
      g_autofree char *message = g_strdup_printf (_("%s is not a folder; make it first, or give an existing one."),
                                                  display);

      return sc_command_fail (message);
    }

  g_variant_dict_lookup (options, "course", "^&ay", &course_option);
  course_dir = sc_course_resolve_dir (course_option, NULL);
  course = sc_course_load (course_dir, problems, &error);
  if (course == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("The course in %s does not load: %s. Check it with shopcraft --validate-course."),
                                                  course_dir,
                                                  error != NULL ? error->message : _("it has problems"));

      return sc_command_fail (message);
    }

  learner = sc_command_line_choose_learner (database, options, FALSE, &error);
  if (learner == NULL)
    return sc_command_fail_error (error);

  portfolio = sc_portfolio_collect (database, learner, course, now, &error);
  if (portfolio == NULL)
    return sc_command_fail_error (error);
  g_ptr_array_add (portfolios, portfolio);
  sections = sc_report_sections_new (portfolio->report);
  if (!sc_progress_export_write (sections, portfolios, dir, now, files, &error))
    return sc_command_fail_error (error);

  for (guint i = 0; i < files->len; i++)
    g_print ("%s\n", (const char *) g_ptr_array_index (files, i));

  return 0;
}

/**
 * sc_command_progress_run:
 *
 * Returns: the exit status of --export-progress, or -1 when it was not
 *   given
 */
int
sc_command_progress_run (GVariantDict *options,
                         const char   *data_dir)
{
  g_autoptr(ScDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  const char *dir = NULL;
  int status;

  status = sc_command_choose (options, commands);
  if (status != 1)
    return status;

  g_variant_dict_lookup (options, "export-progress", "^&ay", &dir);
  status = sc_command_open_database (data_dir, &database);
  if (status != 0)
    return status;

  status = export_progress (database, options, dir);
  if (!sc_database_close (database, status < 2 ? &error : NULL) && status < 2)
    status = sc_command_fail_error (error);

  return status;
}
