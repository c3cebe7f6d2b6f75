#!/usr/bin/env python3
# check-layers.py - the include graph only points down the floors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Floors, lowest first (DESIGN.md, "Layers"): core's shared headers, then
# core/db <- content <- sandbox <- learning, ScContext, charts, widgets,
# panels, app, main.c. A file may include headers of its own floor or
# lower. core/ and charts/ never include GTK, GDK or libadwaita.
import os
import re
import sys

RANKS = [
    ('core/db/', 1),
    ('core/content/', 2),
    ('core/sandbox/', 3),
    ('core/learning/', 4),
    ('core/sc-context.', 5),
    ('core/', 0),
    ('charts/', 6),
    ('widgets/', 7),
    ('panels/', 8),
    ('app/', 9),
    ('main.c', 10),
]
TOOLKIT = re.compile(r'#\s*include\s*<(gtk/|gdk/|gsk/|adwaita\.h|libadwaita)')
LOCAL = re.compile(r'#\s*include\s*"([^"]+)"')


def rank_of(rel):
    for prefix, rank in RANKS:
        if rel.startswith(prefix):
            return rank
    return None


def main():
    src = sys.argv[1]
    headers = {}
    files = []
    for root, _dirs, names in os.walk(src):
        for name in names:
            if name.endswith(('.c', '.h')):
                rel = os.path.relpath(os.path.join(root, name), src)
                files.append(rel)
                if name.endswith('.h'):
                    headers[name] = rel

    problems = []
    for rel in sorted(files):
        rank = rank_of(rel)
        if rank is None:
            problems.append(f'src/{rel}: not in any floor of DESIGN.md')
            continue
        with open(os.path.join(src, rel), encoding='utf-8') as f:
            for lineno, line in enumerate(f, 1):
                if rank <= 6 and TOOLKIT.search(line):
                    problems.append(f'src/{rel}:{lineno}: {line.strip()} — core/ and charts/ never use GTK')
                m = LOCAL.search(line)
                if not m or m.group(1) == 'config.h':
                    continue
                target = headers.get(os.path.basename(m.group(1)))
                if target is None:
                    continue
                target_rank = rank_of(target)
                if target_rank is not None and target_rank > rank:
                    problems.append(f'src/{rel}:{lineno}: includes {target}, a higher floor')

    for p in problems:
        print(p)
    print(f'{len(files)} files checked, {len(problems)} problems')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
