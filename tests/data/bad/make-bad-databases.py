#!/usr/bin/python3
# make-bad-databases.py - write the broken database files of the bad-input catalogue
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Run by hand; the files are committed next to this script and listed in
# databases.txt with the exact error each must give. Run it again only
# when a migration changes the file format so much that a file no longer
# fails the way its line says (then check every line of databases.txt).
# Every file is small (512-byte pages) and the same on every run: fixed
# rows, fixed timestamps, random bytes from a fixed seed.
#
#   /usr/bin/python3 tests/data/bad/make-bad-databases.py [OUT-DIR]

import glob
import os
import random
import sqlite3
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.normpath(os.path.join(HERE, '..', '..', '..'))
APPLICATION_ID = 0x53686366          # SC_DATABASE_APPLICATION_ID, "Shcf"
FOREIGN_APPLICATION_ID = 0x4D504B47  # "MPKG": someone else's format
PAGE_SIZE = 512


def migrations():
    paths = sorted(glob.glob(os.path.join(TOP, 'src', 'core', 'db', 'migrations', '*.sql')))
    return [(int(os.path.basename(p).split('-', 1)[0]), open(p).read()) for p in paths]


def read(path):
    with open(path, 'rb') as f:
        return f.read()


def fresh(path):
    for suffix in ('', '-journal', '-wal', '-shm'):
        if os.path.exists(path + suffix):
            os.unlink(path + suffix)
    db = sqlite3.connect(path, isolation_level=None)
    db.execute(f'PRAGMA page_size = {PAGE_SIZE}')
    return db


def shopcraft(path, user_version=None):
    """A Shopcraft database made as sc_database_open () makes one (every
    migration in order, then application_id and user_version), in
    rollback-journal mode like a backup, with three learners and a few
    statements and progress rows so that it spans several pages."""
    db = fresh(path)
    version = 0
    for number, sql in migrations():
        db.executescript(f'BEGIN IMMEDIATE;\n{sql}\n;COMMIT;')
        version = number
    db.execute('BEGIN')
    for i in range(1, 4):
        db.execute('INSERT INTO learners (id, uuid, display_name, created_at, is_default)'
                   ' VALUES (?, ?, ?, ?, ?)',
                   (i, f'00000000-0000-4000-8000-00000000000{i}', f'Learner {i}',
                    '2026-11-28T09:00:00.000Z', 1 if i == 1 else 0))
        for j in range(4):
            db.execute('INSERT INTO statements (id, learner_id, verb, object_id, timestamp, stored, json)'
                       ' VALUES (?, ?, ?, ?, ?, ?, ?)',
                       (f'10000000-0000-4000-8000-{i:06d}{j:06d}', i,
                        'http://adlnet.gov/expapi/verbs/progressed',
                        f'urn:shopcraft:example-shop:lesson:lesson-{j}',
                        f'2026-11-28T10:{j:02d}:00.000Z', f'2026-11-28T10:{j:02d}:00.000Z',
                        '{"verb": {"id": "http://adlnet.gov/expapi/verbs/progressed"}, "padding": "'
                        + 'x' * 40 + '"}'))
            db.execute('INSERT INTO lesson_progress (learner_id, course_id, lesson_id, state, scroll,'
                       ' updated_at) VALUES (?, ?, ?, ?, ?, ?)',
                       (i, 'example-shop', f'lesson-{j}', 'in-progress', j / 4,
                        f'2026-11-28T10:{j:02d}:00.000Z'))
    db.execute('COMMIT')
    db.execute(f'PRAGMA application_id = {APPLICATION_ID}')
    db.execute(f'PRAGMA user_version = {user_version if user_version is not None else version}')
    db.close()
    return read(path)


def flip_root_page(path, table):
    """Overwrites the page-type byte of @table's root page: the schema on
    page 1 still reads, only a page-by-page check finds the damage."""
    db = sqlite3.connect(path)
    root = db.execute('SELECT rootpage FROM sqlite_schema WHERE name = ?', (table,)).fetchone()[0]
    db.close()
    data = bytearray(read(path))
    offset = (root - 1) * PAGE_SIZE
    data[offset:offset + 4] = b'\x00\x77\x77\x77'
    return bytes(data)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else HERE
    os.makedirs(out, exist_ok=True)
    scratch = os.path.join(out, '.scratch.db')
    files = {}

    good = shopcraft(scratch)
    files['db-good.db'] = good
    # Cut at a page boundary: only the page count in the header tells.
    files['db-truncated.db'] = good[:len(good) // 2 // PAGE_SIZE * PAGE_SIZE]
    files['db-header-only.db'] = good[:100]
    files['db-short-header.db'] = good[:60]
    files['db-empty.db'] = b''
    files['db-random.db'] = bytes(random.Random(20261130).getrandbits(8) for _ in range(4096))
    # A real first page whose header gives a page size that is not a power
    # of two.
    files['db-bad-page-size.db'] = good[:16] + b'\x03\x00' + good[18:PAGE_SIZE]
    files['db-newer.db'] = shopcraft(scratch, user_version=99)

    shopcraft(scratch)
    files['db-flipped-page.db'] = flip_root_page(scratch, 'lesson_progress')

    # Shopcraft's id and version, but a schema a file from elsewhere may
    # not have: a CHECK calling json_valid(), which SQLite refuses to run
    # with trusted_schema=OFF, as --restore opens every offered file.
    db = fresh(scratch)
    db.executescript("CREATE TABLE learners (id INTEGER PRIMARY KEY, uuid TEXT, display_name TEXT);"
                     "CREATE TABLE statements (id TEXT PRIMARY KEY, json TEXT CHECK (json_valid (json)));"
                     "INSERT INTO learners VALUES (1, 'u', 'Mallory');")
    db.execute(f'PRAGMA application_id = {APPLICATION_ID}')
    db.execute('PRAGMA user_version = 1')
    db.close()
    files['db-unsafe-schema.db'] = read(scratch)

    db = fresh(scratch)
    db.execute(f'PRAGMA application_id = {FOREIGN_APPLICATION_ID}')
    db.execute('CREATE TABLE parcels (id INTEGER PRIMARY KEY, weight REAL, label TEXT)')
    db.execute("INSERT INTO parcels (weight, label) VALUES (1.5, 'books'), (0.2, 'letter')")
    db.close()
    files['db-foreign.db'] = read(scratch)

    db = fresh(scratch)
    db.execute('CREATE TABLE notes (body TEXT)')
    db.execute("INSERT INTO notes VALUES ('not Shopcraft')")
    db.close()
    files['db-plain-sqlite.db'] = read(scratch)
    os.unlink(scratch)

    for name, data in sorted(files.items()):
        with open(os.path.join(out, name), 'wb') as f:
            f.write(data)
        print(f'{name}: {len(data)} bytes')


if __name__ == '__main__':
    main()
