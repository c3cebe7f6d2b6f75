-- 0001-initial.sql - learners and the append-only evidence of record
-- SPDX-License-Identifier: GPL-3.0-or-later

CREATE TABLE learners (
  id           INTEGER PRIMARY KEY,
  uuid         TEXT    NOT NULL UNIQUE,
  display_name TEXT    NOT NULL,
  created_at   TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  is_default   INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1))
);

-- One default learner at most.
CREATE UNIQUE INDEX learners_one_default ON learners (is_default) WHERE is_default = 1;

-- xAPI statements as received or produced: never changed, never removed,
-- except when a whole learner is deleted. The JSON is validated in C before
-- it is stored: the schema may only use functions SQLite calls innocuous
-- (not json_valid), or a backup could not be opened with trusted_schema=OFF,
-- as restore does.
CREATE TABLE statements (
  id           TEXT    PRIMARY KEY,                 -- statement UUID
  learner_id   INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
  verb         TEXT    NOT NULL,                    -- verb IRI
  object_id    TEXT    NOT NULL,                    -- activity IRI
  registration TEXT,                                -- attempt, reading session or run UUID
  timestamp    TEXT    NOT NULL,
  stored       TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  voided_by    TEXT,                                -- never set in place; kept for imports
  json         TEXT    NOT NULL CHECK (substr (json, 1, 1) = '{')
) WITHOUT ROWID;

CREATE INDEX statements_learner_time ON statements (learner_id, timestamp);
CREATE INDEX statements_object ON statements (learner_id, object_id);
CREATE INDEX statements_registration ON statements (registration);

-- A learner being deleted is the only way statements go away. SQLite runs
-- the ON DELETE CASCADE after the learner row is gone, so the trigger lets
-- exactly those deletions pass (test-database.c proves it). Connections set
-- recursive_triggers, so INSERT OR REPLACE cannot delete a statement either.
CREATE TRIGGER statements_no_update
BEFORE UPDATE ON statements
BEGIN
  SELECT RAISE (ABORT, 'statements are append-only');
END;

CREATE TRIGGER statements_no_delete
BEFORE DELETE ON statements
WHEN EXISTS (SELECT 1 FROM learners WHERE id = OLD.learner_id)
BEGIN
  SELECT RAISE (ABORT, 'statements are append-only');
END;

-- Working state of a reading session, attempt or run; its uuid is the
-- statements' context.registration.
CREATE TABLE lesson_progress (
  learner_id   INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
  course_id    TEXT    NOT NULL,
  lesson_id    TEXT    NOT NULL,
  state        TEXT    NOT NULL DEFAULT 'not-started'
                       CHECK (state IN ('not-started', 'in-progress', 'done')),
  scroll       REAL    NOT NULL DEFAULT 0,
  active_secs  INTEGER NOT NULL DEFAULT 0,
  updated_at   TEXT    NOT NULL,
  PRIMARY KEY (learner_id, course_id, lesson_id)
) WITHOUT ROWID;

CREATE TABLE settings_kv (
  learner_id   INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
  key          TEXT    NOT NULL,
  value        TEXT,
  PRIMARY KEY (learner_id, key)
) WITHOUT ROWID;
