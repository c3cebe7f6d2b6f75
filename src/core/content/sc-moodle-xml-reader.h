/* sc-moodle-xml-reader.h - questions from Moodle XML, read as warily as course files
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "sc-course-problems.h"
#include "sc-question.h"

G_BEGIN_DECLS

typedef enum
{
  SC_MOODLE_XML_READ_DEFAULT        = 0,
  /* A grade off Moodle's list is rounded to the nearest one on it
   * (Moodle's matchgrades=nearest) instead of skipping its question. */
  SC_MOODLE_XML_READ_SNAP_FRACTIONS = 1 << 0,
} ScMoodleXmlReadFlags;

/* The largest file read; a bigger one is refused as a whole. */
#define SC_MOODLE_XML_MAX_FILE_SIZE (64 * 1024 * 1024)
/* The largest single text or embedded file (as base64) in it; below
 * libxml2's own limit of 10,000,000 bytes, so the message is ours. */
#define SC_MOODLE_XML_MAX_TEXT_SIZE (8 * 1024 * 1024)

GPtrArray *sc_moodle_xml_read_file   (const char            *path,
                                      ScMoodleXmlReadFlags   flags,
                                      ScCourseProblems      *problems,
                                      GError               **error);
GPtrArray *sc_moodle_xml_read_memory (const char            *data,
                                      gsize                  size,
                                      const char            *file_name,
                                      ScMoodleXmlReadFlags   flags,
                                      ScCourseProblems      *problems,
                                      GError               **error);

G_END_DECLS
