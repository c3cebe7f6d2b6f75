-- 0009-orders.sql - a practice store's orders and stock: the order queue and the inventory sheet
-- SPDX-License-Identifier: GPL-3.0-or-later

-- Every row names its run and learner (every query takes the learner)
-- and has an integer primary key, so SQLite's session extension can
-- record and invert each learner step (sc-sandbox-order.c). Enums are
-- stored by the stable ids of sc-order.h, sc-stock.h and sc-inventory.h;
-- amounts are whole minor units of the run's currency; times are Unix
-- seconds (UTC), 0 for "not yet". Rows are written when a scenario
-- starts or a run starts over (replaced whole), and otherwise only by
-- logged actions: undo may delete rows again (a ledger row included) by
-- applying an inverted changeset, and the action log keeps the history.

CREATE TABLE sandbox_orders (
  id                INTEGER PRIMARY KEY,
  run_uuid          TEXT    NOT NULL REFERENCES sandbox_runs (uuid) ON DELETE CASCADE,
  learner_id        INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
  name              TEXT    NOT NULL CHECK (length (name) > 0),            -- "#1001"
  customer          TEXT    NOT NULL,
  state             TEXT    NOT NULL DEFAULT 'draft'
                            CHECK (state IN ('draft', 'open', 'closed', 'cancelled')),
  payment           TEXT    NOT NULL DEFAULT 'manual'
                            CHECK (payment IN ('manual', 'authorize', 'automatic')),
  shipping          INTEGER NOT NULL DEFAULT 0 CHECK (shipping >= 0),
  tax               INTEGER NOT NULL DEFAULT 0 CHECK (tax >= 0),
  handling_hours    INTEGER NOT NULL DEFAULT 48 CHECK (handling_hours BETWEEN 1 AND 8760),
  placed_at         INTEGER NOT NULL DEFAULT 0,
  ship_by           INTEGER NOT NULL DEFAULT 0,
  authorized        INTEGER NOT NULL DEFAULT 0 CHECK (authorized >= 0),
  authorized_at     INTEGER NOT NULL DEFAULT 0,
  captured          INTEGER NOT NULL DEFAULT 0 CHECK (captured >= 0),
  refunded          INTEGER NOT NULL DEFAULT 0 CHECK (refunded BETWEEN 0 AND captured),
  shipping_refunded INTEGER NOT NULL DEFAULT 0 CHECK (shipping_refunded BETWEEN 0 AND refunded),
  voided            INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
  hold              TEXT    NOT NULL DEFAULT 'none'
                            CHECK (hold IN ('none', 'fraud-review', 'address-verification',
                                            'awaiting-stock', 'customer-request', 'payment-issue')),
  risk              TEXT    NOT NULL DEFAULT '',   -- signal ids in bit order, space-separated
  reviewed          INTEGER NOT NULL DEFAULT 0 CHECK (reviewed IN (0, 1)),
  cancel_reason     TEXT    NOT NULL DEFAULT 'other'
                            CHECK (cancel_reason IN ('customer', 'fraud', 'inventory', 'declined',
                                                     'staff', 'other')),
  cancelled_at      INTEGER NOT NULL DEFAULT 0,
  closed_at         INTEGER NOT NULL DEFAULT 0,
  last_shipped_at   INTEGER NOT NULL DEFAULT 0,
  fulfilled_at      INTEGER NOT NULL DEFAULT 0,
  UNIQUE (run_uuid, name)
);

CREATE INDEX sandbox_orders_learner ON sandbox_orders (learner_id, run_uuid, placed_at);

-- In the order added (position 1, 2, …); one line per SKU.
CREATE TABLE sandbox_order_lines (
  id          INTEGER PRIMARY KEY,
  order_id    INTEGER NOT NULL REFERENCES sandbox_orders (id) ON DELETE CASCADE,
  run_uuid    TEXT    NOT NULL REFERENCES sandbox_runs (uuid) ON DELETE CASCADE,
  learner_id  INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
  position    INTEGER NOT NULL CHECK (position >= 1),
  sku         TEXT    NOT NULL CHECK (length (sku) > 0),
  title       TEXT    NOT NULL DEFAULT '',
  quantity    INTEGER NOT NULL CHECK (quantity BETWEEN 1 AND 1000000),
  unit_price  INTEGER NOT NULL CHECK (unit_price >= 0),
  fulfilled   INTEGER NOT NULL DEFAULT 0 CHECK (fulfilled >= 0),
  removed     INTEGER NOT NULL DEFAULT 0 CHECK (removed >= 0),
  refunded    INTEGER NOT NULL DEFAULT 0 CHECK (refunded BETWEEN 0 AND fulfilled),
  returned    INTEGER NOT NULL DEFAULT 0 CHECK (returned BETWEEN 0 AND refunded),
  CHECK (fulfilled + removed <= quantity),
  UNIQUE (order_id, position),
  UNIQUE (order_id, sku)
);

CREATE INDEX sandbox_order_lines_run ON sandbox_order_lines (run_uuid);

-- Oldest first (position 1, 2, …); carrier and tracking come together.
CREATE TABLE sandbox_shipments (
  id          INTEGER PRIMARY KEY,
  order_id    INTEGER NOT NULL REFERENCES sandbox_orders (id) ON DELETE CASCADE,
  run_uuid    TEXT    NOT NULL REFERENCES sandbox_runs (uuid) ON DELETE CASCADE,
  learner_id  INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
  position    INTEGER NOT NULL CHECK (position >= 1),
  shipped_at  INTEGER NOT NULL CHECK (shipped_at > 0),
  carrier     TEXT,
  tracking    TEXT,
  CHECK ((carrier IS NULL) = (tracking IS NULL)),
  UNIQUE (order_id, position)
);

CREATE INDEX sandbox_shipments_run ON sandbox_shipments (run_uuid);

CREATE TABLE sandbox_shipment_items (
  id           INTEGER PRIMARY KEY,
  shipment_id  INTEGER NOT NULL REFERENCES sandbox_shipments (id) ON DELETE CASCADE,
  run_uuid     TEXT    NOT NULL REFERENCES sandbox_runs (uuid) ON DELETE CASCADE,
  learner_id   INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
  position     INTEGER NOT NULL CHECK (position >= 1),
  sku          TEXT    NOT NULL CHECK (length (sku) > 0),
  quantity     INTEGER NOT NULL CHECK (quantity BETWEEN 1 AND 1000000),
  UNIQUE (shipment_id, position),
  UNIQUE (shipment_id, sku)
);

CREATE INDEX sandbox_shipment_items_run ON sandbox_shipment_items (run_uuid);

-- What the store told the customer, oldest first.
CREATE TABLE sandbox_order_messages (
  id          INTEGER PRIMARY KEY,
  order_id    INTEGER NOT NULL REFERENCES sandbox_orders (id) ON DELETE CASCADE,
  run_uuid    TEXT    NOT NULL REFERENCES sandbox_runs (uuid) ON DELETE CASCADE,
  learner_id  INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
  position    INTEGER NOT NULL CHECK (position >= 1),
  sent_at     INTEGER NOT NULL CHECK (sent_at > 0),
  text        TEXT    NOT NULL CHECK (length (text) BETWEEN 1 AND 1000),
  UNIQUE (order_id, position)
);

CREATE INDEX sandbox_order_messages_run ON sandbox_order_messages (run_uuid);

-- One row per tracked SKU: on hand = available + committed + unavailable,
-- plus incoming. Available may be negative: units oversold under the
-- "continue" policy.
CREATE TABLE sandbox_stock_items (
  id                INTEGER PRIMARY KEY,
  run_uuid          TEXT    NOT NULL REFERENCES sandbox_runs (uuid) ON DELETE CASCADE,
  learner_id        INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
  sku               TEXT    NOT NULL CHECK (length (sku) > 0),
  title             TEXT    NOT NULL DEFAULT '',
  available         INTEGER NOT NULL DEFAULT 0,
  committed         INTEGER NOT NULL DEFAULT 0 CHECK (committed >= 0),
  unavailable       INTEGER NOT NULL DEFAULT 0 CHECK (unavailable >= 0),
  incoming          INTEGER NOT NULL DEFAULT 0 CHECK (incoming >= 0),
  unit_cost         INTEGER CHECK (unit_cost >= 0),              -- NULL when unknown
  policy            TEXT    NOT NULL DEFAULT 'deny' CHECK (policy IN ('deny', 'continue')),
  reorder_point     INTEGER CHECK (reorder_point >= 0),          -- NULL: not reordered
  reorder_quantity  INTEGER CHECK (reorder_quantity >= 1),
  demand            INTEGER CHECK (demand >= 0),                 -- units sold in demand_days; NULL: no history
  demand_days       INTEGER CHECK (demand_days >= 1),
  lead_time_days    INTEGER CHECK (lead_time_days >= 0),         -- the supplier's; NULL: not known
  safety_stock      INTEGER NOT NULL DEFAULT 0 CHECK (safety_stock >= 0),
  CHECK ((reorder_point IS NULL) = (reorder_quantity IS NULL)),
  CHECK ((demand IS NULL) = (demand_days IS NULL)),
  CHECK (available + committed + unavailable >= 0),
  UNIQUE (run_uuid, sku)
);

CREATE INDEX sandbox_stock_items_learner ON sandbox_stock_items (learner_id, run_uuid);

-- The reason-coded ledger, in sequence order. Only actions write it.
CREATE TABLE sandbox_stock_ledger (
  id               INTEGER PRIMARY KEY,
  run_uuid         TEXT    NOT NULL REFERENCES sandbox_runs (uuid) ON DELETE CASCADE,
  learner_id       INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
  sequence         INTEGER NOT NULL CHECK (sequence >= 1),
  time             INTEGER NOT NULL,
  sku              TEXT    NOT NULL CHECK (length (sku) > 0),
  from_bucket      TEXT    NOT NULL
                           CHECK (from_bucket IN ('outside', 'available', 'committed',
                                                  'unavailable', 'incoming')),
  to_bucket        TEXT    NOT NULL
                           CHECK (to_bucket IN ('outside', 'available', 'committed',
                                                'unavailable', 'incoming')),
  quantity         INTEGER NOT NULL CHECK (quantity > 0),
  reason           TEXT    NOT NULL
                           CHECK (reason IN ('received', 'purchase-ordered', 'purchase-received',
                                             'correction', 'cycle-count', 'damaged',
                                             'quality-control', 'safety-stock', 'shrinkage',
                                             'order-committed', 'order-fulfilled',
                                             'order-cancelled', 'return-restocked',
                                             'return-damaged')),
  reference        TEXT    NOT NULL DEFAULT '',
  note             TEXT    NOT NULL DEFAULT '',
  available_after  INTEGER NOT NULL,
  on_hand_after    INTEGER NOT NULL,
  CHECK (from_bucket <> to_bucket),
  UNIQUE (run_uuid, sequence)
);

CREATE INDEX sandbox_stock_ledger_sku ON sandbox_stock_ledger (run_uuid, sku);

CREATE TABLE sandbox_purchase_orders (
  id          INTEGER PRIMARY KEY,
  run_uuid    TEXT    NOT NULL REFERENCES sandbox_runs (uuid) ON DELETE CASCADE,
  learner_id  INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
  reference   TEXT    NOT NULL CHECK (length (reference) > 0),   -- "PO-7"
  UNIQUE (run_uuid, reference)
);

CREATE INDEX sandbox_purchase_orders_learner ON sandbox_purchase_orders (learner_id, run_uuid);

CREATE TABLE sandbox_purchase_lines (
  id                INTEGER PRIMARY KEY,
  purchase_id       INTEGER NOT NULL REFERENCES sandbox_purchase_orders (id) ON DELETE CASCADE,
  run_uuid          TEXT    NOT NULL REFERENCES sandbox_runs (uuid) ON DELETE CASCADE,
  learner_id        INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
  sku               TEXT    NOT NULL CHECK (length (sku) > 0),
  ordered           INTEGER NOT NULL CHECK (ordered >= 1),
  received          INTEGER NOT NULL DEFAULT 0 CHECK (received >= 0),
  received_damaged  INTEGER NOT NULL DEFAULT 0 CHECK (received_damaged >= 0),
  cancelled         INTEGER NOT NULL DEFAULT 0 CHECK (cancelled >= 0),
  CHECK (received + received_damaged + cancelled <= ordered),
  UNIQUE (purchase_id, sku)
);

CREATE INDEX sandbox_purchase_lines_run ON sandbox_purchase_lines (run_uuid);

-- Cycle counts, numbered 1, 2, … in a run; the ledger names them "Count N".
CREATE TABLE sandbox_counts (
  id          INTEGER PRIMARY KEY,
  run_uuid    TEXT    NOT NULL REFERENCES sandbox_runs (uuid) ON DELETE CASCADE,
  learner_id  INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
  number      INTEGER NOT NULL CHECK (number >= 1),
  state       TEXT    NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'applied', 'cancelled')),
  started     INTEGER NOT NULL,
  finished    INTEGER NOT NULL DEFAULT 0,
  CHECK ((state = 'open') = (finished = 0)),
  UNIQUE (run_uuid, number)
);

CREATE INDEX sandbox_counts_learner ON sandbox_counts (learner_id, run_uuid);

CREATE TABLE sandbox_count_lines (
  id          INTEGER PRIMARY KEY,
  count_id    INTEGER NOT NULL REFERENCES sandbox_counts (id) ON DELETE CASCADE,
  run_uuid    TEXT    NOT NULL REFERENCES sandbox_runs (uuid) ON DELETE CASCADE,
  learner_id  INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
  sku         TEXT    NOT NULL CHECK (length (sku) > 0),
  expected    INTEGER NOT NULL CHECK (expected >= 0),
  counted     INTEGER CHECK (counted >= 0),                      -- NULL: left uncounted
  UNIQUE (count_id, sku)
);

CREATE INDEX sandbox_count_lines_run ON sandbox_count_lines (run_uuid);
