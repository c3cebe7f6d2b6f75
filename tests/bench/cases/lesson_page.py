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

from benchlib import Benchmark, Row, frames_available, frames_measure

LESSON = 'pricing-margins'
OPENS = 9

_available = frames_available('bench-lesson-page', 'data', 'courses', 'ecommerce-operations')


def _course(ctx):
    return os.path.join(ctx.source_dir, 'data', 'courses', 'ecommerce-operations')


def _open(mode, phase=0):
    return frames_measure('bench-lesson-page', lambda ctx: [mode, _course(ctx), LESSON, str(OPENS)],
                          OPENS, phase)


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
