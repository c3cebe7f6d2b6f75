# lesson_page.py - opening a typical lesson, to its first painted frame
# SPDX-License-Identifier: GPL-3.0-or-later
#
# tests/bench/bench-lesson-page.c opens one lesson of the built-in course
# OPENS times in a 1280×800 libadwaita window with the app's style sheet,
# an empty page painted in between, after one warm-up opening. Each
# opening starts in a frame-clock tick, so the figure is the one frame
# that builds, lays out and paints the page, to its after-paint: no time
# waiting for the clock. The subject is the real lesson page (ScLessonPage:
# the header, objectives, every block of the lesson as widgets, the
# footer); the reference is the same words as plain text in a single
# wrapping GtkLabel in a scrolled window. Both rows use GDK_DEBUG=gl-disable
# (Context.RENDERER_ENV), as every benchmark does.
#
# "pricing-margins" is the lesson of median size in the built-in course
# (13 kB, about 1,500 words) with a table, a figure, callouts and a worked
# example.

import os
import re
import statistics
import subprocess

from benchlib import Benchmark, BenchError, Row, Sample

LESSON = 'pricing-margins'
OPENS = 9
OPEN_LINE = re.compile(r'^open-us (\d+) build-us (\d+) layout-us (\d+)$', re.MULTILINE)


def _exe(ctx):
    return os.path.join(ctx.build_dir, 'tests', 'bench', 'bench-lesson-page')


def _course(ctx):
    return os.path.join(ctx.source_dir, 'data', 'courses', 'ecommerce-operations')


def _available(ctx):
    if not os.access(_exe(ctx), os.X_OK):
        return f'{_exe(ctx)} is not built'
    if not os.path.isdir(_course(ctx)):
        return f'{_course(ctx)} is missing'
    return None


def _open(mode, phase=0):
    """phase 0: the whole frame; 2: its layout (measure and allocate) alone."""
    def measure(ctx):
        proc = subprocess.run([_exe(ctx), mode, _course(ctx), LESSON, str(OPENS)],
                              capture_output=True, text=True, timeout=ctx.timeout,
                              env=ctx.child_env({'GSETTINGS_BACKEND': 'memory'}))
        opens = [int(fields[phase]) / 1000.0 for fields in OPEN_LINE.findall(proc.stdout)]
        if proc.returncode != 0 or len(opens) != OPENS:
            raise BenchError(f'bench-lesson-page {mode} exited with {proc.returncode} after '
                             f'{len(opens)} of {OPENS} openings: {proc.stderr.strip()[-400:]}')
        return Sample(statistics.median(opens))
    return measure


BENCHMARK = Benchmark(
    name='lesson_page',
    title='Opening a typical lesson page, to its first painted frame',
    unit='ms',
    subject=Row(f'lesson page ({LESSON})', measure=_open('--lesson'), available=_available),
    reference=Row('bare GtkLabel page, same text', measure=_open('--label'), available=_available),
    peers=[
        Row('lesson page: the layout part of that frame', measure=_open('--lesson', 2),
            available=_available),
        Row('bare GtkLabel page: the layout part of that frame', measure=_open('--label', 2),
            available=_available),
    ],
    goal=None,
    note=f'goal: the lesson page paints within one 16 ms frame of the bare GtkLabel page. '
         f'Each run is the median of {OPENS} openings in one process (after one warm-up '
         f'opening), each timed from a frame-clock tick to that frame\'s after-paint',
)
