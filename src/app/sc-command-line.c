/* sc-command-line.c - batch options, answered with no display
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every option here runs from handle-local-options: no GTK, no GSettings,
 * no display. Failures print one line on stderr (file, cause, next step)
 * and exit 2.
 *
 * The common options (--data-dir, --course, --learner) apply to the
 * window and to batch commands alike.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-backup.h"
#include "sc-command-catalog.h"
#include "sc-command-line.h"
#include "sc-command-practice.h"
#include "sc-command-progress.h"
#include "sc-command-questions.h"
#include "sc-command-util.h"
#include "sc-course-validate.h"
#include "sc-database.h"
#include "sc-error.h"
#include "sc-learner.h"
#include "sc-scenario-validate.h"

static const GOptionEntry batch_entries[] = {
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  { "backup", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Copy the database into the new file FILE and exit"), N_("FILE") },
  { "restore", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Replace the database with the backup FILE, keeping the current one beside it, and exit"),
    N_("FILE") },
  { "validate-course", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Check the course in DIR, print every problem and exit"), N_("DIR") },
  { NULL }
};

static const GOptionEntry common_entries[] = {
  { "data-dir", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Keep the database in DIR instead of the user’s data folder"), N_("DIR") },
  { "course", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Use the course in DIR instead of the built-in one (SHOPCRAFT_COURSE_DIR wins over it)"),
    N_("DIR") },
  { "learner", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Work as the learner with this name or UUID instead of the usual one; "
       "the window makes a learner with this name if there is none"),
    N_("NAME|UUID") },
  /* The application's one G_OPTION_REMAINING entry (GOption drops the
   * arguments when two are registered): a batch command that takes a
   * second argument, such as --export-questions BANK FILE, reads it from
   * the options' "" key. */
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_("[FILE…]") },
  { NULL }
};

void
sc_command_line_add_entries (GApplication *app)
{
  g_application_add_main_option_entries (app, common_entries);
  g_application_add_main_option_entries (app, batch_entries);
  g_application_add_main_option_entries (app, sc_command_catalog_get_entries ());
  g_application_add_main_option_entries (app, sc_command_practice_get_entries ());
  g_application_add_main_option_entries (app, sc_command_progress_get_entries ());
  g_application_add_main_option_entries (app, sc_command_questions_get_entries ());
}

/**
 * sc_command_line_is_batch:
 *
 * Returns: whether @options name a batch command, which makes the
 *   instance non-unique.
 */
gboolean
sc_command_line_is_batch (GVariantDict *options)
{
  if (sc_command_count_given (options, sc_command_catalog_get_commands ()) > 0 ||
      sc_command_count_given (options, sc_command_practice_get_commands ()) > 0 ||
      sc_command_count_given (options, sc_command_progress_get_commands ()) > 0 ||
      sc_command_count_given (options, sc_command_questions_get_commands ()) > 0)
    return TRUE;

  for (guint i = 0; batch_entries[i].long_name != NULL; i++)
    if (g_variant_dict_contains (options, batch_entries[i].long_name))
      return TRUE;

  return FALSE;
}

/**
 * sc_command_line_get_learner:
 * @options: the parsed options
 * @out_learner: (out) (transfer full) (nullable): what --learner names,
 *   without surrounding space, or %NULL when it was not given
 *
 * Returns: %FALSE when --learner was given without a name; the reason is
 *   printed on stderr and the caller exits 2.
 */
gboolean
sc_command_line_get_learner (GVariantDict  *options,
                             char         **out_learner)
{
  const char *value = NULL;
  g_autofree char *clean = NULL;

  *out_learner = NULL;
  if (!g_variant_dict_lookup (options, "learner", "&s", &value))
    return TRUE;

  clean = g_strstrip (g_strdup (value));
  if (*clean == '\0')
    {
      g_printerr (_("%s: --learner needs a learner’s name or UUID, for example --learner \"Sam Rivera\".\n"),
                  sc_command_program_name ());
      return FALSE;
    }

  *out_learner = g_steal_pointer (&clean);

  return TRUE;
}

/**
 * sc_command_line_choose_learner:
 * @may_create: whether a --learner name that is nobody's makes a learner
 *
 * The learner a practice-store command works as: the one --learner
 * names, made when @may_create and there is none by that name (never
 * for a UUID), or the usual learner.
 *
 * Returns: (transfer full) (nullable): the learner
 */
ScLearner *
sc_command_line_choose_learner (ScDatabase    *database,
                                GVariantDict  *options,
                                gboolean       may_create,
                                GError       **error)
{
  g_autofree char *option = NULL;
  g_autoptr(ScLearner) learner = NULL;
  g_autoptr(GError) local_error = NULL;

  /* An empty --learner was refused before the commands run. */
  if (!sc_command_line_get_learner (options, &option))
    {
      g_set_error_literal (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                           _("--learner needs a learner’s name or UUID."));
      return NULL;
    }
  if (option == NULL)
    return sc_learner_ensure_default (database, error);

  learner = sc_learner_lookup (database, option, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (learner != NULL)
    return g_steal_pointer (&learner);

  if (!may_create || g_uuid_string_is_valid (option))
    {
      g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                   _("There is no learner called “%s” in %s. Check the name, or leave out --learner for the usual learner."),
                   option, sc_database_get_path (database));
      return NULL;
    }

  return sc_learner_create (database, option, error);
}

/* Failures are one line on stderr, whatever the message holds. */
static int
fail (const GError *error,
      const char   *note)
{
  g_autofree char *line = g_strjoin (" ", error->message, note, NULL);

  return sc_command_fail (line);
}

static int
run_backup (const char *dir,
            const char *file)
{
  g_autofree char *db_path = g_build_filename (dir, SC_DATABASE_FILE_NAME, NULL);
  g_autofree char *dest = g_canonicalize_filename (file, NULL);
  g_autoptr(GError) error = NULL;

  if (!sc_backup_save (db_path, dest, &error))
    return fail (error, NULL);

  g_print (_("Backed up %s to %s.\n"), db_path, dest);

  return 0;
}

static int
run_restore (const char *dir,
             const char *file)
{
  g_autofree char *source = g_canonicalize_filename (file, NULL);
  g_autofree char *db_path = g_build_filename (dir, SC_DATABASE_FILE_NAME, NULL);
  g_autofree char *kept = NULL;
  g_autoptr(GError) error = NULL;

  if (!sc_backup_restore (source, dir, NULL, &kept, &error))
    {
      g_autofree char *note = NULL;

      /* A restore failing late has already kept the old database. */
      if (kept != NULL)
        note = g_strdup_printf (_("The previous database is kept as %s."), kept);
      return fail (error, note);
    }

  if (kept != NULL)
    g_print (_("Restored %s into %s; the previous database is kept as %s.\n"), source, db_path, kept);
  else
    g_print (_("Restored %s into %s.\n"), source, db_path);

  return 0;
}

/**
 * sc_command_line_run:
 * @data_dir: (nullable): the folder given with --data-dir
 *
 * Returns: the exit status of the batch command, or -1 when @options hold
 *   none and the window should start.
 */
int
sc_command_line_run (GVariantDict *options,
                     const char   *data_dir)
{
  g_autofree char *dir = NULL;
  const char *backup = NULL;
  const char *restore = NULL;
  const char *course = NULL;
  int status;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return 0;
    }

  if (g_variant_dict_lookup (options, "validate-course", "^&ay", &course))
    return sc_scenario_validate_command (course);

  status = sc_command_catalog_run (options, data_dir);
  if (status >= 0)
    return status;

  status = sc_command_practice_run (options, data_dir);
  if (status >= 0)
    return status;

  status = sc_command_progress_run (options, data_dir);
  if (status >= 0)
    return status;

  status = sc_command_questions_run (options, data_dir);
  if (status >= 0)
    return status;

  g_variant_dict_lookup (options, "backup", "^&ay", &backup);
  g_variant_dict_lookup (options, "restore", "^&ay", &restore);
  if (backup == NULL && restore == NULL)
    {
      g_autofree const char **rest = NULL;

      /* Only a batch command takes a second argument; the window opens no
       * files. */
      if (g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &rest) && rest[0] != NULL)
        {
          g_autofree char *display = g_filename_display_name (rest[0]);

          /* TRANSLATORS: %s is the program's name, then an argument it did not expect */
          g_printerr (_("%s: unexpected argument “%s”. Shopcraft opens no files this way; "
                        "see --help for the commands that take one.\n"),
                      sc_command_program_name (), display);
          return 2;
        }
      return -1;
    }

  if (backup != NULL && restore != NULL)
    {
      g_printerr (_("%s: --backup and --restore cannot be used together. Run one, then the other.\n"),
                  sc_command_program_name ());
      return 2;
    }

  dir = sc_database_resolve_dir (data_dir);

  if (backup != NULL)
    return run_backup (dir, backup);

  return run_restore (dir, restore);
}
