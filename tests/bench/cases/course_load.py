# course_load.py - load, validate and index a 1,000-lesson course
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The course is generated from the built-in one (data/courses/
# ecommerce-operations), in the real format: its modules copied over and
# over with their lessons until there are 1,000, each copy with its own
# lesson, module and objective ids and its links pointing inside its own
# copy (or the first, for a lesson the last copy stops short of), so every
# reference still resolves and the whole course validates. 1,000 lessons of 12–17 kB of
# real lesson markup, one course.xml, the glossary and the pictures.
#
# The subject (tests/bench/bench-course-load.c) does what the app does
# with a new course: the reader's size-capped reads, structural pass,
# reference checks and RELAX NG backstop on a thread of its own while the
# main thread opens a fresh database (migrations), as the app opens its
# database while a worker reads the course; and the search index, in its
# store beside the database (sc-search-store.c), written by a third
# thread as the lessons are read and committed once the course has
# loaded (sc-course-index-stream.c). The reference is libxml2's own
# validator on the same files with the same schema: `xmllint --noout
# --relaxng data/rng/shopcraft-course.rng course.xml glossary.xml
# lessons/*.xml`. The peers are `shopcraft --validate-course` (the reader
# alone, through the real executable) and the sqlite3 CLI building the
# same FTS5 index (the same table definition and settings as
# sc-search-store.c and sc-course-index.c) from the rows the subject
# wrote, alone in a database of those rows: the floor for the index part
# of the subject. A last peer is the app's next start on the same course:
# the checks the first load passed are kept (sc-course-checks.c) and the
# index is found up to date, so neither the schema nor FTS5 runs again.
#
# One more row runs the reader peer and the FTS5 peer at the same time, as
# two processes: the floor of writing the index beside the load, with
# nothing handed over between the two and no content table written.

import copy
import glob
import os
import shlex
import shutil
import sqlite3
import subprocess
import xml.etree.ElementTree as ET

from benchlib import Benchmark, BenchError, Row, program

N_LESSONS = 1000  # the built-in course's modules copied over until there are this many
SOURCE_COURSE = ('data', 'courses', 'ecommerce-operations')


def _suffix(value, n):
    return ' '.join(f'{token}-c{n}' for token in value.split())


def _write(tree, path):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    tree.write(path, encoding='UTF-8', xml_declaration=True)


def generate(source, target, n_lessons=N_LESSONS):
    """Writes a course of n_lessons lessons into target: the built-in
    course's modules copied over and over, in course order, each copy of a
    module with its lessons, until there are n_lessons (the last copy may
    stop part-way through the course, never part-way through a module
    unless the count falls there)."""
    if os.path.exists(target):
        shutil.rmtree(target)
    os.makedirs(target)
    for name in os.listdir(source):
        if name not in ('course.xml', 'lessons'):
            src = os.path.join(source, name)
            (shutil.copytree if os.path.isdir(src) else shutil.copy)(src, os.path.join(target, name))

    lessons = {}
    for path in sorted(glob.glob(os.path.join(source, 'lessons', '*.xml'))):
        lessons[os.path.basename(path)] = ET.parse(path)

    ids = {name: tree.getroot().get('id') for name, tree in lessons.items()}
    # Which lessons each copy has: the last copy may have only some, and
    # its links to the others point to the first copy instead.
    copies = []

    def write_lesson(name, n):
        root = copy.deepcopy(lessons[name].getroot())
        root.set('id', f'{root.get("id")}-c{n}')
        root.set('objectives', _suffix(root.get('objectives', ''), n))
        for link in root.iter('link'):
            if link.get('lesson') is not None:
                to = n if link.get('lesson') in copies[n] else 0
                link.set('lesson', f'{link.get("lesson")}-c{to}')
        _write(ET.ElementTree(root),
               os.path.join(target, 'lessons', f'{name[:-4]}-c{n}.xml'))

    course = ET.parse(os.path.join(source, 'course.xml'))
    root = course.getroot()
    root.set('id', 'generated-1000')
    domains = [(domain, domain.findall('module')) for domain in root.iter('domain')]
    for domain, modules in domains:
        for module in modules:
            domain.remove(module)

    written = 0
    n = 0
    planned = []
    while written < n_lessons:
        copies.append(set())
        for domain, modules in domains:
            for module in modules:
                for lesson in module.findall('lesson'):
                    if written < n_lessons:
                        name = os.path.basename(lesson.get('src'))
                        copies[n].add(ids[name])
                        planned.append((n, name))
                        written += 1
        n += 1
    for n, name in planned:
        write_lesson(name, n)

    written = 0
    n = 0
    while written < n_lessons:
        for domain, modules in domains:
            for module in modules:
                if written >= n_lessons:
                    break
                clone = copy.deepcopy(module)
                clone.set('id', f'{module.get("id")}-c{n}')
                clone.find('title').text = f'{module.find("title").text} ({n + 1})'
                for objective in clone.findall('objective'):
                    objective.set('id', f'{objective.get("id")}-c{n}')
                for lesson in clone.findall('lesson'):
                    if written >= n_lessons:
                        clone.remove(lesson)
                        continue
                    name = os.path.basename(lesson.get('src'))
                    lesson.set('src', f'lessons/{name[:-4]}-c{n}.xml')
                    written += 1
                # One closing quiz per module of the built-in course: the
                # copies keep theirs on the first copy only (a quiz belongs
                # to one module).
                for assessment in clone.findall('assessment'):
                    if n > 0:
                        clone.remove(assessment)
                domain.append(clone)
        n += 1
    _write(course, os.path.join(target, 'course.xml'))
    return written


def _course(ctx):
    return ctx.state['course_dir']


def _files(ctx):
    course = _course(ctx)
    lessons = sorted(glob.glob(os.path.join(course, 'lessons', '*.xml')))
    return [os.path.join(course, 'course.xml'), os.path.join(course, 'glossary.xml')] + lessons


def _exe(ctx, *parts):
    return os.path.join(ctx.build_dir, *parts)


# The index as the search store declares it (sc-search-store.c), with the setting
# sc-course-index.c gives it before its bulk insert, over a plain table of
# the rows instead of search_docs.
FTS_SQL = (
    "PRAGMA journal_mode = WAL;"
    " CREATE VIRTUAL TABLE search_fts USING fts5 (title, body, content = 'docs',"
    " content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');"
    " INSERT INTO search_fts (search_fts, rank) VALUES ('hashsize', 16777216);"
    " INSERT INTO search_fts (rowid, title, body) SELECT id, title, body FROM docs;"
)


def _write_rows(ctx):
    """Runs the subject once and keeps the rows it indexed, in a database
    of their own (page size as the app's), for the FTS5-alone row."""
    exe = _exe(ctx, 'tests', 'bench', 'bench-course-load')
    data_dir = ctx.path('data-rows')
    os.makedirs(data_dir, exist_ok=True)
    subprocess.run([exe, _course(ctx), data_dir], check=True, env=ctx.child_env({}),
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    rows = ctx.path('rows.db')
    db = sqlite3.connect(rows)
    try:
        db.execute('PRAGMA page_size = 16384')
        db.execute('ATTACH DATABASE ? AS app', (os.path.join(data_dir, 'shopcraft-search.db'),))
        db.execute('CREATE TABLE docs AS SELECT id, title, body FROM app.search_docs')
        db.commit()
        db.execute('DETACH DATABASE app')
    finally:
        db.close()
    shutil.rmtree(data_dir)
    ctx.state['rows_db'] = rows


def setup(ctx):
    source = os.path.join(ctx.source_dir, *SOURCE_COURSE)
    if not os.path.isdir(source):
        raise BenchError(f'{source} is missing')
    ctx.state['course_dir'] = ctx.path('course')
    ctx.state['n_lessons'] = generate(source, ctx.state['course_dir'])
    ctx.state['runs'] = 0


def _fts_alone(ctx):
    # A fresh copy of the rows each time: the index is written anew. The
    # rows are made on the first call (the warm-up pass).
    if 'rows_db' not in ctx.state:
        _write_rows(ctx)
    ctx.state['runs'] += 1
    db = ctx.path(f'fts-{ctx.state["runs"]}.db')
    shutil.copy(ctx.state['rows_db'], db)
    return ['sqlite3', db, FTS_SQL]


def _side_by_side(ctx):
    # The reader and the index at once, in two processes that hand nothing
    # over: a bound on a design that writes the index beside the load as
    # the lessons come (the app writes it after the load, on its one
    # writer; see the note). Both must succeed.
    reader = shlex.join(_validate(ctx))
    index = shlex.join(_fts_alone(ctx))
    return ['sh', '-c', f'{reader} & r=$!; {index} & i=$!; '
                        'wait $r; a=$?; wait $i; b=$?; [ $a -eq 0 ] && [ $b -eq 0 ]']


def _side_by_side_available(ctx):
    return _validate_available(ctx) or _fts_alone_available(ctx)


def _fts_alone_available(ctx):
    reason = _subject_available(ctx)
    if reason:
        return f'{reason}, so there are no rows to index'
    return program('sqlite3')


def _subject(ctx):
    # A new, empty data folder each time: the index is written anew.
    ctx.state['runs'] += 1
    data_dir = ctx.path(f'data-{ctx.state["runs"]}')
    os.makedirs(data_dir)
    return [_exe(ctx, 'tests', 'bench', 'bench-course-load'), _course(ctx), data_dir]


def _subject_available(ctx):
    exe = _exe(ctx, 'tests', 'bench', 'bench-course-load')
    return None if os.access(exe, os.X_OK) else f'{exe} is not built'


def _again(ctx):
    # A data folder filled by one run of the subject (made on the first
    # call, the warm-up pass): each run is then the next start of the app
    # on the same course, with the checks kept and the index up to date.
    if 'again_dir' not in ctx.state:
        data_dir = ctx.path('data-again')
        os.makedirs(data_dir)
        subprocess.run([_exe(ctx, 'tests', 'bench', 'bench-course-load'), _course(ctx), data_dir],
                       check=True, env=ctx.child_env({}),
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        ctx.state['again_dir'] = data_dir
    return [_exe(ctx, 'tests', 'bench', 'bench-course-load'), '--again', _course(ctx),
            ctx.state['again_dir']]


def _xmllint(ctx):
    schema = os.path.join(ctx.source_dir, 'data', 'rng', 'shopcraft-course.rng')
    return ['xmllint', '--noout', '--relaxng', schema] + _files(ctx)


def _validate(ctx):
    return [_exe(ctx, 'src', 'shopcraft'), '--validate-course', _course(ctx)]


def _validate_available(ctx):
    exe = _exe(ctx, 'src', 'shopcraft')
    return None if os.access(exe, os.X_OK) else 'shopcraft is not built'


BENCHMARK = Benchmark(
    name='course_load',
    title='A 1,000-lesson course: load, validate and index',
    unit='ms',
    setup=setup,
    subject=Row('shopcraft reader + search index', command=_subject,
                available=_subject_available),
    reference=Row('xmllint --noout --relaxng, same files', command=_xmllint,
                  available=lambda ctx: program('xmllint')),
    peers=[
        Row('shopcraft --validate-course (reader only)', command=_validate,
            available=_validate_available),
        Row('sqlite3 CLI: the same FTS5 index alone, from the same rows', command=_fts_alone,
            available=_fts_alone_available),
        Row('the two rows above at once, side by side (a floor for indexing during the load)',
            command=_side_by_side, available=_side_by_side_available),
        Row('shopcraft, the same course at the next start (checks kept, index up to date)',
            command=_again, available=_subject_available),
    ],
    goal=2.0,
    note=f'{N_LESSONS:,} lessons generated from the built-in course (its modules copied over, '
         f'each lesson with its own id, about 14 MB of lesson XML); wall time from spawn to exit. '
         f'The subject also opens a new database and writes the FTS5 index; xmllint only '
         f'validates against the schema',
)
