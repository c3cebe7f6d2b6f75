/* sc-course-names.h - ids, language tags, IRIs and "did you mean" for course files
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean    sc_course_is_valid_id     (const char         *id);
gboolean    sc_course_is_language_tag (const char         *tag);
gboolean    sc_course_is_iri_base     (const char         *iri);
guint       sc_course_edit_distance   (const char         *a,
                                       const char         *b);
const char *sc_course_suggest         (const char         *word,
                                       const char * const *candidates,
                                       guint               n_candidates);

G_END_DECLS
