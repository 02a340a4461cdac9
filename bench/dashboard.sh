#!/usr/bin/env bash
# The class dashboard at scale: seeds 10,000 submitted attempts of 20 questions (500 students x 20
# attempts) into a fresh app, then
#   1. times the assignment dashboard page, /assignments/{id} (median and 90th percentile of N requests,
#      after a warm-up), and the statistics JSON;
#   2. downloads the results CSV while sampling the server's resident memory (ps -o rss), and does the
#      same for a class a tenth the size: memory that does not grow with the rows is the streaming at work.
# Figures go to docs/benchmarks.md ("Class dashboard"). Usage: bench/dashboard.sh   (env: PORT, N, STUDENTS, PER)
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-8097}
N=${N:-40}
STUDENTS=${STUDENTS:-500}
PER=${PER:-20}
BASE="http://localhost:$PORT"
ADMIN=bench-admin@example.org
ADMIN_PASSWORD=bench-admin-password

JAR=target/quarkus-app/quarkus-run.jar
if [ ! -f "$JAR" ] || [ -n "${REBUILD:-}" ]; then
  ./mvnw -o -q package -DskipTests
fi

DATA=$(mktemp -d)
SOURCED_DATA_DIR="$DATA" SOURCED_ADMIN_EMAIL=$ADMIN SOURCED_ADMIN_PASSWORD=$ADMIN_PASSWORD \
  SOURCED_BENCH_SEEDING_ENABLED=true QUARKUS_HTTP_PORT=$PORT \
  java -Xmx256m -jar "$JAR" >"$DATA/app.log" 2>&1 &
APP=$!
cleanup() { kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; rm -rf "$DATA"; }
trap cleanup EXIT

for _ in $(seq 1 120); do
  curl -fs "$BASE/q/health/ready" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fs "$BASE/q/health/ready" >/dev/null || { echo "the app did not start:"; tail -20 "$DATA/app.log"; exit 1; }

seed() { # students attempts-per-student -> JSON
  curl -fs -u "$ADMIN:$ADMIN_PASSWORD" -H 'Content-Type: application/json' \
    -d "{\"students\": $1, \"attemptsPerStudent\": $2, \"questions\": 20}" "$BASE/api/bench/assignments"
}
echo "Seeding $STUDENTS students x $PER attempts x 20 questions ..."
BIG=$(seed "$STUDENTS" "$PER")
echo "  $(echo "$BIG" | jq -r '"\(.attempts) attempts, \(.responses) responses in \(.millis) ms"')"
SMALL=$(seed $((STUDENTS / 10)) "$PER")
ID=$(echo "$BIG" | jq -r .assignmentId)
TOKEN=$(echo "$BIG" | jq -r .teacherToken)
SMALL_ID=$(echo "$SMALL" | jq -r .assignmentId)
SMALL_TOKEN=$(echo "$SMALL" | jq -r .teacherToken)
AUTH="Authorization: Bearer $TOKEN"

stats() { # reads seconds, one a line; prints median and p90 in ms
  sort -n | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
    p = v[int(NR * 0.9 + 0.999)]; printf "median %.0f ms, p90 %.0f ms (n=%d)", m * 1000, p * 1000, NR }'
}
times() { # url count
  for _ in $(seq 1 "$2"); do curl -fs -o /dev/null -w '%{time_total}\n' -H "$AUTH" "$1"; done
}

PAGE_BYTES=$(curl -fs -H "$AUTH" "$BASE/assignments/$ID" | wc -c)
echo "Warming up (20 requests) ..."
times "$BASE/assignments/$ID" 20 >/dev/null
echo "Dashboard /assignments/$ID ($PAGE_BYTES bytes): $(times "$BASE/assignments/$ID" "$N" | stats)"
echo "Statistics JSON /api/assignments/$ID/statistics: $(times "$BASE/api/assignments/$ID/statistics" "$N" | stats)"
echo "Results JSON /api/assignments/$ID/results: $(times "$BASE/api/assignments/$ID/results" 10 | stats)"

rss() { ps -o rss= -p "$APP" | tr -d ' '; }
csv() { # assignment-id token label
  local out="$DATA/$1.csv" peak before after
  curl -fs -o /dev/null -H "Authorization: Bearer $2" "$BASE/api/assignments/$1/results.csv" # warm
  before=$(rss); peak=$before
  curl -fs -o "$out" -w '%{time_total}' -H "Authorization: Bearer $2" "$BASE/api/assignments/$1/results.csv" >"$DATA/t" &
  local dl=$!
  while kill -0 "$dl" 2>/dev/null; do r=$(rss); [ "$r" -gt "$peak" ] && peak=$r; sleep 0.02; done
  wait "$dl"
  after=$(rss)
  printf '%s: %d rows, %d KiB in %.0f ms; RSS before %d MiB, peak %d MiB, after %d MiB\n' "$3" \
    $(($(wc -l <"$out") - 1)) $(($(wc -c <"$out") / 1024)) "$(echo "$(cat "$DATA/t") * 1000" | bc -l)" \
    $((before / 1024)) $((peak / 1024)) $((after / 1024))
}
csv "$SMALL_ID" "$SMALL_TOKEN" "Results CSV, $((STUDENTS / 10 * PER)) attempts"
csv "$ID" "$TOKEN" "Results CSV, $((STUDENTS * PER)) attempts"
csv "$SMALL_ID" "$SMALL_TOKEN" "Results CSV, $((STUDENTS / 10 * PER)) attempts (again)"
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(java -version 2>&1 | head -1), -Xmx256m, H2 file database; load average $(cut -d' ' -f1-3 /proc/loadavg)"
