/* fuzz-course-checks.c - arbitrary bytes as the file of checks a course passed
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The bytes go through sc_course_checks_read_data (), as the app reads
 * course-checks from its cache folder at every start. It must either take
 * the checks or refuse the whole file with an error naming the file and a
 * line, in valid UTF-8, and then know no check at all. Checks taken are
 * written back with sc_course_checks_to_data () and read again: the same
 * checks, and the same text when written a second time.
 */
#include <string.h>
#include <gio/gio.h>

#include "sc-course-checks-private.h"
#include "sc-fuzz.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static gboolean initialized;
  g_autoptr(ScCourseChecks) checks = sc_course_checks_new ();
  g_autoptr(ScCourseChecks) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *written = NULL;
  g_autofree char *rewritten = NULL;

  if (!initialized)
    {
      /* Anything unexpected, even a warning, is a finding. */
      g_log_set_always_fatal (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);
      initialized = TRUE;
    }

  if (!sc_course_checks_read_data (checks, (const char *) data, size, "course-checks", &error))
    {
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
      g_assert_true (g_str_has_prefix (error->message, "course-checks:"));
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      g_assert_cmpuint (sc_course_checks_get_n_passed (checks), ==, 0);
      return 0;
    }

  g_assert_no_error (error);
  /* A header and one line of 33 bytes per check at least. */
  g_assert_cmpuint (sc_course_checks_get_n_passed (checks), <=, size / 33);

  written = sc_course_checks_to_data (checks);
  again = sc_course_checks_new ();
  g_assert_true (sc_course_checks_read_data (again, written, strlen (written), "course-checks",
                                             &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sc_course_checks_get_n_passed (again), ==,
                    sc_course_checks_get_n_passed (checks));
  rewritten = sc_course_checks_to_data (again);
  g_assert_cmpstr (rewritten, ==, written);

  return 0;
}
