/* sc-lesson.h - one lesson of a course
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-rich-text.h"

G_BEGIN_DECLS

typedef struct _ScLesson ScLesson;

/* A section of a lesson as search sees it: its heading and its own words
 * (those of nested sections are theirs), on one line per piece. */
typedef struct
{
  char *path;    /* its index in the lesson body, then in each enclosing section: "2.0" */
  char *anchor;  /* (nullable): the id of the nearest enclosing section that has one */
  char *title;
  char *text;
} ScLessonSection;

/* Plain data, read-only once the reader hands it out.
 *
 * A lesson read from a course keeps its file's bytes, not its body: the
 * body (the largest part of a course in memory by far, most of it never
 * opened) is built again from those same bytes when sc_lesson_get_body()
 * is first asked, so it is exactly the text that was checked. */
struct _ScLesson
{
  char       *id;
  char       *file;        /* relative to the course folder: "lessons/01-titles.xml" */
  char       *title;
  guint       minutes;     /* estimated reading and practice time */
  GStrv       objectives;  /* ids of the module objectives it serves, never NULL */
  char       *practice;    /* (nullable): id of its practice quiz in quizzes/ */

  /* (nullable): read them with sc_lesson_get_body (),
   * sc_lesson_get_sections () and sc_lesson_get_practices (); a lesson
   * built by hand sets body only. */
  ScRichText *body;        /* SC_RICH_BLOCK_SECTION blocks */
  GBytes     *source;      /* the lesson file the body is built from */
  GPtrArray  *sections;    /* ScLessonSection, in body order */
  GPtrArray  *practices;   /* its SC_RICH_BLOCK_PRACTICE blocks, in body order */
};

ScLesson   *sc_lesson_new           (void);
void        sc_lesson_free          (ScLesson        *self);
ScRichText *sc_lesson_get_body      (ScLesson        *self);
GPtrArray  *sc_lesson_get_sections  (ScLesson        *self);
GPtrArray  *sc_lesson_get_practices (ScLesson        *self);
void        sc_lesson_set_scanned   (ScLesson        *self,
                                     GPtrArray       *sections,
                                     GPtrArray       *practices,
                                     GBytes          *source);
guint       sc_lesson_count         (ScLesson        *self,
                                     ScRichBlockKind  kind);

ScLessonSection *sc_lesson_section_new  (const char      *path,
                                         const char      *anchor,
                                         const char      *title,
                                         const GString   *words);
void             sc_lesson_section_free (ScLessonSection *section);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScLesson, sc_lesson_free)

G_END_DECLS
