#!/usr/bin/env bash
# The wheel, built with profile-guided optimisation (PGO):
#
#   python/pgo/build.sh PYTHON PAGES_DIR [PAGES_DIR ...] [-- MATURIN_ARGS ...]
#
# 1. builds the extension instrumented (`-Cprofile-generate`, the `wheel`
#    profile: fat LTO, one codegen unit);
# 2. runs python/pgo/train.py with PYTHON over the *.html pages of the
#    PAGES_DIRs (a WARC of them read with read_warc, then extract and
#    extract_many): train on pages you do not benchmark on;
# 3. merges the profile (llvm-profdata of the toolchain's LLVM: `rustup
#    component add llvm-tools`);
# 4. `maturin build` with `-Cprofile-use` (MATURIN_ARGS passed on, e.g.
#    `--out dist`).
#
# PGO changes how the code is laid out and inlined, never what it computes:
# the documents are byte-identical to the plain wheel's (python/bench/README.md,
# session 31). PYTHON needs maturin installed (`pip install maturin`).
set -euo pipefail

if [ $# -lt 2 ]; then
    sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
fi
python=$(command -v "$1")
shift
pages=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do
    pages+=("$(realpath "$1")")
    shift
done
[ $# -gt 0 ] && shift # the "--"

root=$(cd "$(dirname "$0")/../.." && pwd)
target=${CARGO_TARGET_DIR:-$root/target}
host=$(rustc -vV | sed -n 's/^host: //p')
profdata="$(rustc --print sysroot)/lib/rustlib/$host/bin/llvm-profdata"
if [ ! -x "$profdata" ]; then
    echo "no $profdata: rustup component add llvm-tools" >&2
    exit 1
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/gleaner-pgo.XXXXXX")
trap 'rm -rf "$work"' EXIT

echo "== 1/4 instrumented build" >&2
(cd "$root" && RUSTFLAGS="-Cprofile-generate=$work/raw" PYO3_PYTHON="$python" \
    cargo build -p gleaner-python --profile wheel)
mkdir -p "$work/pkg/gleaner"
cp "$root"/python/python/gleaner/*.py "$work/pkg/gleaner/"
cp "$target/wheel/lib_gleaner.so" "$work/pkg/gleaner/_gleaner.abi3.so"

echo "== 2/4 training run" >&2
# (The instrumented library's "Running out of static counters" warnings
# are about value profiling only: left out.)
(cd "$work" && PYTHONPATH="$work/pkg" "$python" "$root/python/pgo/train.py" "${pages[@]}") 2>&1 |
    { grep -v '^LLVM Profile Warning' || true; }

echo "== 3/4 merging the profile" >&2
"$profdata" merge -o "$work/gleaner.profdata" "$work/raw"

echo "== 4/4 optimised build" >&2
(cd "$root/python" && RUSTFLAGS="-Cprofile-use=$work/gleaner.profdata" \
    "$python" -m maturin build "$@")
