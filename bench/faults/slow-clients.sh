#!/usr/bin/env bash
# Slow and hostile clients: 1,000 slowloris connections (a header byte a second) and 100 pack uploads at
# 1 KB/s against one H2 instance while 20 students answer through the API; the students' answer posts must
# keep a p99 under 500 ms (bench/faults/slow_clients.py measures them before and during the attack).
#   bench/faults/slow-clients.sh [--slowloris N] [--slow-uploads M] [--students K] [--seconds S]
#   env: APP (default target/quarkus-app/quarkus-run.jar, an H2 build), KEEP=1 keeps the work dir
cd "$(dirname "$0")/../.."
source .ci/lib.sh
check_init slow-clients
APP=${APP:-target/quarkus-app/quarkus-run.jar}
[ -f "$APP" ] || fail "no app at $APP (./mvnw package -DskipTests)"
ulimit -n 8192 2>/dev/null || true
step "start the app"
watch_log "app" "$CHECK_WORK/app.log"
SOURCED_DATA_DIR=$CHECK_WORK/data QUARKUS_HTTP_PORT=0 java -Xmx256m -jar "$APP" >"$CHECK_WORK/app.log" 2>&1 &
PID=$!
on_exit "kill -9 $PID"
wait_up "$CHECK_WORK/app.log" "$PID"
step "students answer, then the slow clients come"
RC=0
python3 bench/faults/slow_clients.py --base "http://127.0.0.1:$UP_PORT" "$@" | tee "$CHECK_WORK/result.out" || RC=$?
[ "$RC" = 0 ] || fail "the students' answer posts suffered under the slow clients: $(cat "$CHECK_WORK/result.out")"
echo "slow-clients: OK"
