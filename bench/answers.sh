#!/usr/bin/env bash
# Usage: bench/answers.sh       (env: JAVA, JVM_OPTS, BENCH_JAR, PORT 18731, CONNECTIONS 64, WARMUP 30 s, SECONDS_TOTAL 30)
# Answer posts per second, each committed before its reply: CONNECTIONS exam attempts of 20 questions, one
# per wrk connection (one wrk thread each, so a connection's posts stay in order), each posting
# PUT /api/attempts/{id}/responses/{q} round its questions with seq 1, 2, 3, ... After a warm-up run on
# other attempts, a measured run; then the server is killed with SIGKILL and H2's own tools read every
# attempt's last accepted seq: it must be the seq of the last 200 reply on that connection (or the next one,
# for a post in flight when wrk stopped). docs/benchmarks.md ("Answer posts").
set -euo pipefail
source "$(dirname "$0")/lib.sh"
PORT=${PORT:-18731}
CONN=${CONNECTIONS:-64}
WARMUP=${WARMUP:-30}
TOTAL=${SECONDS_TOTAL:-30}
bench_build
WORK=$(mktemp -d)
trap '[ -n "${APP_PID:-}" ] && bench_stop "$APP_PID"; rm -rf "$WORK"' EXIT
BASE=http://127.0.0.1:$PORT
bench_start "$PORT" "$WORK/data" "${JAVA:-java}" ${JVM_OPTS:-}
bench_ready "$PORT" >/dev/null

lua_for_attempts() { # file: a wrk script whose thread n posts answers to attempt n
  {
    echo "local attempts = {"
    for _ in $(seq "$CONN"); do
      curl -fs -H 'Content-Type: application/json' -d '{"pack": "csto-armenia", "mode": "exam", "length": 20}' "$BASE/api/attempts" |
        jq -r '"{id=\"\(.id)\", token=\"\(.token)\", qs={" + ([.questions[] | "{\"\(.id)\", [==[\(if .type == "ordering" then [.choices[].id] else [.choices[0].id] end | tojson)]==]}"] | join(",")) + "}},"'
    done
    cat <<'LUA'
}
local threads, count = {}, 0
function setup(thread)
  count = count + 1
  thread:set("n", count)
  table.insert(threads, thread)
end
function init(args)
  me, seq, ok, refused, acked = attempts[n], 0, 0, 0, 0
  myid = me.id
  headers = {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. me.token}
end
function request()
  seq = seq + 1
  local q = me.qs[(seq - 1) % #me.qs + 1]
  return wrk.format("PUT", "/api/attempts/" .. me.id .. "/responses/" .. q[1], headers,
    '{"choices":' .. q[2] .. ',"seq":' .. seq .. '}')
end
function response(status, headers, body)
  if status == 200 then ok, acked = ok + 1, seq else refused = refused + 1 end
end
function done(summary, latency, requests)
  for _, t in ipairs(threads) do
    io.write(string.format("ATTEMPT %s %d %d %d\n", t:get("myid"), t:get("ok"), t:get("refused"), t:get("acked")))
  end
end
LUA
  } >"$1"
}
lua_for_attempts "$WORK/warm.lua"
lua_for_attempts "$WORK/measure.lua"
echo "warm-up: $WARMUP s on $CONN other attempts; $(bench_load)"
wrk -t"$CONN" -c"$CONN" -d"${WARMUP}s" --timeout 30s -s "$WORK/warm.lua" "$BASE" >/dev/null
LOAD_BEFORE=$(bench_load)
wrk -t"$CONN" -c"$CONN" -d"${TOTAL}s" --timeout 30s --latency -s "$WORK/measure.lua" "$BASE" >"$WORK/wrk.txt"
LOAD_AFTER=$(bench_load)
RSS=$(bench_rss "$APP_PID")
kill -9 "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=
H2=$(ls ~/.m2/repository/com/h2database/h2/2.4.*/h2-2.4.*.jar | tail -1)
java -cp "$H2" org.h2.tools.Shell -url "jdbc:h2:file:$WORK/data/sourced" -user sourced -password sourced -sql \
  "CALL CSVWRITE('$WORK/db.csv', 'select public_id, last_seq from attempt', 'charset=UTF-8 writeColumnHeader=false')" >/dev/null
grep -E 'Latency  |50%|99%|requests in|Requests/sec|Non-2xx|Socket' "$WORK/wrk.txt"
python3 - "$WORK/wrk.txt" "$WORK/db.csv" <<'PY'
import csv, sys
# per connection: 200 replies, refusals, and the seq of its last 200 (responses come in order on a connection)
acked = {f[1]: (int(f[2]), int(f[3]), int(f[4])) for f in (l.split() for l in open(sys.argv[1])) if f[0] == "ATTEMPT"}
stored = {r[0]: int(r[1]) for r in csv.reader(open(sys.argv[2]))}
ok = sum(a[0] for a in acked.values()); refused = sum(a[1] for a in acked.values())
lost = [k for k, a in acked.items() if stored.get(k, 0) < a[2]]
extra = [k for k, a in acked.items() if stored.get(k, 0) > a[2]]
bad = [k for k, a in acked.items() if stored.get(k, 0) > a[2] + 1]
print("acknowledged (200) %d, refused %d; after SIGKILL: %d attempts whose last acknowledged answer is missing, "
      "%d with one more accepted post than acknowledged (in flight when wrk stopped), %d with more than one"
      % (ok, refused, len(lost), len(extra), len(bad)))
sys.exit(1 if lost or refused or bad or not ok else 0)
PY
echo "load before $LOAD_BEFORE, after $LOAD_AFTER; RSS $RSS MiB"
echo "Machine: $(bench_machine)"
