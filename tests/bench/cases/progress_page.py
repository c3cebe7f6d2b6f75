# progress_page.py - showing the Progress page of a learner with a term's work
# SPDX-License-Identifier: GPL-3.0-or-later
#
# tests/bench/bench-progress-page.c gives a new database a learner with a
# term's work in the built-in course (every lesson done, three reading
# sessions a day for 60 days, 120 finished quiz attempts with their choice
# questions answered), untimed, then shows the Progress page OPENS times
# in a 1280×800 libadwaita window with the app's style sheet, an empty
# page painted in between, after one warm-up showing. Each showing starts
# in a frame-clock tick and is timed to that frame's after-paint: reading
# the report from the database, building the four figures, the charts and
# the page, laying out and painting. The reference is the same words (every
# table's cells, which the page builds only when a table is opened) in one
# wrapping GtkLabel in a scrolled window. Both rows use GDK_DEBUG=gl-disable.

import os

from benchlib import Benchmark, Row, frames_available, frames_measure

OPENS = 9

_available = frames_available('bench-progress-page', 'data', 'courses', 'ecommerce-operations')


def _course(ctx):
    return os.path.join(ctx.source_dir, 'data', 'courses', 'ecommerce-operations')


def _show(mode, phase=0):
    return frames_measure('bench-progress-page', lambda ctx: [mode, _course(ctx), str(OPENS)],
                          OPENS, phase)


BENCHMARK = Benchmark(
    name='progress_page',
    title='Showing the Progress page of a learner with a term\'s work, to its first painted frame',
    unit='ms',
    subject=Row('Progress page (report read, figures, charts)', measure=_show('--page'),
                available=_available),
    reference=Row('bare GtkLabel page, the same words', measure=_show('--label'),
                  available=_available),
    peers=[
        Row('Progress page: reading the report and building the page', measure=_show('--page', 1),
            available=_available),
    ],
    goal=None,
    note=f'goal: the page paints within one 16 ms frame of the bare GtkLabel page. Each run is '
         f'the median of {OPENS} showings in one process (after one warm-up showing), each '
         f'timed from a frame-clock tick to that frame\'s after-paint',
)
