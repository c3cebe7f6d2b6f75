/* sc-course-private.h - what the course reader fills in
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-course.h"

G_BEGIN_DECLS

struct _ScCourse
{
  GObject     parent_instance;

  char       *directory;    /* canonical path of the course folder */
  char       *id;
  char       *title;
  char       *version;
  char       *language;
  GStrv       authors;
  char       *license;
  ScRichText *description;
  char       *iri_base;     /* (nullable): as declared */
  GPtrArray  *domains;      /* ScDomain, owning */
  ScGlossary *glossary;
  GPtrArray  *quizzes;      /* ScAttemptQuiz, owning, sorted by file name */

  /* Built by sc_course_build_index() once the reader is done. */
  GPtrArray  *lessons;      /* ScLesson, borrowed, in course order */
  GPtrArray  *competencies; /* ScCompetency, borrowed, in framework order */
  GHashTable *lesson_index;
  GHashTable *lesson_modules;
  GHashTable *module_index;
  GHashTable *competency_index;
  GHashTable *objective_index;
};

ScCourse *sc_course_new         (void);
void      sc_course_build_index (ScCourse *self);

G_END_DECLS
