-- 0007-search-writes.sql - the search index is written by whole courses, not row by row
-- SPDX-License-Identifier: GPL-3.0-or-later

-- The triggers of 0002 copied each search_docs row into search_fts as it
-- was written. Each of those inserts is a statement of its own inside the
-- course's transaction, and FTS5 (SQLite 3.40) writes its pending terms
-- out as a new segment at every statement savepoint: one segment per row,
-- then merges, which made indexing a course most of its load time.
-- sc_course_index_update () now removes a course's rows from search_fts
-- and adds them back with one INSERT … SELECT each, in the same
-- transaction as search_docs. Nothing else writes search_docs.
DROP TRIGGER search_docs_ai;
DROP TRIGGER search_docs_ad;
DROP TRIGGER search_docs_au;
