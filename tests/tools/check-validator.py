#!/usr/bin/env python3
# check-validator.py - run a file validator and fail on anything it reports
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: check-validator.py [--appstream] [--allow TAG]... [--package PKG]
#                           -- PROGRAM ARG...
#
# Fails when PROGRAM exits non-zero or reports a finding. desktop-file-validate
# and glib-compile-schemas print nothing for a good file, so any output is a
# finding (a desktop-file "hint" too). With --appstream the findings are
# appstreamcli's "X: component:line: tag" lines, pedantic ones included; a tag
# named with --allow is printed but accepted (say why where the test is
# declared). Exits 77 when PROGRAM is not installed, naming its package.
import argparse
import re
import shutil
import subprocess
import sys

SKIP = 77
APPSTREAM_ISSUE = re.compile(r'^([EWIP]): (\S*?):(\S*): (\S+)')


def findings(output, appstream, allowed):
    found = []
    for line in output.splitlines():
        if not line.strip():
            continue
        if not appstream:
            found.append(line)
            continue
        match = APPSTREAM_ISSUE.match(line)
        if match and match.group(4) not in allowed:
            found.append(line)
    return found


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--appstream', action='store_true',
                        help='parse appstreamcli issue lines')
    parser.add_argument('--allow', action='append', default=[],
                        help='an appstreamcli issue tag to accept')
    parser.add_argument('--package', default=None,
                        help='the Debian package that provides PROGRAM')
    parser.add_argument('command', nargs=argparse.REMAINDER)
    args = parser.parse_args()

    command = args.command
    if command and command[0] == '--':
        command = command[1:]
    if not command:
        parser.error('no validator command given')

    program = shutil.which(command[0])
    if program is None:
        package = args.package or command[0]
        print(f'SKIP: {command[0]} is not installed; '
              f'install it with: apt-get install {package}')
        return SKIP

    result = subprocess.run([program] + command[1:], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True,
                            check=False)
    output = result.stdout
    sys.stdout.write(output)

    problems = findings(output, args.appstream, set(args.allow))
    if result.returncode != 0:
        print(f'FAIL: {command[0]} exited with status {result.returncode}')
        return 1
    if problems:
        advice = 'fix them'
        if args.appstream:
            advice += (' (a tag that truly cannot be fixed may be allowed '
                       'with --allow and a reason in tests/tools/meson.build)')
        print(f'FAIL: {command[0]} reported {len(problems)} problem(s); '
              f'{advice}:')
        for line in problems:
            print(f'  {line}')
        return 1
    print(f'PASS: {" ".join(command)}')
    return 0


if __name__ == '__main__':
    sys.exit(main())
