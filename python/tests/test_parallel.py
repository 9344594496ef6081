"""extract_many releases the GIL and uses the cores (the crate's batch)."""

from __future__ import annotations

import os
import time

import pytest

import gleaner
from conftest import fixture_pages


def _cores() -> int:
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _best_of(runs: int, work) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best


@pytest.mark.skipif(_cores() < 2, reason="needs 2 cores")
def test_extract_many_on_4_threads_is_at_least_1_6x_one_thread():
    # The acceptance figure for 2 cores. Enough pages that a run
    # takes a good fraction of a second, and the best of a few runs each,
    # so a moment of load on a shared machine does not decide it.
    pages = [(html, url) for _, url, html in fixture_pages()] * 80
    extractor = gleaner.Extractor()
    expected = extractor.extract_many(pages[:40], jobs=4)
    assert expected == extractor.extract_many(pages[:40], jobs=1)
    # Alternate the two so that a change of load on the machine hits both,
    # and keep the best of each: a wall-clock figure on a shared machine
    # measures the machine as much as the code, so the test stops as soon as
    # the best times show the speed-up and gives a busy moment up to twelve
    # rounds to pass before it calls the batch serial.
    one = four = float("inf")
    speedup = 0.0
    for _ in range(12):
        one = min(one, _best_of(1, lambda: extractor.extract_many(pages, jobs=1)))
        four = min(four, _best_of(1, lambda: extractor.extract_many(pages, jobs=4)))
        speedup = one / four
        if speedup >= 1.6:
            break
    print(f"\nextract_many, {len(pages)} pages: 1 thread {one:.3f} s, 4 threads {four:.3f} s, {speedup:.2f}x")
    assert speedup >= 1.6, f"4 threads only {speedup:.2f}x one thread ({one:.3f} s vs {four:.3f} s)"
