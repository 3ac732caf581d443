#!/usr/bin/env bash
# The JVM flag experiment for the `dti` command: the same `dti score` job (N x 98 iData/iMeta, COINr's method, every
# node written at 12 decimals) under several sets of JVM options, run round-robin so that each round is one paired
# comparison of every set.
#
# Usage: dti-examples/bench/jvm-flags.sh N [ROUNDS] [SET...]
#   N       units (generated once by GenerateCoinrData, seed 1)
#   ROUNDS  rounds (default 3); the order of the sets rotates by one each round
#   SET     names from the list below (default: all of them)
# Environment: JAVA, DTI_JAR, DTI_BENCH_JAR (the data generator's jar), DTI_BENCH_WORK (scratch folder).
#
# Sets: default, serial (-XX:+UseSerialGC), parallel (-XX:+UseParallelGC), c1 (-XX:TieredStopAtLevel=1), serial-c1,
# cds (an application class-data archive, -XX:SharedArchiveFile; built first by one training run with
# -XX:ArchiveClassesAtExit, which works on JDK 17), cds-serial, cds-serial-c1, noshare (-Xshare:off: what the JDK's
# default class-data archive gives), xss (-Xss512k), xms (-Xms256m), xmx (-Xmx256m), serial-xmx (serial, -Xmx256m),
# xmx1g (-Xmx1g), serial-xmx1g (serial, -Xmx1g). A set that fails (e.g. OutOfMemoryError) is reported as FAILED.
# Prints every run, then per set the medians of wall seconds, CPU seconds (user + sys) and peak RSS, and the median
# over rounds of the wall and CPU ratio to `default` in the same round (below 1 = faster than the default).
set -euo pipefail
source "$(dirname "$0")/common.sh"

N=${1:?usage: jvm-flags.sh N [ROUNDS] [SET...]}
ROUNDS=${2:-3}
shift $(($# >= 2 ? 2 : 1))
ALL=(default serial parallel c1 serial-c1 cds cds-serial cds-serial-c1 noshare xss xms xmx serial-xmx xmx1g
  serial-xmx1g)
SETS=("$@")
[ ${#SETS[@]} -gt 0 ] || SETS=("${ALL[@]}")
[[ " ${SETS[*]} " == *" default "* ]] || SETS=(default "${SETS[@]}")
need_time
need_jar

DATA=$(data_file "$N")
META=$WORK/meta.csv
RUNS=$WORK/runs-flags-$N
rm -rf "$RUNS"
mkdir -p "$RUNS"
JDK=$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.runtime.version = //p')
JSA=$WORK/dti-$JDK.jsa

opts() {
  case $1 in
    default) ;;
    serial) echo "-XX:+UseSerialGC" ;;
    parallel) echo "-XX:+UseParallelGC" ;;
    c1) echo "-XX:TieredStopAtLevel=1" ;;
    serial-c1) echo "-XX:+UseSerialGC -XX:TieredStopAtLevel=1" ;;
    cds) echo "-XX:SharedArchiveFile=$JSA" ;;
    cds-serial) echo "-XX:SharedArchiveFile=$JSA -XX:+UseSerialGC" ;;
    cds-serial-c1) echo "-XX:SharedArchiveFile=$JSA -XX:+UseSerialGC -XX:TieredStopAtLevel=1" ;;
    noshare) echo "-Xshare:off" ;;
    xss) echo "-Xss512k" ;;
    xms) echo "-Xms256m" ;;
    xmx) echo "-Xmx256m" ;;
    serial-xmx) echo "-XX:+UseSerialGC -Xmx256m" ;;
    xmx1g) echo "-Xmx1g" ;;
    serial-xmx1g) echo "-XX:+UseSerialGC -Xmx1g" ;;
    *) die "unknown set '$1'; known: ${ALL[*]}" ;;
  esac
}
for s in "${SETS[@]}"; do opts "$s" >/dev/null; done

if [[ " ${SETS[*]} " == *" cds"* ]] && { [ ! -s "$JSA" ] || [ "$JAR" -nt "$JSA" ]; }; then
  # The training run: a small score job loads the classes the command needs; the JVM dumps them at exit.
  small=$(data_file 63)
  rm -f "$JSA"
  "$JAVA" -XX:ArchiveClassesAtExit="$JSA" -jar "$JAR" score --framework "$META" --data "$small" \
    --out "$RUNS/train.csv" --decimals 12 >/dev/null 2>"$RUNS/train.err" || die "training run failed: $RUNS/train.err"
  echo "built the class-data archive $JSA ($(du -h "$JSA" | cut -f1))"
fi

echo "N=$N x 98, $ROUNDS rounds; java: $("$JAVA" -version 2>&1 | head -1)"
printf '%-5s %-14s %8s %8s %8s %6s\n' round set wall_s cpu_s rss_MB load
for ((r = 1; r <= ROUNDS; r++)); do
  k=${#SETS[@]}
  for ((j = 0; j < k; j++)); do
    s=${SETS[$(((j + r - 1) % k))]}
    read -r -a o <<<"$(opts "$s")"
    rm -f "$RUNS/out.csv"
    if timed "$RUNS/$s-$r" "$JAVA" "${o[@]}" -jar "$JAR" score --framework "$META" --data "$DATA" \
      --out "$RUNS/out.csv" --decimals 12 2>/dev/null; then
      read -r wall rss user sys load <"$RUNS/$s-$r.time"
      printf '%-5s %-14s %8s %8.2f %8.0f %6s\n' "$r" "$s" "$wall" "$(awk -v a="$user" -v b="$sys" 'BEGIN { print a + b }')" \
        "$((rss / 1024))" "$load"
    else
      rm -f "$RUNS/$s-$r.time"
      printf '%-5s %-14s %8s  (%s)\n' "$r" "$s" FAILED "$(grep -m1 -o 'OutOfMemoryError.*' "$RUNS/$s-$r.err" || echo see "$RUNS/$s-$r.err")"
    fi
  done
done

echo
printf '%-14s %8s %8s %8s %12s %12s   %s\n' median wall_s cpu_s rss_MB wall/default cpu/default options
for s in "${SETS[@]}"; do
  # This set's runs, named exactly (a glob would also match the runs of sets whose names start alike).
  files=()
  for ((r = 1; r <= ROUNDS; r++)); do
    [ -f "$RUNS/$s-$r.time" ] && files+=("$RUNS/$s-$r.time")
  done
  if [ ${#files[@]} -eq 0 ]; then
    printf '%-14s %8s\n' "$s" FAILED
    continue
  fi
  for ((r = 1; r <= ROUNDS; r++)); do
    if [ -f "$RUNS/$s-$r.time" ] && [ -f "$RUNS/default-$r.time" ]; then
      paste "$RUNS/$s-$r.time" "$RUNS/default-$r.time"
    fi
  done | awk '{ print $1 / $6, ($3 + $4) / ($8 + $9) }' >"$RUNS/$s.ratios"
  printf '%-14s %8s %8.2f %8.0f %12.3f %12.3f   %s\n' "$s" \
    "$(cat "${files[@]}" | awk '{ print $1 }' | median)" \
    "$(cat "${files[@]}" | awk '{ print $3 + $4 }' | median)" \
    "$(cat "${files[@]}" | awk '{ print $2 / 1024 }' | median)" \
    "$(cut -d' ' -f1 "$RUNS/$s.ratios" | median)" "$(cut -d' ' -f2 "$RUNS/$s.ratios" | median)" "$(opts "$s")"
  if [ ${#files[@]} -lt "$ROUNDS" ]; then
    echo "  ($s failed in $((ROUNDS - ${#files[@]})) of $ROUNDS rounds)"
  fi
done
