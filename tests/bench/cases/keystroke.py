# keystroke.py - a keystroke in the product page's title field of a 10,000-product run
# SPDX-License-Identifier: GPL-3.0-or-later
#
# tests/bench/bench-keystroke.c types KEYS characters, after three warm-up
# keys, at the end of a text field in a 1280×800 libadwaita window with
# the app's style sheet. The subject is the title field of the real
# product page (ScProductPage) on the middle product of a practice run
# holding the generated 10,000-product catalog of the lint benchmark
# (bench-catalog.c), under the general marketplace policy: each key
# redraws the side column (the storefront card, the search preview, the
# lint checklist and the quality score). The reference is a bare
# GtkEntry in the same window.
#
# Each key is typed in a frame-clock tick, at the start of a frame, through
# gtk_editable_insert_text () on the field's GtkText (what a key press
# does once the input method commits the character, with every "changed"
# handler), so the figure is the one frame that takes the key, lays out
# and paints, to its after-paint: no time waiting for the clock. The peer
# rows are the part of that frame spent in the insertion and its handlers.
#
# The run is imported once, in setup (not timed); typing never writes to
# the store, and the typed text is taken out before each process quits.
#
# The commit peer row is what a learner feels after every field: in the
# real Listings section (ScListingsPanel with the built-in course, for its
# policy) on the same run, Enter in the middle product's title field, timed
# from the frame's tick to its after-paint, by when the product page, its
# side column and the list's row show the new title. Each process commits
# COMMITS titles (after one warm-up) and puts the first title back.

import os
import re
import statistics
import subprocess

from benchlib import Benchmark, BenchError, Row, Sample

PRODUCTS = 10000
KEYS = 30
COMMITS = 10
COURSE = os.path.join('data', 'courses', 'ecommerce-operations')
POLICY = os.path.join('data', 'courses', 'ecommerce-operations', 'policies',
                      'general-marketplace.xml')
KEY_LINE = re.compile(r'^key-us (\d+) handle-us (\d+)$', re.MULTILINE)
COMMIT_LINE = re.compile(r'^commit-us (\d+) handle-us (\d+)$', re.MULTILINE)


def _exe(ctx):
    return os.path.join(ctx.build_dir, 'tests', 'bench', 'bench-keystroke')


def _available(ctx):
    if not os.access(_exe(ctx), os.X_OK):
        return f'{_exe(ctx)} is not built'
    return None


def setup(ctx):
    data_dir = ctx.path('keystroke-data')
    ctx.state['data_dir'] = data_dir
    if not os.access(_exe(ctx), os.X_OK) or os.path.isdir(data_dir):
        return
    os.makedirs(data_dir)
    # Generating and saving 10,000 products takes seconds: not a measured run.
    proc = subprocess.run([_exe(ctx), '--prepare', data_dir, str(PRODUCTS)],
                          capture_output=True, text=True, timeout=max(ctx.timeout, 600),
                          env=ctx.child_env())
    if proc.returncode != 0:
        ctx.state['prepare_error'] = (f'bench-keystroke --prepare exited with '
                                      f'{proc.returncode}: {proc.stderr.strip()[-400:]}')


def _type(mode, phase=0):
    """phase 0: key to painted frame; 1: the insertion and its handlers alone."""
    def measure(ctx):
        if 'prepare_error' in ctx.state:
            raise BenchError(ctx.state['prepare_error'])
        argv = [_exe(ctx), mode, ctx.state['data_dir'], os.path.join(ctx.source_dir, POLICY),
                str(KEYS)]
        proc = subprocess.run(argv, capture_output=True, text=True,
                              timeout=max(ctx.timeout, 120),
                              env=ctx.child_env({'GSETTINGS_BACKEND': 'memory'}))
        keys = [int(fields[phase]) / 1000.0 for fields in KEY_LINE.findall(proc.stdout)]
        if proc.returncode != 0 or len(keys) != KEYS:
            raise BenchError(f'bench-keystroke {mode} exited with {proc.returncode} after '
                             f'{len(keys)} of {KEYS} keys: {proc.stderr.strip()[-400:]}')
        return Sample(statistics.median(keys))
    return measure


def _commit(phase=0):
    """phase 0: Enter to painted frame; 1: the activation and its handlers alone."""
    def measure(ctx):
        if 'prepare_error' in ctx.state:
            raise BenchError(ctx.state['prepare_error'])
        argv = [_exe(ctx), '--commit', ctx.state['data_dir'],
                os.path.join(ctx.source_dir, COURSE), str(COMMITS)]
        proc = subprocess.run(argv, capture_output=True, text=True,
                              timeout=max(ctx.timeout, 900),
                              env=ctx.child_env({'GSETTINGS_BACKEND': 'memory'}))
        commits = [int(fields[phase]) / 1000.0 for fields in COMMIT_LINE.findall(proc.stdout)]
        if proc.returncode != 0 or len(commits) != COMMITS:
            raise BenchError(f'bench-keystroke --commit exited with {proc.returncode} after '
                             f'{len(commits)} of {COMMITS} commits: {proc.stderr.strip()[-400:]}')
        return Sample(statistics.median(commits))
    return measure


BENCHMARK = Benchmark(
    name='keystroke',
    title=f'A keystroke in the product page\'s title field ({PRODUCTS:,}-product run), '
          f'to its painted frame',
    unit='ms',
    setup=setup,
    subject=Row('product page title field (previews and lint)', measure=_type('--page'),
                available=_available),
    reference=Row('bare GtkEntry', measure=_type('--entry'), available=_available),
    peers=[
        Row('product page: the insertion and its handlers', measure=_type('--page', 1),
            available=_available),
        Row('bare GtkEntry: the insertion and its handlers', measure=_type('--entry', 1),
            available=_available),
        Row('Listings: commit a title edit (Enter), list row and side column',
            measure=_commit(), available=_available),
        Row('Listings: commit a title edit, the activation and its handlers',
            measure=_commit(1), available=_available),
    ],
    goal=None,
    note=f'goal: a keystroke in the title field paints within one 16 ms frame. Each run is '
         f'the median of {KEYS} keys in one process (after three warm-up keys), each timed '
         f'from a frame-clock tick to that frame\'s after-paint',
)
