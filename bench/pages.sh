#!/usr/bin/env bash
# Usage: bench/pages.sh            full run: 2 warm-up rounds of 10 s on every page, then per page 5 s per cell
#        QUICK=1 bench/pages.sh    a few seconds a page (2 s warm-up, 2 s per cell), to use while changing code
#   env: PORT 18731, NGINX_PORT 18732, WARMUP_ROUNDS, WARMUP_EACH, SECONDS_EACH, CONNECTIONS "16 64",
#        PAGES (a regex on the page names: only those), STUDENTS / PER (the dashboard's class; full 500 x 20),
#        DOCS=0 (do not write docs/benchmarks.md), JAVA / JVM_OPTS (another JVM or options), BENCH_JAR,
#        JFR=FILE (a JFR recording, settings=profile, of the measured part only: after the warm-up).
# The cost of every student page and of the teacher's dashboard, against nginx (1 worker) serving the very
# bytes the app sent, measured interleaved in one run: for each page and connection count, wrk on the app,
# then wrk on nginx. CPU per request is the app process's CPU time (utime + stime from /proc/<pid>/stat,
# JIT and GC included) over the requests of that app cell. Prints the table and writes it between the
# markers of "Every page against nginx" in docs/benchmarks.md.
set -euo pipefail
{ # read whole before it runs, so editing this file during a run does not change the run
source "$(dirname "$0")/lib.sh"
PORT=${PORT:-18731}
NGINX_PORT=${NGINX_PORT:-18732}
if [ -n "${QUICK:-}" ]; then
  WARMUP_ROUNDS=${WARMUP_ROUNDS:-2} WARMUP_EACH=${WARMUP_EACH:-1} EACH=${SECONDS_EACH:-2}
  CONNECTIONS=${CONNECTIONS:-16} STUDENTS=${STUDENTS:-100} PER=${PER:-10} MODE="QUICK=1"
else
  WARMUP_ROUNDS=${WARMUP_ROUNDS:-2} WARMUP_EACH=${WARMUP_EACH:-10} EACH=${SECONDS_EACH:-5}
  CONNECTIONS=${CONNECTIONS:-16 64} STUDENTS=${STUDENTS:-500} PER=${PER:-20} MODE="full"
fi
PAGES=${PAGES:-.}
bench_build
WORK=$(mktemp -d)
chmod 755 "$WORK"
trap '[ -n "${APP_PID:-}" ] && bench_stop "$APP_PID"; { [ -z "${NGINX_PID:-}" ] || kill "$NGINX_PID" 2>/dev/null || true; }; rm -rf "$WORK"' EXIT
export SOURCED_BENCH_SEEDING_ENABLED=true
# shellcheck disable=SC2086
bench_start "$PORT" "$WORK/data" "${JAVA:-java}" ${JVM_OPTS:-}
bench_ready "$PORT" 300 >/dev/null
BASE=http://127.0.0.1:$PORT
JAR="$WORK/cookies"
fail() { echo "$*" >&2; exit 1; }
csrf() { awk '$6 == "csrf-token" { print $7 }' "$JAR"; }
get() { curl -fs -b "$JAR" -c "$JAR" "$BASE$1"; }
post() { # path form-fields... -> the Location of the redirect
  local path=$1 args=()
  shift
  for f in "$@"; do args+=(--data-urlencode "$f"); done
  curl -fs -b "$JAR" -c "$JAR" -o /dev/null -w '%{redirect_url}' --data-urlencode "csrf-token=$(csrf)" "${args[@]}" "$BASE$path" | sed "s|^$BASE||"
}

# ---- the pages, as one anonymous returning student sees them (learner and CSRF cookies) -------------------
: >"$WORK/pages" # name method path [body]
add() { echo "$*" >>"$WORK/pages"; }
get / >/dev/null
add home GET /
add pack GET /packs/csto-armenia
for l in $(get /packs/csto-armenia | grep -o 'href="/packs/csto-armenia/lessons/[^"]*"' | sed 's|.*/lessons/||; s|"||' | awk '!seen[$0]++'); do
  add "lesson-$l" GET "/packs/csto-armenia/lessons/$l"
done
# a checkpoint of the first lesson answered without htmx: the reply is the whole lesson with its feedback
LESSON=$(awk '$1 ~ /^lesson-/ { print $3; exit }' "$WORK/pages")
FORM=$(get "$LESSON" | grep -o 'action="[^"]*/checkpoints/[^"#]*' | head -1 | sed 's/action="//')
[ -n "$FORM" ] || fail "no checkpoint form on $LESSON"
CHOICE=$(get "$LESSON" | grep -o 'name="choice" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"//')
add lesson-answered-checkpoint POST "$FORM" "csrf-token=$(csrf)&choice=$CHOICE"

# a practice attempt of 20 questions (the form's way, so the learner cookie owns it); one question page per type
Q1=$(post /attempts pack=csto-armenia mode=practice length=20)
ATTEMPT=${Q1%/questions/1}
[ -n "$ATTEMPT" ] || fail "the practice attempt did not start"
declare -A SEEN=()
FIRST_UNANSWERED=""
for n in $(seq 20); do
  html=$(get "$ATTEMPT/questions/$n")
  if grep -q 'class="choices ordering"' <<<"$html"; then t=ordering
  elif grep -q 'class="claim"' <<<"$html"; then t=claim-check
  elif grep -q 'name="choice" value="true"' <<<"$html"; then t=true-false
  elif grep -q 'type="checkbox"' <<<"$html"; then t=multiple
  else t=single; fi
  if [ -z "${SEEN[$t]:-}" ]; then
    SEEN[$t]=$n
    add "question-$t" GET "$ATTEMPT/questions/$n"
  elif [ -z "$FIRST_UNANSWERED" ] && [ "$t" = single ]; then
    FIRST_UNANSWERED=$n
  fi
done
# one question checked (answered): its page shows the feedback
N=${FIRST_UNANSWERED:-${SEEN[single]}}
CHOICE=$(get "$ATTEMPT/questions/$N" | grep -o 'name="choice" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"//')
SEQ=$(get "$ATTEMPT/questions/$N" | grep -o 'name="seq" value="[^"]*"' | sed 's/.*value="//; s/"//')
post "$ATTEMPT/questions/$N" action=check "seq=$SEQ" shown= flagged=false locked=false "choice=$CHOICE" >/dev/null
get "$ATTEMPT/questions/$N" | grep -q 'class="feedback' || fail "the checked question shows no feedback"
add question-answered GET "$ATTEMPT/questions/$N"
add summary GET "$ATTEMPT/summary"
# a short exam, answered and submitted: its result page
E1=$(post /attempts pack=csto-armenia mode=exam length=5)
EXAM=${E1%/questions/1}
for n in $(seq 5); do
  html=$(get "$EXAM/questions/$n")
  SEQ=$(grep -o 'name="seq" value="[^"]*"' <<<"$html" | sed 's/.*value="//; s/"//')
  C=$(grep -o 'name="choice" value="[^"]*"' <<<"$html" | head -1 | sed 's/.*value="//; s/"//' || true) # none on an ordering question
  post "$EXAM/questions/$n" action=next "seq=$SEQ" shown= flagged=false locked=false "choice=${C:-}" >/dev/null
done
RESULT=$(post "$EXAM/submit")
case "$RESULT" in /results/*) ;; *) fail "the exam was not submitted: $RESULT" ;; esac
add result GET "$RESULT"
add my-progress GET /me/progress
COOKIE="Cookie: $(awk '$6 == "csrf-token" || $6 == "sourced_learner" { printf "%s=%s; ", $6, $7 }' "$JAR")"

# ---- a class: the seeded assignment (STUDENTS x PER submitted attempts), a student who joined by nickname -----
SEED=$(curl -fs -u "$BENCH_ADMIN:$BENCH_ADMIN_PASSWORD" -H 'Content-Type: application/json' \
  -d "{\"students\": $STUDENTS, \"attemptsPerStudent\": $PER, \"questions\": 20}" "$BASE/api/bench/assignments")
ASSIGNMENT=$(jq -r .assignmentId <<<"$SEED")
TEACHER="Authorization: Bearer $(jq -r .teacherToken <<<"$SEED")"
CODE=$(curl -fs -H "$TEACHER" "$BASE/classes/$(jq -r .classId <<<"$SEED")" | grep -o '/join/[A-Z0-9-]*' | head -1)
[ -n "$CODE" ] || fail "no join code on the class page"
JAR="$WORK/student-cookies"
get "$CODE" >/dev/null
[ "$(post "$CODE" how=nickname nickname=Ani)" = /me/assignments ] || fail "the student could not join"
STUDENT="Cookie: $(awk '$6 == "csrf-token" || $6 ~ /^sourced/ { printf "%s=%s; ", $6, $7 }' "$JAR")"
add my-assignments GET /me/assignments
add "dashboard-$((STUDENTS * PER))-attempts" GET "/assignments/$ASSIGNMENT"

# ---- the bytes the app sends, for nginx; the headers of each page -------------------------------------------
header_for() { # name
  case $1 in my-assignments) echo "$STUDENT" ;; dashboard-*) echo "$TEACHER" ;; *) echo "$COOKIE" ;; esac
}
mkdir -p "$WORK/www"
while read -r name method path body; do
  [[ $name =~ $PAGES ]] || continue
  if [ "$method" = POST ]; then
    curl -fs -H "$(header_for "$name")" -H 'Content-Type: application/x-www-form-urlencoded' -d "$body" -o "$WORK/www/$name.html" "$BASE$path"
  else
    curl -fs -H "$(header_for "$name")" -o "$WORK/www/$name.html" "$BASE$path"
  fi
  grep -q '</html>' "$WORK/www/$name.html" || fail "$name: not a whole page"
done <"$WORK/pages"
chmod -R a+rX "$WORK/www"
mkdir -p "$WORK/nginx"
cat >"$WORK/nginx/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx/body;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/www;
    location / { default_type "text/html;charset=UTF-8"; }
  }
}
CONF
nginx -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" &
NGINX_PID=$!
sleep 0.5
cat >"$WORK/post.lua" <<'LUA'
wrk.method = "POST"
wrk.body = os.getenv("BODY")
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
LUA

cpu() { awk '{ print $14 + $15 }' "/proc/$APP_PID/stat"; } # clock ticks
TICK=$(getconf CLK_TCK)
load_app() { # name method path body connections seconds -> wrk's output
  if [ "$2" = POST ]; then
    BODY=$4 wrk -t2 -c"$5" -d"$6s" --timeout 10s --latency -s "$WORK/post.lua" -H "$(header_for "$1")" "$BASE$3"
  else
    wrk -t2 -c"$5" -d"$6s" --timeout 10s --latency -H "$(header_for "$1")" "$BASE$3"
  fi
}
requests() { awk '/requests in/ { print $1 }'; }
p50() { awk '/^ +50%/ { v = $2; if (v ~ /us$/) { sub(/us/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms/, "", v) }
                       else if (v ~ /s$/) { sub(/s/, "", v); v *= 1000 }; printf "%.1f", v }'; }

echo "$MODE: $(awk -v re="$PAGES" '$1 ~ re' "$WORK/pages" | wc -l) pages; warm-up $WARMUP_ROUNDS x $WARMUP_EACH s a page at 16 connections; $(bench_load)"
for _ in $(seq "$WARMUP_ROUNDS"); do
  while read -r name method path body; do
    [[ $name =~ $PAGES ]] || continue
    load_app "$name" "$method" "$path" "${body:-}" 16 "$WARMUP_EACH" >/dev/null
  done <"$WORK/pages"
done
: >"$WORK/results"
[ -z "${JFR:-}" ] || jcmd "$APP_PID" JFR.start name=pages settings=profile filename="$(realpath "$JFR")" >/dev/null
while read -r name method path body; do
  [[ $name =~ $PAGES ]] || continue
  bytes=$(wc -c <"$WORK/www/$name.html")
  for c in $CONNECTIONS; do
    t0=$(cpu)
    out=$(load_app "$name" "$method" "$path" "${body:-}" "$c" "$EACH")
    t1=$(cpu)
    app="$(bench_wrk_parse <<<"$out") $(requests <<<"$out") $((t1 - t0)) $(p50 <<<"$out")"
    ngx=$(wrk -t2 -c"$c" -d"${EACH}s" --latency "http://127.0.0.1:$NGINX_PORT/$name.html" | bench_wrk_parse)
    echo "$name $bytes $c $app $ngx $(cut -d' ' -f1 /proc/loadavg)" >>"$WORK/results"
  done
  echo "  $name done; $(bench_load)"
done <"$WORK/pages"
RSS=$(bench_rss "$APP_PID")
[ -z "${JFR:-}" ] || { jcmd "$APP_PID" JFR.stop name=pages >/dev/null && echo "JFR recording in $JFR"; }
TABLE=$(python3 - "$WORK/results" "$TICK" <<'PY'
import sys
tick = int(sys.argv[2])
rows = [l.split() for l in open(sys.argv[1])]
conns = sorted({int(r[2]) for r in rows})
head = "| page | bytes | CPU/req 16 | " + " | ".join("app req/s %d | app p99 %d | nginx req/s %d | ratio %d" % (c, c, c, c) for c in conns) + " | errors | load |"
print(head)
print("|---" * (head.count("|") - 1) + "|")
order = list(dict.fromkeys(r[0] for r in rows))
for name in order:
    mine = {int(r[2]): r for r in rows if r[0] == name}
    r16 = mine[conns[0]]
    # name bytes c rps p99 bad requests ticks p50 nginx_rps nginx_p99 nginx_bad load
    cpu = int(r16[7]) / tick / max(1, int(r16[6])) * 1e6
    cells = []
    for c in conns:
        r = mine[c]
        cells.append("%s | %s ms | %s | **%.3f**" % (format(int(r[3]), ","), r[4], format(int(r[9]), ","), int(r[3]) / max(1, int(r[9]))))
    bad = sum(int(mine[c][5]) + int(mine[c][11]) for c in conns)
    loads = sorted(float(mine[c][12]) for c in conns)
    extra = " (p50 %s ms)" % r16[8] if name.startswith("dashboard") else ""
    print("| %s%s | %s | %.0f µs | %s | %d | %.1f |" % (name, extra, format(int(r16[1]), ","), cpu, " | ".join(cells), bad, loads[-1]))
PY
)
STAMP="$(date -u '+%Y-%m-%d %H:%M UTC'), commit $(cd "$BENCH_ROOT" && git rev-parse --short HEAD), $MODE (warm-up $WARMUP_ROUNDS x $WARMUP_EACH s a page, $EACH s a cell, app then nginx), app RSS after the run $RSS MiB"
echo
echo "$STAMP"
echo "$TABLE"
echo "Machine: $(bench_machine); nginx $(nginx -v 2>&1 | cut -d/ -f2), 1 worker; wrk -t2; $(bench_load)"
if [ "${DOCS:-1}" != 0 ]; then
  python3 - "$BENCH_ROOT/docs/benchmarks.md" "$STAMP" "$TABLE" "Machine: $(bench_machine); $(bench_load) at the end" <<'PY'
import sys
path, stamp, table, machine = sys.argv[1:]
text = open(path).read()
begin, end = "<!-- pages.sh: begin -->", "<!-- pages.sh: end -->"
block = "%s\n*Last run*: %s.\n\n%s\n\n%s\n%s" % (begin, stamp, table, machine, end)
if begin in text:
    text = text[:text.index(begin)] + block + text[text.index(end) + len(end):]
else:
    text += "\n## Every page against nginx (issue 13)\n\n*Command*: `bench/pages.sh` (`QUICK=1` for a few seconds a page).\n\n" + block + "\n"
open(path, "w").write(text)
PY
fi
exit
}
