#!/usr/bin/env bash
# A time-boxed scan of a fresh Sourced with Debian's wapiti, on loopback only (docs/security.md).
#
#   bench/security/wapiti.sh            # build if needed, start on 127.0.0.1:18601, scan anonymously and signed in
#
# Environment: PORT (18601), SCAN_SECONDS per scan (300), ATTACK_SECONDS per module (60),
# SOURCED_ADMIN_EMAIL / SOURCED_ADMIN_PASSWORD (the first admin of the fresh data dir; defaults below).
# Needs: apt-get install -y wapiti (3.0.x), curl, python3. Writes target/wapiti/{anonymous,signed-in}.json and
# prints every finding. Modules that would talk to the internet are left out: ssrf and xxe (their out-of-band
# endpoint), wapp and nikto (they download their databases); the endpoint is pointed at the app itself, crash
# reports are off, and wapp's database is a local empty file (see below), so nothing leaves the machine.
set -euo pipefail
cd "$(dirname "$0")/../.."

PORT=${PORT:-18601}
SCAN_SECONDS=${SCAN_SECONDS:-300}
ATTACK_SECONDS=${ATTACK_SECONDS:-60}
ADMIN_EMAIL=${SOURCED_ADMIN_EMAIL:-wapiti-admin@example.org}
ADMIN_PASSWORD=${SOURCED_ADMIN_PASSWORD:-wapiti-scan-password-1}
BASE="http://127.0.0.1:${PORT}"
OUT=target/wapiti
MODULES="common,-ssrf,backup,crlf,csrf,htaccess,methods,shellshock"

command -v wapiti >/dev/null || { echo "wapiti is not installed: apt-get install -y wapiti" >&2; exit 2; }
JAR=target/quarkus-app/quarkus-run.jar
if [ ! -f "$JAR" ] || [ -n "$(find src/main pom.xml -newer "$JAR" -print -quit)" ]; then
  ./mvnw -o -q package -DskipTests || ./mvnw -q package -DskipTests
fi

mkdir -p "$OUT/config"
rm -rf "$OUT/session" "$OUT"/*.json
# wapiti 3.0.4 loads every module, and the wapp module downloads its database at load time when this file is
# missing, even when it is not run: a local empty one keeps the scan off the network
[ -s "$OUT/config/apps.json" ] || echo '{}' > "$OUT/config/apps.json"
DATA=$(mktemp -d)
SOURCED_DATA_DIR="$DATA" SOURCED_ADMIN_EMAIL="$ADMIN_EMAIL" SOURCED_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
  java -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" -jar "$JAR" > "$OUT/app.log" 2>&1 &
APP=$!
cleanup() {
  kill "$APP" 2>/dev/null || true
  wait "$APP" 2>/dev/null || true
  rm -rf "$DATA"
}
trap cleanup EXIT

for _ in $(seq 1 180); do
  if curl -fsS -o /dev/null "$BASE/q/health/ready" 2>/dev/null; then break; fi
  kill -0 "$APP" 2>/dev/null || { echo "the app did not start:" >&2; tail -20 "$OUT/app.log" >&2; exit 1; }
  sleep 1
done
curl -fsS -o /dev/null "$BASE/q/health/ready" || { echo "the app is not ready after 180 s" >&2; exit 1; }

scan() { # scan NAME [extra wapiti options...]
  local name=$1
  shift
  echo "== wapiti: $name scan of $BASE (at most ${SCAN_SECONDS} s)"
  timeout $((SCAN_SECONDS + 120)) wapiti -u "$BASE/" --scope folder -m "$MODULES" \
    --max-scan-time "$SCAN_SECONDS" --max-attack-time "$ATTACK_SECONDS" \
    --endpoint "$BASE/" --external-endpoint "$BASE/" --internal-endpoint "$BASE/" --no-bugreport \
    --flush-session --store-session "$OUT/session" --store-config "$OUT/config" -v 1 -f json -o "$OUT/$name.json" "$@" > "$OUT/$name.log" 2>&1 || {
      echo "wapiti ended with status $? (see $OUT/$name.log)"
    }
}

scan anonymous

# Signed in as the admin: the form through curl (CSRF token and cookie), then the session cookie for wapiti.
# The anonymous scan's wrong passwords throttle sign-ins from 127.0.0.1 for up to a minute: try for two.
JAR_FILE="$OUT/curl-cookies.txt"
for _ in $(seq 1 24); do
  rm -f "$JAR_FILE"
  TOKEN=$(curl -fsS -c "$JAR_FILE" "$BASE/login" \
    | python3 -c 'import re,sys; print(re.search(r"name=\"csrf-token\" value=\"([^\"]+)\"", sys.stdin.read()).group(1))')
  curl -sS -o /dev/null -b "$JAR_FILE" -c "$JAR_FILE" --data-urlencode "csrf-token=$TOKEN" \
    --data-urlencode "email=$ADMIN_EMAIL" --data-urlencode "password=$ADMIN_PASSWORD" --data-urlencode "next=/" "$BASE/login"
  if grep -q sourced_session "$JAR_FILE"; then break; fi
  sleep 5
done
python3 - "$JAR_FILE" "$OUT/cookies.json" <<'PY'
import json, sys
cookies = {}
for line in open(sys.argv[1]):
    parts = line.rstrip("\n").split("\t")
    if line.startswith("#HttpOnly_"):
        parts[0] = parts[0][len("#HttpOnly_"):]
    elif line.startswith("#") or len(parts) != 7:
        continue
    cookies[parts[5]] = {"value": parts[6], "version": 0, "secure": False, "expires": None, "port": None}
assert "sourced_session" in cookies, "the admin could not sign in"
json.dump({"127.0.0.1": {"/": cookies}}, open(sys.argv[2], "w"), indent=2)
PY
# wapiti 3.0.4's -x (exclude a URL) fails on Python 3.11, so /logout cannot be left out: no module injects into
# the CSRF token (the logout form's only field) and the csrf module, which replays forms, runs in the anonymous
# scan only. Whether the session outlived the scan is printed below.
MODULES="${MODULES/,csrf/}" scan signed-in -c "$OUT/cookies.json" --skip csrf-token
SESSION=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["127.0.0.1"]["/"]["sourced_session"]["value"])' "$OUT/cookies.json")
if curl -fsS -b "sourced_session=$SESSION" "$BASE/" | grep -q "Sign out"; then
  echo "== the admin session was still signed in after the scan"
else
  echo "== the admin session had ended before the scan finished: the signed-in findings are partly anonymous"
fi

python3 - "$OUT/anonymous.json" "$OUT/signed-in.json" <<'PY'
import json, os, sys
for path in sys.argv[1:]:
    print("\n== findings in", path)
    if not os.path.exists(path):
        print("  (no report: see the log beside it)")
        continue
    report = json.load(open(path))
    for section in ("vulnerabilities", "anomalies", "additionals"):
        for category, items in sorted(report.get(section, {}).items()):
            for item in items:
                print("  [%s] %s: %s %s -- %s" % (section, category, item.get("method"), item.get("path"), item.get("info")))
    info = report.get("infos", {})
    print("  scanned:", info.get("target"), "| crawled pages:", len(report.get("crawled", [])) if "crawled" in report else "n/a")
PY
