#!/usr/bin/env bash
# Whole-process comparison of `dti score` with COINr on one generated iData/iMeta pair.
#
# Usage: dti-examples/bench/compare-coinr.sh N [PAIRS]
#   N      units (the data are N x 98 in COINr's iData layout, generated once by GenerateCoinrData, seed 1)
#   PAIRS  paired runs (default 3); pair i runs COINr first when i is odd and the SDK first when it is even
# Environment: JAVA_OPTS (extra JVM flags for the SDK), JAVA, DTI_JAR (with DTI_LAUNCHER=off; the launcher runs
# dti-examples/target/dti.jar), DTI_BENCH_JAR (the data generator's jar, default dti-examples/target/dti-bench.jar),
# DTI_BENCH_WORK (scratch folder).
#
# Each run is one whole process, timed by GNU time (wall seconds, peak RSS): COINr = `Rscript coinr-score.R`
# (read the CSVs, new_coin, Normalise min-max [0,1], Aggregate arithmetic, get_results, write every node's score and
# rank at 12 decimals); SDK = `dti-examples/dti score --framework meta.csv --data data.csv --out out.csv
# --decimals 12 --timings` through the launcher users run, with its JVM settings and class-data archive (written by
# one untimed run first; DTI_LAUNCHER=off runs `java JAVA_OPTS -jar dti.jar` instead); an iMeta framework selects
# COINr's method by default. Prints every run, the medians, the
# ratio COINr / SDK, and checks that both outputs agree (max absolute difference of the values, rank mismatches).
# COINr must already be installed; this script only checks for it.
set -euo pipefail
source "$(dirname "$0")/common.sh"

N=${1:?usage: compare-coinr.sh N [PAIRS]}
PAIRS=${2:-3}
need_time
need_jar
need_r COINr

DATA=$(data_file "$N")
META=$WORK/meta.csv
RUNS=$WORK/runs-score-$N
rm -rf "$RUNS"
mkdir -p "$RUNS"
read -r -a JOPTS <<<"${JAVA_OPTS:-}"

run_coinr() {
  timed "$RUNS/coinr-$1" Rscript "$BENCH_DIR/coinr-score.R" "$DATA" "$META" "$RUNS/coinr.csv" 12
}
run_sdk() {
  rm -f "$RUNS/sdk.csv"
  if [ "${DTI_LAUNCHER:-on}" = off ]; then
    timed "$RUNS/sdk-$1" "$JAVA" "${JOPTS[@]}" -jar "$JAR" score --framework "$META" --data "$DATA" \
      --out "$RUNS/sdk.csv" --decimals 12 --timings
  else
    # the launcher, as users run it: its JVM settings and class-data archive (kept in $WORK/cache)
    XDG_CACHE_HOME=$WORK/cache DTI_JAVA_OPTS="${JAVA_OPTS:-}" JAVA=$JAVA timed "$RUNS/sdk-$1" "$LAUNCHER" score \
      --framework "$META" --data "$DATA" --out "$RUNS/sdk.csv" --decimals 12 --timings
  fi
}

LAUNCHER=$ROOT/dti-examples/dti
if [ "${DTI_LAUNCHER:-on}" != off ]; then
  run_sdk warmup # writes the class-data archive, as a user's first run does
  rm -f "$RUNS"/sdk-warmup.*
fi
echo "N=$N x 98, $PAIRS pairs; data $DATA ($(du -h "$DATA" | cut -f1)); JAVA_OPTS='${JAVA_OPTS:-}'"
echo "SDK run by: $([ "${DTI_LAUNCHER:-on}" = off ] && echo "java -jar" || echo "the dti launcher")"
echo "java: $("$JAVA" -version 2>&1 | head -1); R: $(Rscript -e 'cat(R.version.string, "COINr", format(packageVersion("COINr")))')"
printf '%-4s %-6s %8s %8s %8s %8s %9s %8s %6s\n' pair tool wall_s cpu_s rss_MB read_s compute_s write_s load
for ((i = 1; i <= PAIRS; i++)); do
  if ((i % 2)); then order="coinr sdk"; else order="sdk coinr"; fi
  for tool in $order; do
    "run_$tool" "$i"
    read -r wall rss user sys load <"$RUNS/$tool-$i.time"
    printf '%-4s %-6s %8s %8.2f %8.0f %8.3f %9.3f %8.3f %6s\n' "$i" "$tool" "$wall" "$(awk -v a="$user" -v b="$sys" 'BEGIN { print a + b }')" \
      "$((rss / 1024))" "$(field "$RUNS/$tool-$i.err" read_seconds)" \
      "$(field "$RUNS/$tool-$i.err" compute_seconds)" "$(field "$RUNS/$tool-$i.err" write_seconds)" "$load"
  done
done

med() { # med TOOL wall|rss|cpu|KEY
  local tool=$1 what=$2 f
  for f in "$RUNS/$tool"-*.time; do
    case $what in
      wall) awk '{ print $1 }' "$f" ;;
      rss) awk '{ print $2 / 1024 }' "$f" ;;
      cpu) awk '{ print $3 + $4 }' "$f" ;;
      *) field "${f%.time}.err" "$what" ;;
    esac
  done | median
}
echo
printf '%-11s %8s %8s %8s %8s %9s %8s\n' median wall_s cpu_s rss_MB read_s compute_s write_s
for tool in coinr sdk; do
  printf '%-11s %8s %8.2f %8.0f %8.3f %9.3f %8.3f\n' "$tool" "$(med $tool wall)" "$(med $tool cpu)" "$(med $tool rss)" \
    "$(med $tool read_seconds)" "$(med $tool compute_seconds)" "$(med $tool write_seconds)"
done
# The ratio of each pair, then their median (a paired comparison), and the ratio of the medians.
for ((i = 1; i <= PAIRS; i++)); do
  paste "$RUNS/coinr-$i.time" "$RUNS/sdk-$i.time"
done | awk '{ print $1 / $6, ($3 + $4) / ($8 + $9) }' >"$RUNS/ratios"
awk -v pw="$(cut -d' ' -f1 "$RUNS/ratios" | median)" -v pc="$(cut -d' ' -f2 "$RUNS/ratios" | median)" \
  -v cw="$(med coinr wall)" -v sw="$(med sdk wall)" -v cr="$(med coinr rss)" -v sr="$(med sdk rss)" \
  'BEGIN { printf "COINr/SDK: wall %.2fx (median of paired ratios; ratio of medians %.2fx), CPU %.2fx, peak RSS %.2fx\n",
    pw, cw / sw, pc, cr / sr }'

# Both outputs list the units in input order with the same columns: compare them line by line. The SDK's results
# file is for people and starts with a UTF-8 byte-order mark (EF BB BF, for Excel), removed here before comparing.
awk -F, -v other="$RUNS/sdk.csv" '
  { if ((getline line < other) <= 0) { print "check: the SDK output has fewer rows"; bad = 1; exit }
    if (NR == 1) { sub(/^\357\273\277/, "", line); sub(/^\357\273\277/, "") }
    n = split(line, s, ",")
    if (n != NF || s[1] != $1) { print "check: row " NR " differs in shape or unit"; bad = 1; exit }
    if (NR == 1) { for (j = 2; j <= NF; j++) rankcol[j] = ($j ~ /_rank$/); next }
    for (j = 2; j <= NF; j++) {
      if (rankcol[j]) { if ($j != s[j]) ranks++ }
      else { d = $j - s[j]; if (d < 0) d = -d; if (d > maxd) maxd = d; values++ }
    }
  }
  END { if (!bad) printf "check: %d values, max |COINr - SDK| = %.3g, %d rank mismatches\n", values, maxd, ranks }
' "$RUNS/coinr.csv"
