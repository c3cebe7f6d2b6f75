/* sc-catalog-problems.c - what an import noticed, as FILE:ROW: message
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An import does not stop at a doubtful cell: it keeps what it can, and
 * tells the learner every place it guessed, skipped or kept something
 * suspicious, by line, so they can fix the file or the listing.
 */
#include "config.h"

#include "sc-catalog-problems.h"

struct _ScCatalogProblems
{
  char      *display_name;
  GPtrArray *items;  /* (element-type ScCatalogProblem) */
};

static void
problem_free (ScCatalogProblem *problem)
{
  g_free (problem->message);
  g_free (problem);
}

/**
 * sc_catalog_problems_new:
 * @display_name: the file as the learner knows it
 */
ScCatalogProblems *
sc_catalog_problems_new (const char *display_name)
{
  ScCatalogProblems *self = g_new0 (ScCatalogProblems, 1);

  self->display_name = g_strdup (display_name);
  self->items = g_ptr_array_new_with_free_func ((GDestroyNotify) problem_free);

  return self;
}

void
sc_catalog_problems_free (ScCatalogProblems *self)
{
  if (self == NULL)
    return;
  g_free (self->display_name);
  g_ptr_array_unref (self->items);
  g_free (self);
}

const char *
sc_catalog_problems_get_display_name (ScCatalogProblems *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->display_name;
}

void
sc_catalog_problems_add (ScCatalogProblems *self,
                         guint              row,
                         const char        *format,
                         ...)
{
  ScCatalogProblem *problem;
  va_list args;

  g_return_if_fail (self != NULL);

  problem = g_new0 (ScCatalogProblem, 1);
  problem->row = row;
  va_start (args, format);
  problem->message = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (self->items, problem);
}

guint
sc_catalog_problems_get_n_items (ScCatalogProblems *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->items->len;
}

const ScCatalogProblem *
sc_catalog_problems_get (ScCatalogProblems *self,
                         guint              index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->items->len, NULL);

  return g_ptr_array_index (self->items, index);
}

/**
 * sc_catalog_problems_format:
 *
 * Returns: (transfer full): "FILE:ROW: message", or "FILE: message" for
 *   a problem of the whole file
 */
char *
sc_catalog_problems_format (ScCatalogProblems *self,
                            guint              index)
{
  const ScCatalogProblem *problem = sc_catalog_problems_get (self, index);

  g_return_val_if_fail (problem != NULL, NULL);

  if (problem->row == 0)
    return g_strdup_printf ("%s: %s", self->display_name, problem->message);

  return g_strdup_printf ("%s:%u: %s", self->display_name, problem->row, problem->message);
}

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  const ScCatalogProblem *pa = *(ScCatalogProblem * const *) a;
  const ScCatalogProblem *pb = *(ScCatalogProblem * const *) b;

  return (pa->row > pb->row) - (pa->row < pb->row);
}

/* Orders the problems by row, keeping the order found within a row. */
void
sc_catalog_problems_sort (ScCatalogProblems *self)
{
  g_return_if_fail (self != NULL);

  /* g_ptr_array_sort is a merge sort in GLib 2.74, hence stable. */
  g_ptr_array_sort (self->items, compare_rows);
}
