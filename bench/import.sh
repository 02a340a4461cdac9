#!/usr/bin/env bash
# Usage: bench/import.sh [--gift N (5000)] [--qti N (1000)] [--pages N (20)]   (env: PORT, JAVA, BENCH_JAR)
# Real-sized LMS banks (issue 10's "Speed"): the packaged app on a fresh H2 data dir with the README's JVM options
# (-Xmx256m); the admin imports a generated GIFT bank (bench/import_gen.py: written as Moodle documents GIFT, every
# question type Moodle has, the unsupported ones reported) and a QTI 3.0 package through POST /api/packs/import.
# Prints, for each: the reply, the time it took, the questions that landed and the problems reported, and the
# heap in use at its peak during the import (jstat, every 100 ms); then the draft page of each bank
# (/teach/packs/{id}): the first request and the median and slowest of the next --pages, warm.
# Figures go to docs/benchmarks.md ("Importing a real-sized bank").
set -euo pipefail
source "$(dirname "$0")/lib.sh"
PORT=${PORT:-18712}
GIFT=5000
QTI=1000
PAGES=20
while [ $# -gt 0 ]; do
  case "$1" in
    --gift) GIFT=$2; shift 2 ;;
    --qti) QTI=$2; shift 2 ;;
    --pages) PAGES=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
bench_build
WORK=$(mktemp -d)
trap '[ -n "${APP_PID:-}" ] && bench_stop "$APP_PID"; { [ -z "${SAMPLER:-}" ] || kill "$SAMPLER" 2>/dev/null || true; }; [ -n "${KEEP:-}" ] && echo "kept $WORK" || rm -rf "$WORK"' EXIT
python3 "$BENCH_ROOT/bench/import_gen.py" gift "$GIFT" "$WORK/bank.txt"
python3 "$BENCH_ROOT/bench/import_gen.py" qti "$QTI" "$WORK/bank.zip"
echo "GIFT bank: $GIFT questions, $(stat -c %s "$WORK/bank.txt") bytes; QTI package: $QTI items, $(stat -c %s "$WORK/bank.zip") bytes"

bench_start "$PORT" "$WORK/data" "${JAVA:-java}"
echo "first 200 after $(bench_ready "$PORT") ms; $(bench_load)"
BASE=http://127.0.0.1:$PORT
AUTH="$BENCH_ADMIN:$BENCH_ADMIN_PASSWORD"
# heap in use (survivors, eden, old; KiB) every 100 ms, one line each
: >"$WORK/heap" # before the sampler starts: its own redirection may come after the first import reads the file
jstat -gc "$APP_PID" 100 | awk 'NR > 1 { printf "%d\n", $3 + $4 + $6 + $8; fflush() }' >>"$WORK/heap" &
SAMPLER=$!
status=0

import() { # format file pack
  local from to code time
  from=$(wc -l <"$WORK/heap")
  read -r code time < <(curl -s -o "$WORK/$3.json" -w '%{http_code} %{time_total}\n' -u "$AUTH" --data-binary "@$2" \
    "$BASE/api/packs/import?format=$1&pack=$3")
  sleep 0.3
  to=$(wc -l <"$WORK/heap")
  python3 - "$WORK/$3.json" "$1" "$code" "$time" "$(sed -n "$((from + 1)),${to}p" "$WORK/heap" | sort -n | tail -1)" <<'PY'
import json, sys
path, fmt, code, seconds, peak = sys.argv[1:6]
try:
    reply = json.load(open(path))
except ValueError:
    reply = {}
problems = reply.get("problems", [])
kinds = {}
for p in problems:
    text = p.get("message", "")
    key = "needs evidence" if "evidence" in text else "not imported" if "skipped" in text or "not imported" in text else "other"
    kinds[key] = kinds.get(key, 0) + 1
heap = "%.0f MiB" % (int(peak) / 1024) if peak else "not sampled (shorter than 100 ms)"
print("%s import: HTTP %s in %.0f ms; %s questions landed; %d problems %s; heap in use at its peak %s"
      % (fmt, code, 1000 * float(seconds), reply.get("questions", "?"), len(problems), kinds, heap))
PY
  [ "$code" = 201 ] || status=1
}
import gift "$WORK/bank.txt" bench-gift
import qti "$WORK/bank.zip" bench-qti

# the pages as a browser gets them: signed in once, then the session cookie (Basic would cost a bcrypt a request)
curl -s -c "$WORK/jar" -b "$WORK/jar" -o "$WORK/login.html" "$BASE/login"
TOKEN=$(grep -o 'name="csrf-token" value="[^"]*"' "$WORK/login.html" | head -1 | sed 's/.*value="//;s/"$//')
curl -s -c "$WORK/jar" -b "$WORK/jar" -o /dev/null --data-urlencode "csrf-token=$TOKEN" --data-urlencode "email=$BENCH_ADMIN" \
  --data-urlencode "password=$BENCH_ADMIN_PASSWORD" --data-urlencode "next=/" "$BASE/login"
page() { # pack
  local times first
  : >"$WORK/times"
  for i in $(seq 0 "$PAGES"); do
    curl -s -b "$WORK/jar" -o "$WORK/page.html" -w '%{http_code} %{time_total}\n' "$BASE/teach/packs/$1" >>"$WORK/times"
  done
  grep -qv '^200 ' "$WORK/times" && { echo "draft page of $1: not every request answered 200: $(grep -v '^200 ' "$WORK/times" | head -1)"; status=1; }
  first=$(head -1 "$WORK/times" | awk '{ printf "%.0f", 1000 * $2 }')
  times=$(tail -n +2 "$WORK/times" | awk '{ print 1000 * $2 }' | sort -n)
  echo "draft page /teach/packs/$1 ($(stat -c %s "$WORK/page.html") bytes): first $first ms; next $PAGES: median $(echo "$times" | awk '{ a[NR] = $1 } END { printf "%.0f", a[int((NR + 1) / 2)] }') ms, slowest $(echo "$times" | tail -1 | awk '{ printf "%.0f", $1 }') ms"
}
page bench-gift
page bench-qti
echo "RSS $(bench_rss "$APP_PID") MiB; $(bench_load)"
echo "Machine: $(bench_machine)"
exit $status
