#!/usr/bin/env bash
# Usage: bench/bundle.sh   (env: ROUNDS 3, PORT 18751, STUDENTS 1000, TARBALL target/release/sourced-*-linux-x64.tar.gz)
# The release bundle against the README's command, interleaved ROUNDS times, each start on a fresh data dir:
#   jvm17   java -Xmx256m -jar target/quarkus-app/quarkus-run.jar on the default Java 17
#   bundle  bin/sourced of the release bundle (its jlink runtime, JDK 25, the trained AOT cache, its memory settings)
# For each start: ms from launch to the first 200 from GET /, ms to /q/health/ready (the warm-up done), resident
# memory 5 s after ready, then a class of STUDENTS arriving within 5 s (bench/class_run.py, think 0.5 s): its p99,
# its errors, and the peak resident memory sampled every 200 ms during it. Prints the table and the ratios.
# Builds the bundle if TARBALL is missing (JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 ./mvnw package -Prelease).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ROUNDS=${ROUNDS:-3}
PORT=${PORT:-18751}
STUDENTS=${STUDENTS:-1000}
bench_build
TARBALL=${TARBALL:-$(ls "$BENCH_ROOT"/target/release/sourced-*-linux-x64.tar.gz 2>/dev/null | head -1)}
if [ ! -f "${TARBALL:-}" ]; then
  (cd "$BENCH_ROOT" && JAVA_HOME=${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64} ./mvnw -B -q package -Prelease -DskipTests)
  TARBALL=$(ls "$BENCH_ROOT"/target/release/sourced-*-linux-x64.tar.gz | head -1)
fi
WORK=$(mktemp -d)
trap '[ -n "${APP_PID:-}" ] && bench_stop "$APP_PID"; rm -rf "$WORK"' EXIT
tar -C "$WORK" -xzf "$TARBALL"
LAUNCHER=$(ls -d "$WORK"/sourced-*/bin/sourced)
BASE=http://127.0.0.1:$PORT
echo "bundle: $(basename "$TARBALL"), $(du -h "$TARBALL" | cut -f1) compressed; $(bench_load)"

for round in $(seq "$ROUNDS"); do
  for config in jvm17 bundle; do
    rm -rf "$WORK/data"
    if [ $config = jvm17 ]; then
      bench_start "$PORT" "$WORK/data" java
    else
      bench_launch "$PORT" "$WORK/data" env -u JAVA_HOME PATH=/nonexistent "$LAUNCHER"
    fi
    first=$(bench_ready "$PORT" 180)
    until curl -fs -o /dev/null "$BASE/q/health/ready"; do sleep 0.05; done
    ready=$((($(date +%s%N) - BENCH_T0) / 1000000))
    sleep 5
    idle=$(bench_rss "$APP_PID")
    peak=$idle
    python3 "$BENCH_ROOT/bench/class_run.py" --base "$BASE" --students "$STUDENTS" --think 0.5 --ramp 5 > "$WORK/class.txt" &
    CLASS=$!
    while kill -0 "$CLASS" 2>/dev/null; do
      r=$(bench_rss "$APP_PID"); [ "$r" -gt "$peak" ] && peak=$r
      sleep 0.2
    done
    wait "$CLASS" || true
    p99=$(awk -F'|' '$2 ~ /all/ { gsub(/ /, "", $6); print $6 }' "$WORK/class.txt")
    errors=$(grep -o '[0-9]* errors' "$WORK/class.txt" | head -1 | awk '{ print $1 }')
    bench_stop "$APP_PID"; APP_PID=
    echo "$round $config $first $ready $idle $peak ${p99:-nan} ${errors:-?} $(cut -d' ' -f1 /proc/loadavg)" | tee -a "$WORK/results"
  done
done
python3 - "$WORK/results" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
med = statistics.median
print("| configuration | first 200 ms, median (all) | ready ms, median | RSS idle MiB | RSS peak in the class MiB | class p99 ms | errors | load |")
print("|---|---|---|---|---|---|---|---|")
m = {}
for c in ("jvm17", "bundle"):
    r = [x for x in rows if x[1] == c]
    m[c] = med(int(x[2]) for x in r)
    print("| %s | %d (%s) | %d | %d | %d | %s | %s | %s |" % (c, m[c], ", ".join(x[2] for x in r), med(int(x[3]) for x in r),
          med(int(x[4]) for x in r), med(int(x[5]) for x in r), "%.0f" % med(float(x[6]) for x in r), "/".join(x[7] for x in r),
          "-".join(sorted((x[8] for x in r), key=float)[::max(1, len(r) - 1)])))
ratios = [int(b[2]) / int(a[2]) for a, b in zip([x for x in rows if x[1] == "jvm17"], [x for x in rows if x[1] == "bundle"])]
print("bundle / jvm17 first 200, per round: " + ", ".join("%.2f" % x for x in ratios))
PY
echo "Machine: $(bench_machine)"
