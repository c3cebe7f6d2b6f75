# catalog_import.py - import a 50,000-row Shopify product CSV (10,000 products with variants)
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The file is generated, always the same, in Shopify's 2025 header set:
# 10,000 products of five sizes each (one row per variant, the product's
# fields on its first row), with HTML descriptions, tags, prices, costs,
# compare-at prices on some, barcodes with leading zeros, weights, and a
# product image on every first row (a second one, on the second row, for
# one product in four), as remote URLs that are never fetched. The subject
# is the real command, `shopcraft --import-catalog FILE --run NAME` into
# a new data folder: the RFC 4180 reader, the Shopify mapping with every
# cell checked, and the staged save of the run in one transaction. The
# reference is the sqlite3 shell importing the same file into one table,
# `.import --csv`, in a new database: reading the CSV and writing its rows
# as text, without meaning.
#
# Each row also records the process's peak resident memory (wait4's
# ru_maxrss), the table's "RSS" column. Rows per second is 50,000 divided
# by the time.

import csv
import os
import subprocess
import time

from benchlib import Benchmark, BenchError, Row, Sample, program

PRODUCTS = 10000
SIZES = ('XS', 'S', 'M', 'L', 'XL')
ROWS = PRODUCTS * len(SIZES)

HEADER = [
    'Title', 'URL handle', 'Description', 'Vendor', 'Product category', 'Type', 'Tags',
    'Published on online store', 'Status', 'SKU', 'Barcode', 'Option1 name', 'Option1 value',
    'Option1 Linked To', 'Option2 name', 'Option2 value', 'Option2 Linked To', 'Option3 name',
    'Option3 value', 'Option3 Linked To', 'Price', 'Compare-at price', 'Cost per item', 'Charge tax',
    'Tax code', 'Inventory tracker', 'Inventory quantity', 'Continue selling when out of stock',
    'Weight value (grams)', 'Weight unit for display', 'Requires shipping', 'Fulfillment service',
    'Product image URL', 'Image position', 'Image alt text', 'Variant image URL', 'Gift card',
    'SEO title', 'SEO description',
]

KINDS = ('T-shirt', 'Hoodie', 'Tote bag', 'Beanie', 'Apron', 'Mug', 'Poster', 'Notebook')
COLOURS = ('Black', 'Forest green', 'Sand', 'Navy', 'Rust', 'Cream', 'Charcoal')
VENDORS = ('Harmony Threads', 'North Loom', 'Paper & Pine', 'Kiln Street')
CATEGORIES = ('Apparel & Accessories > Clothing > Clothing Tops > T-Shirts',
              'Apparel & Accessories > Handbags, Wallets & Cases',
              'Home & Garden > Kitchen & Dining > Tableware > Drinkware > Mugs',
              'Arts & Entertainment > Hobbies & Creative Arts > Artwork > Posters, Prints, & Visual Artwork')


def _price(i, size):
    cents = 1500 + (i * 37) % 4000 + size * 100
    return f'{cents // 100}.{cents % 100:02d}'


def _rows(i):
    kind = KINDS[i % len(KINDS)]
    colour = COLOURS[(i // len(KINDS)) % len(COLOURS)]
    title = f'{colour} organic {kind.lower()} No. {i + 1}'
    handle = f'{colour.lower().replace(" ", "-")}-organic-{kind.lower().replace(" ", "-")}-{i + 1}'
    image = f'https://cdn.example.com/products/{handle}.jpg'
    for s, size in enumerate(SIZES):
        first = s == 0
        second_image = s == 1 and i % 4 == 0
        row = dict.fromkeys(HEADER, '')
        if first:
            row.update({
                'Title': title,
                'Description': f'<p>A {kind.lower()} in {colour.lower()}, made from organic cotton.</p>'
                               f'<ul><li>Fair-trade</li><li>Washable at 30 °C</li></ul>',
                'Vendor': VENDORS[i % len(VENDORS)],
                'Product category': CATEGORIES[i % len(CATEGORIES)],
                'Type': kind,
                'Tags': f'organic, {colour.lower()}, {kind.lower()}',
                'Published on online store': 'TRUE',
                'Status': 'active' if i % 10 else 'draft',
                'Option1 name': 'Size',
                'SEO title': f'{title} | Shopcraft demo store',
                'SEO description': f'Buy the {title.lower()}: organic cotton, fair-trade, five sizes.',
            })
        row.update({
            'URL handle': handle,
            'SKU': f'SC-{i + 1:05d}-{size}',
            'Barcode': f'{(i * len(SIZES) + s) % 10 ** 12:012d}0',
            'Option1 value': size,
            'Price': _price(i, s),
            'Compare-at price': _price(i, s + 5) if i % 3 == 0 else '',
            'Cost per item': f'{6 + i % 9}.{(i * 7) % 100:02d}',
            'Charge tax': 'TRUE',
            'Inventory tracker': 'shopify',
            'Inventory quantity': str((i * 13 + s * 7) % 120),
            'Continue selling when out of stock': 'deny' if i % 5 else 'continue',
            'Weight value (grams)': str(180 + s * 20 + i % 50),
            'Weight unit for display': 'kg' if i % 2 else 'g',
            'Requires shipping': 'TRUE',
            'Fulfillment service': 'manual',
            'Gift card': 'FALSE' if first else '',
        })
        if first or second_image:
            src = image if first else image.replace('.jpg', '-back.jpg')
            row.update({
                'Product image URL': src,
                'Image position': '1' if first else '2',
                'Image alt text': f'{title}, {"front" if first else "back"}',
            })
        if first:
            row['Variant image URL'] = image
        yield row


def generate(path, products=PRODUCTS):
    with open(path, 'w', encoding='utf-8', newline='') as out:
        writer = csv.DictWriter(out, fieldnames=HEADER, lineterminator='\r\n')
        writer.writeheader()
        for i in range(products):
            for row in _rows(i):
                writer.writerow(row)


def _timed(ctx, argv):
    """Wall time and peak RSS of one child, from spawn to exit."""
    start = time.monotonic_ns()
    proc = subprocess.Popen(argv, env=ctx.child_env(), stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed_ms = (time.monotonic_ns() - start) / 1e6
    returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode(errors='replace')
    proc.stderr.close()
    if returncode != 0:
        raise BenchError(f'{argv[0]} exited with status {returncode}: {err.strip()[-400:]}')
    return Sample(elapsed_ms, rss_kb=usage.ru_maxrss)


def _fresh_dir(ctx, prefix):
    ctx.state['runs'] += 1
    path = ctx.path(f'{prefix}-{ctx.state["runs"]}')
    os.makedirs(path)
    return path


def _import(ctx):
    data_dir = _fresh_dir(ctx, 'data')
    return _timed(ctx, [os.path.join(ctx.build_dir, 'src', 'shopcraft'), '--data-dir', data_dir,
                        '--import-catalog', ctx.state['csv'], '--run', 'bench'])


def _sqlite_import(ctx):
    db_dir = _fresh_dir(ctx, 'sqlite')
    return _timed(ctx, ['sqlite3', os.path.join(db_dir, 'x.db'), f'.import --csv {ctx.state["csv"]} t'])


def setup(ctx):
    ctx.state['csv'] = ctx.path('products.csv')
    ctx.state['runs'] = 0
    generate(ctx.state['csv'])


def _shopcraft_available(ctx):
    exe = os.path.join(ctx.build_dir, 'src', 'shopcraft')
    return None if os.access(exe, os.X_OK) else f'{exe} is not built'


BENCHMARK = Benchmark(
    name='catalog_import',
    title='Import a 50,000-row Shopify product CSV (10,000 products with variants)',
    unit='ms',
    setup=setup,
    subject=Row('shopcraft --import-catalog, Shopify 2025 headers', measure=_import,
                available=_shopcraft_available),
    reference=Row('sqlite3 .import --csv, same file', measure=_sqlite_import,
                  available=lambda ctx: program('sqlite3')),
    note=f'{PRODUCTS} products × {len(SIZES)} sizes = {ROWS} rows, Shopify 2025 header set, '
         f'with HTML descriptions, barcodes, weights and {PRODUCTS + PRODUCTS // 4} image URLs; '
         f'rows per second = {ROWS} / time; the subject checks every cell and saves the run in a '
         f'new database in one transaction, the reference stores the rows as text in one table; '
         f'the RSS column is each process\'s peak resident memory',
)
