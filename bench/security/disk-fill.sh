#!/usr/bin/env bash
# Issue 19, finding 3: "anyone can fill the disk". Starts the packaged app on a fresh data dir and a free port, sends
# POSTS (default 2000) unauthenticated POST /api/attempts from one client as fast as curl goes, and prints how many got
# 201 and 429, the attempt rows made and the H2 file's growth. AttemptLimitsTest runs the same request at a small scale.
#   bash bench/security/disk-fill.sh [POSTS]
set -euo pipefail
. "$(dirname "$0")/../lib.sh"
POSTS=${1:-2000}
bench_build
export BENCH_LIMITS=shipped
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
DATA=$(mktemp -d)
bench_start "$PORT" "$DATA"
trap 'bench_stop $APP_PID; rm -rf "$DATA"' EXIT
bench_ready "$PORT" 180 >/dev/null
size() { stat -c %s "$DATA/sourced.mv.db"; }
BEFORE=$(size)
START=$(date +%s%N)
BODY='{"pack":"csto-armenia","mode":"practice","length":0}'
CODES=$(for _ in $(seq "$POSTS"); do
  curl -s -o /dev/null -w '%{http_code}\n' -H 'Content-Type: application/json' -d "$BODY" "http://127.0.0.1:$PORT/api/attempts"
done | sort | uniq -c | awk '{printf "%s: %s  ", $2, $1}')
SECONDS_TAKEN=$(( ($(date +%s%N) - START) / 1000000000 ))
sleep 1
AFTER=$(size)
echo "$POSTS posts in ${SECONDS_TAKEN} s: $CODES"
echo "H2 file: $BEFORE -> $AFTER bytes (+$(( (AFTER - BEFORE) / 1024 )) KiB)"
echo "$(bench_machine 2>/dev/null || true)"
