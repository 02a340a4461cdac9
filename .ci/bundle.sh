#!/usr/bin/env bash
# The release bundle on a fresh machine (issue 12), after run_tests_h2 left the H2 build in target/quarkus-app:
#   1. the README's run command, from a directory holding only the packs (the default ./data must work)
#   2. ./mvnw -B package -Prelease -DskipTests on a JDK 25 -> the tar.gz and the .deb (sizes printed)
#   3. the tar.gz, unpacked, started as bin/sourced with no java on PATH and JAVA_HOME unset: the process's
#      executable lives inside the bundle, the home page serves the CSTO pack, an attempt is taken and submitted,
#      `bin/sourced validate` checks the shipped packs
#   4. the .deb: apt installs it (user, data dir, unit), the unit's ExecStart serves (under systemd where the
#      machine has it), apt removes it and the data dir stays
# Every failure prints the step, what was expected and what came, and the last lines of the app's log.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
source .ci/lib.sh
check_init bundle
TMP=$CHECK_WORK
APP_PID=
on_exit '[ -n "$APP_PID" ] && stop_pid "$APP_PID" 10'
# waits for the first 200 from GET / on $1, at most $2 seconds; prints the milliseconds it took
wait_home() {
  local t0
  t0=$(date +%s%N)
  wait_until "$2" "a 200 from GET / on port $1 (the app: pid $APP_PID)" home_answers "$1"
  echo $((($(date +%s%N) - t0) / 1000000))
}
home_answers() {
  kill -0 "$APP_PID" 2>/dev/null || fail "expected the app to serve GET / on port $1, it exited"
  curl -fs -o /dev/null "http://127.0.0.1:$1/"
}
expect_csto() { # port
  local body
  body=$(curl -fs "http://127.0.0.1:$1/") || fail "GET / failed"
  grep -q 'href="/packs/csto-armenia"' <<<"$body" || fail "expected the home page to link the CSTO pack (/packs/csto-armenia), got: $(head -c 300 <<<"$body")"
}
# takes a three-question exam through the JSON API and submits it; prints the score line
take_attempt() { # port
  python3 - "http://127.0.0.1:$1" <<'PY'
import json, sys, urllib.request
base = sys.argv[1]
def call(method, path, body=None, token=None):
    req = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode(),
                                 headers={"Content-Type": "application/json", **({"Authorization": "Bearer " + token} if token else {})})
    with urllib.request.urlopen(req, timeout=30) as r:
        return r.status, json.loads(r.read() or b"null")
status, started = call("POST", "/api/attempts", {"pack": "csto-armenia", "mode": "exam", "length": 3})
assert status == 201, f"expected 201 from POST /api/attempts, got {status}"
token, aid = started["token"], started["id"]
for seq, q in enumerate(started["questions"], 1):
    choices = [c["id"] for c in q["choices"]]
    answer = choices if q.get("type") == "ordering" else choices[:1]
    status, stored = call("PUT", f"/api/attempts/{aid}/responses/{q['id']}", {"choices": answer, "seq": seq}, token)
    assert status == 200 and stored["questionId"] == q["id"], f"expected the answer to {q['id']} stored, got {status} {stored}"
status, result = call("POST", f"/api/attempts/{aid}/submit", None, token)
assert status == 200 and result["max"] > 0, f"expected a scored result, got {status} {result}"
print(f"attempt {aid}: {result['score']} of {result['max']} ({len(started['questions'])} questions)")
PY
}

step "the README's run command on the default ./data"
[[ -f target/quarkus-app/quarkus-run.jar ]] || ./mvnw -B package -DskipTests
mkdir -p "$TMP/readme" && cp -r content "$TMP/readme/content"
PORT=$(free_port); LOG=$TMP/readme/app.log; watch_log "java -jar" "$LOG"
(cd "$TMP/readme" && exec env -u SOURCED_DATA_DIR QUARKUS_HTTP_PORT=$PORT java -Xmx256m -jar "$ROOT/target/quarkus-app/quarkus-run.jar" >"$LOG" 2>&1) &
APP_PID=$!
ms=$(wait_home "$PORT" 180)
echo "java -jar: first 200 after $ms ms"
expect_csto "$PORT"
[[ -f "$TMP/readme/data/sourced.mv.db" ]] || fail "expected the H2 database in ./data/sourced.mv.db, found: $(ls "$TMP/readme/data" 2>&1)"
stop_pid "$APP_PID"; APP_PID=

step "build the release bundle on a JDK 25"
JDK25=${JDK25:-}
for candidate in "$JDK25" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/java-25-openjdk-amd64 /usr/lib/jvm/*25*; do
  if [[ -n "$candidate" && -x "$candidate/bin/jpackage" ]]; then JDK25=$candidate; break; fi
done
if [[ ! -x "${JDK25:-/nonexistent}/bin/jpackage" ]]; then
  echo "no JDK 25 under /usr/lib/jvm; trying Debian's openjdk-25-jdk-headless"
  apt-get install -y -qq --no-install-recommends openjdk-25-jdk-headless >/dev/null 2>&1 \
    || fail "expected a JDK 25 (jlink, jpackage, AOT cache) under /usr/lib/jvm or from Debian's openjdk-25-jdk-headless; this machine has neither (Debian 12 ships no JDK 25): $(ls /usr/lib/jvm)"
  JDK25=/usr/lib/jvm/java-25-openjdk-amd64
fi
LOG=$TMP/release.log; watch_log "release build" "$LOG"
JAVA_HOME=$JDK25 ./mvnw -B package -Prelease -DskipTests >"$LOG" 2>&1 || fail "expected ./mvnw -B package -Prelease to build the bundle, it failed: $(grep -E 'release FAILED|ERROR' "$LOG" | head -5)"
grep -E '^(training|AOT cache|target/release)' "$LOG" || true
TARBALL=$(ls target/release/sourced-*-linux-x64.tar.gz 2>/dev/null | head -1)
DEB=$(ls target/release/sourced_*_amd64.deb 2>/dev/null | head -1)
[[ -f "$TARBALL" && -f "$DEB" ]] || fail "expected target/release/sourced-<version>-linux-x64.tar.gz and a .deb, got: $(ls target/release 2>&1)"

step "the unpacked bundle with no java on PATH and JAVA_HOME unset"
mkdir -p "$TMP/bundle" && tar -C "$TMP/bundle" -xzf "$TARBALL"
BUNDLE=$(ls -d "$TMP"/bundle/sourced-*)
PORT=$(free_port); LOG=$TMP/bundle.log; watch_log "bin/sourced" "$LOG"
env -i HOME="$TMP" PATH=/nonexistent QUARKUS_HTTP_PORT=$PORT SOURCED_DATA_DIR="$TMP/bundle-data" "$BUNDLE/bin/sourced" >"$LOG" 2>&1 &
APP_PID=$!
ms=$(wait_home "$PORT" 120)
echo "bin/sourced: first 200 after $ms ms"
EXE=$(readlink -f "/proc/$APP_PID/exe")
[[ "$EXE" == "$BUNDLE"/* ]] || fail "expected the process's executable inside $BUNDLE, got $EXE"
echo "executable: $EXE"
expect_csto "$PORT"
take_attempt "$PORT" || fail "expected an attempt taken and submitted through the API"
echo "resident memory after start and one attempt: $(($(ps -o rss= -p "$APP_PID") / 1024)) MiB"
stop_pid "$APP_PID"; APP_PID=
out=$(env -i PATH=/nonexistent "$BUNDLE/bin/sourced" validate "$BUNDLE/lib/app/content" 2>&1) \
  || fail "expected bin/sourced validate to pass the shipped packs, it said: $(tail -5 <<<"$out")"
echo "validate: $(tail -1 <<<"$out")"

step "the .deb: install, serve through the unit's ExecStart, remove with the data dir kept"
LOG=$TMP/apt.log; watch_log "apt install" "$LOG"
apt-get install -y -qq "$ROOT/$DEB" >"$LOG" 2>&1 || fail "expected apt to install $DEB, it refused"
getent passwd sourced >/dev/null || fail "expected the package to create the system user sourced, none exists"
[[ "$(stat -c %U /var/lib/sourced)" == sourced ]] || fail "expected /var/lib/sourced owned by sourced, got $(stat -c %U /var/lib/sourced)"
[[ -f /lib/systemd/system/sourced.service ]] || fail "expected the unit /lib/systemd/system/sourced.service"
PORT=$(free_port); LOG=$TMP/deb-app.log; watch_log "the installed unit" "$LOG"
if [[ -d /run/systemd/system ]]; then
  mkdir -p /etc/systemd/system/sourced.service.d
  printf '[Service]\nEnvironment=QUARKUS_HTTP_PORT=%s\n' "$PORT" > /etc/systemd/system/sourced.service.d/ci-port.conf
  systemctl daemon-reload && systemctl restart sourced || fail "expected systemctl to start sourced"
  ms=$(wait_home "$PORT" 120)
  echo "under systemd: first 200 after $ms ms"
  expect_csto "$PORT"
  systemctl stop sourced
  rm -rf /etc/systemd/system/sourced.service.d
else
  EXEC=$(sed -n 's/^ExecStart=//p' /lib/systemd/system/sourced.service)
  echo "no systemd here: running the unit's ExecStart ($EXEC) as its User with its EnvironmentFile"
  su -s /bin/sh sourced -c "set -a; . /etc/default/sourced; QUARKUS_HTTP_PORT=$PORT; cd /var/lib/sourced && exec $EXEC" >"$LOG" 2>&1 &
  APP_PID=$!
  ms=$(wait_home "$PORT" 120)
  echo "ExecStart: first 200 after $ms ms"
  expect_csto "$PORT"
  take_attempt "$PORT" || fail "expected an attempt through the installed package"
  pkill -TERM -u sourced -f /opt/sourced/bin/sourced || true
  wait "$APP_PID" || true; APP_PID=
fi
[[ -f /var/lib/sourced/sourced.mv.db ]] || fail "expected the database in /var/lib/sourced, found: $(ls -A /var/lib/sourced)"
LOG=$TMP/apt-remove.log; watch_log "apt remove" "$LOG"
apt-get remove -y -qq sourced >"$LOG" 2>&1 || fail "expected apt to remove sourced"
[[ ! -e /opt/sourced ]] || fail "expected /opt/sourced gone after remove, it is still there"
[[ -f /var/lib/sourced/sourced.mv.db ]] || fail "expected the data dir kept after remove, /var/lib/sourced/sourced.mv.db is gone"
echo "removed; the data dir stays: $(du -sh /var/lib/sourced | cut -f1) in /var/lib/sourced"
echo "bundle: OK ($(du -h "$TARBALL" | cut -f1) tar.gz, $(du -h "$DEB" | cut -f1) .deb)"
