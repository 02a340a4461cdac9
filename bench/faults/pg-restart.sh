#!/usr/bin/env bash
# PostgreSQL restarts mid-class. A class of students answers through two instances on one PostgreSQL (a
# cluster of this script's own, on a free port: bench/faults/pg.sh), with the API's PUT of an answer and its
# seq (bench/crash/driver.py, as the crash test). The database is restarted, or killed with SIGKILL, several
# times while they answer. Checked:
#   - while it is down, requests fail fast (the slowest 503 within 6 s: the pool waits 2 s for a connection,
#     and a loaded machine queues requests) with a clear reason:#     layout's 503 in the reader's language (Armenian here), readiness is DOWN; no request goes unanswered;
#   - after it is back, both instances acknowledge answers again by themselves (recovery time measured);
#   - at the end every acknowledged answer is stored, exactly once (driver.py verify, and a count of
#     duplicate rows in the database).
# On failure it prints the step, the last reply and the last log lines of both instances and PostgreSQL.
#
#   bench/faults/pg-restart.sh                       # the long form: 200 students; restart, kill, restart
#   bench/faults/pg-restart.sh --students 40 --outages restart,kill --down 2     # CI's short form (.ci/run)
#   options: --students N (200)  --outages LIST of restart|kill (restart,kill,restart)  --down S seconds each
#            outage lasts (3)  --think MIN-MAX seconds between a student's answers (1-3)  --fast-ms N: the
#            slowest 503 allowed (6000; on a machine loaded by other work requests queue behind the failures)
#   env:     APP (default target/pg-app/quarkus-run.jar: a PostgreSQL build, SOURCED_DB_KIND=postgresql
#            ./mvnw package), KEEP=1 keeps the work dir
cd "$(dirname "$0")/../.."
source .ci/lib.sh
source bench/faults/pg.sh
check_init pg-restart

STUDENTS=200
OUTAGES=restart,kill,restart
DOWN=3
THINK=1-3
FAST_MS=6000
while [ $# -gt 0 ]; do
  case "$1" in
    --students) STUDENTS=$2; shift 2 ;;
    --outages) OUTAGES=$2; shift 2 ;;
    --down) DOWN=$2; shift 2 ;;
    --think) THINK=$2; shift 2 ;;
    --fast-ms) FAST_MS=$2; shift 2 ;;
    -h|--help) sed -n '2,24p' "$0"; exit 0 ;;
    *) fail "unknown option $1 (see --help)" ;;
  esac
done
APP=${APP:-target/pg-app/quarkus-run.jar}
[ -f "$APP" ] || fail "no app at $APP (build one with SOURCED_DB_KIND=postgresql ./mvnw package -DskipTests)"
LOG=$CHECK_WORK/acks.jsonl
STOP=$CHECK_WORK/stop
T0=$(date +%s)

step "start a PostgreSQL of this check's own"
pg_init

step "start instances A and B"
pg_two_instances

step "a probe attempt, and its page while the database is up"
http POST "$A/api/attempts" -H 'Content-Type: application/json' -d '{"pack":"csto-armenia","length":5,"mode":"exam"}'
expect 201
read -r PROBE PROBE_TOKEN PROBE_Q PROBE_C < <(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); q=d["questions"][0]
print(d["id"], d["token"], q["id"], json.dumps([c["id"] for c in q["choices"]] if q["type"] == "ordering" else [q["choices"][0]["id"]]).replace(" ", ""))' "$BODY_FILE")
PROBE_SEQ=0
http GET "$B/attempts/$PROBE/questions/1" -H 'Accept-Language: hy'
expect 200

step "$STUDENTS students answering through A and B"
touch "$LOG"
python3 bench/crash/driver.py load --base "$A,$B" --clients "$STUDENTS" --log "$LOG" --stop-file "$STOP" \
  --think "$THINK" --timeout 30 --deadline 1200 >"$CHECK_WORK/load.out" 2>"$CHECK_WORK/load.err" &
LOAD_PID=$!
on_exit "touch $STOP; kill $LOAD_PID"
watch_log "load driver (stderr)" "$CHECK_WORK/load.err"

acks_since() { # instance index (0 = A, 1 = B), epoch ms -> acknowledged posts by that instance since then
  python3 - "$LOG" "$1" "$2" <<'PY'
import json, sys
n = 0
for line in open(sys.argv[1], encoding="utf-8"):
    if '"k":"ack"' in line:
        try:
            r = json.loads(line)
        except ValueError:
            continue  # the line being written
        n += r["b"] == int(sys.argv[2]) and r["at"] >= int(sys.argv[3])
print(n)
PY
}
both_acknowledge() { # since epoch ms, at least N each
  [ "$(acks_since 0 "$1")" -ge "$2" ] && [ "$(acks_since 1 "$1")" -ge "$2" ]
}
now_ms() { echo $(($(date +%s%N) / 1000000)); }
wait_until 120 "answers acknowledged by both instances" both_acknowledge 0 20

probe_outage() { # while the database is down: the API, a page, readiness
  PROBE_SEQ=$((PROBE_SEQ + 1))
  http PUT "$A/api/attempts/$PROBE/responses/$PROBE_Q" -H "Authorization: Bearer $PROBE_TOKEN" \
    -H 'Content-Type: application/json' -d "{\"choices\": $PROBE_C, \"seq\": $PROBE_SEQ}"
  expect 503 -- "an answer posted while the database is down"
  [ "$MS" -lt "$FAST_MS" ] || fail "the 503 took $MS ms (the pool's acquisition timeout is 2 s; a loaded machine queues requests too)"
  expect_body '"message":"The server cannot reach its database just now' "the JSON error names the database"
  http GET "$B/attempts/$PROBE/questions/1" -H 'Accept-Language: hy'
  expect 503 -- "a page while the database is down"
  [ "$MS" -lt "$FAST_MS" ] || fail "the 503 page took $MS ms"
  expect_body '<html lang="hy">' "the 503 page is in the reader's language"
  expect_body 'տվյալների բազայի' "the Armenian page says the database cannot be reached"
  expect_body 'class="site-footer"' "the 503 page is in the layout"
  refute_body 'incident|Exception|at org\.' "the 503 page shows no incident and no stack trace"
  http GET "$A/q/health/ready"
  expect 503 -- "readiness while the database is down"
}

RECOVERY=()
I=0
IFS=, read -r -a KINDS <<<"$OUTAGES"
for KIND in "${KINDS[@]}"; do
  I=$((I + 1))
  step "outage $I/${#KINDS[@]}: PostgreSQL $KIND, down for $DOWN s"
  BEFORE=$(grep -c '"k":"ack"' "$LOG" || true)
  case "$KIND" in
    restart) pg_stop ;;
    kill) pg_kill ;;
    *) fail "unknown outage '$KIND' (restart or kill)" ;;
  esac
  DOWN_AT=$(now_ms)
  probe_outage
  # the outage lasts its time: the students keep posting into it
  sleep "$(awk -v d="$DOWN" -v t=$(($(now_ms) - DOWN_AT)) 'BEGIN { s = d - t / 1000; print (s > 0 ? s : 0) }')"
  step "outage $I/${#KINDS[@]}: PostgreSQL back, both instances recover by themselves"
  pg_start
  UP_AT=$(now_ms)
  wait_until 60 "both instances to acknowledge answers again after PostgreSQL's return" both_acknowledge "$UP_AT" 1
  MS_BACK=$(($(now_ms) - UP_AT))
  RECOVERY+=("$MS_BACK")
  http GET "$B/q/health/ready"
  expect 200 -- "readiness after the database is back"
  echo "pg-restart: outage $I ($KIND): $BEFORE answers acknowledged before; both instances acknowledging again ${MS_BACK} ms after PostgreSQL was back"
done

step "the class goes on, then stops"
AFTER=$(now_ms)
wait_until 60 "answers acknowledged by both instances after the last outage" both_acknowledge "$AFTER" 10
touch "$STOP"
wait "$LOAD_PID" || fail "the load driver failed"
cat "$CHECK_WORK/load.out"
LOAD_JSON=$(sed -n 's/^load: //p' "$CHECK_WORK/load.out")
OUTAGE_JSON=$(sed -n 's/^outage_replies: //p' "$CHECK_WORK/load.out")
OUTAGE_JSON=${OUTAGE_JSON:-"{}"}
python3 - "$LOAD_JSON" "$OUTAGE_JSON" "$FAST_MS" <<'PY' || REPLIES_BAD=1
import json, sys
counts, outage = json.loads(sys.argv[1]), json.loads(sys.argv[2])
bad = {k: v for k, v in counts.items() if k.startswith(("put_http_", "start_http_")) and not k.endswith(("_503", "_201", "_200"))}
bad.update({k: v for k, v in counts.items() if k in ("no_reply", "in_doubt", "refused", "start_failed")})
problems = []
if bad:
    problems.append("unexpected replies: %s" % bad)
if outage and outage["slowest_ms"] >= int(sys.argv[3]):
    problems.append("the slowest 503 took %d ms" % outage["slowest_ms"])
unclear = [m for m in outage.get("messages", {}) if "cannot reach its database" not in m]
if unclear:
    problems.append("503s that do not say the database is unreachable: %s" % unclear)
for p in problems:
    print("pg-restart: " + p)
sys.exit(1 if problems else 0)
PY

step "every acknowledged answer is stored exactly once"
verify_acked "$A" "$LOG"
pg_expect_no_duplicate_responses

# checked after the answers were verified, so a run with a bad reply still says whether anything was lost
[ -z "${REPLIES_BAD:-}" ] || { step "the students' replies"; fail "the students got replies other than 200 and a fast, clear 503 (see the lines before 'every acknowledged answer'; nothing acknowledged was lost)"; }
SUMMARY=$(tail -1 "$CHECK_WORK/verify.out" | sed 's/^verify: //')
echo "pg-restart: students=$STUDENTS outages=$OUTAGES down=${DOWN}s recovery_ms=[${RECOVERY[*]}] slowest_503_ms=$(echo "$OUTAGE_JSON" | python3 -c 'import json,sys; print(json.load(sys.stdin).get("slowest_ms", "-"))') db_duplicate_rows=$DUPS elapsed=$(($(date +%s) - T0))s $SUMMARY"
echo "pg-restart: OK"
