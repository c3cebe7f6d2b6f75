#!/usr/bin/python3
# make-corpus-database.py - write the seed corpus of the database fuzz target
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Run once (and again when a migration changes the file format a lot); the
# files are committed in tests/fuzz/corpus/database/. Each seed reaches a
# different branch of sc_database_open (): a fresh Shopcraft database, an
# empty file (a new database), a truncated one, another application's
# database, one from a newer Shopcraft, and one at an older schema version.
# A fresh database is made the way sc_database_open () makes it: every
# migration in order in one transaction, then application_id and
# user_version, in WAL mode. Small pages keep the inputs small for libFuzzer.

import glob
import os
import sqlite3
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.normpath(os.path.join(HERE, '..', '..'))
APPLICATION_ID = 0x53686366          # SC_DATABASE_APPLICATION_ID, "Shcf"
FOREIGN_APPLICATION_ID = 0x4D504B47  # "MPKG": someone else's format


def migrations():
    paths = sorted(glob.glob(os.path.join(TOP, 'src', 'core', 'db', 'migrations', '*.sql')))
    return [(int(os.path.basename(p).split('-', 1)[0]), open(p).read()) for p in paths]


def create(path, page_size, upto=None, application_id=APPLICATION_ID, user_version=None):
    if os.path.exists(path):
        os.unlink(path)
    db = sqlite3.connect(path, isolation_level=None)
    db.execute(f'PRAGMA page_size = {page_size}')
    db.execute('PRAGMA journal_mode = WAL')
    version = 0
    for number, sql in migrations():
        if upto is not None and number > upto:
            break
        db.executescript(f'BEGIN IMMEDIATE;\n{sql}\n;COMMIT;')
        version = number
    db.execute(f'PRAGMA application_id = {application_id}')
    db.execute(f'PRAGMA user_version = {user_version if user_version is not None else version}')
    db.close()
    with open(path, 'rb') as f:
        return f.read()


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'corpus', 'database')
    os.makedirs(out, exist_ok=True)
    scratch = os.path.join(out, '.scratch.db')

    seeds = {}
    seeds['fresh.db'] = create(scratch, 512)
    seeds['empty.db'] = b''
    seeds['truncated.db'] = seeds['fresh.db'][:len(seeds['fresh.db']) // 2 + 100]
    seeds['header-only.db'] = seeds['fresh.db'][:100]
    seeds['newer-schema.db'] = create(scratch, 512, user_version=9999)
    seeds['no-migrations.db'] = create(scratch, 512, upto=0)

    db = sqlite3.connect(scratch, isolation_level=None)
    db.close()
    os.unlink(scratch)
    db = sqlite3.connect(scratch, isolation_level=None)
    db.execute('PRAGMA page_size = 512')
    db.execute(f'PRAGMA application_id = {FOREIGN_APPLICATION_ID}')
    db.execute('CREATE TABLE parcels (id INTEGER PRIMARY KEY, weight REAL, label TEXT)')
    db.execute("INSERT INTO parcels (weight, label) VALUES (1.5, 'books'), (0.2, 'letter')")
    db.close()
    with open(scratch, 'rb') as f:
        seeds['foreign-application.db'] = f.read()

    db = sqlite3.connect(scratch, isolation_level=None)
    db.execute('PRAGMA application_id = 0')
    db.close()
    with open(scratch, 'rb') as f:
        seeds['plain-sqlite-with-table.db'] = f.read()
    os.unlink(scratch)

    for name, data in sorted(seeds.items()):
        with open(os.path.join(out, name), 'wb') as f:
            f.write(data)
        print(f'{name}: {len(data)} bytes')


if __name__ == '__main__':
    main()
