/* sc-course-prefetch.h - a course's lesson files read and parsed ahead, on a thread of their own
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libxml/tree.h>

#include "sc-content-xml.h"
#include "sc-course-problems.h"

G_BEGIN_DECLS

typedef struct _ScCoursePrefetch ScCoursePrefetch;

/* One lesson file as the thread left it: where it is, its bytes and its
 * parsed, structurally checked document, and the problems found. */
typedef struct
{
  ScContentPath     result;     /* of sc_content_resolve_path () */
  GBytes           *bytes;      /* (nullable) */
  xmlDoc           *doc;        /* (nullable) */
  ScCourseProblems *problems;
} ScCoursePrefetched;

ScCoursePrefetch   *sc_course_prefetch_new       (const char         *dir,
                                                  GPtrArray          *files);
ScCoursePrefetched *sc_course_prefetch_take      (ScCoursePrefetch   *self,
                                                  const char         *file);
void                sc_course_prefetched_free    (ScCoursePrefetched *prefetched);
void                sc_course_prefetch_free_doc  (xmlDoc             *doc,
                                                  gpointer            self);
void                sc_course_prefetch_finish    (ScCoursePrefetch   *self);

G_END_DECLS
