#!/usr/bin/env bash
# What one entry of the Pages workflow's cache weighs: site/ and .site.cache/ after a build from nothing, packed
# as actions/cache packs them (tar, then zstd with a long window), without and with PDFs.
#
#   bench/cache-entry.sh [ARTICLES] [CLAIMS_PER_ARTICLE]      (defaults: 1000 10)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000}
M=${2:-10}
WORK=${BENCH_DIR:-/tmp/factpress-bench}/${N}x${M}

. bench/corpus.sh
corpus "$N" "$M" "$WORK"
for kind in no-pdf pdf; do
  d="$WORK/cache-entry-$kind"
  rm -rf "$d"
  mkdir -p "$d"
  opt=""
  [ "$kind" = no-pdf ] && opt=--no-pdf
  /usr/bin/time -f "$kind: build from nothing: wall %e s, user %U s" \
    bin/factpress build --content "$WORK/content" --out "$d/site" $opt 2>&1 | grep -v ': warning: ' | tail -2
  raw=$(du -sb "$d/site" "$d/.site.cache" | awk '{ s += $1 } END { print s }')
  packed=$(cd "$d" && tar --posix -cf - site .site.cache | zstd -q -T0 --long=30 -c | wc -c)
  echo "$kind: site/ and .site.cache/ $raw bytes on disk, one cache entry $packed bytes"
done
