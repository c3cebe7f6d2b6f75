# order_queue.py - the Orders section on a store of 1,000 orders
# SPDX-License-Identifier: GPL-3.0-or-later
#
# tests/bench/bench-order-queue.c copies the built-in course with one more
# scenario, a busy week of the candle shop: ORDERS orders in every payment
# and fulfilment state. Untimed, a new database gets a learner and the
# Orders section makes the store once, as a practice card does. Then a
# 1280×800 libadwaita window with the app's style sheet shows the measured
# page OPENS times, an empty page painted in between, after one warm-up
# showing; each showing starts in a frame-clock tick and is timed to that
# frame's after-paint. The subject opens the store again (every order read
# from the database, the queue's rows made, sorted by deadline, shown);
# the peer does one learner step on it, fulfilling a paid order from its
# page (one action with its stock moves and its undo changeset, then every
# order read again and the queue and the page redone); the reference is
# the words of the queue's rows in one wrapping GtkLabel in a scrolled
# window. Every row uses GDK_DEBUG=gl-disable.

import os

from benchlib import Benchmark, Row, frames_available, frames_measure

ORDERS = 1000
OPENS = 9

_available = frames_available('bench-order-queue', 'data', 'courses', 'ecommerce-operations')


def _course(ctx):
    return os.path.join(ctx.source_dir, 'data', 'courses', 'ecommerce-operations')


def _show(mode, phase=0):
    def argv(ctx):
        return [mode, _course(ctx), str(ORDERS), str(OPENS)]
    return frames_measure('bench-order-queue', argv, OPENS, phase)


BENCHMARK = Benchmark(
    name='order_queue',
    title=f'The order queue of a store of {ORDERS:,} orders, to its first painted frame',
    unit='ms',
    subject=Row('Orders section: the store opened again (orders read, queue built)',
                measure=_show('--queue'), available=_available),
    reference=Row('bare GtkListView, one label a row with the words of the queue\'s rows',
                  measure=_show('--label'),
                  available=_available),
    peers=[
        Row('Orders section: one order fulfilled from its page (written, queue and page redone)',
            measure=_show('--step'), available=_available),
    ],
    goal=None,
    note=f'goal: a learner\'s step answers within a tenth of a second (100 ms) on a store of '
         f'{ORDERS:,} orders. Each run is the median of {OPENS} showings in one process (after '
         f'one warm-up showing), each timed from a frame-clock tick to that frame\'s after-paint',
)
