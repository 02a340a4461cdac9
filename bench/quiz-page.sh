#!/usr/bin/env bash
# Usage: bench/quiz-page.sh            (env: PORT 18711, NGINX_PORT 18712, WARMUP 60 s, SECONDS_EACH 10, ROUNDS 3,
#                                            CONNECTIONS "16 64 256")
# The quiz page, TechEmpower-Fortunes style: the question page of an exam attempt on bench/pack (a stem holding
# a hostile <script>, a choice in Armenian script), its attempt and 20 responses loaded through the ORM,
# rendered by Qute and escaped. The exact bytes are saved to an nginx root and served by nginx on the same
# machine; wrk then loads the app and nginx in turn (interleaved, ROUNDS times) at each connection count.
# Prints requests/s, p99 and the ratio app/nginx (median over the rounds). docs/benchmarks.md ("Quiz page").
set -euo pipefail
source "$(dirname "$0")/lib.sh"
PORT=${PORT:-18711}
NGINX_PORT=${NGINX_PORT:-18712}
WARMUP=${WARMUP:-60}
EACH=${SECONDS_EACH:-10}
ROUNDS=${ROUNDS:-3}
CONNECTIONS=${CONNECTIONS:-16 64 256}
bench_build
WORK=$(mktemp -d)
chmod 755 "$WORK"
trap '[ -n "${APP_PID:-}" ] && bench_stop "$APP_PID"; { [ -z "${NGINX_PID:-}" ] || kill "$NGINX_PID" 2>/dev/null || true; }; rm -rf "$WORK"' EXIT
bench_start "$PORT" "$WORK/data"
bench_ready "$PORT" >/dev/null
BASE=http://127.0.0.1:$PORT

# an exam attempt on the escaping pack; the page of its question "hostile", as a returning student sees it
START=$(curl -fs -H 'Content-Type: application/json' -d '{"pack": "bench-page", "mode": "exam", "length": 20}' "$BASE/api/attempts")
ID=$(echo "$START" | jq -r .id)
N=$(echo "$START" | jq '[.questions[].id] | index("hostile") + 1')
PAGE=/attempts/$ID/questions/$N
curl -fs -c "$WORK/cookies" -o /dev/null "$BASE$PAGE"
COOKIE="Cookie: $(awk '$6 == "csrf-token" || $6 == "sourced_learner" { printf "%s=%s; ", $6, $7 }' "$WORK/cookies")"
mkdir -p "$WORK/www$(dirname "$PAGE")"
curl -fs -H "$COOKIE" -o "$WORK/www$PAGE" "$BASE$PAGE"
chmod -R a+rX "$WORK/www"
grep -q '&lt;script&gt;alert(&quot;A stored hostile string&quot;)&lt;/script&gt;' "$WORK/www$PAGE" || { echo "the hostile stem is not escaped"; exit 1; }
grep -q '<script>alert' "$WORK/www$PAGE" && { echo "a raw <script> from the pack reached the page"; exit 1; }
grep -q 'Երևան՝ Հայաստանի մայրաքաղաքը' "$WORK/www$PAGE" || { echo "the Armenian choice is missing"; exit 1; }
BYTES=$(wc -c <"$WORK/www$PAGE")
echo "page $PAGE: $BYTES bytes, hostile stem escaped, Armenian choice intact"

mkdir -p "$WORK/nginx"
cat >"$WORK/nginx/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx/body;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/www;
    location / { default_type "text/html;charset=UTF-8"; }
  }
}
CONF
nginx -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" &
NGINX_PID=$!
sleep 0.5
cmp -s <(curl -fs "http://127.0.0.1:$NGINX_PORT$PAGE") "$WORK/www$PAGE" || { echo "nginx does not serve the page"; exit 1; }

echo "warming the app up: $WARMUP s at 64 connections; $(bench_load)"
wrk -t2 -c64 -d"${WARMUP}s" -H "$COOKIE" "$BASE$PAGE" >/dev/null
for round in $(seq "$ROUNDS"); do
  for c in $CONNECTIONS; do
    echo "$round $c app $(wrk -t2 -c"$c" -d"${EACH}s" --latency -H "$COOKIE" "$BASE$PAGE" | bench_wrk_parse) $(cut -d' ' -f1 /proc/loadavg)" >>"$WORK/results"
    echo "$round $c nginx $(wrk -t2 -c"$c" -d"${EACH}s" --latency -H "$COOKIE" "http://127.0.0.1:$NGINX_PORT$PAGE" | bench_wrk_parse) $(cut -d' ' -f1 /proc/loadavg)" >>"$WORK/results"
  done
  echo "round $round done; $(bench_load)"
done
echo "RSS of the app after the runs: $(bench_rss "$APP_PID") MiB"
python3 - "$WORK/results" "$ROUNDS" "$EACH" "$BYTES" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
med = statistics.median
print("\n%s rounds of %s s per cell, interleaved (app, nginx, next connection count); medians over the rounds; page %s bytes"
      % (sys.argv[2], sys.argv[3], sys.argv[4]))
print("| connections | app req/s | app p99 ms | nginx req/s | nginx p99 ms | ratio app/nginx | errors app/nginx | load (1 min) |")
print("|---|---|---|---|---|---|---|---|")
for c in sorted({int(r[1]) for r in rows}):
    app = [r for r in rows if int(r[1]) == c and r[2] == "app"]
    ngx = [r for r in rows if int(r[1]) == c and r[2] == "nginx"]
    ratios = [float(a[3]) / float(n[3]) for a, n in zip(app, ngx)]
    print("| %d | %.0f | %.1f | %.0f | %.1f | %.3f | %d / %d | %s |" % (
        c, med(float(r[3]) for r in app), med(float(r[4]) for r in app), med(float(r[3]) for r in ngx),
        med(float(r[4]) for r in ngx), med(ratios), sum(int(r[5]) for r in app), sum(int(r[5]) for r in ngx),
        "-".join(sorted({r[6] for r in app + ngx}, key=float)[::max(1, len(app + ngx) - 1)])))
PY
echo "Machine: $(bench_machine); nginx $(nginx -v 2>&1 | cut -d/ -f2), 1 worker; wrk -t2"
