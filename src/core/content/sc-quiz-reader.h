/* sc-quiz-reader.h - a course's quizzes/FILE.xml into ScAttemptQuiz, checked against its banks
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-attempt-quiz.h"
#include "sc-course-reader-private.h"
#include "sc-course-schema.h"
#include "sc-course.h"

G_BEGIN_DECLS

gboolean sc_quiz_reader_read_folder  (ScCourseReader *reader,
                                      ScCourseSchema *schema,
                                      const char     *course_id,
                                      GPtrArray      *quizzes);
void     sc_quiz_reader_link_modules (GPtrArray      *quizzes,
                                      GPtrArray      *domains);

G_END_DECLS
