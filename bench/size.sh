#!/usr/bin/env bash
# What a built site weighs, with PDFs and share cards for every check, on the benchmark corpus.
#
#   bench/size.sh [ARTICLES] [CLAIMS_PER_ARTICLE]      (defaults: 100 10)
#
# Generates the seeded corpus bench/run.sh uses (if not there yet), builds it once with PDFs (fresh JVM, no
# cache) under /usr/bin/time, then prints bytes per kind of file, per file and per published check
# (org.factpress.bench.SiteSizeReport). Bytes per check barely depend on the corpus's size; the build's time does.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100}
M=${2:-10}
WORK=${BENCH_DIR:-/tmp/factpress-bench}/${N}x${M}

. bench/corpus.sh
corpus "$N" "$M" "$WORK"
site="$WORK/fp-pdf-site"
/usr/bin/time -f "build with PDFs: wall %e s, user %U s, sys %S s, peak %M KiB" \
  java -XX:+UseSerialGC -jar target/factpress.jar build --content "$WORK/content" --out "$site" --no-cache --timings \
  2>&1 | grep -v ': warning: '
java -cp target/test-classes:target/factpress.jar org.factpress.bench.SiteSizeReport "$site"
