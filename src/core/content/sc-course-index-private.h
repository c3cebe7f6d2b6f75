/* sc-course-index-private.h - the search index's rows and hash, shared by its two writers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "sc-content-hash.h"
#include "sc-course-index.h"

G_BEGIN_DECLS

/* How much FTS5 may hold in memory before it writes a segment (its
 * 'hashsize', 1 MiB by default). A 1,000-lesson course's 9 MB of text with
 * its 2- and 3-letter prefixes makes about 14 MiB of pending terms: by
 * default five segments, merged again and again as they come, which cost
 * more than tokenizing (2,790 against 1,820 million instructions);
 * within 16 MiB they are written once, as one segment, which is also the
 * quickest to search. The memory is only taken while a course is indexed,
 * and only as much as its text needs. */
#define SC_COURSE_INDEX_PENDING_BYTES "16777216"

/* A row: its strings belong to the course (a lesson's sections hold the
 * text already cleaned) or to the row itself (owned). */
typedef struct
{
  const char *kind;          /* "lesson", "section", "glossary" */
  const char *lesson_id;
  const char *section_id;
  const char *section_path;
  const char *entry_id;
  const char *title;
  const char *body;
  char       *owned_title;
  char       *owned_body;
} ScIndexDoc;

void     sc_index_doc_free              (gpointer          data);
void     sc_course_index_add_lesson     (GPtrArray        *docs,
                                         ScLesson         *lesson);
void     sc_course_index_add_glossary   (GPtrArray        *docs,
                                         ScGlossary       *glossary);
void     sc_course_index_hash_begin     (ScContentHash    *hash,
                                         const char       *course_id);
void     sc_course_index_hash_doc       (ScContentHash    *hash,
                                         const ScIndexDoc *doc);
char    *sc_course_index_stored_hash    (sqlite3          *db,
                                         const char       *course_id,
                                         int              *out_rc);
gboolean sc_course_index_has_docs       (sqlite3          *db,
                                         const char       *course_id,
                                         int              *out_rc);
int      sc_course_index_prepare_insert (sqlite3          *db,
                                         sqlite3_stmt    **out_stmt);
int      sc_course_index_insert_doc     (sqlite3_stmt     *stmt,
                                         sqlite3_int64     id,
                                         const char       *course_id,
                                         sqlite3_int64     position,
                                         const ScIndexDoc *doc);
void     sc_course_index_lock_store     (void);
void     sc_course_index_unlock_store   (void);

G_END_DECLS
