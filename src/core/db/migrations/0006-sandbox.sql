-- 0006-sandbox.sql - practice stores: runs, their catalogs and the append-only action log
-- SPDX-License-Identifier: GPL-3.0-or-later

-- A run is one learner's practice store: generated from a scenario and a
-- seed, or imported from a platform file. Its uuid is local; its
-- registration is the statements' context.registration and changes when
-- the run is reset ("Start over"), while its history stays.
CREATE TABLE sandbox_runs (
  uuid              TEXT    PRIMARY KEY,
  learner_id        INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,  -- the owner
  name              TEXT    NOT NULL CHECK (length (name) > 0),
  scenario_id       TEXT,                                 -- NULL for an imported catalog
  seed              INTEGER NOT NULL DEFAULT 0,           -- the 64 bits of the seed, as signed
  generator_version INTEGER NOT NULL DEFAULT 0,
  currency          TEXT    NOT NULL CHECK (length (currency) = 3),
  state             TEXT    NOT NULL DEFAULT 'open'
                            CHECK (state IN ('open', 'finished')),
  registration      TEXT    NOT NULL UNIQUE,
  source_format     TEXT    CHECK (source_format IN ('shopify-legacy', 'shopify-2025', 'woocommerce')),
  created_at        TEXT    NOT NULL,
  UNIQUE (learner_id, name)
) WITHOUT ROWID;

-- The store. Every row names its run and learner (every query takes the
-- learner), and has an integer primary key so that SQLite's session
-- extension can record and invert changes to it. Positions order what a
-- platform file orders; handles are unique in a run, as in a real store.
CREATE TABLE sandbox_products (
  id                 INTEGER PRIMARY KEY,
  run_uuid           TEXT    NOT NULL REFERENCES sandbox_runs (uuid) ON DELETE CASCADE,
  learner_id         INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
  position           INTEGER NOT NULL,
  handle             TEXT    NOT NULL CHECK (length (handle) > 0),
  title              TEXT,
  description        TEXT,                                -- the source text, byte for byte
  description_format TEXT    NOT NULL DEFAULT 'html'
                             CHECK (description_format IN ('html', 'markdown', 'plain')),
  vendor             TEXT,
  product_type       TEXT,
  category           TEXT,
  tags               TEXT    NOT NULL DEFAULT '[]',       -- a JSON array of strings
  status             TEXT    NOT NULL DEFAULT 'draft'
                             CHECK (status IN ('active', 'draft', 'archived')),
  published          INTEGER NOT NULL DEFAULT 0 CHECK (published IN (0, 1)),
  kind               TEXT    NOT NULL DEFAULT 'simple'
                             CHECK (kind IN ('simple', 'variable', 'grouped', 'external')),
  seo_title          TEXT,
  seo_description    TEXT,
  UNIQUE (run_uuid, handle)
);

CREATE INDEX sandbox_products_learner ON sandbox_products (learner_id, run_uuid);

CREATE TABLE sandbox_options (
  id            INTEGER PRIMARY KEY,
  product_id    INTEGER NOT NULL REFERENCES sandbox_products (id) ON DELETE CASCADE,
  run_uuid      TEXT    NOT NULL REFERENCES sandbox_runs (uuid) ON DELETE CASCADE,
  learner_id    INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
  position      INTEGER NOT NULL CHECK (position BETWEEN 1 AND 3),
  name          TEXT    NOT NULL,
  option_values TEXT    NOT NULL DEFAULT '[]',            -- a JSON array of strings, in order
  UNIQUE (product_id, position)
);

CREATE INDEX sandbox_options_run ON sandbox_options (run_uuid);

-- Amounts are whole minor units of the run's currency; NULL is "not set".
CREATE TABLE sandbox_variants (
  id                INTEGER PRIMARY KEY,
  product_id        INTEGER NOT NULL REFERENCES sandbox_products (id) ON DELETE CASCADE,
  run_uuid          TEXT    NOT NULL REFERENCES sandbox_runs (uuid) ON DELETE CASCADE,
  learner_id        INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
  position          INTEGER NOT NULL CHECK (position >= 1),
  option1           TEXT,
  option2           TEXT,
  option3           TEXT,
  sku               TEXT,
  barcode           TEXT,                                 -- text: digits and leading zeros kept
  price             INTEGER,
  compare_at        INTEGER,
  cost              INTEGER,
  track_quantity    INTEGER NOT NULL DEFAULT 0 CHECK (track_quantity IN (0, 1)),
  quantity          INTEGER NOT NULL DEFAULT 0,
  inventory_policy  TEXT    NOT NULL DEFAULT 'deny'
                            CHECK (inventory_policy IN ('deny', 'continue')),
  weight_grams      TEXT,                                 -- an exact decimal, never a REAL
  weight_unit       TEXT    NOT NULL DEFAULT 'g' CHECK (weight_unit IN ('g', 'kg', 'lb', 'oz')),
  requires_shipping INTEGER NOT NULL DEFAULT 1 CHECK (requires_shipping IN (0, 1)),
  taxable           INTEGER NOT NULL DEFAULT 1 CHECK (taxable IN (0, 1)),
  image_src         TEXT,
  UNIQUE (product_id, position)
);

CREATE INDEX sandbox_variants_sku ON sandbox_variants (run_uuid, sku);

-- Image sources are references (a local path or a remote URL); nothing
-- is ever downloaded.
CREATE TABLE sandbox_images (
  id          INTEGER PRIMARY KEY,
  product_id  INTEGER NOT NULL REFERENCES sandbox_products (id) ON DELETE CASCADE,
  run_uuid    TEXT    NOT NULL REFERENCES sandbox_runs (uuid) ON DELETE CASCADE,
  learner_id  INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
  position    INTEGER NOT NULL CHECK (position >= 1),
  src         TEXT    NOT NULL,
  alt         TEXT,
  UNIQUE (product_id, position)
);

CREATE INDEX sandbox_images_run ON sandbox_images (run_uuid);

-- Columns Shopcraft does not model, kept verbatim per file row and
-- written back only to files of their platform. The row is the
-- product's first row, a variant's row, or an image-only row.
CREATE TABLE sandbox_extras (
  id            INTEGER PRIMARY KEY,
  product_id    INTEGER NOT NULL REFERENCES sandbox_products (id) ON DELETE CASCADE,
  variant_id    INTEGER REFERENCES sandbox_variants (id) ON DELETE CASCADE,
  image_id      INTEGER REFERENCES sandbox_images (id) ON DELETE CASCADE,
  run_uuid      TEXT    NOT NULL REFERENCES sandbox_runs (uuid) ON DELETE CASCADE,
  learner_id    INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
  platform      TEXT    NOT NULL CHECK (platform IN ('shopify', 'woocommerce')),
  column_name   TEXT    NOT NULL,
  column_index  INTEGER NOT NULL DEFAULT 0,               -- its place in the source header
  value         TEXT    NOT NULL,
  CHECK (variant_id IS NULL OR image_id IS NULL)
);

CREATE INDEX sandbox_extras_product ON sandbox_extras (product_id);
CREATE INDEX sandbox_extras_variant ON sandbox_extras (variant_id) WHERE variant_id IS NOT NULL;
CREATE INDEX sandbox_extras_image ON sandbox_extras (image_id) WHERE image_id IS NOT NULL;
CREATE INDEX sandbox_extras_run ON sandbox_extras (run_uuid);

-- Every change to a run, in order, written in the same transaction as
-- the change. Undo and redo are new actions (undo_of names the action
-- they reverse) applying an inverted changeset; nothing here is ever
-- changed or removed, except when the whole learner is deleted (SQLite
-- runs the cascade after the learner row is gone, so the trigger lets
-- exactly those deletions pass, as for statements).
CREATE TABLE sandbox_actions (
  run_uuid     TEXT    NOT NULL REFERENCES sandbox_runs (uuid) ON DELETE CASCADE,
  sequence     INTEGER NOT NULL CHECK (sequence >= 1),
  learner_id   INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
  registration TEXT    NOT NULL,                          -- the run's registration at the time
  time         TEXT    NOT NULL,
  kind         TEXT    NOT NULL,
  target       TEXT,
  before       TEXT,
  after        TEXT,
  undo_of      INTEGER,
  changeset    BLOB,
  PRIMARY KEY (run_uuid, sequence),
  FOREIGN KEY (run_uuid, undo_of) REFERENCES sandbox_actions (run_uuid, sequence)
) WITHOUT ROWID;

CREATE INDEX sandbox_actions_learner ON sandbox_actions (learner_id, time);

CREATE TRIGGER sandbox_actions_no_update
BEFORE UPDATE ON sandbox_actions
BEGIN
  SELECT RAISE (ABORT, 'sandbox actions are append-only');
END;

CREATE TRIGGER sandbox_actions_no_delete
BEFORE DELETE ON sandbox_actions
WHEN EXISTS (SELECT 1 FROM learners WHERE id = OLD.learner_id)
BEGIN
  SELECT RAISE (ABORT, 'sandbox actions are append-only');
END;
