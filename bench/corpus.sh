# Sourced by the benchmark scripts: the tools they time with, and the jar, the test classes and the seeded corpus of N articles x M claims in
# $WORK (factpress's format in $WORK/content, the same as a Hugo site in $WORK/hugo), each made once.
#   corpus N M WORK
corpus() {
  if [ ! -f target/factpress.jar ] || [ ! -d target/test-classes/org/factpress/bench ]; then
    mvn -B -q -DskipTests -Dfactpress.skipSite package
    mvn -B -q -Dfactpress.skipSite test-compile
  fi
  if [ ! -f "$3/.done" ]; then
    rm -rf "$3"
    mkdir -p "$3"
    java -cp target/test-classes org.factpress.bench.Corpus "$3/content" "$1" "$2" --hugo "$3/hugo"
    touch "$3/.done"
  fi
}

# Debian's hugo and GNU time, installed when missing.
bench_tools() {
  need=()
  command -v hugo >/dev/null 2>&1 || need+=(hugo)
  [ -x /usr/bin/time ] || need+=(time)
  if [ ${#need[@]} -gt 0 ]; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
    $SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q "${need[@]}"
  fi
}

# One timed run: prints "wall_seconds cpu_seconds peak_kib".
timed() {
  local log
  log=$(mktemp)
  /usr/bin/time -v "$@" >/dev/null 2>"$log" || { cat "$log" >&2; exit 1; }
  awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, t, ":"); w = (n == 3) ? t[1]*3600 + t[2]*60 + t[3] : t[1]*60 + t[2] }
    /User time/ { u = $2 } /System time/ { s = $2 } /Maximum resident/ { m = $2 }
    END { printf "%.2f %.2f %d\n", w, u + s, m }' "$log"
  rm -f "$log"
}

stats() { # reads numbers, prints "median min max"
  sort -g | awk '{ a[NR] = $1 } END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%s %s %s\n", m, a[1], a[NR] }'
}
