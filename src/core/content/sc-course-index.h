/* sc-course-index.h - a course's lessons, sections and glossary in the search index
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "sc-course.h"
#include "sc-database.h"

G_BEGIN_DECLS

typedef enum
{
  SC_COURSE_INDEX_FAILED,     /* the error is set; the old index is untouched */
  SC_COURSE_INDEX_UNCHANGED,  /* the content hash matched: nothing was written */
  SC_COURSE_INDEX_UPDATED,    /* the course was indexed anew */
} ScCourseIndexResult;

ScCourseIndexResult  sc_course_index_update     (ScDatabase  *database,
                                                 ScCourse    *course,
                                                 GError     **error);
char                *sc_course_index_dup_hash   (ScCourse    *course);

G_END_DECLS
