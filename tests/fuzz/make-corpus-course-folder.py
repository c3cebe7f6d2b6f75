#!/usr/bin/python3
# make-corpus-course-folder.py - write the seed corpus of the course-folder fuzz target
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Run once (and again when the test courses change a lot); the files are
# committed in tests/fuzz/corpus/course-folder/. Each seed is one test
# course packed as fuzz-course-folder.c unpacks it: course.xml's text,
# then for every other file a line "@@ PATH" and the file's text. The
# seeds are the two clean test courses and the broken courses of
# tests/data/bad that differ from them in a file the other targets do not
# read on their own (course.xml, the glossary, quizzes and banks).

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.normpath(os.path.join(HERE, '..', '..'))
OUT = os.path.join(HERE, 'corpus', 'course-folder')

SEEDS = [
    ('tests/data/courses', 'minimal'),
    ('tests/data/courses', 'search'),
] + [('tests/data/bad', name) for name in (
    'course-dangling-see-also',
    'course-duplicate-competency',
    'course-duplicate-lesson',
    'course-lesson-practice',
    'course-lesson-twice',
    'course-quiz-bad-numbers',
    'course-quiz-missing-bank',
    'course-quiz-overlap',
    'course-quiz-references',
    'course-quiz-schema-order',
    'course-quiz-unknown-quiz',
    'course-schema-order',
    'course-unknown-competency',
    'course-unknown-objective',
)]


def pack(folder):
    parts = []
    with open(os.path.join(folder, 'course.xml'), 'rb') as f:
        parts.append(f.read())
    for dirpath, dirnames, filenames in sorted(os.walk(folder)):
        dirnames.sort()
        for name in sorted(filenames):
            path = os.path.join(dirpath, name)
            relative = os.path.relpath(path, folder)
            if relative == 'course.xml' or os.path.islink(path):
                continue
            with open(path, 'rb') as f:
                parts.append(b'@@ ' + relative.encode() + b'\n' + f.read())
    return b'\n'.join(parts)


def main():
    os.makedirs(OUT, exist_ok=True)
    for parent, name in SEEDS:
        folder = os.path.join(TOP, parent, name)
        if not os.path.isdir(folder):
            sys.exit(f'{folder} is missing')
        with open(os.path.join(OUT, name + '.txt'), 'wb') as f:
            f.write(pack(folder))


if __name__ == '__main__':
    main()
