/* sc-course-reader-private.h - state shared by the readers of one course
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libxml/tree.h>

#include "sc-course-checks.h"
#include "sc-course-problems.h"

G_BEGIN_DECLS

typedef enum
{
  SC_REF_LESSON,      /* <link lesson="…"> */
  SC_REF_TERM,        /* <term ref="…"> */
  SC_REF_SEE_ALSO,    /* <see-also ref="…"> */
  SC_REF_COMPETENCY,  /* <objective competencies="…"> */
  SC_REF_OBJECTIVE,   /* <lesson objectives="…"> */
  SC_REF_QUIZ,        /* <assessment quiz="…"> */
  SC_REF_PRACTICE,    /* <lesson practice="…"> */
} ScRefKind;

/* A reference noted while reading, checked once the course is read. */
typedef struct
{
  ScRefKind  kind;
  char      *id;
  char      *file;
  guint      line;
  char      *owner;
} ScCourseRef;

typedef struct
{
  char             *dir;       /* canonical course folder; NULL when reading from memory */
  ScCourseProblems *problems;
  GHashTable       *ids;       /* "kind\037scope\037id" -> "file:line" of the first use */
  GPtrArray        *refs;      /* ScCourseRef, checked when everything is read */
  GHashTable       *targets;   /* "kind\037id" -> NULL: what references may point at */
  ScCourseChecks   *checks;    /* (nullable): checks passed before, not run again */
} ScCourseReader;

void            sc_course_reader_set_prefetch_min (guint         n_lessons);

ScCourseReader *sc_course_reader_new         (const char       *dir,
                                              ScCourseProblems *problems);
void            sc_course_reader_free        (ScCourseReader   *reader);
gboolean        sc_course_reader_claim_id    (ScCourseReader   *reader,
                                              const char       *kind,
                                              const char       *scope,
                                              const char       *id,
                                              const char       *file,
                                              guint             line);
void            sc_course_reader_add_ref     (ScCourseReader   *reader,
                                              ScRefKind         kind,
                                              const char       *id,
                                              const char       *file,
                                              guint             line,
                                              const char       *owner);
void            sc_course_reader_add_target  (ScCourseReader   *reader,
                                              ScRefKind         kind,
                                              const char       *id);
void            sc_course_reader_check_media (ScCourseReader   *reader,
                                              const char       *src,
                                              const char       *file,
                                              guint             line);
void            sc_course_reader_check_refs  (ScCourseReader   *reader,
                                              guint             complete_kinds);
char           *sc_course_xml_text           (xmlNode          *node);
xmlNode        *sc_course_xml_child          (xmlNode          *node,
                                              const char       *name);
GStrv           sc_course_xml_ids            (xmlNode          *node,
                                              const char       *name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScCourseReader, sc_course_reader_free)

G_END_DECLS
