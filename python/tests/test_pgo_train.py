"""python/pgo/train.py, the training run of the profile-guided wheel build,
runs with any build of the extension (here the installed one): it must not
rot between the releases that use it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

TRAIN = Path(__file__).resolve().parents[1] / "pgo" / "train.py"

PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>{title} | The Valley Post</title></head><body>
<nav><a href="/">Home</a> <a href="/town">Town</a></nav>
<article><h1>{title}</h1><p class="byline">By Ada Pennick</p>
<p>The {thing} on the east bank opened again on Tuesday after a winter of
repairs, and the first visitors queued from early morning to see it.</p>
<p>Volunteers repainted the railings, the council replaced the lamps, and a
local school wrote the new signs that explain the {thing}'s history.</p>
<p>Opening hours stay the same through the summer, the trust said.</p>
</article><footer>All rights reserved.</footer></body></html>"""


def test_train_reads_every_page_through_the_warc_and_the_extractor(tmp_path: Path) -> None:
    pages = tmp_path / "pages" / "nested"
    pages.mkdir(parents=True)
    for i, (title, thing) in enumerate([("Ferry pier reopens", "pier"), ("Mill museum returns", "mill")]):
        (pages / f"p{i}.html").write_text(PAGE.format(title=title, thing=thing), "utf-8")
    # Not a page: the script reads *.html only.
    (pages / "notes.txt").write_text("not html", "utf-8")
    run = subprocess.run(
        [sys.executable, str(TRAIN), str(tmp_path / "pages")], capture_output=True, text=True, cwd=tmp_path, timeout=120
    )
    assert run.returncode == 0, run.stderr
    assert "trained on 2 pages: 2 documents from the WARC, 2 articles" in run.stdout


def test_train_without_pages_says_how_to_use_it(tmp_path: Path) -> None:
    run = subprocess.run([sys.executable, str(TRAIN)], capture_output=True, text=True, timeout=120)
    assert run.returncode != 0
    assert "PAGES_DIR" in run.stderr
    empty = subprocess.run([sys.executable, str(TRAIN), str(tmp_path)], capture_output=True, text=True, timeout=120)
    assert empty.returncode != 0
    assert "no *.html" in empty.stderr
