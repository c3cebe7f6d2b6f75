#!/usr/bin/python3
# bench.py - run the benchmarks in tests/bench/cases/ and print the table
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: bench.py --build-dir DIR [--runs N] [--json FILE] [--update-readme FILE] [NAME...]
#        bench.py --smoke --build-dir DIR    (what `meson test --suite bench` runs)
#        bench.py --list
#
# build-aux/bench runs it in an optimised build under one Xvfb display. Each
# benchmark's rows are run once to warm up (discarded), then RUNS times,
# interleaved, so a figure and its reference share each run. Standard
# library only; use /usr/bin/python3.

import argparse
import datetime
import importlib.util
import json
import os
import platform
import sys
import tempfile
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from benchlib import Benchmark, BenchError, Context, Row, run_probe, summarise  # noqa: E402

README_BEGIN = '<!-- bench-table:begin -->'
README_END = '<!-- bench-table:end -->'


def log(message):
    print(message, file=sys.stderr, flush=True)


def discover(cases_dir):
    benchmarks = []
    for file_name in sorted(os.listdir(cases_dir)):
        if not file_name.endswith('.py') or file_name.startswith('_'):
            continue
        path = os.path.join(cases_dir, file_name)
        spec = importlib.util.spec_from_file_location(f'bench_case_{file_name[:-3]}', path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        benchmark = getattr(module, 'BENCHMARK', None)
        if not isinstance(benchmark, Benchmark):
            raise SystemExit(f'{path}: defines no BENCHMARK = Benchmark(...)')
        benchmarks.append(benchmark)
    names = [b.name for b in benchmarks]
    if len(set(names)) != len(names):
        raise SystemExit(f'{cases_dir}: two benchmarks share a name: {names}')
    return benchmarks


def machine_info():
    model = platform.processor() or platform.machine()
    mem_kb = 0
    try:
        with open('/proc/cpuinfo') as f:
            for line in f:
                if line.startswith('model name'):
                    model = line.split(':', 1)[1].strip()
                    break
        with open('/proc/meminfo') as f:
            for line in f:
                if line.startswith('MemTotal:'):
                    mem_kb = int(line.split()[1])
                    break
    except OSError:
        pass
    system = platform.system()
    try:
        with open('/etc/os-release') as f:
            for line in f:
                if line.startswith('PRETTY_NAME='):
                    system = line.split('=', 1)[1].strip().strip('"')
    except OSError:
        pass
    return {'cpu': model, 'cores': os.cpu_count(), 'memory_gib': round(mem_kb / 1048576, 1),
            'load_average': round(os.getloadavg()[0], 2),
            'system': system, 'kernel': platform.release()}


def run_benchmark(benchmark, ctx, runs, warmup=True):
    """Measure every row: one warm-up pass (discarded), then `runs` interleaved passes."""
    rows = []
    for role, row in [('subject', benchmark.subject), ('reference', benchmark.reference)] + \
            [('peer', p) for p in benchmark.peers]:
        reason = row.available(ctx) if row.available else None
        rows.append({'row': row, 'label': row.label, 'role': role, 'samples': [], 'rss_kb': [],
                     'skipped': reason})
        if reason:
            log(f'  {benchmark.name}: {row.label}: skipped: {reason}')

    if benchmark.setup:
        benchmark.setup(ctx)

    passes = runs + (1 if warmup else 0)
    for i in range(passes):
        measured = not warmup or i > 0
        for entry in rows:
            if entry['skipped']:
                continue
            try:
                sample = entry['row'].run(ctx)
            except BenchError as error:
                entry['skipped'] = str(error)
                log(f'  {benchmark.name}: {entry["label"]}: failed: {error}')
                continue
            if measured:
                entry['samples'].append(sample.value)
                if sample.rss_kb is not None:
                    entry['rss_kb'].append(sample.rss_kb)
            log(f'  {benchmark.name}: {entry["label"]}: '
                f'{"warm-up" if not measured else f"run {i if warmup else i + 1}"}: '
                f'{sample.value:.1f} {benchmark.unit}')

    reference = rows[1]
    ref_summary = summarise(reference['samples'])
    result_rows = []
    for entry in rows:
        summary = summarise(entry['samples'])
        rss = summarise(entry['rss_kb'])
        ratio = None
        if summary and ref_summary and ref_summary['median'] > 0:
            ratio = summary['median'] / ref_summary['median']
        # Rows of one pass run back to back: the ratio within each pass is
        # robust to load that drifts across the run.
        pairs = [a / b for a, b in zip(entry['samples'], reference['samples']) if b > 0]
        paired = summarise(pairs)
        result_rows.append({'label': entry['label'], 'role': entry['role'],
                            'samples': entry['samples'], 'summary': summary,
                            'rss_kb_median': rss['median'] if rss else None,
                            'ratio': ratio,
                            'paired_ratio': paired['median'] if paired else None,
                            'skipped': entry['skipped']})
    return {'name': benchmark.name, 'title': benchmark.title, 'unit': benchmark.unit,
            'goal': benchmark.goal, 'note': benchmark.note, 'rows': result_rows}


def format_value(value, unit):
    if value is None:
        return '—'
    return f'{value:.0f} {unit}' if abs(value) >= 10 else f'{value:.1f} {unit}'


def format_range(summary, unit):
    if not summary:
        return '—'
    low, high = summary['min'], summary['max']
    digits = 0 if abs(high) >= 10 else 1
    return f'{low:.{digits}f}–{high:.{digits}f} {unit}'


def goal_line(result):
    subject, reference = result['rows'][0], result['rows'][1]
    if result['goal'] is None:
        return None
    if subject['ratio'] is None:
        why = subject['skipped'] or reference['skipped'] or 'no figure'
        return f'{result["name"]}: goal ≤ {result["goal"]:.2f}× the {reference["label"]}: ' \
               f'not measured ({why})'
    worst = max(subject['ratio'], subject['paired_ratio'] or 0)
    met = 'met' if worst <= result['goal'] else 'NOT met'
    return f'{result["name"]}: {subject["label"]} is {subject["ratio"]:.2f}× the ' \
           f'{reference["label"]} (medians; {subject["paired_ratio"]:.2f}× per run); ' \
           f'goal ≤ {result["goal"]:.2f}×: {met}'


def render_table(results):
    lines = ['| benchmark | row | median | range | runs | RSS at frame | × reference | '
             '× reference per run |',
             '|---|---|---|---|---|---|---|---|']
    for result in results:
        for row in result['rows']:
            label = row['label'] + (' (reference)' if row['role'] == 'reference' else '')
            if row['role'] == 'subject':
                label = f'**{label}**'
            summary = row['summary']
            if row['skipped'] and not summary:
                reason = ' '.join(row['skipped'].split())[:200].replace('|', '/')
                lines.append(f'| {result["name"]} | {label} | — | — | 0 | — | — | '
                             f'skipped: {reason} |')
                continue
            rss = f'{row["rss_kb_median"] / 1024:.0f} MiB' if row['rss_kb_median'] else '—'
            ratio = f'{row["ratio"]:.2f}×' if row['ratio'] is not None else '—'
            paired = f'{row["paired_ratio"]:.2f}×' if row['paired_ratio'] is not None else '—'
            lines.append(f'| {result["name"]} | {label} | '
                         f'{format_value(summary["median"], result["unit"])} | '
                         f'{format_range(summary, result["unit"])} | {summary["n"]} | '
                         f'{rss} | {ratio} | {paired} |')
    return '\n'.join(lines)


def render_report(results, machine, meta):
    parts = [f'Machine: {machine["cpu"]}, {machine["cores"]} cores, '
             f'{machine["memory_gib"]} GiB, {machine["system"]} (kernel {machine["kernel"]}); '
             f'{meta["date"]}; {meta["runs"]} run(s)'
             f'{" after one discarded warm-up" if meta.get("warmup", True) else ""}; '
             f'renderer: {meta["renderer"]}; load average at start: {meta["load"]}.',
             '',
             render_table(results),
             '']
    for result in results:
        goal = goal_line(result)
        if goal:
            parts.append(f'- {goal}')
        if result['note']:
            parts.append(f'- {result["name"]}: {result["note"]}')
    return '\n'.join(parts).rstrip() + '\n'


def update_readme(path, report):
    with open(path) as f:
        text = f.read()
    begin, end = text.find(README_BEGIN), text.find(README_END)
    if begin < 0 or end < begin:
        raise SystemExit(f'{path}: no {README_BEGIN} … {README_END} markers to replace')
    text = text[:begin + len(README_BEGIN)] + '\n' + report + text[end:]
    with open(path, 'w') as f:
        f.write(text)


def smoke(args):
    """Run the harness once on the bare window and check the table code."""
    failures = []

    def check(condition, what):
        print(f'{"ok" if condition else "FAIL"}: {what}')
        if not condition:
            failures.append(what)

    stats = summarise([30.0, 10.0, 20.0, 50.0, 40.0])
    check(stats == {'median': 30.0, 'min': 10.0, 'max': 50.0, 'n': 5}, 'median and range')
    check(format_range(stats, 'ms') == '10–50 ms', 'range formatting')

    benchmarks = discover(os.path.join(HERE, 'cases'))
    check(len(benchmarks) >= 1, f'{len(benchmarks)} benchmark(s) discovered')

    bare = os.path.join(args.build_dir, 'tests', 'bench', 'bench-bare-window')
    tiny = Benchmark(
        name='smoke', title='harness smoke test', unit='ms', goal=100.0,
        subject=Row('bare window', measure=lambda ctx: run_probe(
            ctx, [bare], {'SHOPCRAFT_PROBE_FIRST_FRAME': '1'}, log_name='smoke')),
        reference=Row('true', command=['true']))
    with tempfile.TemporaryDirectory(prefix='shopcraft-bench-smoke-') as work:
        ctx = Context(args.source_dir, args.build_dir, work, timeout=30.0)
        try:
            result = run_benchmark(tiny, ctx, runs=1, warmup=False)
        except Exception:
            traceback.print_exc()
            return 1
    subject = result['rows'][0]
    check(subject['skipped'] is None, f'bare window printed its probe line ({subject["skipped"]})')
    check(subject['summary'] is not None and 0 < subject['summary']['median'] < 30000,
          'start-up time is positive and under 30 s')
    check(subject['rss_kb_median'] is not None and subject['rss_kb_median'] > 1000,
          'resident memory read at the frame')
    check(subject['ratio'] is not None, 'ratio to the reference computed')
    report = render_report([result], machine_info(),
                           {'date': 'today', 'runs': 1, 'warmup': False, 'load': '0',
                            'renderer': 'gl-disable'})
    print(report)
    check('| smoke | **bare window** |' in report and '(reference)' in report,
          'table lists the subject and the reference')
    check(json.loads(json.dumps(result))['rows'][0]['label'] == 'bare window', 'JSON round trip')
    print(f'bench smoke: {len(failures)} failure(s)')
    return 1 if failures else 0


def main():
    parser = argparse.ArgumentParser(description='Run Shopcraft benchmarks.')
    parser.add_argument('names', nargs='*', help='benchmarks to run (default: all)')
    parser.add_argument('--build-dir', default=os.path.join(HERE, '..', '..', 'build-bench'))
    parser.add_argument('--source-dir', default=os.path.normpath(os.path.join(HERE, '..', '..')))
    parser.add_argument('--runs', type=int, default=7)
    parser.add_argument('--json', help='write the results here (default: BUILD_DIR/bench.json)')
    parser.add_argument('--update-readme', metavar='FILE',
                        help=f'replace the table between {README_BEGIN} and {README_END}')
    parser.add_argument('--timeout', type=float, default=30.0, help='seconds per measured run')
    parser.add_argument('--list', action='store_true')
    parser.add_argument('--smoke', action='store_true')
    args = parser.parse_args()
    args.build_dir = os.path.abspath(args.build_dir)

    if args.smoke:
        return smoke(args)

    benchmarks = discover(os.path.join(HERE, 'cases'))
    if args.list:
        for b in benchmarks:
            print(f'{b.name}\t{b.title}')
        return 0
    if args.runs < 5:
        parser.error('--runs must be at least 5')
    unknown = set(args.names) - {b.name for b in benchmarks}
    if unknown:
        parser.error(f'unknown benchmark(s): {", ".join(sorted(unknown))}; see --list')
    selected = [b for b in benchmarks if not args.names or b.name in args.names]

    machine = machine_info()
    meta = {'date': datetime.datetime.now().astimezone().strftime('%Y-%m-%d %H:%M %Z'),
            'runs': args.runs, 'warmup': True, 'load': f'{machine["load_average"]:.1f}',
            'renderer': ' '.join(f'{k}={v}' for k, v in Context.RENDERER_ENV.items())}
    results = []
    with tempfile.TemporaryDirectory(prefix='shopcraft-bench-') as work:
        for benchmark in selected:
            log(f'bench: {benchmark.name}: {benchmark.title}')
            ctx = Context(args.source_dir, args.build_dir, os.path.join(work, benchmark.name),
                          timeout=args.timeout)
            results.append(run_benchmark(benchmark, ctx, args.runs))

    report = render_report(results, machine, meta)
    print(report)
    json_path = args.json or os.path.join(args.build_dir, 'bench.json')
    with open(json_path, 'w') as f:
        json.dump({'machine': machine, **meta, 'benchmarks': results}, f, indent=2)
        f.write('\n')
    log(f'bench: results written to {json_path}')
    if args.update_readme:
        update_readme(args.update_readme, report)
        log(f'bench: table updated in {args.update_readme}')

    # Fail when a subject or its reference could not be measured, so a broken
    # harness is never mistaken for a slow app; peers may be missing.
    broken = [f'{r["name"]}: {row["label"]}' for r in results for row in r['rows'][:2]
              if row['summary'] is None]
    if broken:
        log('bench: not measured: ' + '; '.join(broken))
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
