#!/usr/bin/env bash
# One of two instances dies mid-class. Students answer through two instances on one PostgreSQL (a cluster of
# this script's own: bench/faults/pg.sh) with the API (bench/crash/driver.py --failover: a student whose
# instance refuses or drops the connection goes on on the other with the same attempt and token, as a load
# balancer would send them). Instance A is killed with SIGKILL. Checked:
#   - every student who was on A gets answers acknowledged on B (the time until the last one did is measured);
#   - a browser signed in on A is still signed in on B with the same session cookie;
#   - every acknowledged answer is stored exactly once (driver.py verify and a duplicate-row count); a post
#     whose reply was lost in the kill may or may not have landed, and counts as in doubt, not acknowledged.
# A live session through the same kill: bench/faults/live-kill.sh.
#
#   bench/faults/instance-kill.sh                    # 100 students
#   options: --students N (100)  --think MIN-MAX (1-3)
#   env:     APP (default target/pg-app/quarkus-run.jar: a PostgreSQL build), KEEP=1 keeps the work dir
cd "$(dirname "$0")/../.."
source .ci/lib.sh
source bench/faults/pg.sh
check_init instance-kill

STUDENTS=100
THINK=1-3
while [ $# -gt 0 ]; do
  case "$1" in
    --students) STUDENTS=$2; shift 2 ;;
    --think) THINK=$2; shift 2 ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) fail "unknown option $1 (see --help)" ;;
  esac
done
APP=${APP:-target/pg-app/quarkus-run.jar}
[ -f "$APP" ] || fail "no app at $APP (build one with SOURCED_DB_KIND=postgresql ./mvnw package -DskipTests)"
LOG=$CHECK_WORK/acks.jsonl
STOP=$CHECK_WORK/stop
EMAIL=kill-admin@example.org
PASSWORD=kill-admin-pass
J=$CHECK_WORK/cookies
T0=$(date +%s)

step "start a PostgreSQL of this check's own, and instances A and B"
pg_init
pg_two_instances

step "a browser signs in on A"
http GET "$A/login" -c "$J" -b "$J"; expect 200
http POST "$A/login" -c "$J" -b "$J" --data-urlencode "csrf-token=$(form_token)" --data-urlencode "email=$EMAIL" \
  --data-urlencode "password=$PASSWORD" --data-urlencode "next=/"
expect 303

step "$STUDENTS students answering through A and B"
touch "$LOG"
python3 bench/crash/driver.py load --base "$A,$B" --clients "$STUDENTS" --log "$LOG" --stop-file "$STOP" \
  --think "$THINK" --timeout 30 --deadline 1200 --failover >"$CHECK_WORK/load.out" 2>"$CHECK_WORK/load.err" &
LOAD_PID=$!
on_exit "touch $STOP; kill $LOAD_PID"
watch_log "load driver (stderr)" "$CHECK_WORK/load.err"
now_ms() { echo $(($(date +%s%N) / 1000000)); }
# students that were on A (client index even: client i starts on instance i mod 2) with an ack on B since MS
moved_to_b() { # since-ms -> "moved total"
  python3 - "$LOG" "$1" "$STUDENTS" <<'PY'
import json, sys
since, students = int(sys.argv[2]), int(sys.argv[3])
moved = set()
for line in open(sys.argv[1], encoding="utf-8"):
    if '"k":"ack"' in line:
        try:
            r = json.loads(line)
        except ValueError:
            continue
        if r["i"] % 2 == 0 and r["b"] == 1 and r["at"] >= since:
            moved.add(r["i"])
print(len(moved), (students + 1) // 2)
PY
}
both_busy() { [ "$(grep '"k":"ack"' "$LOG" | grep -c '"b":0,' || true)" -ge 20 ] && [ "$(grep '"k":"ack"' "$LOG" | grep -c '"b":1,' || true)" -ge 20 ]; }
wait_until 120 "answers acknowledged by both instances" both_busy

step "SIGKILL instance A mid-class"
BEFORE=$(grep -c '"k":"ack"' "$LOG" || true)
kill -KILL "$PID_A"
KILLED_AT=$(now_ms)
all_moved() { read -r moved total < <(moved_to_b "$KILLED_AT"); [ "$moved" -ge "$total" ]; }
wait_until 120 "every student who was on A to get an answer acknowledged on B" all_moved
MOVED_MS=$(($(now_ms) - KILLED_AT))
echo "instance-kill: A killed after $BEFORE acknowledged answers; all $(( (STUDENTS + 1) / 2 )) of its students answering on B within ${MOVED_MS} ms"

step "the browser signed in on A is still signed in on B"
http GET "$B/me/progress" -c "$J" -b "$J"
expect 200
expect_body "Sign out" "B shows the session signed in on A"

step "the class goes on on B, then stops"
AFTER=$(now_ms)
more_on_b() { read -r moved total < <(moved_to_b "$AFTER"); [ "$moved" -ge 5 ]; }
wait_until 60 "more answers on B" more_on_b
touch "$STOP"
wait "$LOAD_PID" || fail "the load driver failed"
cat "$CHECK_WORK/load.out"
if grep -q ' -> 5' "$CHECK_WORK/load.err"; then fail "5xx replies: $(grep ' -> 5' "$CHECK_WORK/load.err" | head -3)"; fi

step "every acknowledged answer is stored exactly once"
verify_acked "$B" "$LOG"
pg_expect_no_duplicate_responses
SUMMARY=$(tail -1 "$CHECK_WORK/verify.out" | sed 's/^verify: //')
echo "instance-kill: students=$STUDENTS moved_within_ms=$MOVED_MS db_duplicate_rows=$DUPS elapsed=$(($(date +%s) - T0))s $SUMMARY"
echo "instance-kill: OK"
