/* sc-course.h - a loaded course: metadata, competencies, domains, modules, lessons
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "sc-attempt-quiz.h"
#include "sc-glossary.h"
#include "sc-lesson.h"
#include "sc-rich-text.h"

G_BEGIN_DECLS

/* The id of the course installed with Shopcraft, under
 * $datadir/shopcraft/courses/. */
#define SC_COURSE_BUILTIN_ID "ecommerce-operations"

typedef struct
{
  char       *id;
  char       *title;
  ScRichText *description;  /* may be empty, never NULL */
  char       *domain_id;
} ScCompetency;

typedef struct
{
  char *id;
  char *text;
  GStrv competencies;       /* ids, at least one */
} ScObjective;

typedef struct
{
  char       *id;
  char       *title;
  ScRichText *description;  /* may be empty, never NULL */
  char       *domain_id;
  GPtrArray  *objectives;   /* ScObjective */
  GPtrArray  *lessons;      /* ScLesson, in course order */
  char       *assessment;   /* (nullable): id of the closing quiz in quizzes/ */
  char       *assessment_practice;  /* (nullable): id of the scenario whose goals must all
                                     * pass as well: one of the module's lessons' practice cards */
  guint       assessment_line;      /* the line of <assessment> in course.xml */
} ScModule;

const ScRichBlock *sc_module_find_practice (ScModule   *module,
                                            const char *scenario_id);

typedef struct
{
  char       *id;
  char       *title;
  ScRichText *description;  /* may be empty, never NULL */
  GPtrArray  *competencies; /* ScCompetency */
  GPtrArray  *modules;      /* ScModule */
} ScDomain;

#define SC_TYPE_COURSE (sc_course_get_type ())

G_DECLARE_FINAL_TYPE (ScCourse, sc_course, SC, COURSE, GObject)

const char         *sc_course_get_directory       (ScCourse   *self);
const char         *sc_course_get_id              (ScCourse   *self);
const char         *sc_course_get_title           (ScCourse   *self);
const char         *sc_course_get_version         (ScCourse   *self);
const char         *sc_course_get_language        (ScCourse   *self);
const char * const *sc_course_get_authors         (ScCourse   *self);
const char         *sc_course_get_license         (ScCourse   *self);
ScRichText         *sc_course_get_description     (ScCourse   *self);
const char         *sc_course_get_iri_base        (ScCourse   *self);
char               *sc_course_dup_activity_iri    (ScCourse   *self,
                                                   const char *kind,
                                                   const char *id);
GPtrArray          *sc_course_get_domains         (ScCourse   *self);
GPtrArray          *sc_course_get_lessons         (ScCourse   *self);
GPtrArray          *sc_course_get_competencies    (ScCourse   *self);
guint               sc_course_get_n_modules       (ScCourse   *self);
ScGlossary         *sc_course_get_glossary        (ScCourse   *self);
ScLesson           *sc_course_lookup_lesson       (ScCourse   *self,
                                                   const char *id);
ScModule           *sc_course_lookup_module       (ScCourse   *self,
                                                   const char *id);
ScCompetency       *sc_course_lookup_competency   (ScCourse   *self,
                                                   const char *id);
ScObjective        *sc_course_lookup_objective    (ScCourse   *self,
                                                   const char *id);
ScModule           *sc_course_get_lesson_module   (ScCourse   *self,
                                                   ScLesson   *lesson);
GPtrArray          *sc_course_get_quizzes         (ScCourse   *self);
const ScAttemptQuiz *sc_course_lookup_quiz        (ScCourse   *self,
                                                   const char *id);

ScCompetency       *sc_competency_new             (void);
void                sc_competency_free            (ScCompetency *competency);
ScObjective        *sc_objective_new              (void);
void                sc_objective_free             (ScObjective  *objective);
ScModule           *sc_module_new                 (void);
void                sc_module_free                (ScModule     *module);
ScDomain           *sc_domain_new                 (void);
void                sc_domain_free                (ScDomain     *domain);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScCompetency, sc_competency_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScObjective, sc_objective_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScModule, sc_module_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScDomain, sc_domain_free)

G_END_DECLS
