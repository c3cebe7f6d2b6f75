/* sc-content-xml.h - reading course files safely: size cap, no DOCTYPE, paths kept inside
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <libxml/tree.h>

#include "sc-course-problems.h"

G_BEGIN_DECLS

/* Far above any real lesson; a 70,000-line lesson is about 3 MiB. */
#define SC_CONTENT_MAX_FILE_SIZE (8 * 1024 * 1024)

typedef enum
{
  SC_CONTENT_PATH_OK,
  SC_CONTENT_PATH_ESCAPES,   /* absolute, "..", a URI or a backslash */
  SC_CONTENT_PATH_OUTSIDE,   /* resolves outside the folder (a symbolic link) */
  SC_CONTENT_PATH_MISSING,
  SC_CONTENT_PATH_NOT_FILE,  /* a folder, a pipe, a device */
} ScContentPath;

ScContentPath  sc_content_resolve_path (const char        *course_dir,
                                        const char        *relative,
                                        char             **real_path);
GBytes        *sc_content_read_file    (const char        *real_path,
                                        const char        *file,
                                        ScCourseProblems  *problems);
GBytes        *sc_content_read_file_capped (const char    *path,
                                            const char    *file,
                                            gsize          max_size,
                                            GError       **error);
xmlDoc        *sc_content_parse        (const char        *data,
                                        gsize              length,
                                        const char        *file,
                                        ScCourseProblems  *problems);
guint          sc_content_node_line    (xmlNode           *node);
char          *sc_content_xml_attr     (xmlNode           *node,
                                        const char        *name);
const char    *sc_content_compression_name (const guchar  *data,
                                            gsize          length);
guint          sc_content_line_of_offset   (const char    *data,
                                            gsize          offset);
gboolean       sc_content_utf8_validate    (const char    *data,
                                            gsize          length,
                                            const char   **end);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)

G_END_DECLS
