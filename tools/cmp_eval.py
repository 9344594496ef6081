#!/usr/bin/env python3
"""Per-page F1 differences of two `evaluate --out` files, with each page's half.

    tools/cmp_eval.py CORPUS OLD.json NEW.json
"""
import json, sys
sys.path.insert(0, __import__('os').path.dirname(__import__('os').path.abspath(__file__)))
from half import half_of
c, a, b = sys.argv[1:4]
A = json.load(open(a)); B = json.load(open(b))
def pages(d):
    if isinstance(d, dict) and 'pages' in d: d = d['pages']
    if isinstance(d, list): return {p['id']: p for p in d}
    return d
A, B = pages(A), pages(B)
def f1(p):
    for k in ('f1', 'F1'):
        if k in p: return p[k]
    return p.get('scores', {}).get('f1')
diffs = []
for k in sorted(set(A) | set(B)):
    fa = f1(A[k]) if k in A else None; fb = f1(B[k]) if k in B else None
    if fa != fb: diffs.append((k, fa, fb))
for k, fa, fb in sorted(diffs, key=lambda x: ((x[2] or 0) - (x[1] or 0))):
    print(f"{k} [{half_of(k)}] {fa} -> {fb}  {'+' if (fb or 0) > (fa or 0) else '-'}")
print(f"{len(diffs)} pages changed")
