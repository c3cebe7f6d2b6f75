# search.py - one keystroke of search-as-you-type in a very large course
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The subject answers each keystroke of typing "inventory turn" (from the
# first letter, the worst case for a prefix index) with the query that
# sc_search_run() sends (src/core/content/sc-search.c, mirrored below):
# every word quoted, the last one a prefix, bm25 with titles weighted,
# highlight() and snippet(), the best 50 hits. It runs on the schema of
# migration 0002, read from the source tree, filled with a synthetic
# course about ten times the size of a large real one (300 lessons). The
# reference does the same job without the index: a substring scan of the
# same rows, ranked the simple way (title matches first, then course
# order). The peer adds what sc_search_run_async() adds: a new read-only
# connection, with an empty page cache, for every search.
#
# The figure is milliseconds per keystroke (the mean over the typed
# sequence). Python's sqlite3 module uses the system SQLite, the library
# the app links. Keep SEARCH_SQL and query_for() in step with sc-search.c
# and sc-search-text.c.

import os
import random
import sqlite3
import time

from benchlib import Benchmark, BenchError, Row, Sample

COURSE_ID = 'bench-course'
N_LESSONS = 300
SECTIONS_PER_LESSON = 8
WORDS_PER_SECTION = 160
N_GLOSSARY = 400
LIMIT = 50
TYPED = 'inventory turn'

SEARCH_SQL = (
    "SELECT d.kind, d.lesson_id, d.section_id, d.section_path, d.entry_id, d.title,"
    "       highlight (search_fts, 0, char (1), char (2)),"
    "       snippet (search_fts, 1, char (1), char (2), '…', 16),"
    "       search_fts.rank"
    "  FROM search_fts"
    "  JOIN search_docs AS d ON d.id = search_fts.rowid"
    " WHERE search_fts MATCH ?1"
    "   AND search_fts.rank MATCH 'bm25(10.0, 1.0)'"
    "   AND d.course_id = ?2"
    " ORDER BY search_fts.rank"
    " LIMIT ?3")

# Word frequencies follow Zipf's law, as in real text: function words on
# top, then the shop's words spread over the ranks, among made-up words.
# The typed words share prefixes with many others ("inv…", "tu…"), so each
# keystroke has many candidates, as in a real course.
FUNCTION_WORDS = ('the', 'and', 'of', 'to', 'a', 'in', 'is', 'for', 'on', 'with', 'it', 'that')
SHOP_WORDS = {'order': 20, 'stock': 30, 'price': 40, 'item': 50, 'return': 60, 'listing': 80,
              'inventory': 100, 'turn': 150, 'invoice': 200, 'size': 250, 'insert': 300,
              'margin': 400, 'inspection': 500, 'turnover': 700, 'refund': 900, 'investment': 1200,
              'variant': 1500, 'tumble': 2000, 'inverse': 2500, 'tunic': 3000, 'café': 3500,
              'T-shirt': 3900}
VOCABULARY_SIZE = 4000

def query_for(text):
    """sc_search_query_new(): each space-separated word quoted, the last a prefix."""
    terms = []
    for word in text.split()[:32]:
        word = word[:100]
        if not any(c.isalnum() for c in word):
            continue
        terms.append('"' + word.replace('"', '""') + '"')
    return ' '.join(terms) + '*' if terms else None


def keystrokes():
    return [TYPED[:n] for n in range(1, len(TYPED) + 1) if not TYPED[:n].endswith(' ')]


def _vocabulary(rng):
    letters = 'abcdefghijklmnopqrstuvwxyz'
    words = list(FUNCTION_WORDS)
    while len(words) < VOCABULARY_SIZE:
        words.append(''.join(rng.choice(letters) for _ in range(rng.randint(3, 10))))
    for word, rank in SHOP_WORDS.items():
        words[rank] = word
    weights = [1.0 / (rank + 1) for rank in range(len(words))]
    total = 0.0
    cumulative = []
    for weight in weights:
        total += weight
        cumulative.append(total)
    return words, cumulative


def _text(rng, vocabulary, n_words):
    words, cumulative = vocabulary
    return ' '.join(rng.choices(words, cum_weights=cumulative, k=n_words)).capitalize() + '.'


def _migration(ctx):
    return os.path.join(ctx.source_dir, 'src', 'core', 'db', 'migrations', '0002-search.sql')


def _available(ctx):
    if not os.path.isfile(_migration(ctx)):
        return f'{_migration(ctx)} is missing'
    return None


def setup(ctx):
    migration = _migration(ctx)
    if not os.path.isfile(migration):
        return
    path = ctx.path('search.db')
    if os.path.exists(path):
        os.unlink(path)

    rng = random.Random(20261128)
    vocabulary = _vocabulary(rng)
    rows = []
    for lesson in range(N_LESSONS):
        lesson_id = f'lesson-{lesson}'
        rows.append(('lesson', lesson_id, None, None, None, _text(rng, vocabulary, 5)[:-1], ''))
        for section in range(SECTIONS_PER_LESSON):
            rows.append(('section', lesson_id, f's{section}', str(section), None,
                         _text(rng, vocabulary, 3)[:-1], _text(rng, vocabulary, WORDS_PER_SECTION)))
    for entry in range(N_GLOSSARY):
        rows.append(('glossary', None, None, None, f'term-{entry}',
                     _text(rng, vocabulary, 2)[:-1], _text(rng, vocabulary, 25)))

    db = sqlite3.connect(path)
    with open(migration) as f:
        db.executescript(f.read())
    db.execute('PRAGMA journal_mode = WAL')
    with db:
        db.executemany('INSERT INTO search_docs (course_id, kind, position, lesson_id, section_id,'
                       ' section_path, entry_id, title, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
                       [(COURSE_ID, kind, position) + tuple(rest)
                        for position, (kind, *rest) in enumerate(rows)])
    db.execute("INSERT INTO search_fts (search_fts) VALUES ('optimize')")
    db.commit()
    db.close()
    ctx.state['db_path'] = path
    ctx.state['reader'] = None


def _open_reader(ctx):
    db = sqlite3.connect(f'file:{ctx.state["db_path"]}?mode=ro', uri=True)
    db.execute('PRAGMA query_only = ON')
    return db


def _fts_search(db, text):
    query = query_for(text)
    if query is None:
        return 0
    rows = db.execute(SEARCH_SQL, (query, COURSE_ID, LIMIT)).fetchall()
    return len(rows)


def _scan_search(db, text):
    words = [w for w in text.split() if any(c.isalnum() for c in w)]
    if not words:
        return 0
    # The same job ranked the simple way, title matches first and then in
    # course order: ordering by an expression visits every row, as ranking
    # without an index must.
    where = ' AND '.join('(title LIKE ? OR body LIKE ?)' for _ in words)
    in_title = ' + '.join('(title LIKE ?)' for _ in words)
    patterns = [f'%{word}%' for word in words]
    params = [COURSE_ID] + [p for p in patterns for _ in (0, 1)] + patterns
    rows = db.execute(f'SELECT id, title, body FROM search_docs WHERE course_id = ? AND {where}'
                      f' ORDER BY {in_title} DESC, position LIMIT {LIMIT}', params).fetchall()
    return len(rows)


def _per_keystroke(ctx, search, new_connection):
    typed = keystrokes()
    found = 0
    if not new_connection and ctx.state['reader'] is None:
        ctx.state['reader'] = _open_reader(ctx)
    start = time.perf_counter_ns()
    for text in typed:
        if new_connection:
            db = _open_reader(ctx)
            found += search(db, text)
            db.close()
        else:
            found += search(ctx.state['reader'], text)
    elapsed_ms = (time.perf_counter_ns() - start) / 1e6
    if found == 0:
        raise BenchError('no keystroke found anything: the synthetic course or the query is wrong')
    return Sample(elapsed_ms / len(typed))


BENCHMARK = Benchmark(
    name='search',
    title='Search as you type: one keystroke in a very large course',
    unit='ms',
    setup=setup,
    subject=Row('FTS5 index, ranked, with snippets',
                measure=lambda ctx: _per_keystroke(ctx, _fts_search, False), available=_available),
    reference=Row('substring scan, no index, title matches first',
                  measure=lambda ctx: _per_keystroke(ctx, _scan_search, False),
                  available=_available),
    peers=[
        Row('FTS5, new reader connection per search (the async path)',
            measure=lambda ctx: _per_keystroke(ctx, _fts_search, True), available=_available),
    ],
    goal=1.0,
    note=f'{N_LESSONS} lessons × {SECTIONS_PER_LESSON} sections of {WORDS_PER_SECTION} words '
         f'(Zipf-distributed) and {N_GLOSSARY} glossary entries, about 12 MB; the mean over each '
         f'keystroke of "{TYPED}" from the first letter, best {LIMIT} hits. A last word of one '
         f'letter is the slow case (no 1-letter prefix index: "i", "inventory t"); from two '
         f'letters on the prefix index answers',
)
