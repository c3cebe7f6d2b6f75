#!/usr/bin/env python3
# check-flatpak-manifest.py - the Flatpak manifest parses cleanly and asks for little
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: check-flatpak-manifest.py MANIFEST.json APP_ID
#
# flatpak-builder --show-manifest parses the manifest offline; an unknown key
# is only a WARNING with exit status 0, so any WARNING fails the test. It
# writes .flatpak-builder/ into the current folder, so it runs in a temporary
# one. The manifest must also keep the app's promises: the app ID and the
# command, no network access, and no permission beyond a desktop window's.
# Exits 77 when flatpak-builder is not installed.
import json
import os
import shutil
import subprocess
import sys
import tempfile

SKIP = 77
ALLOWED_FINISH_ARGS = {
    '--share=ipc',
    '--socket=fallback-x11',
    '--socket=wayland',
    '--device=dri',
}


def policy_problems(manifest, app_id):
    problems = []
    found_id = manifest.get('id', manifest.get('app-id'))
    if found_id != app_id:
        problems.append(f'the app ID is "{found_id}", expected "{app_id}"')
    if manifest.get('command') != 'shopcraft':
        problems.append(f'the command is "{manifest.get("command")}", '
                        f'expected "shopcraft"')
    for arg in manifest.get('finish-args', []):
        if arg == '--share=network':
            problems.append('finish-args grants --share=network; Shopcraft '
                            'works offline and must not ask for it')
        elif arg not in ALLOWED_FINISH_ARGS:
            problems.append(f'finish-args grants {arg}, which a desktop '
                            f'window does not need; allowed: '
                            f'{", ".join(sorted(ALLOWED_FINISH_ARGS))}')
    modules = manifest.get('modules', [])
    for module in modules:
        if not isinstance(module, dict):
            continue
        build_args = module.get('build-options', {}).get('build-args', [])
        if '--share=network' in build_args:
            problems.append(f'module {module.get("name")} builds with '
                            f'network access')
    return problems


def main():
    if len(sys.argv) != 3:
        print('usage: check-flatpak-manifest.py MANIFEST.json APP_ID')
        return 2
    path, app_id = os.path.abspath(sys.argv[1]), sys.argv[2]

    builder = shutil.which('flatpak-builder')
    if builder is None:
        print('SKIP: flatpak-builder is not installed; install it with: '
              'apt-get install flatpak-builder')
        return SKIP

    with tempfile.TemporaryDirectory(prefix='sc-flatpak-') as scratch:
        result = subprocess.run([builder, '--show-manifest', path],
                                cwd=scratch, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True,
                                check=False)
    problems = []
    if result.returncode != 0:
        problems.append(f'flatpak-builder --show-manifest exited with status '
                        f'{result.returncode}: {result.stderr.strip()}')
    for line in (result.stderr + result.stdout).splitlines():
        if 'WARNING' in line:
            problems.append(f'flatpak-builder warns: {line.strip()}')

    try:
        with open(path, encoding='utf-8') as f:
            manifest = json.load(f)
    except (OSError, ValueError) as error:
        problems.append(f'cannot be read as JSON: {error}')
        manifest = None
    if isinstance(manifest, dict):
        problems.extend(policy_problems(manifest, app_id))

    for line in problems:
        print(f'FAIL: {path}: {line}')
    if problems:
        return 1
    print(f'PASS: {path} parses with no warning and asks only for '
          f'{", ".join(manifest.get("finish-args", []))}')
    return 0


if __name__ == '__main__':
    sys.exit(main())
