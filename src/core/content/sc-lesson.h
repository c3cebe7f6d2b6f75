/* sc-lesson.h - one lesson of a course
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-rich-text.h"

G_BEGIN_DECLS

typedef struct _ScLesson ScLesson;

/* Plain data, read-only once the reader hands it out. */
struct _ScLesson
{
  char       *id;
  char       *file;        /* relative to the course folder: "lessons/01-titles.xml" */
  char       *title;
  guint       minutes;     /* estimated reading and practice time */
  GStrv       objectives;  /* ids of the module objectives it serves, never NULL */
  char       *practice;    /* (nullable): id of its practice quiz in quizzes/ */
  ScRichText *body;        /* SC_RICH_BLOCK_SECTION blocks */
};

ScLesson *sc_lesson_new         (void);
void      sc_lesson_free        (ScLesson *self);
guint     sc_lesson_count       (ScLesson        *self,
                                 ScRichBlockKind  kind);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScLesson, sc_lesson_free)

G_END_DECLS
