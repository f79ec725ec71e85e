#!/usr/bin/env bash
# Benchmark: factpress against Hugo on the same generated corpus, on this machine, in one run.
#
#   bench/run.sh [ARTICLES] [CLAIMS_PER_ARTICLE] [RUNS]      (defaults: 1000 10 5)
#
# Generates a seeded corpus in factpress's format and as an equivalent Hugo site, then times full builds
# (fresh JVM, PDFs off, no cache) and Hugo builds alternately, RUNS times each, with /usr/bin/time -v.
# Prints median, min and max of wall time, CPU time (user+sys) and peak memory, and the ratio
# factpress/Hugo of the medians. Figures go in docs/benchmarks.md with the machine they came from.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000}
M=${2:-10}
RUNS=${3:-5}
FP_ARGS=${FP_ARGS:-}
WORK=${BENCH_DIR:-/tmp/factpress-bench}/${N}x${M}

. bench/corpus.sh
bench_tools
corpus "$N" "$M" "$WORK"

fp_out="$WORK/fp-site"; hugo_out="$WORK/hugo-site"
: > "$WORK/fp.txt"; : > "$WORK/hugo.txt"
echo "corpus: $N articles x $M claims ($WORK); $RUNS runs each, alternating"
for i in $(seq 1 "$RUNS"); do
  rm -rf "$hugo_out"
  timed hugo --quiet -s "$WORK/hugo" -d "$hugo_out" >> "$WORK/hugo.txt"
  timed bin/factpress build --content "$WORK/content" --out "$fp_out" --no-pdf --no-cache $FP_ARGS >> "$WORK/fp.txt"
done
pages_fp=$(find "$fp_out" -name '*.html' | wc -l)
pages_hugo=$(find "$hugo_out" -name '*.html' | wc -l)

report() { # name file pages
  local w c m
  w=$(cut -d' ' -f1 "$2" | stats); c=$(cut -d' ' -f2 "$2" | stats); m=$(cut -d' ' -f3 "$2" | awk '{ print $1 / 1024 }' | stats)
  printf "%-10s pages %6d | wall s median %6s (min %s, max %s) | cpu s median %6s | peak MiB median %6.0f\n" \
    "$1" "$3" "$(echo $w | cut -d' ' -f1)" "$(echo $w | cut -d' ' -f2)" "$(echo $w | cut -d' ' -f3)" \
    "$(echo $c | cut -d' ' -f1)" "$(echo $m | cut -d' ' -f1)"
}
report factpress "$WORK/fp.txt" "$pages_fp"
report hugo "$WORK/hugo.txt" "$pages_hugo"
fpw=$(cut -d' ' -f1 "$WORK/fp.txt" | stats | cut -d' ' -f1); hw=$(cut -d' ' -f1 "$WORK/hugo.txt" | stats | cut -d' ' -f1)
fpm=$(cut -d' ' -f3 "$WORK/fp.txt" | stats | cut -d' ' -f1); hm=$(cut -d' ' -f3 "$WORK/hugo.txt" | stats | cut -d' ' -f1)
# Rebuilds, on the cache a build with the cache left (a --no-cache build records nothing): nothing changed, then
# one claim edited (and put back).
rm -rf "$(dirname "$fp_out")/.$(basename "$fp_out").cache"
bin/factpress build --content "$WORK/content" --out "$fp_out" --no-pdf $FP_ARGS >/dev/null 2>&1
: > "$WORK/same.txt"; : > "$WORK/edit.txt"
claim=$(find "$WORK/content/articles/article-0" -name '*-claim-0.md')
for i in $(seq 1 "$RUNS"); do
  timed bin/factpress build --content "$WORK/content" --out "$fp_out" --no-pdf $FP_ARGS >> "$WORK/same.txt"
  cp "$claim" "$WORK/claim.bak"
  sed -i "s/^summary: \"/summary: \"Edited $i. /" "$claim"
  timed bin/factpress build --content "$WORK/content" --out "$fp_out" --no-pdf $FP_ARGS >> "$WORK/edit.txt"
  cp "$WORK/claim.bak" "$claim"
  bin/factpress build --content "$WORK/content" --out "$fp_out" --no-pdf $FP_ARGS >/dev/null 2>&1
done
report "no change" "$WORK/same.txt" "$pages_fp"
report "1 edited" "$WORK/edit.txt" "$pages_fp"
awk -v a="$fpw" -v b="$hw" -v c="$fpm" -v d="$hm" -v n="$((N * M))" 'BEGIN {
  printf "ratio factpress/hugo: wall %.2f, peak memory %.2f; factpress ms per claim %.3f\n", a / b, c / d, a * 1000 / n }'
