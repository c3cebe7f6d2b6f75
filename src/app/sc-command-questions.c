/* sc-command-questions.c - --import-questions, --export-questions and --dump-questions
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Question banks from the command line, with no display:
 *
 *   shopcraft --import-questions FILE [--bank NAME] [--snap-fractions]
 *   shopcraft --export-questions BANK FILE
 *   shopcraft --dump-questions BANK
 *
 * FILE is Moodle XML when it ends in .xml, GIFT when it ends in .gift or
 * .txt. An import stores the usable questions as a new bank (named after
 * the file unless --bank says otherwise) in one transaction, prints how
 * many of each type came in on stdout and every problem as
 * FILE:LINE: message on stderr. Exit status:
 *
 *   0  imported (exported), no problem at all
 *   1  imported (exported), with the problems listed on stderr: skipped
 *      questions (unsupported types, grades off Moodle's list, broken
 *      cloze, types GIFT cannot hold) or warnings (formatting
 *      simplified, a file read as Windows-1252)
 *   2  nothing imported (exported): the file was rejected as a whole,
 *      had no usable question, or the bank name is taken; one line on
 *      stderr says why
 *
 * Banks are shared by every learner of the database; --learner is
 * checked as every command checks it (sc_command_line_choose_learner():
 * it must name a learner, and without it the usual learner is made if
 * there is none yet) but changes nothing else.
 * --dump-questions prints the canonical JSON of sc-question-dump.c.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sc-command-line.h"
#include "sc-command-questions.h"
#include "sc-command-util.h"
#include "sc-database.h"
#include "sc-gift-reader.h"
#include "sc-gift-writer.h"
#include "sc-learner.h"
#include "sc-moodle-xml-reader.h"
#include "sc-moodle-xml-writer.h"
#include "sc-question-bank.h"
#include "sc-question-dump.h"

/* FILE of --export-questions BANK FILE arrives as a remaining argument,
 * under the options' "" key: sc-command-line.c registers the
 * application's one G_OPTION_REMAINING entry. */
static const GOptionEntry entries[] = {
  { "import-questions", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Import the questions of FILE (Moodle XML for .xml, GIFT for .gift or .txt) into a new question bank, print what came in and every problem, and exit"),
    N_("FILE") },
  { "bank", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --import-questions: the new question bank’s name (the file’s name otherwise)"),
    N_("NAME") },
  { "snap-fractions", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --import-questions: round grades that are not on Moodle’s grade list to the nearest one instead of skipping their questions"),
    NULL },
  { "export-questions", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Write the question bank BANK to a file (--export-questions BANK FILE: Moodle XML for .xml, GIFT for .gift or .txt) and exit"),
    N_("BANK") },
  { "dump-questions", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Print the question bank BANK as canonical JSON and exit"), N_("BANK") },
  { NULL }
};

static const char * const commands[] = { "import-questions", "export-questions", "dump-questions", NULL };

typedef enum
{
  FORMAT_NONE,
  FORMAT_MOODLE_XML,
  FORMAT_GIFT,
} Format;

const GOptionEntry *
sc_command_questions_get_entries (void)
{
  return entries;
}

/* The options that make a batch command of the call: see
 * sc_command_line_is_batch (). */
const char * const *
sc_command_questions_get_commands (void)
{
  return commands;
}

static Format
format_of (const char *file)
{
  g_autofree char *lower = g_ascii_strdown (file, -1);

  if (g_str_has_suffix (lower, ".xml"))
    return FORMAT_MOODLE_XML;
  if (g_str_has_suffix (lower, ".gift") || g_str_has_suffix (lower, ".txt"))
    return FORMAT_GIFT;

  return FORMAT_NONE;
}

static int
fail_format (const char *file)
{
  g_autofree char *display = g_filename_display_name (file);
  g_autofree char *message = NULL;

  message = g_strdup_printf (_("%s: Shopcraft tells question files by their name: use .xml for Moodle XML, or .gift or .txt for GIFT."),
                             display);

  return sc_command_fail (message);
}

static void
print_problems (ScCourseProblems *problems)
{
  for (guint i = 0; i < sc_course_problems_get_len (problems); i++)
    {
      g_autofree char *line = sc_course_problem_to_string (sc_course_problems_get (problems, i));

      g_printerr ("%s\n", line);
    }
}

/* The database, once --learner is checked: banks are everyone's, so the
 * learner only has to exist. */
static ScDatabase *
open_database (GVariantDict  *options,
               const char    *data_dir,
               GError       **error)
{
  g_autofree char *dir = sc_database_resolve_dir (data_dir);
  g_autoptr(ScDatabase) database = NULL;
  g_autoptr(ScLearner) learner = NULL;

  database = sc_database_open_in_dir (dir, error);
  if (database == NULL)
    return NULL;

  learner = sc_command_line_choose_learner (database, options, FALSE, error);
  if (learner == NULL)
    return NULL;

  return g_steal_pointer (&database);
}

static int
fail_error (const GError *error)
{
  /* An empty message was printed where it happened. */
  return error->message[0] != '\0' ? sc_command_fail (error->message) : 2;
}

static char *
default_bank_name (const char *file)
{
  g_autofree char *base = g_path_get_basename (file);
  g_autofree char *display = g_filename_display_name (base);
  char *dot = strrchr (display, '.');

  if (dot != NULL && dot != display)
    *dot = '\0';

  return g_steal_pointer (&display);
}

static void
print_counts (GPtrArray  *stored,
              guint       n_unsupported,
              const char *display,
              const char *bank)
{
  guint counts[SC_QUESTION_N_TYPES] = { 0, };

  for (guint i = 0; i < stored->len; i++)
    counts[((ScQuestion *) g_ptr_array_index (stored, i))->type]++;

  g_print (g_dngettext (GETTEXT_PACKAGE,
                        "Imported %u question from %s into the question bank “%s”.\n",
                        "Imported %u questions from %s into the question bank “%s”.\n",
                        stored->len),
           stored->len, display, bank);
  for (guint type = 0; type < SC_QUESTION_N_TYPES; type++)
    if (counts[type] > 0)
      g_print ("  %s: %u\n", sc_question_type_to_string (type), counts[type]);
  if (n_unsupported > 0)
    g_print (g_dngettext (GETTEXT_PACKAGE,
                          "Left out %u question of a type Shopcraft does not support.\n",
                          "Left out %u questions of types Shopcraft does not support.\n",
                          n_unsupported),
             n_unsupported);
}

static int
run_import (GVariantDict *options,
            const char   *data_dir,
            const char   *file)
{
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(GPtrArray) questions = NULL;
  g_autoptr(GPtrArray) stored = g_ptr_array_new ();
  g_autoptr(ScDatabase) database = NULL;
  g_autoptr(ScQuestionBankInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *display = g_filename_display_name (file);
  g_autofree char *contents = NULL;
  const char *bank = NULL;
  gboolean snap = g_variant_dict_contains (options, "snap-fractions");
  Format format = format_of (file);
  gsize length = 0;

  if (format == FORMAT_NONE)
    return fail_format (file);

  database = open_database (options, data_dir, &error);
  if (database == NULL)
    return fail_error (error);

  if (format == FORMAT_MOODLE_XML)
    questions = sc_moodle_xml_read_file (file, snap ? SC_MOODLE_XML_READ_SNAP_FRACTIONS : 0,
                                         problems, &error);
  else
    questions = sc_gift_read_file (file, snap ? SC_GIFT_READ_SNAP_FRACTIONS : 0, problems, &error);
  print_problems (problems);
  if (questions == NULL)
    return fail_error (error);

  /* Questions of plug-in types come back to be counted, never stored. */
  for (guint i = 0; i < questions->len; i++)
    {
      ScQuestion *question = g_ptr_array_index (questions, i);

      if (question->type != SC_QUESTION_UNSUPPORTED)
        g_ptr_array_add (stored, question);
    }
  if (stored->len == 0)
    {
      g_autofree char *message = g_strdup_printf (_("%s has no question Shopcraft can use, so nothing was imported."),
                                                  display);
      return sc_command_fail (message);
    }

  if (!g_variant_dict_lookup (options, "bank", "&s", &bank))
    bank = NULL;
  info = sc_question_bank_info_new (NULL);
  info->name = bank != NULL ? g_strstrip (g_strdup (bank)) : default_bank_name (file);
  info->source_file = g_canonicalize_filename (file, NULL);
  info->source_format = format == FORMAT_MOODLE_XML ? SC_QUESTION_SOURCE_MOODLE_XML
                                                    : SC_QUESTION_SOURCE_GIFT;
  if (g_file_get_contents (file, &contents, &length, NULL))
    info->source_sha256 = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);

  if (!sc_question_bank_save (database, info, stored, &error))
    return fail_error (error);
  if (!sc_database_close (database, &error))
    return fail_error (error);

  print_counts (stored, questions->len - stored->len, display, info->name);

  return sc_course_problems_get_len (problems) > 0 ? 1 : 0;
}

static GPtrArray *
load_bank (ScDatabase  *database,
           const char  *bank,
           GError     **error)
{
  return sc_question_bank_load (database, bank, error);
}

static int
run_export (GVariantDict *options,
            const char   *data_dir,
            const char   *bank)
{
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(ScDatabase) database = NULL;
  g_autoptr(GPtrArray) questions = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree const char **rest = NULL;
  g_autofree char *display = NULL;
  const char *file;
  guint n_skipped = 0;
  Format format;

  if (!g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &rest) ||
      rest[0] == NULL || rest[1] != NULL)
    return sc_command_fail (_("--export-questions needs a bank and one file: --export-questions BANK FILE."));
  file = rest[0];
  display = g_filename_display_name (file);
  format = format_of (file);
  if (format == FORMAT_NONE)
    return fail_format (file);

  database = open_database (options, data_dir, &error);
  if (database == NULL || (questions = load_bank (database, bank, &error)) == NULL)
    return fail_error (error);

  if (format == FORMAT_MOODLE_XML)
    {
      if (!sc_moodle_xml_write_file (file, questions, &n_skipped, &error))
        return fail_error (error);
    }
  else
    {
      if (!sc_gift_write_file (questions, file, problems, &error))
        {
          print_problems (problems);
          return fail_error (error);
        }
      print_problems (problems);
      for (guint i = 0; i < questions->len; i++)
        if (!sc_gift_can_write (g_ptr_array_index (questions, i), NULL))
          n_skipped++;
    }

  g_print (g_dngettext (GETTEXT_PACKAGE,
                        "Wrote %u question of the question bank “%s” to %s.\n",
                        "Wrote %u questions of the question bank “%s” to %s.\n",
                        questions->len - MIN (n_skipped, questions->len)),
           questions->len - MIN (n_skipped, questions->len), bank, display);

  return n_skipped > 0 || sc_course_problems_get_len (problems) > 0 ? 1 : 0;
}

static int
run_dump (GVariantDict *options,
          const char   *data_dir,
          const char   *bank)
{
  g_autoptr(ScDatabase) database = NULL;
  g_autoptr(GPtrArray) questions = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dump = NULL;

  database = open_database (options, data_dir, &error);
  if (database == NULL || (questions = load_bank (database, bank, &error)) == NULL)
    return fail_error (error);

  dump = sc_question_dump (questions);
  g_print ("%s", dump);

  return 0;
}

/**
 * sc_command_questions_run:
 * @data_dir: (nullable): the folder given with --data-dir
 *
 * Returns: the exit status of the command, or -1 when @options hold none
 *   of this file's commands
 */
int
sc_command_questions_run (GVariantDict *options,
                          const char   *data_dir)
{
  const char *file = NULL;
  const char *bank = NULL;
  int status;

  status = sc_command_choose (options, commands);
  if (status != 1)
    return status;

  if (g_variant_dict_lookup (options, "import-questions", "^&ay", &file))
    return run_import (options, data_dir, file);
  if (g_variant_dict_lookup (options, "export-questions", "&s", &bank))
    return run_export (options, data_dir, bank);
  if (g_variant_dict_lookup (options, "dump-questions", "&s", &bank))
    return run_dump (options, data_dir, bank);

  return -1;
}
