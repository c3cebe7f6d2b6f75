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
import re
import statistics
import subprocess

from benchlib import Benchmark, BenchError, Row, Sample

OPENS = 9
OPEN_LINE = re.compile(r'^open-us (\d+) build-us (\d+) layout-us (\d+)$', re.MULTILINE)


def _exe(ctx):
    return os.path.join(ctx.build_dir, 'tests', 'bench', 'bench-progress-page')


def _course(ctx):
    return os.path.join(ctx.source_dir, 'data', 'courses', 'ecommerce-operations')


def _available(ctx):
    if not os.access(_exe(ctx), os.X_OK):
        return f'{_exe(ctx)} is not built'
    if not os.path.isdir(_course(ctx)):
        return f'{_course(ctx)} is missing'
    return None


def _show(mode, phase=0):
    """phase 0: the whole frame; 1: reading the report and building the page."""
    def measure(ctx):
        proc = subprocess.run([_exe(ctx), mode, _course(ctx), str(OPENS)],
                              capture_output=True, text=True, timeout=ctx.timeout,
                              env=ctx.child_env({'GSETTINGS_BACKEND': 'memory'}))
        shows = [int(fields[phase]) / 1000.0 for fields in OPEN_LINE.findall(proc.stdout)]
        if proc.returncode != 0 or len(shows) != OPENS:
            raise BenchError(f'bench-progress-page {mode} exited with {proc.returncode} after '
                             f'{len(shows)} of {OPENS} showings: {proc.stderr.strip()[-400:]}')
        return Sample(statistics.median(shows))
    return measure


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
