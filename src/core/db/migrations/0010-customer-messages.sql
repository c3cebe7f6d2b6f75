-- 0010-customer-messages.sql - an order's timeline holds what its customer wrote too
-- SPDX-License-Identifier: GPL-3.0-or-later

-- A practice store's customers write about their orders ("Where is my
-- parcel?"), and the learner answers with a message of the store's: both
-- are one thread, in the order they were written (sc_order_receive (),
-- sc_order_awaits_reply ()). Rows written before this column was added
-- were all sent by the store.
ALTER TABLE sandbox_order_messages
  ADD COLUMN from_customer INTEGER NOT NULL DEFAULT 0 CHECK (from_customer IN (0, 1));
