#!/usr/bin/env bash
# Usage: bench/warmup.sh        (env: PORT 18721, SECONDS_TOTAL 120, CONNECTIONS 64, JAVA java, JVM_OPTS "")
# Warm-up from a cold start: starts the packaged app, and from its first 200 loads the quiz page of
# bench/quiz-page.sh with wrk in 1-second samples for SECONDS_TOTAL seconds. Prints the curve (requests/s
# per second since the first 200), the steady throughput (median of the last 30 samples) and the first
# second from which the 5-second mean stays at or above 90 % of it. docs/benchmarks.md ("Warm-up").
set -euo pipefail
source "$(dirname "$0")/lib.sh"
PORT=${PORT:-18721}
TOTAL=${SECONDS_TOTAL:-120}
CONN=${CONNECTIONS:-64}
bench_build
WORK=$(mktemp -d)
trap '[ -n "${APP_PID:-}" ] && bench_stop "$APP_PID"; rm -rf "$WORK"' EXIT
BASE=http://127.0.0.1:$PORT
# shellcheck disable=SC2086
bench_start "$PORT" "$WORK/data" "${JAVA:-java}" ${JVM_OPTS:-}
READY=$(bench_ready "$PORT")
START=$(curl -fs -H 'Content-Type: application/json' -d '{"pack": "bench-page", "mode": "exam", "length": 20}' "$BASE/api/attempts")
PAGE=/attempts/$(echo "$START" | jq -r .id)/questions/1
curl -fs -c "$WORK/cookies" -o /dev/null "$BASE$PAGE"
COOKIE="Cookie: $(awk '$6 == "csrf-token" || $6 == "sourced_learner" { printf "%s=%s; ", $6, $7 }' "$WORK/cookies")"
echo "first 200 after $READY ms; $(bench_load); sampling $TOTAL s at $CONN connections"
for s in $(seq "$TOTAL"); do
  echo "$s $(wrk -t2 -c"$CONN" -d1s --latency -H "$COOKIE" "$BASE$PAGE" | bench_wrk_parse)" >>"$WORK/curve"
done
echo "RSS $(bench_rss "$APP_PID") MiB; $(bench_load)"
python3 - "$WORK/curve" <<'PY'
import statistics, sys
rows = [(int(l.split()[0]), float(l.split()[1])) for l in open(sys.argv[1])]
steady = statistics.median(r for _, r in rows[-30:])
mean5 = [statistics.mean(r for _, r in rows[max(0, i - 4):i + 1]) for i in range(len(rows))]
reached = next((rows[i][0] for i in range(len(rows)) if all(m >= 0.9 * steady for m in mean5[i:])), None)
print("| second | req/s | % of steady |")
print("|---|---|---|")
for (s, r), m in zip(rows, mean5):
    if s <= 10 or s % 5 == 0:
        print("| %d | %.0f | %3.0f %% %s |" % (s, r, 100 * r / steady, "#" * int(round(30 * min(r / steady, 1.2)))))
print("steady (median of the last 30 s): %.0f req/s; the 5-s mean stays >= 90 %% of it from second %s after the first 200"
      % (steady, reached))
PY
echo "Machine: $(bench_machine); ${JAVA:-java} ${JVM_OPTS:-}"
