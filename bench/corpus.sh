# Sourced by the benchmark scripts: the jar, the test classes and the seeded corpus of N articles x M claims in
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
