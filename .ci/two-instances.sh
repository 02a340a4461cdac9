#!/usr/bin/env bash
# Two app instances on one PostgreSQL: a student signs in and starts a quiz on one, answers and submits
# on the other, and nothing is lost. Needs a PostgreSQL build (APP; .ci/run passes target/quarkus-app after the PostgreSQL verify) and a
# database named by SOURCED_DB_URL. Exits non-zero on the first broken expectation.
set -euo pipefail
cd "$(dirname "$0")/.."

APP=${APP:-target/pg-app/quarkus-run.jar}
DB_URL=${SOURCED_DB_URL:-jdbc:postgresql://localhost:5432/sourced_two}
KEY=$(head -c 32 /dev/urandom | base64)
WORK=$(mktemp -d)
PORT_A=18281
PORT_B=18282
EMAIL=student-$RANDOM@example.org
PASSWORD=two-instances-pass

cleanup() { kill "${PID_A:-}" "${PID_B:-}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
[ -n "${KEEP_LOGS:-}" ] && trap "cp $WORK/*.log /tmp/ 2>/dev/null; cleanup" EXIT
fail() { echo "two-instances: FAIL: $*" >&2; exit 1; }

start() { # port, data dir, log
  SOURCED_DB_KIND=postgresql SOURCED_DB_URL=$DB_URL SOURCED_SESSION_KEY=$KEY SOURCED_DATA_DIR=$2 \
  SOURCED_ADMIN_EMAIL=$EMAIL SOURCED_ADMIN_PASSWORD=$PASSWORD QUARKUS_HTTP_PORT=$1 \
    java -Xmx256m -jar "$APP" >"$3" 2>&1 &
}
wait_up() { for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$1/q/health/ready" >/dev/null && return 0; sleep 0.5; done; fail "instance on $1 did not start"; }
token() { grep -o 'name="csrf-token" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }

start $PORT_A "$WORK/a" "$WORK/a.log"; PID_A=$!
wait_up $PORT_A
start $PORT_B "$WORK/b" "$WORK/b.log"; PID_B=$!
wait_up $PORT_B
A=http://127.0.0.1:$PORT_A; B=http://127.0.0.1:$PORT_B; J="$WORK/cookies"

# sign in on A
T=$(curl -fs -c "$J" -b "$J" "$A/login" | token)
curl -fs -o /dev/null -c "$J" -b "$J" -X POST "$A/login" --data-urlencode "csrf-token=$T" --data-urlencode "email=$EMAIL" \
  --data-urlencode "password=$PASSWORD" --data-urlencode "next=/" || fail "cannot sign in on A (is the database empty?)"
# (pages are read into variables first: with pipefail, grep -q closing the pipe early would fail curl)
PAGE=$(curl -fs -b "$J" "$B/me/progress")
echo "$PAGE" | grep -q "Sign out" || fail "the session from A is not recognised on B"

# start an exam on A and answer question 1 there
T=$(curl -fs -c "$J" -b "$J" "$A/packs/csto-armenia" | token)
LOC=$(curl -fs -o /dev/null -w '%{redirect_url}' -c "$J" -b "$J" -X POST "$A/attempts" \
  -d "csrf-token=$T&pack=csto-armenia&scope=all&length=10&mode=exam")
ATTEMPT=$(echo "$LOC" | sed -E 's#.*/attempts/([^/]+)/questions/1#\1#')
[ -n "$ATTEMPT" ] || fail "no attempt started on A"
answer() { # base, position
  local page choice seq
  page=$(curl -fs -c "$J" -b "$J" "$1/attempts/$ATTEMPT/questions/$2")
  choice=$(echo "$page" | grep -o 'name="choice" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  seq=$(echo "$page" | grep -o 'name="seq" value="[0-9]*"' | sed 's/.*value="//;s/"$//')
  if [ -z "$choice" ]; then # an ordering question: keep the shown order
    local ranks; ranks=$(echo "$page" | grep -o 'name="rank-[^"]*" [^>]*value="[0-9]*"' | sed -E 's/name="(rank-[^"]*)".*value="([0-9]*)"/\1=\2/' | paste -sd'&')
    curl -fs -o /dev/null -c "$J" -b "$J" -X POST "$1/attempts/$ATTEMPT/questions/$2" -d "csrf-token=$(echo "$page" | token)&seq=$seq&action=next&$ranks"
  else
    curl -fs -o /dev/null -c "$J" -b "$J" -X POST "$1/attempts/$ATTEMPT/questions/$2" -d "csrf-token=$(echo "$page" | token)&seq=$seq&action=next&choice=$choice"
  fi
}
answer "$A" 1
# continue on B: question 2 and 3, then the summary must show three answers stored
answer "$B" 2
answer "$B" 3
SUMMARY=$(curl -fs -b "$J" "$B/attempts/$ATTEMPT/summary")
echo "$SUMMARY" | grep -q "You answered 3 of 10 questions" || fail "B's summary does not show the 3 answers given on A and B"
# submit on A, read the result on B
T=$(curl -fs -c "$J" -b "$J" "$A/attempts/$ATTEMPT/summary" | token)
RESULT=$(curl -fs -o /dev/null -w '%{redirect_url}' -c "$J" -b "$J" -X POST "$A/attempts/$ATTEMPT/submit" -d "csrf-token=$T")
PAGE=$(curl -s -w "\nHTTP %{http_code}" -b "$J" "${RESULT/$A/$B}")
echo "$PAGE" | grep -q "Your result" || fail "the result is not readable on B: $(echo "$PAGE" | tail -3)"
# sign out on B ends the session on A too (within the 2 s revocation refresh), even for a copied cookie
SESSION=$(awk '$6 == "sourced_session" {print $7}' "$J")
T=$(curl -fs -c "$J" -b "$J" "$B/me/progress" | token)
curl -fs -o /dev/null -c "$J" -b "$J" -X POST "$B/logout" -d "csrf-token=$T"
sleep 3
PAGE=$(curl -fs -H "Cookie: sourced_session=$SESSION" "$A/me/progress")
echo "$PAGE" | grep -q "Sign out" && fail "A still accepts the session ended on B"
echo "two-instances: OK (attempt $ATTEMPT started on A, answered on A and B, submitted on A, read on B; logout on B ended the session on A)"
