#!/usr/bin/env python3
"""Per-page differences of two `evaluate --out` prediction files, with each page's half.

    tools/cmp_eval.py CORPUS OLD.json NEW.json

CORPUS is a corpus name under ${CORPORA:-../shared/corpus} or a corpus directory.
A page is listed when its extracted `articleBody` differs; its F1 (the shingle metric of
shared/eval/score.py, per page) is printed old -> new, and the other fields that differ
are named. The last line counts the changed pages.
"""
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
from half import half_of  # noqa: E402

corpus, old_path, new_path = sys.argv[1:4]
corpora = os.environ.get("CORPORA", os.path.join(here, "..", "..", "shared", "corpus"))
cdir = corpus if os.path.isdir(corpus) else os.path.join(corpora, corpus)
sys.path.insert(0, os.path.join(cdir, "..", "..", "eval"))
import score  # noqa: E402

truth = score.load_ground_truth(cdir)
old = score.load_predictions(old_path)
new = score.load_predictions(new_path)


def f1(page_id, entry):
    (tp, fp, fn), _, _ = score.doc_counts(score._body(truth.get(page_id)), score._body(entry))
    p, r = score.doc_precision(tp, fp, fn), score.doc_recall(tp, fp, fn)
    return 2 * p * r / (p + r) if p + r else 0.0


rows = []
for pid in sorted(set(old) | set(new)):
    a, b = old.get(pid), new.get(pid)
    if a == b:
        continue
    fields = sorted(
        k for k in set(a or {}) | set(b or {}) if (a or {}).get(k) != (b or {}).get(k)
    )
    fa, fb = f1(pid, a), f1(pid, b)
    rows.append((fb - fa, pid, fa, fb, fields))
for delta, pid, fa, fb, fields in sorted(rows):
    sign = "+" if delta > 0 else "-" if delta < 0 else "="
    print(f"{pid} [{half_of(pid)}] f1 {fa:.3f} -> {fb:.3f} {sign}  fields: {', '.join(fields)}")
print(f"{len(rows)} pages changed")
