#!/usr/bin/env python3
# check-potfiles.py - po/POTFILES.in lists every file with translatable strings
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: check-potfiles.py SOURCE_ROOT
#
# A string is only translated when its file is in po/POTFILES.in, and nothing
# warns when a file is forgotten: its strings just stay English. Fails when
#  - a .c or .h file under src/ marks a string with _(, N_(, C_( or NC_(,
#  - a .ui file under src/ or ui/ has translatable="yes",
#  - a desktop entry, metainfo or GSettings schema under data/ exists,
# and the file is not listed; or when POTFILES.in lists a file that does not
# exist (xgettext would stop on it).
import os
import re
import sys

GETTEXT_CALL = re.compile(r'(?<![A-Za-z0-9_])(?:N_|NC_|C_|_)\s*\(')
TRANSLATABLE_UI = re.compile(r'translatable\s*=\s*["\'](?:yes|true|1)["\']',
                             re.IGNORECASE)
DATA_PATTERNS = re.compile(r'\.(?:desktop\.in|metainfo\.xml\.in|gschema\.xml)$')


def strip_c_comments(text):
    """Drop comments so a gettext call mentioned in prose does not count."""
    text = re.sub(r'/\*.*?\*/', ' ', text, flags=re.DOTALL)
    return re.sub(r'//[^\n]*', ' ', text)


def files_under(root, folder, suffixes):
    base = os.path.join(root, folder)
    for directory, dirnames, filenames in os.walk(base):
        dirnames.sort()
        for filename in sorted(filenames):
            if filename.endswith(suffixes):
                path = os.path.join(directory, filename)
                yield os.path.relpath(path, root)


def read(root, rel):
    with open(os.path.join(root, rel), encoding='utf-8',
              errors='replace') as f:
        return f.read()


def needing_translation(root):
    needed = {}
    for rel in files_under(root, 'src', ('.c', '.h')):
        if GETTEXT_CALL.search(strip_c_comments(read(root, rel))):
            needed[rel] = 'marks strings with _() or N_()'
    for folder in ('src', 'ui'):
        for rel in files_under(root, folder, ('.ui',)):
            if TRANSLATABLE_UI.search(read(root, rel)):
                needed[rel] = 'has translatable="yes"'
    data = os.path.join(root, 'data')
    if os.path.isdir(data):
        for filename in sorted(os.listdir(data)):
            if DATA_PATTERNS.search(filename):
                needed[os.path.join('data', filename)] = \
                    'is a desktop entry, metainfo or schema with visible text'
    return needed


def listed(root):
    entries = []
    with open(os.path.join(root, 'po', 'POTFILES.in'), encoding='utf-8') as f:
        for number, line in enumerate(f, start=1):
            line = line.strip()
            if line and not line.startswith('#'):
                entries.append((number, line))
    return entries


def main():
    if len(sys.argv) != 2:
        print('usage: check-potfiles.py SOURCE_ROOT')
        return 2
    root = sys.argv[1]
    problems = []

    entries = listed(root)
    names = {name for _, name in entries}
    for number, name in entries:
        if not os.path.isfile(os.path.join(root, name)):
            problems.append(f'po/POTFILES.in:{number}: {name} does not exist; '
                            f'remove the line or fix the path')

    for rel, why in sorted(needing_translation(root).items()):
        if rel not in names:
            problems.append(f'{rel} {why} but is not in po/POTFILES.in; '
                            f'add it there (keep the list sorted)')

    for line in problems:
        print(f'FAIL: {line}')
    if problems:
        return 1
    print(f'PASS: po/POTFILES.in lists all {len(names)} files with '
          f'translatable strings')
    return 0


if __name__ == '__main__':
    sys.exit(main())
