/* sc-course-index-stream.h - a new course indexed while it is read
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-course.h"

G_BEGIN_DECLS

typedef struct _ScCourseIndexStream ScCourseIndexStream;

ScCourseIndexStream *sc_course_index_stream_new        (const char           *path);
void                 sc_course_index_stream_begin      (ScCourseIndexStream  *self,
                                                        const char           *course_id);
void                 sc_course_index_stream_add_lesson (ScCourseIndexStream  *self,
                                                        ScLesson             *lesson);
void                 sc_course_index_stream_hold       (ScCourseIndexStream  *self,
                                                        ScCourse             *course);
gboolean             sc_course_index_stream_finish     (ScCourseIndexStream  *self,
                                                        ScCourse             *course,
                                                        GError              **error);

G_END_DECLS
