"""extract_many releases the GIL and uses the cores (the crate's batch)."""

from __future__ import annotations

import hashlib
import os
import threading
import time
from typing import Callable

import pytest

import gleaner
from conftest import fixture_pages

#: The issue's acceptance figure: 4 threads against one, on 2 cores.
SPEEDUP = 1.6
#: A round judges the figure when a workload known to scale (SHA-256 of
#: large buffers on plain Python threads: hashlib releases the GIL) shows
#: the machine gave the test its two cores during that round.
CORES_GIVEN = 1.8
ROUNDS = 12


def _cores() -> int:
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _seconds(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


_BUFFER = bytes(range(256)) * 4096  # 1 MiB


def _hash_on(threads: int, buffers: int = 160) -> None:
    """SHA-256 of `buffers` MiB over `threads` Python threads: about as long
    as the extraction below on one core, and perfectly parallel."""

    def work(n: int) -> None:
        for _ in range(n):
            hashlib.sha256(_BUFFER).digest()

    shares = [buffers // threads + (i < buffers % threads) for i in range(threads)]
    workers = [threading.Thread(target=work, args=(n,)) for n in shares]
    for w in workers:
        w.start()
    for w in workers:
        w.join()


@pytest.mark.skipif(_cores() < 2, reason="needs 2 cores")
def test_extract_many_on_4_threads_is_at_least_1_6x_one_thread():
    # Enough pages that a run takes a good fraction of a second.
    pages = [(html, url) for _, url, html in fixture_pages()] * 80
    extractor = gleaner.Extractor()
    expected = extractor.extract_many(pages[:40], jobs=4)
    assert expected == extractor.extract_many(pages[:40], jobs=1)
    # A wall-clock figure on a shared machine measures the machine as much
    # as the code: with other work running, the scheduler gives this
    # process less than two cores (per session, whatever its nice value).
    # So each round also times the reference workload, one thread against
    # four, right beside gleaner's runs. A round where gleaner shows the
    # figure passes the test. Otherwise the rounds where the reference
    # shows that two cores were there judge it: gleaner fell short while
    # the cores were free, the test fails. If no round had them, the figure
    # cannot be judged on this machine now: skipped, saying so. A serial or
    # lock-bound batch stays near 1x in every round, so it fails as soon as
    # the machine gives the test its cores (in CI, always).
    seen = []  # (gleaner's speed-up, the reference's) by round
    for _ in range(ROUNDS):
        ref_one = _seconds(lambda: _hash_on(1))
        one = _seconds(lambda: extractor.extract_many(pages, jobs=1))
        ref_four = _seconds(lambda: _hash_on(4))
        four = _seconds(lambda: extractor.extract_many(pages, jobs=4))
        seen.append((one / four, ref_one / ref_four))
        if seen[-1][0] >= SPEEDUP:
            break
    rounds = ", ".join(f"{s:.2f}x (reference {r:.2f}x)" for s, r in seen)
    print(f"\nextract_many, {len(pages)} pages, 4 threads against 1, by round: {rounds}")
    best = max(s for s, _ in seen)
    judged = [s for s, r in seen if r >= CORES_GIVEN]
    if best < SPEEDUP and not judged:
        pytest.skip(
            f"the machine never gave this test two cores in {ROUNDS} rounds (the reference workload "
            f"reached at best {max(r for _, r in seen):.2f}x): the figure cannot be judged now"
        )
    assert best >= SPEEDUP, (
        f"4 threads at best {best:.2f}x one thread, {max(judged):.2f}x in the rounds where the "
        f"reference workload showed two cores ({rounds})"
    )
