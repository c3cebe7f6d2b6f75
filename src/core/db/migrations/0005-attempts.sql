-- 0005-attempts.sql - quiz attempts, their answers, manual grades and module status
-- SPDX-License-Identifier: GPL-3.0-or-later

-- Working state of a quiz attempt (src/core/learning/sc-attempt*.c); its
-- uuid is the registration of the attempt's statements. Everything that
-- decides what the learner sees is fixed when it starts and saved here:
-- the seed, the questions drawn and their order (attempt_slots), the
-- order of each question's choices. Times are UTC as statement
-- timestamps; the time limit is counted from started_at.
CREATE TABLE attempts (
  uuid          TEXT    PRIMARY KEY,
  learner_id    INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
  course_id     TEXT,                            -- NULL for a quiz on a bank outside a course
  module_id     TEXT,
  quiz_id       TEXT    NOT NULL,
  quiz_title    TEXT,
  bank_id       INTEGER NOT NULL REFERENCES question_banks (id),
  behaviour     TEXT    NOT NULL CHECK (behaviour IN ('deferred', 'immediate', 'interactive')),
  state         TEXT    NOT NULL DEFAULT 'in-progress'
                        CHECK (state IN ('in-progress', 'needs-grading', 'finished')),
  started_at    TEXT    NOT NULL,
  time_limit    INTEGER NOT NULL DEFAULT 0 CHECK (time_limit >= 0),  -- seconds; 0: none
  submitted_at  TEXT,
  seed          INTEGER NOT NULL,
  pass_fraction REAL    NOT NULL DEFAULT 0 CHECK (pass_fraction BETWEEN 0 AND 1),  -- 0: no pass mark
  score         REAL,                            -- marks so far, set at submit
  max_score     REAL    NOT NULL DEFAULT 0 CHECK (max_score >= 0),
  pending       REAL    NOT NULL DEFAULT 0 CHECK (pending >= 0)  -- marks awaiting a grader
) WITHOUT ROWID;

CREATE INDEX attempts_learner_quiz ON attempts (learner_id, course_id, quiz_id, started_at);
CREATE INDEX attempts_needs_grading ON attempts (state) WHERE state = 'needs-grading';

-- The questions of an attempt, in the order shown. A question used by an
-- attempt cannot be deleted (no cascade from questions): deleting its bank
-- fails until the learner's attempts are gone. `layout` is JSON: the order
-- of the question's choices, stems or items, by their index in the
-- question ({"choices": [2, 0, 1]}); "{}" when nothing is shuffled.
CREATE TABLE attempt_slots (
  attempt      TEXT    NOT NULL REFERENCES attempts (uuid) ON DELETE CASCADE,
  learner_id   INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
  slot         INTEGER NOT NULL CHECK (slot >= 1),
  question_id  INTEGER NOT NULL REFERENCES questions (id),
  max_mark     REAL    NOT NULL CHECK (max_mark >= 0),
  layout       TEXT    NOT NULL DEFAULT '{}' CHECK (substr (layout, 1, 1) = '{'),
  PRIMARY KEY (attempt, slot)
) WITHOUT ROWID;

CREATE INDEX attempt_slots_question ON attempt_slots (question_id);

-- The learner's answer in each slot, saved as they answer: one short
-- write each, so a killed process keeps every acknowledged answer.
-- response is JSON (its shape depends on the question type), NULL until
-- answered. tries counts Checks (immediate and interactive behaviours);
-- fraction is the last graded fraction of the response itself, mark what
-- it earned after penalties. state: open (may change), graded (closed
-- with a mark), needs-grading (an essay awaiting a grader).
CREATE TABLE responses (
  attempt      TEXT    NOT NULL REFERENCES attempts (uuid) ON DELETE CASCADE,
  learner_id   INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
  slot         INTEGER NOT NULL CHECK (slot >= 1),
  response     TEXT    CHECK (response IS NULL OR length (response) > 0),
  flagged      INTEGER NOT NULL DEFAULT 0 CHECK (flagged IN (0, 1)),
  tries        INTEGER NOT NULL DEFAULT 0 CHECK (tries >= 0),
  fraction     REAL,
  mark         REAL,
  state        TEXT    NOT NULL DEFAULT 'open'
                       CHECK (state IN ('open', 'graded', 'needs-grading')),
  saved_at     TEXT    NOT NULL,
  PRIMARY KEY (attempt, slot),
  FOREIGN KEY (attempt, slot) REFERENCES attempt_slots (attempt, slot) ON DELETE CASCADE
) WITHOUT ROWID;

-- Marks given by an instructor to answers that need grading (essays),
-- newest last; each is also a "scored" statement (statement_id).
CREATE TABLE manual_grades (
  id           INTEGER PRIMARY KEY,
  attempt      TEXT    NOT NULL REFERENCES attempts (uuid) ON DELETE CASCADE,
  learner_id   INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
  slot         INTEGER NOT NULL CHECK (slot >= 1),
  mark         REAL    NOT NULL CHECK (mark >= 0),
  comment      TEXT    NOT NULL DEFAULT '',
  grader       TEXT,
  graded_at    TEXT    NOT NULL,
  statement_id TEXT    NOT NULL
);

CREATE INDEX manual_grades_attempt ON manual_grades (attempt, slot);

-- Derived from statements (src/core/learning/sc-module-status-apply.c):
-- updated in the transaction of each statement that changes it, and a
-- rebuild from the statements gives the same rows. evidence is JSON: the
-- best scaled score of the module quiz and the newest answer outcomes
-- the module's rule looks at, each with the stamp "<timestamp> <id>" of
-- its statement, so the result does not depend on the order statements
-- arrive in.
CREATE TABLE module_status (
  learner_id   INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
  course_id    TEXT    NOT NULL,
  module_id    TEXT    NOT NULL,
  state        TEXT    NOT NULL DEFAULT 'not-started'
                       CHECK (state IN ('not-started', 'in-progress', 'mastered')),
  evidence     TEXT    NOT NULL DEFAULT '{}' CHECK (substr (evidence, 1, 1) = '{'),
  updated_at   TEXT    NOT NULL,
  PRIMARY KEY (learner_id, course_id, module_id)
) WITHOUT ROWID;
