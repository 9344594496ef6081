#!/usr/bin/env bash
# tools/callgrind_share.sh TAG BIN [corpus]: callgrind instruction counts of Extractor::extract (with stripper)
# and Extractor::extract_input (--only gleaner_nostrip, without), on one corpus (default newspaper4k-news).
# corpus: a name under ${CORPORA:-../shared/corpus} or a path to a dir in that format.
# Outputs /tmp/cg/TAG-{with,without}-<corpus>.out and prints the totals.
tag=$1; bin=$2; c=${3:-newspaper4k-news}; mkdir -p /tmp/cg
case $c in */*) corp=$c; c=$(basename $c);; *) corp=${CORPORA:-../shared/corpus}/$c;; esac
valgrind --tool=callgrind --callgrind-out-file=/tmp/cg/$tag-with-$c.out \
  --toggle-collect='gleaner::extractor::Extractor::extract' "$bin" "$corp" --only gleaner --rounds 1 >/dev/null 2>/tmp/cg/$tag-with-$c.err
valgrind --tool=callgrind --callgrind-out-file=/tmp/cg/$tag-without-$c.out \
  --toggle-collect='gleaner::extractor::Extractor::extract_input' "$bin" "$corp" --only gleaner_nostrip --rounds 1 >/dev/null 2>/tmp/cg/$tag-without-$c.err
w=$(grep -m1 '^summary:\|^totals:' /tmp/cg/$tag-with-$c.out | awk '{print $2}')
wo=$(grep -m1 '^summary:\|^totals:' /tmp/cg/$tag-without-$c.out | awk '{print $2}')
python3 -c "w=$w; wo=$wo; print(f'$tag $c: with {w/1e6:,.1f} M, without {wo/1e6:,.1f} M, stripper share {(w-wo)/w*100:.1f} %')"
