#!/usr/bin/env bash
# Usage: bench/startup.sh       (env: ROUNDS 5, PORT 18741, STUDENTS 1000, THINK 0.5, JDK25 /usr/lib/jvm/temurin-25-jdk-amd64)
# Start-up and memory, two configurations side by side, interleaved ROUNDS times, each start on a fresh data dir:
#   jvm17  target/quarkus-app on the default Java 17: java -Xmx256m -jar quarkus-run.jar (the README's command)
#   aot25  target/quarkus-app-aot (aot-jar packaging) on JDK 25 with -XX:AOTCache=app.aot, a cache recorded
#          while the app served a class (a training run with -XX:AOTCacheOutput before the rounds)
# For each start: milliseconds from launch to the first 200 from GET /, resident memory then, and after a
# class of STUDENTS students (bench/class_run.py, THINK seconds between requests). Prints medians.
# docs/benchmarks.md ("Start-up and memory"). Builds target/quarkus-app-aot with JDK 25 if it is missing:
#   JAVA_HOME=$JDK25 ./mvnw -B -q package -DskipTests -Dquarkus.package.jar.aot.enabled=true \
#     -Dquarkus.package.jar.aot.type=aot -Dquarkus.package.output-directory=quarkus-app-aot
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ROUNDS=${ROUNDS:-5}
PORT=${PORT:-18741}
STUDENTS=${STUDENTS:-1000}
THINK=${THINK:-0.5}
JDK25=${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}
bench_build
AOT_DIR=$BENCH_ROOT/target/quarkus-app-aot
if [ ! -f "$AOT_DIR/quarkus-run.jar" ] || [ -n "${REBUILD:-}" ]; then
  (cd "$BENCH_ROOT" && JAVA_HOME=$JDK25 ./mvnw -B -q package -DskipTests -Dquarkus.package.jar.aot.enabled=true \
    -Dquarkus.package.jar.aot.type=aot -Dquarkus.package.output-directory=quarkus-app-aot)
  rm -f "$AOT_DIR/app.aot"
fi
WORK=$(mktemp -d)
trap '[ -n "${APP_PID:-}" ] && bench_stop "$APP_PID"; rm -rf "$WORK"' EXIT
BASE=http://127.0.0.1:$PORT
class() { python3 "$BENCH_ROOT/bench/class_run.py" --base "$BASE" --students "$1" --think "$2" --ramp 5; }

if [ ! -f "$AOT_DIR/app.aot" ]; then
  echo "training the AOT cache on JDK 25: a class of 300 students, the pages of a student; $(bench_load)"
  BENCH_JAR=$AOT_DIR/quarkus-run.jar bench_start "$PORT" "$WORK/train" "$JDK25/bin/java" -XX:AOTCacheOutput=app.aot
  bench_ready "$PORT" >/dev/null
  for p in / /packs/csto-armenia /packs/csto-armenia/lessons/treaty /me/progress /login; do curl -fs -o /dev/null "$BASE$p" || true; done
  class 300 0 >/dev/null
  bench_stop "$APP_PID"; APP_PID=
  ls -l "$AOT_DIR/app.aot"
fi

for round in $(seq "$ROUNDS"); do
  for config in jvm17 aot25; do
    rm -rf "$WORK/data"
    if [ $config = jvm17 ]; then
      BENCH_JAR=$BENCH_ROOT/target/quarkus-app/quarkus-run.jar bench_start "$PORT" "$WORK/data" java
    else
      BENCH_JAR=$AOT_DIR/quarkus-run.jar bench_start "$PORT" "$WORK/data" "$JDK25/bin/java" -XX:AOTCache=app.aot
    fi
    ms=$(bench_ready "$PORT")
    load=$(cut -d' ' -f1 /proc/loadavg)
    sleep 1
    rss_start=$(bench_rss "$APP_PID")
    p99=$(class "$STUDENTS" "$THINK" | awk -F'|' '$2 ~ /all/ { gsub(/ /, "", $6); print $6 }')
    rss_class=$(bench_rss "$APP_PID")
    bench_stop "$APP_PID"; APP_PID=
    echo "$round $config $ms $rss_start $rss_class $p99 $load" | tee -a "$WORK/results"
  done
done
python3 - "$WORK/results" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
med = statistics.median
print("| configuration | first 200, median (all) ms | RSS after start MiB | RSS after the class MiB | class p99 ms | load (1 min) |")
print("|---|---|---|---|---|---|")
m = {}
for c in ("jvm17", "aot25"):
    r = [x for x in rows if x[1] == c]
    m[c] = med(int(x[2]) for x in r)
    print("| %s | %d (%s) | %d | %d | %s | %s |" % (c, m[c], ", ".join(x[2] for x in r), med(int(x[3]) for x in r),
          med(int(x[4]) for x in r), "%.0f" % med(float(x[5]) for x in r), "-".join(sorted((x[6] for x in r), key=float)[::max(1, len(r) - 1)])))
print("aot25 / jvm17 start-up: %.2f" % (m["aot25"] / m["jvm17"]))
PY
echo "Machine: $(bench_machine); JDK 25: $("$JDK25/bin/java" -version 2>&1 | head -1)"
