#!/usr/bin/env bash
# Two app instances on one PostgreSQL: a student signs in and starts a quiz on one, answers and submits
# on the other, and nothing is lost; signing out on one ends the session on the other; a live session hosted
# on one reaches players on the other (each question within 1 s, bench/live_run.py). Needs a PostgreSQL
# build (APP; .ci/run passes target/quarkus-app after the PostgreSQL verify) and an empty database named by
# SOURCED_DB_URL. Each instance picks its own free port. On the first broken expectation it prints the step, the reply and
# both instances' last log lines (.ci/lib.sh), and exits 1.
cd "$(dirname "$0")/.."
source .ci/lib.sh
check_init two-instances

APP=${APP:-target/pg-app/quarkus-run.jar}
DB_URL=${SOURCED_DB_URL:-jdbc:postgresql://localhost:5432/sourced_two}
KEY=$(head -c 32 /dev/urandom | base64)
EMAIL=student-$RANDOM@example.org
PASSWORD=two-instances-pass
J=$CHECK_WORK/cookies
[ -f "$APP" ] || fail "no app at $APP (build it with SOURCED_DB_KIND=postgresql ./mvnw package)"

start() { # port, data dir, log
  SOURCED_DB_KIND=postgresql SOURCED_DB_URL=$DB_URL SOURCED_SESSION_KEY=$KEY SOURCED_DATA_DIR=$2 \
  SOURCED_ADMIN_EMAIL=$EMAIL SOURCED_ADMIN_PASSWORD=$PASSWORD QUARKUS_HTTP_PORT=$1 \
    java -Xmx256m -jar "$APP" >"$3" 2>&1 &
}

# port 0: each instance takes a free port itself and logs it (a port picked beforehand was once taken by
# another process during a 70 s start on a loaded machine)
step "start instance A"
watch_log "instance A" "$CHECK_WORK/a.log"
start 0 "$CHECK_WORK/a" "$CHECK_WORK/a.log"; PID_A=$!
on_exit "kill -9 $PID_A"
wait_up "$CHECK_WORK/a.log" "$PID_A"; PORT_A=$UP_PORT
step "start instance B"
watch_log "instance B" "$CHECK_WORK/b.log"
start 0 "$CHECK_WORK/b" "$CHECK_WORK/b.log"; PID_B=$!
on_exit "kill -9 $PID_B"
wait_up "$CHECK_WORK/b.log" "$PID_B"; PORT_B=$UP_PORT
A=http://127.0.0.1:$PORT_A; B=http://127.0.0.1:$PORT_B

get() { http GET "$1" -c "$J" -b "$J"; expect 200; }
post() { local url=$1; shift; http POST "$url" -c "$J" -b "$J" "$@"; }

step "sign in on A"
get "$A/login"
T=$(form_token)
[ -n "$T" ] || fail "no CSRF token in the sign-in form"
post "$A/login" --data-urlencode "csrf-token=$T" --data-urlencode "email=$EMAIL" \
  --data-urlencode "password=$PASSWORD" --data-urlencode "next=/"
expect 303 -- "a signed-in redirect; if the database was not empty, the admin from the environment was not created"
grep -q sourced_session "$J" || fail "signing in set no session cookie"

step "the session from A is recognised on B"
get "$B/me/progress"
expect_body "Sign out" "B does not show the session signed in on A"

step "start an exam on A"
get "$A/packs/csto-armenia"
post "$A/attempts" -d "csrf-token=$(form_token)&pack=csto-armenia&scope=all&length=10&mode=exam"
expect 303
ATTEMPT=$(echo "$LOCATION" | sed -nE 's#.*/attempts/([^/]+)/questions/1$#\1#p')
[ -n "$ATTEMPT" ] || fail "starting an exam redirected to '$LOCATION', not to its question 1"

# Answers question N through its form: the first choice shown, or for an ordering question (no choice
# field; questions come in a random order, so any position may be one) the items numbered as shown
answer() { # base, position
  local base=$1 n=$2 choice seq fields
  get "$base/attempts/$ATTEMPT/questions/$n"
  seq=$({ grep -o 'name="seq" value="[0-9]*"' "$BODY_FILE" || true; } | head -1 | sed 's/.*value="//;s/"$//')
  [ -n "$seq" ] || fail "question $n has no seq field"
  choice=$({ grep -o 'name="choice" value="[^"]*"' "$BODY_FILE" || true; } | head -1 | sed 's/.*value="//;s/"$//')
  if [ -n "$choice" ]; then
    fields="choice=$choice"
  else
    fields=$({ grep -o 'name="rank-[^"]*"' "$BODY_FILE" || true; } | sed 's/name="//;s/"$//' | awk '!seen[$0]++ { printf "%s%s=%d", (n ? "&" : ""), $0, ++n }')
    [ -n "$fields" ] || fail "question $n shows neither choices nor items to order"
  fi
  post "$base/attempts/$ATTEMPT/questions/$n" -d "csrf-token=$(form_token)&seq=$seq&action=next&$fields"
  expect 303 -- "an answer stored moves on to the next question"
  [[ "$LOCATION" == */attempts/$ATTEMPT/questions/$((n + 1)) ]] || fail "answering question $n redirected to '$LOCATION'"
}
step "answer question 1 on A"
answer "$A" 1
step "answer questions 2 and 3 on B"
answer "$B" 2
answer "$B" 3
step "B's summary shows the 3 answers given on A and B"
get "$B/attempts/$ATTEMPT/summary"
expect_body "You answered 3 of 10 questions" "the summary on B does not count the 3 answers"

step "submit on A, read the result on B"
get "$A/attempts/$ATTEMPT/summary"
post "$A/attempts/$ATTEMPT/submit" -d "csrf-token=$(form_token)"
expect 303
[[ "$LOCATION" == */results/* ]] || fail "submitting redirected to '$LOCATION', not to a result"
get "${LOCATION/$A/$B}"
expect_body "Your result" "the result page on B"

step "sign out on B ends the session on A, even for a copied cookie"
SESSION=$(awk '$6 == "sourced_session" {print $7}' "$J")
[ -n "$SESSION" ] || fail "no session cookie in the jar"
get "$B/me/progress"
post "$B/logout" -d "csrf-token=$(form_token)"
expect 303
S=$(date +%s%N)
signed_out_on_a() {
  http GET "$A/me/progress" -H "Cookie: sourced_session=$SESSION"
  [[ "$STATUS" =~ ^(200|303|401)$ ]] || fail "A answered $STATUS while the session was being ended"
  ! grep -q "Sign out" "$BODY_FILE"
}
# instances reread ended sessions every 2 s; 30 s leaves room for a loaded machine and still ends a broken refresh
wait_until 30 "A to stop accepting the session ended on B" signed_out_on_a
ENDED_MS=$((($(date +%s%N) - S) / 1000000))

# Players on B follow the host on A through the database (LiveHub polls every sourced.live.poll-millis); the
# driver fails unless every player gets every question within 1 s of the host's step and each answer is stored
step "a live session hosted on A, played on B: every question reaches B's players within 1 s"
if ! python3 bench/live_run.py --base "$A" --player-base "$B" --host-user "$EMAIL" --host-password "$PASSWORD" \
    --players 12 --questions 3 --seconds 20 --ramp 1 --think-max 1.5 --answer-goal-ms 2000 >"$CHECK_WORK/live.out" 2>&1; then
  cat "$CHECK_WORK/live.out"
  fail "the live session on two instances missed a goal (above: expected each question event within 1 s and 0 errors)"
fi
cat "$CHECK_WORK/live.out"
LIVE=$(grep '^question events, all' "$CHECK_WORK/live.out" | sed 's/^question events, all: //')
echo "two-instances: OK (attempt $ATTEMPT started on A, answered on A and B, submitted on A, read on B; logout on B ended the session on A after ${ENDED_MS} ms; live questions from A on B: $LIVE)"
