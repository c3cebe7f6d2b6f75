# startup.py - start-up to the first painted frame that shows real content
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Every row prints the probe line `first-frame <µs> rss-kb <kB>` at its first
# after-paint: Shopcraft itself (SHOPCRAFT_PROBE_FIRST_FRAME=1, once the
# visible page is ready), the bare libadwaita window built with it, and two
# GNOME 43 apps through the LD_PRELOAD probe. All rows use the same renderer
# (Context.RENDERER_ENV: GDK_DEBUG=gl-disable) and the same display.

import glob
import os

from benchlib import Benchmark, Row, program, package_version, run_probe

PROBE_ENV = {'SHOPCRAFT_PROBE_FIRST_FRAME': '1'}


def _shopcraft_exe(ctx):
    return os.path.join(ctx.build_dir, 'src', 'shopcraft')


def _bare_window_exe(ctx):
    return os.path.join(ctx.build_dir, 'tests', 'bench', 'bench-bare-window')


def _probe_so(ctx):
    return os.path.join(ctx.build_dir, 'tests', 'bench', 'first-frame-probe.so')


def setup(ctx):
    # One data folder for the whole run: the warm-up run creates and
    # migrates the database, the measured runs open it as a returning
    # learner would.
    ctx.state['data_dir'] = ctx.path('shopcraft-data')
    os.makedirs(ctx.state['data_dir'], exist_ok=True)


def _shopcraft_available(ctx):
    if not os.access(_shopcraft_exe(ctx), os.X_OK):
        return f'{_shopcraft_exe(ctx)} is not built'
    for path in glob.glob(os.path.join(ctx.source_dir, 'src', '**', '*.c'), recursive=True):
        with open(path, errors='replace') as f:
            if 'SHOPCRAFT_PROBE_FIRST_FRAME' in f.read():
                return None
    return 'the app does not implement SHOPCRAFT_PROBE_FIRST_FRAME yet'


def _shopcraft(ctx):
    env = dict(PROBE_ENV)
    env['GSETTINGS_SCHEMA_DIR'] = os.path.join(ctx.build_dir, 'data')
    course = os.path.join(ctx.source_dir, 'data', 'courses', 'ecommerce-operations')
    if os.path.isdir(course):
        env['SHOPCRAFT_COURSE_DIR'] = course
    return run_probe(ctx, [_shopcraft_exe(ctx), '--data-dir', ctx.state['data_dir']], env,
                     log_name='shopcraft')


def _bare_window(ctx):
    return run_probe(ctx, [_bare_window_exe(ctx)], PROBE_ENV, log_name='bare-window')


def _preloaded(name, args):
    def measure(ctx):
        return run_probe(ctx, [name] + args, {'LD_PRELOAD': _probe_so(ctx)}, log_name=name)
    return measure


def _peer(name, args):
    version = package_version(name)
    return Row(f'{name} {version}'.strip(), measure=_preloaded(name, args),
               available=lambda ctx: program(name))


BENCHMARK = Benchmark(
    name='startup',
    title='Start-up to the first painted frame',
    unit='ms',
    setup=setup,
    subject=Row('shopcraft', measure=_shopcraft, available=_shopcraft_available),
    reference=Row('bare libadwaita window', measure=_bare_window,
                  available=lambda ctx: None if os.access(_bare_window_exe(ctx), os.X_OK)
                  else f'{_bare_window_exe(ctx)} is not built'),
    peers=[
        _peer('gnome-text-editor', ['--standalone']),
        _peer('gnome-calculator', []),
    ],
    goal=1.2,
    note='time from spawn to the first after-paint of the window, GDK_DEBUG=gl-disable '
         '(cairo, no GL) for every row; RSS at that frame',
)
