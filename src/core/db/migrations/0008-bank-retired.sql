-- 0008-bank-retired.sql - a deleted bank that attempts use is kept out of sight
-- SPDX-License-Identifier: GPL-3.0-or-later

-- Attempts point at their bank and at the questions they drew (0005, no
-- cascade), so a bank an attempt uses cannot go. Deleting it from the
-- Question Banks section retires it instead (sc-question-bank-edit.c): it
-- gets retired_at and a name no one types, which frees the name it had,
-- and every list, lookup and search leaves it out; its questions and
-- files stay for the attempts that review or resume them.
ALTER TABLE question_banks ADD COLUMN retired_at TEXT;
