/* sc-search.h - ranked search over a course's lessons and glossary
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

#include "sc-database.h"
#include "sc-lesson.h"

G_BEGIN_DECLS

typedef enum
{
  SC_SEARCH_KIND_LESSON,    /* a lesson's title: open the lesson at the top */
  SC_SEARCH_KIND_SECTION,   /* a section: open the lesson scrolled to it */
  SC_SEARCH_KIND_GLOSSARY,  /* a glossary entry */
} ScSearchKind;

typedef struct
{
  ScSearchKind  kind;
  char         *lesson_id;     /* lesson and section hits, else NULL */
  char         *section_id;    /* (nullable) section hits: the anchor, the section's id or that
                                * of the nearest enclosing section with one */
  char         *section_path;  /* section hits: "0.3", see sc_search_hit_find_section() */
  char         *entry_id;      /* glossary hits, else NULL */
  char         *title;         /* plain text: lesson title, section heading or term */
  char         *title_markup;  /* Pango markup: the title with the matches in <b> */
  char         *snippet;       /* Pango markup: the best passage of the body, matches in <b>;
                                * may be empty */
  double        score;         /* bm25 with titles weighted higher: lower is better */
} ScSearchHit;

#define SC_TYPE_SEARCH_HIT (sc_search_hit_get_type ())

GType         sc_search_hit_get_type        (void) G_GNUC_CONST;
ScSearchHit  *sc_search_hit_new             (void);
ScSearchHit  *sc_search_hit_copy            (const ScSearchHit    *hit);
void          sc_search_hit_free            (ScSearchHit          *hit);
ScRichBlock  *sc_search_hit_find_section    (const ScSearchHit    *hit,
                                             ScLesson             *lesson);

sqlite3      *sc_search_open_reader         (ScDatabase           *database,
                                             GError              **error);
GPtrArray    *sc_search_run                 (sqlite3              *db,
                                             const char           *course_id,
                                             const char           *user_text,
                                             guint                 limit,
                                             GError              **error);
void          sc_search_run_async           (ScDatabase           *database,
                                             const char           *course_id,
                                             const char           *user_text,
                                             guint                 limit,
                                             GCancellable         *cancellable,
                                             GAsyncReadyCallback   callback,
                                             gpointer              user_data);
GPtrArray    *sc_search_run_finish          (ScDatabase           *database,
                                             GAsyncResult         *result,
                                             GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScSearchHit, sc_search_hit_free)

G_END_DECLS
