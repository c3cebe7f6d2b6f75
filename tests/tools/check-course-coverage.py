#!/usr/bin/env python3
# check-course-coverage.py - the built-in course uses every element of the format
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The starter course is also the format's showcase and the reader page's
# test bed: every block and inline element, every callout type and both
# list types must appear somewhere in its lessons, and the course must meet
# the minimum size.
import glob
import os
import sys
import xml.etree.ElementTree as ET

REQUIRED_ELEMENTS = {
    'section', 'heading', 'p', 'em', 'strong', 'code', 'link', 'term', 'list', 'item',
    'table', 'row', 'cell', 'caption', 'callout', 'figure', 'worked-example', 'problem',
    'numbers', 'number', 'solution', 'step', 'answer', 'sop', 'template', 'text',
    'practice', 'goal',
}
REQUIRED_CALLOUTS = {'tip', 'warning', 'policy', 'example'}
MINIMUM = {'domains': 2, 'modules': 4, 'lessons': 8, 'glossary entries': 40}


def main():
    course_dir = sys.argv[1]
    problems = []
    course = ET.parse(os.path.join(course_dir, 'course.xml')).getroot()
    glossary = ET.parse(os.path.join(course_dir, course.find('glossary').get('src'))).getroot()
    counts = {
        'domains': len(course.findall('domain')),
        'modules': len(course.findall('domain/module')),
        'lessons': len(course.findall('domain/module/lesson')),
        'glossary entries': len(glossary.findall('entry')),
    }
    for what, least in MINIMUM.items():
        if counts[what] < least:
            problems.append(f'{counts[what]} {what}; the starter course needs at least {least}')

    seen = set()
    callouts = set()
    list_types = set()
    nested_list = False
    for path in sorted(glob.glob(os.path.join(course_dir, 'lessons', '*.xml'))):
        root = ET.parse(path).getroot()
        for el in root.iter():
            seen.add(el.tag)
            if el.tag == 'callout':
                callouts.add(el.get('type'))
            if el.tag == 'list':
                list_types.add(el.get('type', 'unordered'))
                if el.find('.//list') is not None:
                    nested_list = True
            if el.tag == 'row' and el.get('header') == 'true':
                seen.add('row[header]')
            if el.tag == 'link':
                seen.add('link[lesson]' if el.get('lesson') else 'link[href]')

    for name in sorted((REQUIRED_ELEMENTS | {'row[header]', 'link[lesson]'}) - seen):
        problems.append(f'no lesson uses <{name}>')
    for kind in sorted(REQUIRED_CALLOUTS - callouts):
        problems.append(f'no lesson has a callout of type "{kind}"')
    for kind in sorted({'ordered', 'unordered'} - list_types):
        problems.append(f'no lesson has an {kind} list')
    if not nested_list:
        problems.append('no lesson nests a list in a list')

    for p in problems:
        print(f'{course_dir}: {p}')
    print(', '.join(f'{n} {w}' for w, n in counts.items()) + f'; {len(problems)} problems')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
