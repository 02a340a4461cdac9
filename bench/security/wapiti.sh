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
  # wapiti checks --max-scan-time between modules, and each module may take --max-attack-time: a hard stop
  # well past both, which only a stuck scan reaches (it then writes no report)
  timeout $((2 * SCAN_SECONDS + 300)) wapiti -u "$BASE/" --scope folder -m "$MODULES" \
    --max-scan-time "$SCAN_SECONDS" --max-attack-time "$ATTACK_SECONDS" \
    --endpoint "$BASE/" --external-endpoint "$BASE/" --internal-endpoint "$BASE/" --no-bugreport \
    --flush-session --store-session "$OUT/session" --store-config "$OUT/config" -v 1 -f json -o "$OUT/$name.json" "$@" > "$OUT/$name.log" 2>&1 || {
      echo "wapiti ended with status $? (see $OUT/$name.log)"
    }
}

scan anonymous

# Signed in as the admin: the form through curl (CSRF token and cookie), then the session cookie for wapiti.
# Signed in as the admin with HTTP Basic, which Sourced takes on pages too: wapiti's crawler submits the
# sign-out form (and 3.0.4's -x, to leave it out, fails on Python 3.11), which would end a cookie session
# but cannot end Basic. The sign-in form's fields are not attacked here (the anonymous scan does that): each
# attack is a failed sign-in from 127.0.0.1, and after 20 the throttle would refuse the admin's Basic
# requests too. The anonymous scan's failures must have aged out first: wait until Basic works.
for _ in $(seq 1 30); do
  if [ "$(curl -s -o /dev/null -w '%{http_code}' -u "$ADMIN_EMAIL:$ADMIN_PASSWORD" "$BASE/admin/accounts")" = 200 ]; then break; fi
  sleep 5
done
ATTACK_SECONDS=$((ATTACK_SECONDS / 2)) scan signed-in --auth-type basic -a "$ADMIN_EMAIL%$ADMIN_PASSWORD" --skip email --skip password --skip next
if [ "$(curl -s -o /dev/null -w '%{http_code}' -u "$ADMIN_EMAIL:$ADMIN_PASSWORD" "$BASE/admin/accounts")" = 200 ]; then
  echo "== the admin's credentials still opened /admin/accounts after the scan"
else
  echo "== the admin's credentials were refused after the scan (throttled?): the signed-in findings may be partly anonymous"
fi
crawled=$(grep -cE '^\[\+\] GET .*/(admin/accounts|account/tokens|account/password)' "$OUT/signed-in.log" || true)
echo "== admin and teacher pages requested by the signed-in scan: $crawled"

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
