/* sc-rich-text-xml.h - rich text from course XML
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libxml/tree.h>

#include "sc-course-reader-private.h"
#include "sc-rich-text.h"

G_BEGIN_DECLS

ScRichText  *sc_rich_text_xml_inline    (ScCourseReader *reader,
                                         const char     *file,
                                         xmlNode        *node);
ScRichBlock *sc_rich_text_xml_block     (ScCourseReader *reader,
                                         const char     *file,
                                         xmlNode        *node);
void         sc_rich_text_xml_add_runs  (ScCourseReader *reader,
                                         const char     *file,
                                         ScRichBlock    *block,
                                         xmlNode        *node);
gboolean     sc_rich_text_xml_scan_block (ScCourseReader *reader,
                                          const char     *file,
                                          xmlNode        *node,
                                          GString        *words,
                                          GPtrArray      *practices);

G_END_DECLS
