-- 0011-search-store.sql - the search index leaves the database for a file of its own
-- SPDX-License-Identifier: GPL-3.0-or-later

-- What search reads is made from the course alone, and indexing a
-- course is one long write: in this database it had to run on the main
-- thread, the one writer, freezing the window for a large course. It
-- now lives in shopcraft-search.db beside this file, written by a worker
-- through a connection of its own (src/core/content/sc-search-store.c),
-- and each course is indexed there anew at its next load. The tables of
-- 0002 go; the virtual table first, which drops its own shadow tables.
DROP TABLE search_fts;
DROP TABLE search_docs;
DROP TABLE search_index_state;
