/* sc-gift-reader.h - questions from Moodle's GIFT text format
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "sc-course-problems.h"
#include "sc-question.h"

G_BEGIN_DECLS

typedef enum
{
  SC_GIFT_READ_DEFAULT        = 0,
  /* A weight off Moodle's grade list is rounded to the nearest one on it
   * (Moodle's matchgrades=nearest) instead of skipping its question. */
  SC_GIFT_READ_SNAP_FRACTIONS = 1 << 0,
} ScGiftReadFlags;

/* The largest GIFT file read; a bigger one is refused as a whole. */
#define SC_GIFT_MAX_FILE_SIZE (64 * 1024 * 1024)

GPtrArray *sc_gift_read_file    (const char        *path,
                                 ScGiftReadFlags    flags,
                                 ScCourseProblems  *problems,
                                 GError           **error);
GPtrArray *sc_gift_read_memory  (const char        *data,
                                 gsize              size,
                                 const char        *file_name,
                                 ScGiftReadFlags    flags,
                                 ScCourseProblems  *problems,
                                 GError           **error);
char      *sc_gift_decode       (const char        *data,
                                 gsize              size,
                                 const char        *file_name,
                                 ScCourseProblems  *problems,
                                 GError           **error);

G_END_DECLS
