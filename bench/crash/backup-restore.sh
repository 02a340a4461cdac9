#!/usr/bin/env bash
# Backup and restore, both ways, as docs/self-hosting.md describes them:
#  1. start on a fresh data dir with an admin from the environment; answer 3 questions through the API
#  2. sign in with the form and download a backup from the admin page (POST /admin/backup)
#  3. answer a 4th question (after the backup: a restore must not have it), stop the server
#  4. back up the stopped data dir with H2's command-line tool as well
#  5. restore each zip into a NEW data dir, start on it, and check the 3 answers are there (and the
#     4th is not), and that the admin can sign in on the restored copy
# Exits non-zero on the first broken expectation.
#   env: APP (default target/quarkus-app/quarkus-run.jar, an H2 build; built if missing), PORT (18411)
set -euo pipefail
cd "$(dirname "$0")/../.."

APP=${APP:-target/quarkus-app/quarkus-run.jar}
PORT=${PORT:-18411}
BASE=http://127.0.0.1:$PORT
EMAIL=backup-admin@example.org
PASSWORD=backup-admin-pass
if [ ! -f "$APP" ]; then
  ./mvnw -q -B -o package -DskipTests || ./mvnw -q -B package -DskipTests
fi
H2_JAR=$(ls "$(dirname "$APP")"/lib/main/com.h2database.h2-*.jar | head -1)
WORK=$(mktemp -d /tmp/sourced-backup.XXXXXX)
PID=

cleanup() { [ -n "$PID" ] && kill -9 "$PID" 2>/dev/null; wait 2>/dev/null || true; [ -n "${KEEP:-}" ] && echo "kept $WORK" || rm -rf "$WORK"; }
trap cleanup EXIT
fail() { echo "backup-restore: FAIL: $*" >&2; [ -f "$WORK/server.log" ] && tail -15 "$WORK/server.log" >&2; exit 1; }
# a command that set -e stops on names itself too (not silently exit 1)
trap 'fail "the command \"$BASH_COMMAND\" (line $LINENO) exited with $?"' ERR

start() { # data dir [extra env...]
  local dir=$1; shift
  env "$@" SOURCED_DATA_DIR="$dir" QUARKUS_HTTP_PORT=$PORT \
    QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT=${QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT:-60S} \
    java -Xmx256m -jar "$APP" >"$WORK/server.log" 2>&1 &
  PID=$!
  local until=$(( $(date +%s) + 300 ))
  while [ "$(date +%s)" -lt "$until" ]; do
    curl -fs "$BASE/q/health/ready" 2>/dev/null | grep -q '"status": *"UP"' && return 0
    kill -0 "$PID" 2>/dev/null || fail "the server on $dir exited during start-up"
    sleep 0.25
  done
  fail "the server on $dir was not ready within 300 s"
}
stop() {
  kill -TERM "$PID"
  for _ in $(seq 1 480); do kill -0 "$PID" 2>/dev/null || break; sleep 0.25; done
  kill -0 "$PID" 2>/dev/null && fail "the server did not stop within 120 s"
  wait "$PID" 2>/dev/null || true
  PID=
}
token() { grep -o 'name="csrf-token" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1]))" "$1"; }
sign_in() { # cookie jar
  local t
  t=$(curl -fs -c "$1" -b "$1" "$BASE/login" | token)
  [ -n "$t" ] || fail "no sign-in form"
  curl -fs -o /dev/null -c "$1" -b "$1" -X POST "$BASE/login" --data-urlencode "csrf-token=$t" \
    --data-urlencode "email=$EMAIL" --data-urlencode "password=$PASSWORD" --data-urlencode "next=/" || fail "cannot sign in"
  grep -q sourced_session "$1" || fail "signing in gave no session cookie"
}

# 1. a fresh server with an admin, and an attempt with 3 answers
start "$WORK/data" SOURCED_ADMIN_EMAIL=$EMAIL SOURCED_ADMIN_PASSWORD=$PASSWORD
STARTED=$(curl -fs -H 'Content-Type: application/json' -d '{"pack":"csto-armenia","length":5,"mode":"exam"}' "$BASE/api/attempts")
ID=$(echo "$STARTED" | json 'd["id"]')
TOKEN=$(echo "$STARTED" | json 'd["token"]')
answer() { # question index, seq -> prints "questionId choice,ids"
  local q choices
  q=$(echo "$STARTED" | json "d['questions'][$1]['id']")
  choices=$(echo "$STARTED" | json "json.dumps([c['id'] for c in d['questions'][$1]['choices']] if d['questions'][$1]['type'] == 'ordering' else [d['questions'][$1]['choices'][-1]['id']])")
  curl -fs -o /dev/null -X PUT -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d "{\"choices\": $choices, \"seq\": $2}" "$BASE/api/attempts/$ID/responses/$q" || fail "answer $1 was not stored"
  echo "$q $(echo "$choices" | json "','.join(d)")"
}
EXPECTED=$(for i in 0 1 2; do answer $i $((i + 1)); done)
[ "$(echo "$EXPECTED" | grep -c .)" = 3 ] || fail "expected 3 stored answers, got: $EXPECTED"

# 2. the admin downloads a backup
JAR="$WORK/cookies"
sign_in "$JAR"
T=$(curl -fs -b "$JAR" -c "$JAR" "$BASE/admin/backup" | token)
[ -n "$T" ] || fail "no backup form on /admin/backup"
HEADERS=$(curl -fs -D - -o "$WORK/download.zip" -b "$JAR" -c "$JAR" -X POST "$BASE/admin/backup" --data-urlencode "csrf-token=$T") \
  || fail "POST /admin/backup failed"
echo "$HEADERS" | grep -qi '^content-type: application/zip' || fail "the download is not a zip: $HEADERS"
ls "$WORK"/data/backup-* >/dev/null 2>&1 && fail "the temporary backup file was left in the data dir"

# 3. an answer after the backup, then stop
LATE=$(answer 3 4)
stop

# 4. the command-line backup of the stopped data dir
java -cp "$H2_JAR" org.h2.tools.Backup -dir "$WORK/data" -db sourced -file "$WORK/offline.zip" -quiet

# 5. restore each into a new data dir and check
check_restored() { # zip, label, expect the late answer too?
  local dir="$WORK/restored-$2" state
  mkdir -p "$dir"
  python3 -m zipfile -e "$1" "$dir"
  [ -f "$dir/sourced.mv.db" ] || fail "$2: the zip holds no sourced.mv.db"
  start "$dir"
  state=$(curl -fs -H "Authorization: Bearer $TOKEN" "$BASE/api/attempts/$ID") || fail "$2: attempt $ID is not in the restored copy"
  while read -r q c; do
    got=$(echo "$state" | json "','.join(next(r['choices'] or [] for r in d['responses'] if r['questionId'] == '$q'))")
    [ "$got" = "$c" ] || fail "$2: question $q has '$got', expected '$c'"
  done <<<"$EXPECTED"
  read -r lq lc <<<"$LATE"
  got=$(echo "$state" | json "','.join(next(r['choices'] or [] for r in d['responses'] if r['questionId'] == '$lq'))")
  if [ "$3" = yes ]; then [ "$got" = "$lc" ] || fail "$2: the answer given after the admin backup is missing"
  else [ -z "$got" ] || fail "$2: the backup holds an answer given after it was taken"; fi
  sign_in "$WORK/cookies-$2"
  stop
  echo "backup-restore: $2 backup restored: attempt $ID with its answers, admin signs in"
}
check_restored "$WORK/download.zip" admin-download no
check_restored "$WORK/offline.zip" command-line yes
echo "backup-restore: OK"
