#!/usr/bin/env bash
# tools/gen_seed.sh SEED [TAG]: run all 9 generated sets at SEED from the cwd checkout (release),
# print "=== title: X of N compositions fail ===" lines. Log: /tmp/gen/<tag>-<seed>.log (tag: the checkout dir by default).
seed=$1; tag=${2:-$(basename "$PWD")}
mkdir -p /tmp/gen; log=/tmp/gen/$tag-$seed.log
SYNDGEN_SEED=$seed cargo test -q --release --test syndication_corpus -- --include-ignored --nocapture --test-threads=2 generated_ > "$log" 2>&1
grep -E "^=== .* compositions fail ===" "$log" | sed "s/^/[$seed] /"
grep -E "^=== .* compositions fail ===" "$log" | awk -v s=$seed '{for(i=1;i<=NF;i++) if($i=="of") {sum+=$(i-1)}} END {print "seed " s " total failing (single+two-pass): " sum}'
