#!/usr/bin/env bash
# The search index's figures on the generated corpus: files, bytes, time to write it, and what a first search
# fetches, raw and gzipped. Figures go in docs/search.md with the machine they came from.
#
#   bench/search.sh [ARTICLES] [CLAIMS_PER_ARTICLE]      (defaults: 1000 10)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000}
M=${2:-10}
WORK=${BENCH_DIR:-/tmp/factpress-bench}/${N}x${M}
. bench/corpus.sh
corpus "$N" "$M" "$WORK"
java -cp target/test-classes:target/factpress.jar org.factpress.bench.SearchReport "$WORK/content" "${RUNS:-7}"
