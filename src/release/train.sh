#!/usr/bin/env bash
# The AOT cache's training run (called by build.sh): starts LAUNCHER (its cfg asks for -XX:AOTCacheOutput) on a
# free port and a fresh data dir, waits until /q/health/ready (which includes the app's own warm-up: the home,
# pack, lesson and evidence pages and two attempts through the forms), then drives what a school day adds:
# a class of 100 students through the attempts API, a lesson's checkpoint, and the teacher's dashboard, its
# statistics and CSV. SIGTERM then lets the JVM write the cache as it exits.
# Usage: src/release/train.sh LAUNCHER WORKDIR
set -euo pipefail
LAUNCHER=$1
mkdir -p "$2"
DATA=$(cd "$2" && pwd)
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
BASE=http://127.0.0.1:$PORT
ADMIN=trainer@example.org
ADMIN_PASSWORD=training-password-$RANDOM$RANDOM
fail() { echo "training: $*" >&2; echo "last lines of the app's log:" >&2; tail -20 "$DATA/app.log" >&2; kill "$APP" 2>/dev/null || true; exit 1; }

# the class comes from 127.0.0.1 alone: lift the limits on new attempts per address and per learner (docs/security.md)
SOURCED_LIMITS_ATTEMPTS_PER_ADDRESS_MINUTE=100000000 SOURCED_LIMITS_ATTEMPTS_PER_ADDRESS_DAY=100000000 \
  SOURCED_LIMITS_ATTEMPTS_PER_LEARNER_MINUTE=100000000 SOURCED_LIMITS_ATTEMPTS_PER_LEARNER_DAY=100000000 \
  SOURCED_DATA_DIR="$DATA/data" SOURCED_ADMIN_EMAIL=$ADMIN SOURCED_ADMIN_PASSWORD=$ADMIN_PASSWORD \
  SOURCED_BENCH_SEEDING_ENABLED=true QUARKUS_HTTP_PORT=$PORT QUARKUS_HTTP_HOST=127.0.0.1 \
  "$LAUNCHER" >"$DATA/app.log" 2>&1 &
APP=$!
deadline=$((SECONDS + 300))
until curl -fs -o /dev/null "$BASE/q/health/ready"; do
  kill -0 "$APP" 2>/dev/null || fail "the app exited before it was ready"
  [[ $SECONDS -lt $deadline ]] || fail "expected /q/health/ready to answer 200 within 300 s, it did not"
  sleep 0.2
done
echo "training: ready ($(grep -o 'warm-up [a-z_]* in [0-9]* ms[^,]*' "$DATA/app.log" | head -1))"

python3 "$ROOT/bench/class_run.py" --base "$BASE" --students 100 --think 0 --ramp 2 > "$DATA/class.txt" \
  || fail "the class through the attempts API failed: $(tail -5 "$DATA/class.txt")"
echo "training: a class of 100 through the attempts API"

seeded=$(curl -fs -u "$ADMIN:$ADMIN_PASSWORD" -H 'Content-Type: application/json' \
  -d '{"students": 30, "attemptsPerStudent": 1, "questions": 20}' "$BASE/api/bench/assignments") \
  || fail "expected the bench seeding API to make a class (POST /api/bench/assignments), it refused"
read -r ID TOKEN < <(python3 -c 'import json, sys; d = json.load(sys.stdin); print(d["assignmentId"], d["teacherToken"])' <<<"$seeded")
for _ in 1 2 3 4 5; do
  for path in "/assignments/$ID" "/api/assignments/$ID/statistics" "/api/assignments/$ID/results" /teach /classes; do
    code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$BASE$path")
    [[ $code == 200 ]] || fail "expected 200 from GET $path as the seeded teacher, got $code"
  done
done
echo "training: the teacher's dashboard, statistics, results, authoring and classes pages"

kill -TERM "$APP"
wait "$APP" || true
grep -q "AOTCache creation is complete\|AOT cache" "$DATA/app.log" && grep "AOTCache\|AOT cache" "$DATA/app.log" | tail -2 || true
