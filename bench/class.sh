#!/usr/bin/env bash
# Usage: bench/class.sh [class_run.py options, e.g. --students 1000 --think 1.0 --ramp 5]   (env: PORT, JAVA, JVM_OPTS, BENCH_JAR)
# A class through the attempts API: STUDENTS students at once, each starting an exam of 20 questions,
# answering every question and submitting (bench/class_run.py). Prints latency per request kind, the
# server's resident memory after start, at its peak during the class and after it; then kills the server
# with SIGKILL (no clean shutdown), exports every response row with H2's own tools and checks that each
# acknowledged answer is stored exactly once. Figures go to docs/benchmarks.md ("A class").
set -euo pipefail
source "$(dirname "$0")/lib.sh"
PORT=${PORT:-18701}
bench_build
WORK=$(mktemp -d)
trap '[ -n "${APP_PID:-}" ] && bench_stop "$APP_PID"; { [ -z "${SAMPLER:-}" ] || kill "$SAMPLER" 2>/dev/null || true; }; rm -rf "$WORK"' EXIT

bench_start "$PORT" "$WORK/data" "${JAVA:-java}" ${JVM_OPTS:-}
echo "first 200 after $(bench_ready "$PORT") ms; RSS $(bench_rss "$APP_PID") MiB after start; $(bench_load)"
curl -fs -o /dev/null "http://127.0.0.1:$PORT/packs/csto-armenia"
(peak=0; while kill -0 "$APP_PID" 2>/dev/null; do r=$(bench_rss "$APP_PID" 2>/dev/null || echo 0); [ "$r" -gt "$peak" ] && peak=$r && echo "$peak" >"$WORK/peak"; sleep 0.2; done) &
SAMPLER=$!
status=0
python3 "$BENCH_ROOT/bench/class_run.py" --base "http://127.0.0.1:$PORT" --acked "$WORK/acked.csv" "$@" || status=$?
sleep 1
echo "RSS peak during the class $(cat "$WORK/peak") MiB, after it $(bench_rss "$APP_PID") MiB; $(bench_load)"
bench_kill_export "$WORK/data" "$WORK/db.csv" \
  "select a.public_id as attempt, r.question_id as question, r.answer as answer, r.seq as seq, a.status as status from response r join attempt a on a.id = r.attempt_id"
echo "after SIGKILL: $(($(wc -l <"$WORK/db.csv") - 1)) response rows, $(grep -c ',"submitted"$' "$WORK/db.csv") of them in submitted attempts"
python3 "$BENCH_ROOT/bench/class_run.py" --acked "$WORK/acked.csv" --verify "$WORK/db.csv" || status=1
echo "Machine: $(bench_machine)"
exit $status
