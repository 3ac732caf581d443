#!/usr/bin/env bash
# XLSX: the SDK's reading of a 100,000-row workbook against R's readxl on the same file, and the SDK's writing of it.
#
# Usage: dti-examples/bench/compare-xlsx.sh [PAIRS] [UNITS]
#   PAIRS  paired runs (default 3); UNITS rows of the workbook (default 100000), 10 indicators (wide layout: unit,
#          uName, i001..i010), generated once by GenerateCoinrData (seed 1) and converted with `dti convert`.
# Environment: JAVA_OPTS (extra JVM flags for the SDK), JAVA, DTI_JAR, DTI_BENCH_JAR, DTI_BENCH_WORK (scratch folder).
#
# Prints, for each pair: readxl's time for read_excel() inside R (first read of the process) and the whole Rscript
# process; the SDK's read_seconds= of `dti score --data FILE.xlsx --timings` (reading in a fresh JVM) and its whole
# process; then medians. Writing: the wall time and peak RSS of `dti convert` CSV -> XLSX with the default heap and
# with -Xmx256m. For the SDK's warm in-process reading (JMH), the last line prints the command to run.
# readxl must already be installed; this script only checks for it.
set -euo pipefail
source "$(dirname "$0")/common.sh"

PAIRS=${1:-3}
UNITS=${2:-100000}
need_time
need_jar
need_r readxl

CSV=$(data_file "$UNITS" 10)
META=$WORK/meta_10.csv
XLSX=$WORK/data_${UNITS}x10.xlsx
RUNS=$WORK/runs-xlsx-$UNITS
rm -rf "$RUNS"
mkdir -p "$RUNS"
read -r -a JOPTS <<<"${JAVA_OPTS:-}"

echo "XLSX of $UNITS rows x 10 indicators; JAVA_OPTS='${JAVA_OPTS:-}'"
echo "java: $("$JAVA" -version 2>&1 | head -1); R: $(Rscript -e 'cat(R.version.string, "readxl", format(packageVersion("readxl")))')"
for heap in default 256m; do
  target=$XLSX
  opts=("${JOPTS[@]}")
  if [ "$heap" != default ]; then
    target=$RUNS/written-$heap.xlsx
    opts+=("-Xmx$heap")
  fi
  rm -f "$target"
  if timed "$RUNS/write-$heap" "$JAVA" "${opts[@]}" -jar "$JAR" convert --from "$CSV" --to "$target"; then
    read -r wall rss _ <"$RUNS/write-$heap.time"
    echo "SDK write (dti convert CSV -> XLSX, heap $heap): ${wall} s, peak RSS $((rss / 1024)) MB, $(du -h "$target" | cut -f1)"
  else
    echo "SDK write (dti convert CSV -> XLSX, heap $heap): FAILED ($(grep -m1 -o 'OutOfMemoryError.*' "$RUNS/write-$heap.err" || tail -1 "$RUNS/write-$heap.err"))"
  fi
done
[ -s "$XLSX" ] || die "no workbook to read"

printf '\n%-4s %-7s %10s %8s %8s %8s\n' pair tool read_s wall_s cpu_s rss_MB
for ((i = 1; i <= PAIRS; i++)); do
  if ((i % 2)); then order="readxl sdk"; else order="sdk readxl"; fi
  for tool in $order; do
    if [ "$tool" = readxl ]; then
      timed "$RUNS/readxl-$i" Rscript "$BENCH_DIR/readxl-read.R" "$XLSX" 1
      read_s=$(field "$RUNS/readxl-$i.out" read_seconds)
    else
      rm -f "$RUNS/sdk.csv"
      timed "$RUNS/sdk-$i" "$JAVA" "${JOPTS[@]}" -jar "$JAR" score --framework "$META" --data "$XLSX" \
        --out "$RUNS/sdk.csv" --timings
      read_s=$(field "$RUNS/sdk-$i.err" read_seconds)
    fi
    echo "$read_s" >"$RUNS/$tool-$i.read"
    read -r wall rss user sys _ <"$RUNS/$tool-$i.time"
    printf '%-4s %-7s %10.3f %8s %8.2f %8.0f\n' "$i" "$tool" "$read_s" "$wall" \
      "$(awk -v a="$user" -v b="$sys" 'BEGIN { print a + b }')" "$((rss / 1024))"
  done
done
echo
printf '%-11s %10s %8s %8s %8s\n' median read_s wall_s cpu_s rss_MB
for tool in readxl sdk; do
  printf '%-11s %10.3f %8s %8.2f %8.0f\n' "$tool" "$(cat "$RUNS/$tool"-*.read | median)" \
    "$(cat "$RUNS/$tool"-*.time | awk '{ print $1 }' | median)" \
    "$(cat "$RUNS/$tool"-*.time | awk '{ print $3 + $4 }' | median)" \
    "$(cat "$RUNS/$tool"-*.time | awk '{ print $2 / 1024 }' | median)"
done
echo
echo "SDK warm (JMH): java -jar $BENCH_JAR IoBenchmark.read -p format=xlsx -p input=$XLSX"
