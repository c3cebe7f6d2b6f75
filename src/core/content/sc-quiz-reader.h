/* sc-quiz-reader.h - a course's quizzes/FILE.xml into ScAttemptQuiz, checked against its banks
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libxml/tree.h>

#include "sc-attempt-quiz.h"
#include "sc-course-reader-private.h"

G_BEGIN_DECLS

GHashTable    *sc_quiz_reader_banks_new (void);
ScAttemptQuiz *sc_quiz_reader_build     (ScCourseReader *reader,
                                         GHashTable     *banks,
                                         const char     *course_id,
                                         const char     *file,
                                         xmlDoc         *doc);

G_END_DECLS
