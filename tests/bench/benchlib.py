# benchlib.py - what a benchmark in tests/bench/cases/ is made of
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A benchmark is one module in cases/ that defines BENCHMARK = Benchmark(...):
# a name, a set-up step, the measured row (the subject), its reference, and
# optional peer rows. A row measures either a command (wall time from spawn
# to exit) or a function returning a Sample. The runner (bench.py) runs every
# row once to warm up, then interleaves the rows for each run, so a figure
# and its reference are always measured in the same run, on the same warm
# caches. Standard library only.

import os
import re
import select
import signal
import shutil
import statistics
import subprocess
import time

PROBE_LINE = re.compile(r'^first-frame (\d+) rss-kb (-?\d+)\s*$')


class BenchError(Exception):
    """A row could not be measured; the message says why and what to do."""


class Sample:
    def __init__(self, value, rss_kb=None):
        self.value = value          # in the benchmark's unit
        self.rss_kb = rss_kb


class Row:
    """One line of the table.

    command: argv list, or a function (ctx) -> argv list, timed from spawn to exit.
    measure: a function (ctx) -> Sample, for anything else.
    env: extra environment (dict, or a function (ctx) -> dict).
    available: a function (ctx) -> None, or the reason the row cannot run.
    """

    def __init__(self, label, command=None, measure=None, env=None, available=None):
        if (command is None) == (measure is None):
            raise ValueError(f'row {label!r}: give exactly one of command= and measure=')
        self.label = label
        self.command = command
        self.measure = measure
        self.env = env
        self.available = available

    def run(self, ctx):
        if self.measure is not None:
            return self.measure(ctx)
        argv = self.command(ctx) if callable(self.command) else self.command
        env = self.env(ctx) if callable(self.env) else (self.env or {})
        start = time.monotonic_ns()
        proc = subprocess.run(argv, env=ctx.child_env(env), stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, timeout=ctx.timeout)
        elapsed_ms = (time.monotonic_ns() - start) / 1e6
        if proc.returncode != 0:
            raise BenchError(f'{argv[0]} exited with status {proc.returncode}: '
                             + proc.stderr.decode(errors='replace').strip()[-400:])
        return Sample(elapsed_ms)


class Benchmark:
    def __init__(self, name, title, unit, subject, reference, peers=(), setup=None,
                 goal=None, note=''):
        self.name = name
        self.title = title
        self.unit = unit
        self.subject = subject
        self.reference = reference
        self.peers = list(peers)
        self.setup = setup
        self.goal = goal            # subject median ≤ goal × reference median
        self.note = note

    def rows(self):
        return [self.subject, self.reference] + self.peers


class Context:
    """What a benchmark's functions get: folders and a clean environment."""

    # Set by `meson test` for the test suites; they must not leak into a
    # measured app (fatal-warnings would abort a third-party app).
    DROPPED_ENV = ('G_DEBUG', 'GTK_A11Y', 'GSETTINGS_BACKEND', 'GIO_USE_VFS', 'NO_AT_BRIDGE',
                   'GSK_RENDERER', 'GDK_DEBUG', 'SHOPCRAFT_DATA_DIR', 'GSETTINGS_SCHEMA_DIR',
                   'SHOPCRAFT_PROBE_FIRST_FRAME', 'LD_PRELOAD', 'G_SLICE')

    # One renderer for every row: no GL at all (see README "Benchmarks").
    RENDERER_ENV = {'GDK_DEBUG': 'gl-disable'}

    def __init__(self, source_dir, build_dir, work_dir, timeout=30.0):
        self.source_dir = source_dir
        self.build_dir = build_dir
        self.work_dir = work_dir
        self.timeout = timeout
        self.state = {}

    def child_env(self, extra=None):
        env = {k: v for k, v in os.environ.items() if k not in self.DROPPED_ENV}
        env.update(self.RENDERER_ENV)
        env.update(extra or {})
        return env

    def path(self, *parts):
        os.makedirs(self.work_dir, exist_ok=True)
        return os.path.join(self.work_dir, *parts)


FRAMES_LINE = re.compile(r'^open-us (\d+) build-us (\d+) layout-us (\d+)$', re.MULTILINE)


def frames_measure(program, argv, opens, phase=0):
    """A measure for a page benchmark built on bench-frames.c: runs
    tests/bench/PROGRAM with argv(ctx) and returns the median of its @opens
    showings, in ms; phase 0 is the whole frame, 1 its building, 2 its
    layout."""
    def measure(ctx):
        exe = os.path.join(ctx.build_dir, 'tests', 'bench', program)
        proc = subprocess.run([exe] + argv(ctx), capture_output=True, text=True,
                              timeout=ctx.timeout,
                              env=ctx.child_env({'GSETTINGS_BACKEND': 'memory'}))
        shows = [int(fields[phase]) / 1000.0 for fields in FRAMES_LINE.findall(proc.stdout)]
        if proc.returncode != 0 or len(shows) != opens:
            raise BenchError(f'{program} {" ".join(argv(ctx)[:1])} exited with {proc.returncode} '
                             f'after {len(shows)} of {opens} showings: '
                             f'{proc.stderr.strip()[-400:]}')
        return Sample(statistics.median(shows))
    return measure


def frames_available(program, *source_parts):
    """Whether tests/bench/PROGRAM is built and the source path exists."""
    def available(ctx):
        exe = os.path.join(ctx.build_dir, 'tests', 'bench', program)
        path = os.path.join(ctx.source_dir, *source_parts)
        if not os.access(exe, os.X_OK):
            return f'{exe} is not built'
        if not os.path.exists(path):
            return f'{path} is missing'
        return None
    return available


def monotonic_us():
    """The clock g_get_monotonic_time () reads (CLOCK_MONOTONIC), in µs."""
    return time.clock_gettime_ns(time.CLOCK_MONOTONIC) // 1000


def run_probe(ctx, argv, env=None, log_name='probe'):
    """Start argv and wait for its probe line.

    Returns a Sample: milliseconds from just before the spawn to the first
    painted frame, and the resident memory at that frame.
    """
    log_path = ctx.path(f'{log_name}.log')
    with open(log_path, 'wb') as log:
        start_us = monotonic_us()
        proc = subprocess.Popen(argv, env=ctx.child_env(env), stdout=subprocess.PIPE,
                                stderr=log, stdin=subprocess.DEVNULL, start_new_session=True)
    try:
        match = _read_probe_line(proc, ctx.timeout)
        if match is None:
            _stop(proc)
            with open(log_path, errors='replace') as f:
                tail = f.read()[-600:].strip()
            raise BenchError(f'{os.path.basename(argv[0])} printed no probe line within '
                             f'{ctx.timeout:.0f} s (exit status {proc.returncode}); '
                             f'stderr: {tail or "(empty)"}')
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            _stop(proc)
    finally:
        if proc.stdout:
            proc.stdout.close()
    frame_us = int(match.group(1))
    rss_kb = int(match.group(2))
    return Sample((frame_us - start_us) / 1000.0, rss_kb if rss_kb >= 0 else None)


def _read_probe_line(proc, timeout):
    deadline = time.monotonic() + timeout
    buffer = b''
    fd = proc.stdout.fileno()
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return None
        ready, _, _ = select.select([fd], [], [], remaining)
        if not ready:
            return None
        chunk = os.read(fd, 4096)
        if not chunk:
            proc.wait()
            return None
        buffer += chunk
        while b'\n' in buffer:
            line, buffer = buffer.split(b'\n', 1)
            match = PROBE_LINE.match(line.decode(errors='replace'))
            if match:
                return match


def _stop(proc):
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait()


def program(name):
    """None when the program is installed, else the reason the row is skipped."""
    if shutil.which(name) is None:
        return f'{name} is not installed (build-aux/bench installs it with apt-get)'
    return None


def package_version(package):
    try:
        out = subprocess.run(['dpkg-query', '-W', '-f', '${Version}', package],
                             capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return ''
    version = out.stdout.strip() if out.returncode == 0 else ''
    return version.split(':', 1)[-1].split('-', 1)[0]


# Statistics, kept here so the smoke test checks them.

def summarise(values):
    if not values:
        return None
    return {'median': statistics.median(values), 'min': min(values), 'max': max(values),
            'n': len(values)}
