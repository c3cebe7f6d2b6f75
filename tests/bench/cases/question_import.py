# question_import.py - import a 10,000-question bank, in Moodle XML and in GIFT
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The bank is generated in the formats' real shape: single choice with
# four answers and feedback, true/false, short answer with a wildcard,
# numerical with a tolerance, spread over nested categories; one question
# in ten carries a picture as a base64 <file> in its text (Moodle XML
# only: GIFT cannot hold files). The subject is the real command,
# `shopcraft --import-questions FILE` into a new data folder: the reader
# (size caps, DOCTYPE refusal, every file's base64 checked, formatting
# notes) and the staged save in one transaction. The reference is
# libxml2 parsing the same file, `xmllint --noout`. The GIFT row imports
# the same questions written in GIFT.
#
# Each row also records the process's peak resident memory (wait4's
# ru_maxrss), the table's "RSS" column.

import os
import struct
import subprocess
import time
import zlib
from base64 import b64encode

from benchlib import Benchmark, BenchError, Row, Sample, program

QUESTIONS = 10000
PICTURE_EVERY = 10


def _png(seed, side=48):
    """A small, valid PNG: a gradient that differs with the seed."""
    rows = b''.join(b'\x00' + bytes(v for x in range(side)
                                    for v in ((x * 5 + y * 3 + seed) % 256, (x + seed) % 256, y % 256))
                    for y in range(side))

    def chunk(kind, data):
        body = kind + data
        return struct.pack('>I', len(data)) + body + struct.pack('>I', zlib.crc32(body))

    header = struct.pack('>IIBBBBB', side, side, 8, 2, 0, 0, 0)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', header) +
            chunk(b'IDAT', zlib.compress(rows)) + chunk(b'IEND', b''))


def _question_xml(i):
    kind = i % 4
    name = f'Question {i + 1}'
    picture = ''
    text = f'<p>Question {i + 1}: which of these keeps a listing in search results?</p>'
    if i % PICTURE_EVERY == 0:
        data = b64encode(_png(i)).decode('ascii')
        text += f'<p><img src="@@PLUGINFILE@@/shot-{i}.png" alt="A listing"></p>'
        picture = f'<file name="shot-{i}.png" path="/" encoding="base64">{data}</file>'
    head = (f'<name><text>{name}</text></name>'
            f'<questiontext format="html"><text><![CDATA[{text}]]></text>{picture}</questiontext>'
            f'<generalfeedback format="html"><text>Check the policy page.</text></generalfeedback>'
            f'<defaultgrade>1.0000000</defaultgrade><penalty>0.3333333</penalty><hidden>0</hidden>'
            f'<idnumber>Q{i + 1}</idnumber>')
    if kind == 0:
        answers = ''.join(
            f'<answer fraction="{100 if a == 0 else 0}" format="html"><text>Answer {a} of {i + 1}</text>'
            f'<feedback format="html"><text>{"Right." if a == 0 else "Not this one."}</text></feedback></answer>'
            for a in range(4))
        return (f'<question type="multichoice">{head}<single>true</single>'
                f'<shuffleanswers>true</shuffleanswers><answernumbering>abc</answernumbering>'
                f'{answers}</question>')
    if kind == 1:
        return (f'<question type="truefalse">{head}'
                f'<answer fraction="100" format="moodle_auto_format"><text>true</text></answer>'
                f'<answer fraction="0" format="moodle_auto_format"><text>false</text></answer></question>')
    if kind == 2:
        return (f'<question type="shortanswer">{head}<usecase>0</usecase>'
                f'<answer fraction="100" format="moodle_auto_format"><text>sku*</text></answer>'
                f'<answer fraction="50" format="moodle_auto_format"><text>code</text></answer></question>')
    return (f'<question type="numerical">{head}'
            f'<answer fraction="100" format="moodle_auto_format"><text>{i % 97}</text>'
            f'<tolerance>0.5</tolerance></answer></question>')


def _question_gift(i):
    kind = i % 4
    title = f'::Question {i + 1}::'
    text = f'Question {i + 1}\\: which of these keeps a listing in search results?'
    if kind == 0:
        answers = ' '.join(('=' if a == 0 else '~') + f'Answer {a} of {i + 1}#'
                           + ('Right.' if a == 0 else 'Not this one.') for a in range(4))
        return f'{title}{text} {{{answers}}}'
    if kind == 1:
        return f'{title}{text} {{TRUE}}'
    if kind == 2:
        return f'{title}{text} {{=sku* =%50%code}}'
    return f'{title}{text} {{#{i % 97}:0.5}}'


def generate(xml_path, gift_path, n=QUESTIONS):
    with open(xml_path, 'w', encoding='utf-8') as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n')
        for i in range(n):
            if i % 500 == 0:
                out.write(f'<question type="category"><category><text>$course$/Bank/Part {i // 500 + 1}'
                          f'</text></category></question>\n')
            out.write(_question_xml(i))
            out.write('\n')
        out.write('</quiz>\n')
    with open(gift_path, 'w', encoding='utf-8') as out:
        for i in range(n):
            if i % 500 == 0:
                out.write(f'$CATEGORY: $course$/Bank/Part {i // 500 + 1}\n\n')
            out.write(_question_gift(i))
            out.write('\n\n')


def _timed(ctx, argv, ok_statuses=(0,)):
    """Wall time and peak RSS of one child, from spawn to exit."""
    start = time.monotonic_ns()
    proc = subprocess.Popen(argv, env=ctx.child_env(), stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed_ms = (time.monotonic_ns() - start) / 1e6
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode(errors='replace')
    proc.stderr.close()
    if proc.returncode not in ok_statuses:
        raise BenchError(f'{argv[0]} exited with status {proc.returncode}: {err.strip()[-400:]}')
    return Sample(elapsed_ms, rss_kb=usage.ru_maxrss)


def _import(ctx, name):
    ctx.state['runs'] += 1
    data_dir = ctx.path(f'data-{ctx.state["runs"]}')
    os.makedirs(data_dir)
    return _timed(ctx, [os.path.join(ctx.build_dir, 'src', 'shopcraft'), '--data-dir', data_dir,
                        '--import-questions', ctx.state[name], '--bank', 'bench'])


def setup(ctx):
    ctx.state['xml'] = ctx.path('bank.xml')
    ctx.state['gift'] = ctx.path('bank.gift')
    ctx.state['runs'] = 0
    generate(ctx.state['xml'], ctx.state['gift'])
    # The app's cap is 64 MiB a file: say so here rather than in a failed row.
    if os.path.getsize(ctx.state['xml']) > 64 * 1024 * 1024:
        raise BenchError('the generated bank is over the 64 MiB import cap')


def _shopcraft_available(ctx):
    exe = os.path.join(ctx.build_dir, 'src', 'shopcraft')
    return None if os.access(exe, os.X_OK) else f'{exe} is not built'


BENCHMARK = Benchmark(
    name='question_import',
    title='Import a 10,000-question bank (Moodle XML with pictures, and GIFT)',
    unit='ms',
    setup=setup,
    subject=Row('shopcraft --import-questions, Moodle XML', measure=lambda ctx: _import(ctx, 'xml'),
                available=_shopcraft_available),
    reference=Row('xmllint --noout, same file',
                  measure=lambda ctx: _timed(ctx, ['xmllint', '--noout', ctx.state['xml']]),
                  available=lambda ctx: program('xmllint')),
    peers=[
        Row('shopcraft --import-questions, GIFT (no pictures)',
            measure=lambda ctx: _import(ctx, 'gift'), available=_shopcraft_available),
    ],
    note=f'{QUESTIONS} questions (single choice, true/false, short answer, numerical) in '
         f'{QUESTIONS // 500} categories, one in {PICTURE_EVERY} with a 48×48 PNG in its text; '
         f'the subject also stores them in a new database in one transaction; the RSS column '
         f'is each process\'s peak resident memory',
)
