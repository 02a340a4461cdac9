#!/usr/bin/env bash
# Question page and answer post latency (issue: students). Builds if needed, starts the packaged app on
# a fresh data dir with the README's JVM options, runs bench/quiz_latency.py, stops the app.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18501}
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -q -B package -DskipTests
DATA=$(mktemp -d)
SOURCED_DATA_DIR=$DATA QUARKUS_HTTP_PORT=$PORT java -Xmx256m -jar target/quarkus-app/quarkus-run.jar >"$DATA/app.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null && break; sleep 0.5; done
python3 bench/quiz_latency.py --base "http://127.0.0.1:$PORT" "$@"
