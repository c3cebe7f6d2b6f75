/* sc-course-problems.c - every problem found in a course, as FILE:LINE: message
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Readers add problems as they find them, in any order and sometimes twice
 * (libxml2 reports an entity loop several times). The list keeps one copy
 * of each and hands them out sorted by file and line, so an author can work
 * through a file from top to bottom.
 */
#include <string.h>

#include "sc-course-problems.h"

struct _ScCourseProblems
{
  GPtrArray  *items;  /* ScCourseProblem */
  GHashTable *seen;   /* formatted problem -> NULL */
  gboolean    sorted;
};

static void
problem_free (gpointer data)
{
  ScCourseProblem *problem = data;

  g_free (problem->file);
  g_free (problem->message);
  g_free (problem);
}

ScCourseProblems *
sc_course_problems_new (void)
{
  ScCourseProblems *self = g_new0 (ScCourseProblems, 1);

  self->items = g_ptr_array_new_with_free_func (problem_free);
  self->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->sorted = TRUE;

  return self;
}

void
sc_course_problems_free (ScCourseProblems *self)
{
  if (self == NULL)
    return;

  g_ptr_array_unref (self->items);
  g_hash_table_unref (self->seen);
  g_free (self);
}

/**
 * sc_course_problem_to_string:
 *
 * Returns: (transfer full): `FILE:LINE: message`, or `FILE: message` for a
 *   problem about a whole file.
 */
char *
sc_course_problem_to_string (const ScCourseProblem *problem)
{
  g_return_val_if_fail (problem != NULL, NULL);

  if (problem->line > 0)
    return g_strdup_printf ("%s:%u: %s", problem->file, problem->line, problem->message);

  return g_strdup_printf ("%s: %s", problem->file, problem->message);
}

void
sc_course_problems_add_literal (ScCourseProblems *self,
                                const char       *file,
                                guint             line,
                                const char       *message)
{
  ScCourseProblem probe = { (char *) file, line, NULL };
  g_autofree char *first_line = NULL;
  char *key;
  ScCourseProblem *problem;

  g_return_if_fail (self != NULL);
  g_return_if_fail (file != NULL);
  g_return_if_fail (message != NULL);

  /* libxml2's messages end with a newline, some carry a second line. */
  first_line = g_strndup (message, strcspn (message, "\r\n"));
  g_strstrip (first_line);
  if (*first_line == '\0')
    return;

  probe.message = first_line;
  key = sc_course_problem_to_string (&probe);
  if (!g_hash_table_add (self->seen, key))
    return;

  problem = g_new0 (ScCourseProblem, 1);
  problem->file = g_strdup (file);
  problem->line = line;
  problem->message = g_steal_pointer (&first_line);
  g_ptr_array_add (self->items, problem);
  self->sorted = FALSE;
}

void
sc_course_problems_add (ScCourseProblems *self,
                        const char       *file,
                        guint             line,
                        const char       *format,
                        ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  sc_course_problems_add_literal (self, file, line, message);
}

static int
compare_problems (gconstpointer a,
                  gconstpointer b)
{
  const ScCourseProblem *pa = *(const ScCourseProblem * const *) a;
  const ScCourseProblem *pb = *(const ScCourseProblem * const *) b;
  int cmp = strcmp (pa->file, pb->file);

  if (cmp != 0)
    return cmp;

  return (pa->line > pb->line) - (pa->line < pb->line);
}

static void
ensure_sorted (ScCourseProblems *self)
{
  if (self->sorted)
    return;

  /* A stable sort: problems on one line keep the order they were found in. */
  g_ptr_array_sort (self->items, compare_problems);
  self->sorted = TRUE;
}

guint
sc_course_problems_get_len (ScCourseProblems *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->items->len;
}

/**
 * sc_course_problems_count_file:
 *
 * Returns: how many problems were found in @file
 */
guint
sc_course_problems_count_file (ScCourseProblems *self,
                               const char       *file)
{
  guint count = 0;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (file != NULL, 0);

  for (guint i = 0; i < self->items->len; i++)
    {
      const ScCourseProblem *problem = g_ptr_array_index (self->items, i);

      if (g_str_equal (problem->file, file))
        count++;
    }

  return count;
}

/**
 * sc_course_problems_get:
 *
 * Returns: (transfer none): the problem at @index, in file and line order
 */
const ScCourseProblem *
sc_course_problems_get (ScCourseProblems *self,
                        guint             index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->items->len, NULL);

  ensure_sorted (self);

  return g_ptr_array_index (self->items, index);
}

/**
 * sc_course_problems_to_strv:
 *
 * Returns: (transfer full): every problem as a line, in file and line order
 */
GStrv
sc_course_problems_to_strv (ScCourseProblems *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (self != NULL, NULL);

  ensure_sorted (self);
  for (guint i = 0; i < self->items->len; i++)
    {
      g_autofree char *line = sc_course_problem_to_string (g_ptr_array_index (self->items, i));

      g_strv_builder_add (builder, line);
    }

  return g_strv_builder_end (builder);
}
