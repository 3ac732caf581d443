# Shared helpers for the benchmark scripts in this folder; sourced, not run.
# Sets ROOT (the repository), JAR (the dti command), BENCH_JAR (the benchmarks jar, which holds the data generator),
# WORK (scratch folder, $DTI_BENCH_WORK or /tmp/dti-bench).

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/../.." && pwd)
JAR=${DTI_JAR:-$ROOT/dti-examples/target/dti.jar}
BENCH_JAR=${DTI_BENCH_JAR:-$ROOT/dti-examples/target/dti-bench.jar}
WORK=${DTI_BENCH_WORK:-/tmp/dti-bench}
JAVA=${JAVA:-java}
mkdir -p "$WORK"

die() { echo "error: $*" >&2; exit 2; }

need_time() {
  [ -x /usr/bin/time ] || die "GNU time is missing (/usr/bin/time); on Debian: apt-get install time"
}

# need_jar: both jars (the scripts run the command from dti.jar and generate their data with dti-bench.jar).
need_jar() {
  local j
  for j in "$JAR" "$BENCH_JAR"; do
    [ -f "$j" ] || die "no $j; build it first: (cd $ROOT && mvn -B -q package -DskipTests)"
  done
}

need_r() {
  command -v Rscript >/dev/null || die "Rscript not found; on Debian: apt-get install r-base-core"
  local pkg
  for pkg in "$@"; do
    Rscript -e "quit(status = if (requireNamespace('$pkg', quietly = TRUE)) 0 else 1)" 2>/dev/null \
      || die "the R package $pkg is not installed (this script does not install it; see $BENCH_DIR/README.md)"
  done
}

# data_file N [INDICATORS]: the generated iData CSV for N units (generated once, cached in $WORK).
data_file() {
  local n=$1 k=${2:-}
  local f=$WORK/data_$n.csv
  local args=(--units "$n" --out-dir "$WORK" --seed 1)
  if [ -n "$k" ]; then
    f=$WORK/data_${n}x$k.csv
    args+=(--indicators "$k")
  fi
  if [ ! -s "$f" ]; then
    (cd "$ROOT" && "$JAVA" -cp "$BENCH_JAR" org.opendti.examples.bench.GenerateCoinrData "${args[@]}") >/dev/null \
      || die "could not generate $f"
  fi
  echo "$f"
}

# timed OUTPREFIX CMD...: runs CMD under GNU time; writes OUTPREFIX.time ("wall_s max_rss_kb user_s sys_s
# load1"), OUTPREFIX.out and OUTPREFIX.err. load1 is the 1-minute load average when the run started: on a shared
# machine, CPU seconds (user + sys) move less with the load than wall seconds do.
timed() {
  local prefix=$1 load
  shift
  load=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo NA)
  /usr/bin/time -f "%e %M %U %S $load" -o "$prefix.time" "$@" >"$prefix.out" 2>"$prefix.err" || {
    echo "failed: $*" >&2
    tail -5 "$prefix.err" >&2
    return 1
  }
}

# median: the median of the numbers on stdin, one per line.
median() {
  sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "NA"; else if (NR % 2) print v[(NR + 1) / 2];
    else printf "%.6g\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# field FILE KEY: the value of KEY=... lines in FILE (the --timings lines).
field() {
  sed -n "s/^$2=//p" "$1" | tail -1
}
