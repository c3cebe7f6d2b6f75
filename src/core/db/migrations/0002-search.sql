-- 0002-search.sql - the full-text index of course lessons, sections and glossary
-- SPDX-License-Identifier: GPL-3.0-or-later

-- What search finds: one row per lesson (its title), per section (its
-- heading and its own text, without nested sections) and per glossary
-- entry. Derived from the course files by sc_course_index_update(), never
-- edited by hand: the whole course is replaced in one transaction when its
-- content hash changes.
CREATE TABLE search_docs (
  id           INTEGER PRIMARY KEY,
  course_id    TEXT    NOT NULL,
  kind         TEXT    NOT NULL CHECK (kind IN ('lesson', 'section', 'glossary')),
  position     INTEGER NOT NULL,   -- course order, lessons before the glossary
  lesson_id    TEXT,               -- lesson and section rows
  section_id   TEXT,               -- section rows: the anchor to scroll to (the section's
                                   -- id, or that of the nearest enclosing section with one)
  section_path TEXT,               -- section rows: "0.3", the block's index in the lesson
                                   -- body, then in each enclosing section's children
  entry_id     TEXT,               -- glossary rows
  title        TEXT    NOT NULL,
  body         TEXT    NOT NULL DEFAULT ''
);

CREATE INDEX search_docs_course ON search_docs (course_id, position);

-- External content: the text lives once, in search_docs. (A contentless
-- table cannot DELETE on SQLite 3.40.) Every user token is quoted by
-- sc_search_query_new(), so no query syntax reaches MATCH from the user.
CREATE VIRTUAL TABLE search_fts USING fts5 (
  title,
  body,
  content = 'search_docs',
  content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);

-- These triggers write to a virtual table, which SQLite refuses on a
-- connection with trusted_schema OFF ("unsafe use of virtual table"):
-- only the writer, opened with the default, changes search_docs. Readers
-- and a restore candidate never do.
CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs
BEGIN
  INSERT INTO search_fts (rowid, title, body) VALUES (NEW.id, NEW.title, NEW.body);
END;

CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs
BEGIN
  INSERT INTO search_fts (search_fts, rowid, title, body)
  VALUES ('delete', OLD.id, OLD.title, OLD.body);
END;

CREATE TRIGGER search_docs_au AFTER UPDATE ON search_docs
BEGIN
  INSERT INTO search_fts (search_fts, rowid, title, body)
  VALUES ('delete', OLD.id, OLD.title, OLD.body);
  INSERT INTO search_fts (rowid, title, body) VALUES (NEW.id, NEW.title, NEW.body);
END;

-- The SHA-256 of what was indexed for each course: start-up re-indexes
-- only when it differs.
CREATE TABLE search_index_state (
  course_id    TEXT    PRIMARY KEY,
  content_hash TEXT    NOT NULL,
  n_docs       INTEGER NOT NULL,
  indexed_at   TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) WITHOUT ROWID;
