-- 0004-questions.sql - question banks imported from Moodle XML or GIFT
-- SPDX-License-Identifier: GPL-3.0-or-later

-- Banks are content, shared by every learner of the database (like the
-- search index): they carry no learner_id. A bank is written once, in one
-- transaction (src/core/content/sc-question-bank.c), and never edited in
-- place; a file that is rejected as a whole leaves every bank untouched.
CREATE TABLE question_banks (
  id            INTEGER PRIMARY KEY,
  name          TEXT    NOT NULL UNIQUE CHECK (length (name) > 0),
  source_file   TEXT,                          -- the file it was imported from, as given
  source_format TEXT    CHECK (source_format IN ('moodle-xml', 'gift')),
  source_sha256 TEXT,                          -- of the file's bytes
  imported_at   TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  n_questions   INTEGER NOT NULL DEFAULT 0 CHECK (n_questions >= 0)
);

-- Categories as the file declared them, in file order. The path is kept
-- as Moodle writes it ("$course$/top/Shipping//Returns": "//" is a
-- literal slash), so an export gives back the same text.
CREATE TABLE question_categories (
  id           INTEGER PRIMARY KEY,
  bank_id      INTEGER NOT NULL REFERENCES question_banks (id) ON DELETE CASCADE,
  position     INTEGER NOT NULL CHECK (position >= 0),
  path         TEXT    NOT NULL,
  UNIQUE (bank_id, path)
);

-- One row per question, in file order. The columns before `data` are for
-- listing and searching; `data` is the question itself, everything the
-- model holds (original texts and their formats, answers, fractions,
-- feedback, hints, units, cloze parts…) as the JSON written by
-- sc-question-bank-json.c, so loading gives back exactly what was saved.
-- File bytes are not in `data`: they are rows of question_files.
CREATE TABLE questions (
  id           INTEGER PRIMARY KEY,
  bank_id      INTEGER NOT NULL REFERENCES question_banks (id) ON DELETE CASCADE,
  position     INTEGER NOT NULL CHECK (position >= 0),
  category_id  INTEGER REFERENCES question_categories (id) ON DELETE CASCADE,
  type         TEXT    NOT NULL,               -- sc_question_type_to_string (): single-choice, cloze, …
  name         TEXT    NOT NULL DEFAULT '',
  idnumber     TEXT,
  default_mark REAL    NOT NULL DEFAULT 1,
  search_text  TEXT    NOT NULL DEFAULT '',    -- name and question text as plain text, for filters
  data         TEXT    NOT NULL CHECK (substr (data, 1, 1) = '{'),
  UNIQUE (bank_id, position)
);

CREATE INDEX questions_type ON questions (bank_id, type);
CREATE INDEX questions_category ON questions (category_id);
CREATE INDEX questions_idnumber ON questions (bank_id, idnumber) WHERE idnumber IS NOT NULL;

-- Files that travel with the question (<file> elements, legacy
-- <image_base64>), per text area ("questiontext", "generalfeedback",
-- "answer/2/feedback", …) in the order the text lists them; `name` is
-- as the file wrote it. The JSON in questions.data names each file and
-- its SHA-256; the bytes are only here.
CREATE TABLE question_files (
  question_id  INTEGER NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
  area         TEXT    NOT NULL,
  position     INTEGER NOT NULL CHECK (position >= 0),
  name         TEXT    NOT NULL,
  sha256       TEXT    NOT NULL CHECK (length (sha256) = 64),
  size         INTEGER NOT NULL CHECK (size >= 0),
  bytes        BLOB    NOT NULL,
  PRIMARY KEY (question_id, area, position)
) WITHOUT ROWID;

CREATE INDEX question_files_name ON question_files (question_id, name);

-- Tags as the question lists them; a tag "competency:ID" also fills
-- `competency`, so the bank browser filters by either in one indexed query.
CREATE TABLE question_tags (
  question_id  INTEGER NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
  tag          TEXT    NOT NULL,
  competency   TEXT,
  PRIMARY KEY (question_id, tag)
) WITHOUT ROWID;

CREATE INDEX question_tags_tag ON question_tags (tag);
CREATE INDEX question_tags_competency ON question_tags (competency) WHERE competency IS NOT NULL;
