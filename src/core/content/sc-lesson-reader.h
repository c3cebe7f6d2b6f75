/* sc-lesson-reader.h - one lesson file into an ScLesson
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libxml/tree.h>

#include "sc-course-problems.h"
#include "sc-course-reader-private.h"
#include "sc-lesson.h"

G_BEGIN_DECLS

ScLesson *sc_lesson_read_memory   (const char       *data,
                                   gsize             length,
                                   const char       *file,
                                   ScCourseProblems *problems);
ScLesson *sc_lesson_reader_build  (ScCourseReader   *reader,
                                   const char       *file,
                                   xmlDoc           *doc);
ScLesson *sc_lesson_reader_scan   (ScCourseReader   *reader,
                                   const char       *file,
                                   xmlDoc           *doc,
                                   GBytes           *source);

G_END_DECLS
