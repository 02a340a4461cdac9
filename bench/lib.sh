# Shared by the bench scripts (source it; not run on its own): build the packaged app if needed, start it
# on a fresh data dir with the README's JVM options, wait for it, stop it, read its memory and the load.
#   bench_build                      builds target/quarkus-app unless present (REBUILD=1 forces it)
#   bench_content DIR                DIR/packs: the shipped packs plus bench/pack (the escaping test pack)
#   bench_start PORT DATA [JAVA [OPTS...]]  starts \$BENCH_JAR from its own folder (JAVA defaults to java; relative
#                                    OPTS paths such as -XX:AOTCache=app.aot are in that folder); sets APP_PID;
#                                    the limits on new attempts are lifted unless BENCH_LIMITS=shipped
#   bench_launch PORT DATA CMD...     the same for any command (the release bundle's bin/sourced)
#   bench_ready PORT [SECONDS]       waits for the first 200 from GET /; prints milliseconds since bench_start
#   bench_stop PID                   SIGTERM, then waits
#   bench_rss PID                    resident memory in MiB
#   bench_load                       "load 1.23 1.10 0.98" (the 1, 5 and 15 minute load averages)
#   bench_kill_export DATA OUT SQL   SIGKILLs \$APP_PID (no clean shutdown), then writes SQL's rows from DATA's H2 file to
#                                    the CSV file OUT with H2's own tools (column names in capitals)
#   bench_machine                    one line: cores, memory, default java
BENCH_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH_JAR=${BENCH_JAR:-$BENCH_ROOT/target/quarkus-app/quarkus-run.jar}
BENCH_ADMIN=bench-admin@example.org
BENCH_ADMIN_PASSWORD=bench-admin-password

bench_build() {
  if [ ! -f "$BENCH_JAR" ] || [ -n "${REBUILD:-}" ]; then
    (cd "$BENCH_ROOT" && ./mvnw -B -q package -DskipTests)
  fi
}

bench_content() {
  mkdir -p "$1/packs"
  cp -r "$BENCH_ROOT"/content/packs/* "$BENCH_ROOT"/bench/pack/packs/* "$1/packs/"
}

bench_start() { # port data-dir [java-binary [jvm options...]]
  local port=$1 data=$2
  shift 2
  local java=${1:-java}
  [ $# -gt 0 ] && shift
  bench_launch "$port" "$data" bash -c 'cd "$(dirname "$0")" && exec "$@"' "$BENCH_JAR" "$java" -Xmx256m "$@" -jar quarkus-run.jar
}

# Starts any command as the app (the release bundle's bin/sourced, say) with the benchmarks' settings; sets APP_PID.
bench_launch() { # port data-dir command [args...]
  local port=$1 data=$2
  shift 2
  mkdir -p "$data"
  [ -d "$data/content" ] || bench_content "$data/content"
  BENCH_T0=$(date +%s%N)
  # a benchmark's clients all come from 127.0.0.1: the limits on new attempts are lifted unless BENCH_LIMITS=shipped
  local lift=()
  if [ "${BENCH_LIMITS:-lifted}" != shipped ]; then
    lift=(SOURCED_LIMITS_ATTEMPTS_PER_ADDRESS_MINUTE=100000000 SOURCED_LIMITS_ATTEMPTS_PER_ADDRESS_DAY=100000000
      SOURCED_LIMITS_ATTEMPTS_PER_LEARNER_MINUTE=100000000 SOURCED_LIMITS_ATTEMPTS_PER_LEARNER_DAY=100000000
      SOURCED_LIMITS_ATTEMPTS_MAX_OPEN=100000000)
  fi
  env "${lift[@]}" SOURCED_DATA_DIR="$data" SOURCED_CONTENT_DIR="$data/content" QUARKUS_HTTP_PORT=$port \
    SOURCED_ADMIN_EMAIL=$BENCH_ADMIN SOURCED_ADMIN_PASSWORD=$BENCH_ADMIN_PASSWORD "$@" >"$data/app.log" 2>&1 &
  APP_PID=$!
}

bench_ready() { # port [timeout-seconds]
  local deadline=$(($(date +%s) + ${2:-120}))
  until curl -fs -o /dev/null "http://127.0.0.1:$1/"; do
    if [ "$(date +%s)" -ge "$deadline" ] || ! kill -0 "$APP_PID" 2>/dev/null; then
      echo "the app did not answer on port $1" >&2
      return 1
    fi
    sleep 0.01
  done
  echo $((($(date +%s%N) - BENCH_T0) / 1000000))
}

bench_stop() {
  kill "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}

bench_rss() { echo $(($(ps -o rss= -p "$1") / 1024)); }

bench_kill_export() { # data-dir out.csv sql
  kill -9 "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=
  local h2
  h2=$(ls ~/.m2/repository/com/h2database/h2/2.4.*/h2-2.4.*.jar | tail -1)
  java -cp "$h2" org.h2.tools.Shell -url "jdbc:h2:file:$1/sourced" -user sourced -password sourced -sql \
    "CALL CSVWRITE('$2', '$3', 'charset=UTF-8')" >/dev/null
}

bench_load() { echo "load $(cut -d' ' -f1-3 /proc/loadavg)"; }

bench_machine() {
  echo "$(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(java -version 2>&1 | head -1), -Xmx256m, H2 file database (WRITE_DELAY=0)"
}

# wrk's summary -> "requests/s p99-ms non-2xx+errors"
bench_wrk_parse() {
  awk '/Requests\/sec/ { rps = $2 }
       /^ +99%/ { v = $2; if (v ~ /us$/) { sub(/us/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms/, "", v) }
                  else if (v ~ /s$/) { sub(/s/, "", v); v *= 1000 }; p99 = v }
       /Non-2xx/ { bad += $NF } /Socket errors/ { gsub(/,/, ""); bad += $4 + $6 + $8 + $10 }
       END { printf "%.0f %.1f %d\n", rps, p99, bad }'
}
