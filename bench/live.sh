#!/usr/bin/env bash
# Usage: bench/live.sh [live_run.py options, e.g. --players 1000 --questions 5 --think-max 5]   (env: PORT, JAVA, JVM_OPTS, BENCH_JAR)
# One live session with many players (issue 11's "Speed"): the packaged app on a fresh H2 data dir with the README's
# JVM options; the admin hosts; every player joins, holds an event stream and answers each question
# (bench/live_run.py). Prints the question event's delivery (host's `next` to each phone) and the answer posts'
# latency, errors, and the server's resident memory after start, at its peak and after the session; then kills the
# server with SIGKILL, exports live_answer with H2's own tools and checks that each acknowledged answer is stored
# exactly once. Figures go to docs/benchmarks.md ("Live session").
set -euo pipefail
source "$(dirname "$0")/lib.sh"
PORT=${PORT:-18711}
ulimit -n 8192 2>/dev/null || ulimit -n "$(ulimit -Hn)"
bench_build
WORK=$(mktemp -d)
trap '[ -n "${APP_PID:-}" ] && bench_stop "$APP_PID"; { [ -z "${SAMPLER:-}" ] || kill "$SAMPLER" 2>/dev/null || true; }; rm -rf "$WORK"' EXIT

bench_start "$PORT" "$WORK/data" "${JAVA:-java}" ${JVM_OPTS:-}
echo "first 200 after $(bench_ready "$PORT") ms; RSS $(bench_rss "$APP_PID") MiB after start; $(bench_load)"
(peak=0; while kill -0 "$APP_PID" 2>/dev/null; do r=$(bench_rss "$APP_PID" 2>/dev/null || echo 0); [ "$r" -gt "$peak" ] && peak=$r && echo "$peak" >"$WORK/peak"; sleep 0.2; done) &
SAMPLER=$!
status=0
python3 "$BENCH_ROOT/bench/live_run.py" --base "http://127.0.0.1:$PORT" --host-user "$BENCH_ADMIN" --host-password "$BENCH_ADMIN_PASSWORD" \
  --acked "$WORK/acked.csv" "$@" || status=$?
sleep 1
echo "RSS peak during the session $(cat "$WORK/peak" 2>/dev/null || echo '?') MiB, after it $(bench_rss "$APP_PID") MiB; $(bench_load)"
bench_kill_export "$WORK/data" "$WORK/db.csv" \
  "select player_id as player, question_no as question, round, choices from live_answer"
python3 "$BENCH_ROOT/bench/live_run.py" --acked "$WORK/acked.csv" --verify "$WORK/db.csv" || status=1
echo "Machine: $(bench_machine)"
exit $status
