#!/usr/bin/env bash
# One of two instances dies during a live session. Two instances on one PostgreSQL (a cluster of this script's
# own: bench/faults/pg.sh); the host runs the session on A; half the players join and follow it on A, half on B
# (bench/live_run.py --player-base A,B). After question --kill-after is revealed the driver SIGKILLs A: the host
# goes on on B, A's players reconnect their event stream to B with the same token and post there, as a load
# balancer would send them. Checked:
#   - every player of A is back on B (the time until the last one is measured) and gets every later question;
#   - question events still reach every player within 1 s of the host's step;
#   - every acknowledged answer is stored exactly once (live_answer exported from PostgreSQL, live_run.py --verify).
#
#   bench/faults/live-kill.sh                      # 200 players, 4 questions, A killed after question 2
#   options: --players N (200)  --questions N (4)  --kill-after N (2)
#   env:     APP (default target/pg-app/quarkus-run.jar: a PostgreSQL build), KEEP=1 keeps the work dir
cd "$(dirname "$0")/../.."
source .ci/lib.sh
source bench/faults/pg.sh
check_init live-kill

PLAYERS=200
QUESTIONS=4
KILL_AFTER=2
while [ $# -gt 0 ]; do
  case "$1" in
    --players) PLAYERS=$2; shift 2 ;;
    --questions) QUESTIONS=$2; shift 2 ;;
    --kill-after) KILL_AFTER=$2; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) fail "unknown option $1 (see --help)" ;;
  esac
done
[ "$KILL_AFTER" -lt "$QUESTIONS" ] || fail "--kill-after must be less than --questions, so that a question comes after the kill"
APP=${APP:-target/pg-app/quarkus-run.jar}
[ -f "$APP" ] || fail "no app at $APP (build one with SOURCED_DB_KIND=postgresql ./mvnw package -DskipTests)"
EMAIL=live-kill-admin@example.org
PASSWORD=live-kill-admin-pass
T0=$(date +%s)

step "start a PostgreSQL of this check's own, and instances A and B"
pg_init
pg_two_instances

step "a live session hosted on A, played on A and B; A SIGKILLed after question $KILL_AFTER"
status=0
python3 bench/live_run.py --base "$A" --host-failover "$B" --player-base "$A,$B" --host-user "$EMAIL" --host-password "$PASSWORD" \
  --players "$PLAYERS" --questions "$QUESTIONS" --seconds 30 --ramp 3 --think-max 3 --answer-goal-ms 2000 \
  --kill-pid "$PID_A" --kill-after "$KILL_AFTER" --acked "$CHECK_WORK/acked.csv" >"$CHECK_WORK/live.out" 2>&1 || status=$?
cat "$CHECK_WORK/live.out"
[ "$status" = 0 ] || fail "the live session missed a goal after the kill (above: every player back on B, each question within 1 s, 0 errors)"

step "every acknowledged answer is stored exactly once"
PG_DB=sourced pg_sql "copy (select player_id as \"PLAYER\", question_no as \"QUESTION\", round as \"ROUND\", choices as \"CHOICES\" from live_answer) to stdout with csv header" >"$CHECK_WORK/db.csv"
python3 bench/live_run.py --acked "$CHECK_WORK/acked.csv" --verify "$CHECK_WORK/db.csv" | tee "$CHECK_WORK/verify.out"
[ "${PIPESTATUS[0]}" = 0 ] || fail "an acknowledged answer was lost, changed or stored twice (above)"
MOVED=$(grep '^killed pid' "$CHECK_WORK/live.out" | sed 's/^killed pid [0-9]* //')
echo "live-kill: players=$PLAYERS questions=$QUESTIONS $MOVED elapsed=$(($(date +%s) - T0))s $(tail -1 "$CHECK_WORK/verify.out")"
echo "live-kill: OK"
