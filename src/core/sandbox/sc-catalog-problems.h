/* sc-catalog-problems.h - what an import noticed, as FILE:ROW: message
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  guint  row;      /* the line the row starts on; 0 for the whole file */
  char  *message;  /* without the location */
} ScCatalogProblem;

typedef struct _ScCatalogProblems ScCatalogProblems;

ScCatalogProblems      *sc_catalog_problems_new          (const char              *display_name);
void                    sc_catalog_problems_free         (ScCatalogProblems       *self);
const char             *sc_catalog_problems_get_display_name (ScCatalogProblems   *self);
void                    sc_catalog_problems_add          (ScCatalogProblems       *self,
                                                          guint                    row,
                                                          const char              *format,
                                                          ...) G_GNUC_PRINTF (3, 4);
guint                   sc_catalog_problems_get_n_items  (ScCatalogProblems       *self);
const ScCatalogProblem *sc_catalog_problems_get          (ScCatalogProblems       *self,
                                                          guint                    index);
char                   *sc_catalog_problems_format       (ScCatalogProblems       *self,
                                                          guint                    index);
void                    sc_catalog_problems_sort         (ScCatalogProblems       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScCatalogProblems, sc_catalog_problems_free)

G_END_DECLS
