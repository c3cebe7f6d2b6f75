#!/usr/bin/env python3
# check-icons.py - the app icon and its symbolic variant parse, render and recolour
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: check-icons.py APP_ICON.svg SYMBOLIC_ICON.svg
#
# The full-colour icon must be a 128x128 SVG that librsvg renders at every
# size a launcher asks for. The symbolic icon must be a 16x16 SVG in one
# colour that GTK can recolour: GTK 4.8 to 4.18 recolour a symbolic icon by
# forcing `fill` on rect, circle and path elements only, so any other shape,
# a stroke or a second colour would stay dark on a dark theme. The test
# renders it the way GTK does, in white, and every visible pixel must be white.
import base64
import re
import sys
import xml.etree.ElementTree as ET

SKIP = 77
SVG_NS = '{http://www.w3.org/2000/svg}'
APP_SIZES = (16, 32, 64, 128, 256)
SYMBOLIC_SIZES = (16, 32, 64)
SYMBOLIC_VIEW = 16
RECOLOURED_SHAPES = {'path', 'rect', 'circle'}
STRUCTURE = {'svg', 'g', 'title', 'desc', 'metadata', 'defs'}
PAINT_PROPERTIES = ('fill', 'stroke', 'stop-color', 'color', 'flood-color',
                    'lighting-color')
COLOUR_TOLERANCE = 8

problems = []


def problem(path, message):
    problems.append(f'{path}: {message}')


def local_name(tag):
    return tag[len(SVG_NS):] if tag.startswith(SVG_NS) else tag


def paint_of(element):
    """The paint properties an element sets, from attributes and style=."""
    paint = {}
    for name in PAINT_PROPERTIES:
        if name in element.attrib:
            paint[name] = element.attrib[name].strip()
    for declaration in element.attrib.get('style', '').split(';'):
        if ':' in declaration:
            name, value = declaration.split(':', 1)
            if name.strip() in PAINT_PROPERTIES:
                paint[name.strip()] = value.strip()
    return paint


def parse(path, size):
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as error:
        problem(path, f'cannot be read as XML: {error}')
        return None
    if root.tag != SVG_NS + 'svg':
        problem(path, f'the root element is <{root.tag}>, not an SVG <svg>')
        return None
    view_box = root.attrib.get('viewBox', '').replace(',', ' ').split()
    if view_box != ['0', '0', str(size), str(size)]:
        problem(path, f'viewBox is "{root.attrib.get("viewBox", "")}", '
                      f'expected "0 0 {size} {size}"')
    return root


def check_symbolic_source(path, root):
    colours = set()
    for element in root.iter():
        name = local_name(element.tag)
        if name not in STRUCTURE and name not in RECOLOURED_SHAPES:
            problem(path, f'<{name}> is not recoloured by GTK; draw with '
                          f'<path>, <rect> or <circle> only')
        paint = paint_of(element)
        for prop, value in paint.items():
            if prop == 'stroke' and value != 'none':
                problem(path, f'<{name}> has stroke "{value}", which GTK '
                              f'does not recolour; turn the stroke into a '
                              f'filled path')
            elif prop == 'fill' and value == 'none' and \
                    name in RECOLOURED_SHAPES:
                problem(path, f'<{name}> has fill="none", which GTK '
                              f'overrides and fills')
            elif prop in ('fill', 'stop-color', 'color') and \
                    value not in ('none', 'currentColor', 'inherit'):
                colours.add(value.lower())
        if 'class' in element.attrib:
            problem(path, f'<{name}> has class="{element.attrib["class"]}"; '
                          f'GTK gives the warning/error/success classes '
                          f'other colours')
    if len(colours) > 1:
        problem(path, f'uses {len(colours)} colours ({", ".join(sorted(colours))}); '
                      f'a symbolic icon has one')


def load_pixbuf(GdkPixbuf, data, size):
    loader = GdkPixbuf.PixbufLoader.new_with_type('svg')
    loader.set_size(size, size)
    loader.write(data)
    loader.close()
    return loader.get_pixbuf()


def visible_pixels(pixbuf):
    """(r, g, b) of every pixel at least half opaque."""
    pixels = pixbuf.get_pixels()
    stride = pixbuf.get_rowstride()
    channels = pixbuf.get_n_channels()
    for y in range(pixbuf.get_height()):
        for x in range(pixbuf.get_width()):
            offset = y * stride + x * channels
            if channels == 4 and pixels[offset + 3] < 128:
                continue
            yield tuple(pixels[offset:offset + 3])


def gtk_recoloured(data, size, colour):
    """The document GTK 4.8 hands to librsvg for a symbolic icon of SIZE
    units, which librsvg then scales to the size asked for."""
    encoded = base64.b64encode(data).decode('ascii')
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<svg version="1.1" xmlns="http://www.w3.org/2000/svg" '
            f'xmlns:xi="http://www.w3.org/2001/XInclude" '
            f'width="{size}" height="{size}">'
            f'<style type="text/css">rect,circle,path '
            f'{{ fill: {colour} !important; }}</style>'
            f'<xi:include href="data:text/xml;base64,{encoded}"/>'
            f'</svg>').encode('utf-8')


def far(rgb, target):
    return any(abs(a - b) > COLOUR_TOLERANCE for a, b in zip(rgb, target))


def render_checks(GLib, GdkPixbuf, app_path, symbolic_path):
    with open(app_path, 'rb') as f:
        app_data = f.read()
    with open(symbolic_path, 'rb') as f:
        symbolic_data = f.read()

    for size in APP_SIZES:
        try:
            pixbuf = load_pixbuf(GdkPixbuf, app_data, size)
        except GLib.Error as error:
            problem(app_path, f'librsvg cannot render it at {size}px: '
                              f'{error.message}')
            continue
        covered = sum(1 for _ in visible_pixels(pixbuf))
        if covered < size * size // 4:
            problem(app_path, f'at {size}px only {covered} of {size * size} '
                              f'pixels are visible; the drawing is missing '
                              f'or tiny')

    white = (255, 255, 255)
    for size in SYMBOLIC_SIZES:
        try:
            plain = load_pixbuf(GdkPixbuf, symbolic_data, size)
            recoloured = load_pixbuf(GdkPixbuf, gtk_recoloured(
                symbolic_data, SYMBOLIC_VIEW, '#ffffff'), size)
        except GLib.Error as error:
            problem(symbolic_path, f'librsvg cannot render it at {size}px: '
                                   f'{error.message}')
            continue
        plain_colours = set(visible_pixels(plain))
        if not plain_colours:
            problem(symbolic_path, f'nothing is visible at {size}px')
            continue
        first = next(iter(plain_colours))
        mixed = [rgb for rgb in plain_colours if far(rgb, first)]
        if mixed:
            problem(symbolic_path, f'at {size}px it shows more than one '
                                   f'colour: #{first[0]:02x}{first[1]:02x}'
                                   f'{first[2]:02x} and #{mixed[0][0]:02x}'
                                   f'{mixed[0][1]:02x}{mixed[0][2]:02x}')
        dark = [rgb for rgb in visible_pixels(recoloured) if far(rgb, white)]
        if dark:
            problem(symbolic_path, f'recoloured white as GTK does on a dark '
                                   f'theme, {len(dark)} pixels at {size}px '
                                   f'keep another colour')


def main():
    if len(sys.argv) != 3:
        print('usage: check-icons.py APP_ICON.svg SYMBOLIC_ICON.svg')
        return 2
    app_path, symbolic_path = sys.argv[1], sys.argv[2]

    if not re.search(r'-symbolic\.svg$', symbolic_path):
        problem(symbolic_path, 'a symbolic icon file name ends in -symbolic.svg')
    parse(app_path, 128)
    symbolic = parse(symbolic_path, SYMBOLIC_VIEW)
    if symbolic is not None:
        check_symbolic_source(symbolic_path, symbolic)

    try:
        import gi
        gi.require_version('GdkPixbuf', '2.0')
        from gi.repository import GdkPixbuf, GLib
    except (ImportError, ValueError) as error:
        GdkPixbuf = None
        reason = (f'python3-gi with GdkPixbuf is missing ({error}); '
                  f'install python3-gi and gir1.2-gdkpixbuf-2.0')

    if GdkPixbuf is not None:
        formats = [f.get_name() for f in GdkPixbuf.Pixbuf.get_formats()]
        if 'svg' not in formats:
            problem(app_path, 'GdkPixbuf has no SVG loader, so no icon can be '
                              'shown; install librsvg2-common')
        elif not problems:
            render_checks(GLib, GdkPixbuf, app_path, symbolic_path)

    for line in problems:
        print(f'FAIL: {line}')
    if problems:
        return 1
    if GdkPixbuf is None:
        print(f'SKIP: the sources are fine, but the icons were not rendered: '
              f'{reason}')
        return SKIP
    print(f'PASS: {app_path} at {APP_SIZES} px; {symbolic_path} in one '
          f'colour that GTK recolours, at {SYMBOLIC_SIZES} px')
    return 0


if __name__ == '__main__':
    sys.exit(main())
