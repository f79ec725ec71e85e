#!/usr/bin/env bash
# Benchmark: a cold full build (fresh JVM, --no-cache --no-pdf) of the same corpus as bench/run.sh by each way of
# running factpress, against Hugo, alternately in one run:
#
#   bench/runtime.sh [ARTICLES] [CLAIMS_PER_ARTICLE] [RUNS]      (defaults: 1000 10 5)
#
#   hugo          hugo --quiet, the yardstick
#   java -jar     java -jar target/factpress.jar build: the JVM's default collector, no archive
#   java17+cds    bin/factpress build on Java 17 (FACTPRESS_JAVA, default: java on PATH): the serial collector and
#                 the class-data archive `mvn package` records (target/factpress.jsa)
#   bin/factpress bin/factpress build as it runs by default: the JDK 25 or newer `mvn package` found and its
#                 ahead-of-time cache (target/factpress.aot), or Java 17 as above when there was none
#
# Each round runs the four in that order, RUNS rounds, each under /usr/bin/time -v. Prints, for each, the median
# (min-max) of wall time, CPU time (user+sys) and peak memory (maximum resident set size), and the median of the
# rounds' ratios to Hugo's run of the same round: pairing keeps a ratio meaningful when the machine's speed drifts.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000}
M=${2:-10}
RUNS=${3:-5}
WORK=${BENCH_DIR:-/tmp/factpress-bench}/${N}x${M}
JAVA17=${FACTPRESS_JAVA:-java}

. bench/corpus.sh
bench_tools
corpus "$N" "$M" "$WORK"

out="$WORK/runtime-site"
fp=(build --content "$WORK/content" --out "$out" --no-pdf --no-cache)
names=(hugo "java -jar" "java17+cds" "bin/factpress")
for k in 0 1 2 3; do : > "$WORK/runtime-$k.txt"; done
echo "corpus: $N articles x $M claims ($WORK); $RUNS rounds, alternating; Java 17: $("$JAVA17" -version 2>&1 | head -1)"
if [ -f target/factpress.aot.java ] && [ target/factpress.aot -nt target/factpress.jar ]; then
  echo "bin/factpress: $(cat target/factpress.aot.java) with target/factpress.aot"
else
  echo "bin/factpress: no ahead-of-time cache recorded (no JDK 25 or newer at mvn package): Java 17 as java17+cds"
fi
for i in $(seq 1 "$RUNS"); do
  rm -rf "$out"; timed hugo --quiet -s "$WORK/hugo" -d "$out" >> "$WORK/runtime-0.txt"
  rm -rf "$out"; timed java -jar target/factpress.jar "${fp[@]}" >> "$WORK/runtime-1.txt"
  rm -rf "$out"; timed env FACTPRESS_JAVA="$JAVA17" bin/factpress "${fp[@]}" >> "$WORK/runtime-2.txt"
  rm -rf "$out"; timed bin/factpress "${fp[@]}" >> "$WORK/runtime-3.txt"
  echo "round $i: $(paste -d' ' "$WORK"/runtime-[0-3].txt | tail -1 | awk '{ printf "wall %s %s %s %s s", $1, $4, $7, $10 }')"
done

printf "%-14s | %-24s | %-24s | %-22s | ratio to Hugo (median of rounds)\n" "" "wall s median (min-max)" \
  "cpu s median (min-max)" "peak MiB median (min-max)"
for k in 0 1 2 3; do
  f="$WORK/runtime-$k.txt"
  w=$(cut -d' ' -f1 "$f" | stats); c=$(cut -d' ' -f2 "$f" | stats); m=$(cut -d' ' -f3 "$f" | awk '{ print $1 / 1024 }' | stats)
  rw=$(paste -d' ' "$f" "$WORK/runtime-0.txt" | awk '{ print $1 / $4 }' | stats | cut -d' ' -f1)
  rm_=$(paste -d' ' "$f" "$WORK/runtime-0.txt" | awk '{ print $3 / $6 }' | stats | cut -d' ' -f1)
  printf "%-14s | %6.2f (%6.2f-%6.2f) | %6.2f (%6.2f-%6.2f) | %5.0f (%5.0f-%5.0f) | wall %.2f, peak memory %.2f\n" \
    "${names[$k]}" $w $c $m "$rw" "$rm_"
done
