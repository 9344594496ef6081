#!/usr/bin/env python3
"""Writes one half of a corpus's ground truth, split like `evaluate --half`.

    tools/half.py ../shared/corpus/wcxb-dev-articles a > /tmp/gt-a.json
    python3 ../shared/eval/score.py /tmp/gt-a.json preds.json

A page is in half `a` when the 64-bit FNV-1a hash of its id is even, in
half `b` when it is odd: tune on one half, check on the other.
"""
import json
import sys
from pathlib import Path


def half_of(page_id: str) -> str:
    h = 0xCBF29CE484222325
    for b in page_id.encode():
        h = ((h ^ b) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return "ab"[h & 1]


def main() -> None:
    if len(sys.argv) != 3 or sys.argv[2] not in ("a", "b"):
        sys.exit("usage: half.py CORPUS_DIR a|b > ground-truth-half.json")
    truth = json.loads((Path(sys.argv[1]) / "ground-truth.json").read_text())
    kept = {k: v for k, v in truth.items() if half_of(k) == sys.argv[2]}
    json.dump(kept, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
