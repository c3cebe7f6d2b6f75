# search_fts.py - search as you type, one key at a time, in the built-in course
# SPDX-License-Identifier: GPL-3.0-or-later
#
# "inventory turn" is typed one key at a time ("i", "in", "inv", …) and
# each keystroke is searched, PASSES times over, in the built-in course
# (data/courses/ecommerce-operations) indexed into a temporary database by
# the app's own indexer (tests/bench/bench-course-load.c).
#
# The subject (tests/bench/bench-search-fts.c --async) searches as the
# Learn panel does: sc_search_run_async(), a worker thread with a new
# read-only connection per search, hits built with escaped markup, the
# result back on the main loop. The reference is the sqlite3 CLI on the
# same database file running the same statement: the MATCH string each
# keystroke becomes (printed by the bench program from
# sc_search_query_new()), bm25 with titles weighted, highlight() and
# snippet(), the best 30 rows. The peers: the core API on one kept
# connection, as the CLI works, and the subject's slowest keystroke.
#
# Every row runs all keystrokes of all passes in one process and is timed
# from spawn to exit; the figure is that time divided by the number of
# keystrokes, so a process's start-up (a few ms) adds well under 0.1 ms.
# SEARCH_SQL mirrors search_sql in src/core/content/sc-search.c; the rows'
# hit counts are compared on every run, so a difference shows as an error.

import os
import subprocess
import time

from benchlib import Benchmark, BenchError, Row, Sample, program

TYPED = 'inventory turn'
PASSES = 20
LIMIT = 30          # SC_SEARCH_PANE_LIMIT
COURSE_ID = 'ecommerce-operations'

SEARCH_SQL = (
    "SELECT d.kind, d.lesson_id, d.section_id, d.section_path, d.entry_id, d.title,"
    "       highlight (search_fts, 0, char (1), char (2)),"
    "       snippet (search_fts, 1, char (1), char (2), '…', 16),"
    "       search_fts.rank"
    "  FROM search_fts"
    "  JOIN search_docs AS d ON d.id = search_fts.rowid"
    " WHERE search_fts MATCH {match}"
    "   AND search_fts.rank MATCH 'bm25(10.0, 1.0)'"
    "   AND d.course_id = {course}"
    " ORDER BY search_fts.rank"
    " LIMIT {limit};")

ROW_END = '\x1e'


def _bench_exe(ctx, name):
    return os.path.join(ctx.build_dir, 'tests', 'bench', name)


def _sql_string(text):
    return "'" + text.replace("'", "''") + "'"


def _available(ctx):
    for name in ('bench-search-fts', 'bench-course-load'):
        if not os.access(_bench_exe(ctx, name), os.X_OK):
            return f'{_bench_exe(ctx, name)} is not built'
    return None


def setup(ctx):
    if _available(ctx):
        return
    course = os.path.join(ctx.source_dir, 'data', 'courses', COURSE_ID)
    data_dir = ctx.path('data')
    os.makedirs(data_dir, exist_ok=True)
    subprocess.run([_bench_exe(ctx, 'bench-course-load'), course, data_dir], check=True,
                   stdout=subprocess.DEVNULL, timeout=ctx.timeout, env=ctx.child_env())
    ctx.state['db'] = os.path.join(data_dir, 'shopcraft.db')
    # The index is in the search store beside it (sc-search-store.c).
    ctx.state['store'] = os.path.join(data_dir, 'shopcraft-search.db')

    queries = subprocess.run([_bench_exe(ctx, 'bench-search-fts'), '--queries', TYPED],
                             check=True, capture_output=True, text=True, env=ctx.child_env())
    matches = queries.stdout.rstrip('\n').split('\n')
    if len(matches) != len(TYPED):
        raise BenchError(f'bench-search-fts printed {len(matches)} queries for {len(TYPED)} keys')
    # A keystroke with no word to search (none here) would be skipped by the app.
    ctx.state['matches'] = matches
    script = ['.mode list', '.separator "\\037" "\\036"']
    for _ in range(PASSES):
        for match in matches:
            script.append(SEARCH_SQL.format(match=_sql_string(match), course=_sql_string(COURSE_ID),
                                            limit=LIMIT))
    ctx.state['script'] = '\n'.join(script) + '\n'
    ctx.state['counts'] = None


def _check_counts(ctx, counts, who):
    if ctx.state['counts'] is None:
        ctx.state['counts'] = counts
    elif counts != ctx.state['counts']:
        raise BenchError(f'{who} found {counts} hits per keystroke, not {ctx.state["counts"]}: '
                         f'keep SEARCH_SQL in step with src/core/content/sc-search.c')


def _core(mode, slowest=False):
    def measure(ctx):
        argv = [_bench_exe(ctx, 'bench-search-fts'), mode, ctx.state['db'], COURSE_ID, TYPED,
                str(PASSES)]
        start = time.monotonic_ns()
        proc = subprocess.run(argv, capture_output=True, text=True, timeout=ctx.timeout,
                              env=ctx.child_env())
        elapsed_ms = (time.monotonic_ns() - start) / 1e6
        if proc.returncode != 0:
            raise BenchError(f'bench-search-fts {mode} exited with {proc.returncode}: '
                             f'{proc.stderr.strip()[-400:]}')
        lines = proc.stdout.rstrip('\n').split('\n')
        _check_counts(ctx, [int(n) for n in lines[0].split()], f'sc_search_run ({mode})')
        if slowest:
            # The slowest keystroke of each pass, by the program's own clock.
            worst = sorted(max(int(us) for us in line.split()) for line in lines[1:])
            return Sample(worst[len(worst) // 2] / 1000.0)
        return Sample(elapsed_ms / (PASSES * len(TYPED)))
    return measure


def _cli(ctx):
    db = ctx.state['store']
    start = time.monotonic_ns()
    proc = subprocess.run(['sqlite3', '-batch', '-readonly', db], input=ctx.state['script'],
                          capture_output=True, text=True, timeout=ctx.timeout,
                          env=ctx.child_env())
    elapsed_ms = (time.monotonic_ns() - start) / 1e6
    if proc.returncode != 0 or proc.stderr.strip():
        raise BenchError(f'sqlite3 exited with {proc.returncode}: {proc.stderr.strip()[-400:]}')
    # Each statement's rows, then its end; FTS5 output never holds \x1e.
    rows = proc.stdout.count(ROW_END)
    expected = PASSES * sum(ctx.state['counts'] or [0])
    if ctx.state['counts'] is not None and rows != expected:
        raise BenchError(f'sqlite3 returned {rows} rows, the core API {expected}: '
                         f'keep SEARCH_SQL in step with src/core/content/sc-search.c')
    return Sample(elapsed_ms / (PASSES * len(TYPED)))


def _cli_available(ctx):
    return _available(ctx) or program('sqlite3')


BENCHMARK = Benchmark(
    name='search_fts',
    title='Search as you type: one keystroke of "inventory turn" in the built-in course',
    unit='ms',
    setup=setup,
    subject=Row('core search API, as the Learn panel calls it (async, new connection)',
                measure=_core('--async'), available=_available),
    reference=Row('sqlite3 CLI, same statement and MATCH strings', measure=_cli,
                  available=_cli_available),
    peers=[
        Row('core search API on one kept connection', measure=_core('--kept'),
            available=_available),
        Row('core search API (async), slowest keystroke of a pass', measure=_core('--async', True),
            available=_available),
    ],
    goal=None,
    note=f'goal: under 10 ms per keystroke. Each row types "{TYPED}" {PASSES} times, '
         f'{len(TYPED)} keystrokes each, in one process timed from spawn to exit; the figure '
         f'is per keystroke (the slowest-keystroke row: the median over passes of each pass\'s '
         f'slowest, by the program\'s clock). Best {LIMIT} hits, as the search pane asks for',
)
