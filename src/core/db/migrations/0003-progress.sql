-- 0003-progress.sql - procedure ticks, reading sessions, and a rebuildable reading position
-- SPDX-License-Identifier: GPL-3.0-or-later

-- lesson_progress and sop_ticks summarise statements and are rebuilt from
-- them (src/core/learning/sc-progress-apply.c says how). A value that can
-- change back and forth keeps the "stamp" of the statement that set it,
-- "<timestamp> <statement id>": the newest stamp wins whatever order the
-- statements are applied in, so a rebuild gives the same rows.
ALTER TABLE lesson_progress ADD COLUMN scroll_stamp TEXT NOT NULL DEFAULT '';

CREATE INDEX lesson_progress_recent ON lesson_progress (learner_id, course_id, updated_at);

-- The ticked or unticked state of each step of a procedure (<sop>), by
-- the procedure's id within its lesson and the step's 0-based index.
CREATE TABLE sop_ticks (
  learner_id   INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
  course_id    TEXT    NOT NULL,
  lesson_id    TEXT    NOT NULL,
  sop_id       TEXT    NOT NULL,
  step         INTEGER NOT NULL CHECK (step >= 0),
  ticked       INTEGER NOT NULL CHECK (ticked IN (0, 1)),
  stamp        TEXT    NOT NULL,
  PRIMARY KEY (learner_id, course_id, lesson_id, sop_id, step)
) WITHOUT ROWID;

-- Working state of reading sessions: the registration of their
-- statements, and the active seconds stored by the 30-second heartbeat,
-- so a killed process loses at most 30 seconds. closed_at is set when the
-- session's one "experienced" statement is written; a session a dead
-- process left open is closed on the next start.
CREATE TABLE reading_sessions (
  registration TEXT    PRIMARY KEY,                -- UUID
  learner_id   INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
  course_id    TEXT    NOT NULL,
  lesson_id    TEXT    NOT NULL,
  started_at   TEXT    NOT NULL,
  heartbeat_at TEXT    NOT NULL,
  active_secs  INTEGER NOT NULL DEFAULT 0 CHECK (active_secs >= 0),
  closed_at    TEXT
) WITHOUT ROWID;

CREATE INDEX reading_sessions_open ON reading_sessions (learner_id, course_id, lesson_id)
  WHERE closed_at IS NULL;
