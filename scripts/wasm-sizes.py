#!/usr/bin/env python3
"""Code bytes per crate in a wasm built with its name section (the release
build in target/, before wasm-bindgen and wasm-opt): where the size goes.
Usage: scripts/wasm-sizes.py [path.wasm] [top N functions]"""
import re
import sys
from collections import Counter


def leb(data, pos):
    result = shift = 0
    while True:
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return result, pos


def sections(data):
    pos = 8
    while pos < len(data):
        kind = data[pos]
        size, pos = leb(data, pos + 1)
        yield kind, data[pos:pos + size]
        pos += size


def crate_of(name):
    """The crate a mangled symbol belongs to (for impls, the type's crate)."""
    if name.startswith('_R'):
        m = re.search(r'C[sh]\w*?_(\d+)([a-z_][a-z0-9_]*)', name)
        if m:
            return m.group(2)[:int(m.group(1))]
    if name.startswith('_ZN'):
        m = re.match(r'_ZN(\d+)(.*)', name)
        if m:
            part = m.group(2)[:int(m.group(1))]
            part = part.replace('_$LT$', '').replace('$LT$', '').lstrip('_')
            return re.split(r'\.\.|\$', part)[0] or part
    return name.split('::')[0].lstrip('<')


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else 'target/wasm32-unknown-unknown/release/news_widget.wasm'
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 25
    data = open(path, 'rb').read()
    imported = 0
    bodies = []
    names = {}
    for kind, body in sections(data):
        if kind == 2:  # imports: functions among them shift the indices
            count, pos = leb(body, 0)
            for _ in range(count):
                for _ in range(2):
                    n, pos = leb(body, pos)
                    pos += n
                k = body[pos]
                pos += 1
                if k == 0:
                    _, pos = leb(body, pos)
                    imported += 1
                elif k == 1:
                    pos += 1
                    flags, pos = leb(body, pos + 0)
                    _, pos = leb(body, pos)
                    if flags & 1:
                        _, pos = leb(body, pos)
                elif k == 2:
                    flags, pos = leb(body, pos)
                    _, pos = leb(body, pos)
                    if flags & 1:
                        _, pos = leb(body, pos)
                elif k == 3:
                    pos += 2
        elif kind == 10:
            count, pos = leb(body, 0)
            for _ in range(count):
                size, pos = leb(body, pos)
                bodies.append(size)
                pos += size
        elif kind == 0:
            n, pos = leb(body, 0)
            if body[pos:pos + n] != b'name':
                continue
            pos += n
            while pos < len(body):
                sub = body[pos]
                size, pos = leb(body, pos + 1)
                end = pos + size
                if sub == 1:
                    count, p = leb(body, pos)
                    for _ in range(count):
                        idx, p = leb(body, p)
                        ln, p = leb(body, p)
                        names[idx] = body[p:p + ln].decode('utf-8', 'replace')
                        p += ln
                pos = end
    per_crate = Counter()
    per_fn = []
    for i, size in enumerate(bodies):
        name = names.get(i + imported, f'func{i + imported}')
        per_fn.append((size, name))
        per_crate[crate_of(name)] += size
    total = sum(bodies)
    print(f'{total} code bytes in {len(bodies)} functions')
    for crate, size in per_crate.most_common(30):
        print(f'{size:>9}  {size * 100 / total:5.1f}%  {crate}')
    print('\nlargest functions:')
    for size, name in sorted(per_fn, reverse=True)[:top]:
        print(f'{size:>9}  {name[:150]}')


main()
