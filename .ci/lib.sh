# Shared by the check scripts (.ci/*.sh, bench/faults/*.sh, bench/crash/*.sh); source it, it does not run on
# its own. A check names each step; when anything fails (a broken expectation, or any command that set -e
# would stop on) it prints, as its last lines: the step, what was expected and what came, the last HTTP
# reply (status and the head of its body), and the last lines of every instance's log.
#
#   check_init NAME              NAME prefixes every line; makes $CHECK_WORK (removed at exit unless KEEP=1
#                                or the check failed) and the ERR and EXIT traps
#   step "what"                  the step now running (printed when it fails)
#   watch_log LABEL FILE         on failure, FILE's last lines (stack frames left out) are printed under LABEL
#   on_exit "command"            run at exit, before the work dir goes (stop servers and hogs)
#   fail "what went wrong"       the report above, then exit 1
#   free_port                    a TCP port nothing listens on now, below the kernel's ephemeral range (ports
#                                there are handed to outgoing connections: one was taken during a slow start)
#   http METHOD URL [curl args]  one request, at most $HTTP_TIMEOUT s (default 30); sets STATUS (000: no
#                                reply), LOCATION (a redirect's target), MS (time taken) and the body in
#                                $BODY_FILE; never stops the check by itself
#   expect STATUS... [-- "why"]  fail unless the last reply's status is one of these
#   expect_body REGEX "what"     fail unless the last reply's body matches REGEX (grep -E)
#   refute_body REGEX "what"     fail if it does
#   body                         prints the last reply's body
#   form_token                   the CSRF token of the form in the last reply's body (empty if none)
#   wait_until SECONDS "what" CMD [ARGS]   runs CMD every 0.2 s until it succeeds; fail after SECONDS
#   wait_ready PORT PID [SECONDS]  until GET /q/health/ready says UP (default 300 s: a start takes 3 s on a
#                                quiet machine, over a minute on a loaded one); fail at once if PID exits
#   wait_up LOG PID [SECONDS]    for an instance started with QUARKUS_HTTP_PORT=0 (the port is its own pick,
#                                so none can be taken meanwhile): reads the port from its log, sets UP_PORT,
#                                then wait_ready
#   stop_pid PID [SECONDS]       SIGTERM, waits up to SECONDS (default 60), then SIGKILL
#   verify_acked BASE LOG        bench/crash/driver.py verify: every acknowledged answer in LOG stored exactly once
#                                (prints its report, keeps it in $CHECK_WORK/verify.out); fail otherwise
CHECK_NAME=check
CHECK_STEP="starting"
CHECK_LOGS=()
CHECK_EXIT=()
CHECK_FAILED=
STATUS=
LOCATION=
MS=
HTTP_TIMEOUT=${HTTP_TIMEOUT:-30}

check_init() {
  CHECK_NAME=$1
  CHECK_WORK=$(mktemp -d "/tmp/sourced-$1.XXXXXX")
  BODY_FILE=$CHECK_WORK/last-body
  : >"$BODY_FILE"
  set -eE -o pipefail
  trap 'check_err $? $LINENO "$BASH_COMMAND"' ERR
  trap check_exit EXIT
}

step() {
  CHECK_STEP=$*
  echo "$CHECK_NAME: - $*"
}

watch_log() { CHECK_LOGS+=("$1=$2"); }

on_exit() { CHECK_EXIT+=("$1"); }

check_exit() {
  local rc=$? cmd keep=
  trap - ERR
  if [ -e "$CHECK_WORK/failed" ] || [ "$rc" != 0 ] || [ -n "${KEEP:-}" ]; then
    keep=1
    echo "$CHECK_NAME: kept $CHECK_WORK" >&2
  fi
  exec 2>/dev/null # bash's "Killed" notes about the servers stopped below
  for cmd in "${CHECK_EXIT[@]}"; do eval "$cmd" >/dev/null 2>&1 || true; done
  wait
  [ -n "$keep" ] || rm -rf "$CHECK_WORK"
}

# A command that set -e stops on is a failure too: say which, where, in which step
check_err() {
  [ "$BASH_SUBSHELL" = 0 ] || exit "$1" # in $(...): the shell that waits for it reports
  fail "the command '$3' (line $2) exited with $1"
}

fail() {
  trap - ERR
  # once per check, also when called in $(...) and then again by the shell that waited for it
  [ -e "$CHECK_WORK/failed" ] && exit 1
  : >"$CHECK_WORK/failed"
  CHECK_FAILED=1
  {
    echo "$CHECK_NAME: FAIL in step '$CHECK_STEP': $*"
    if [ -n "$STATUS" ]; then
      echo "$CHECK_NAME: last reply to $LAST_REQUEST: HTTP $STATUS in ${MS} ms${LOCATION:+, Location: $LOCATION}; body:"
      body_head | sed 's/^/    /'
    fi
    local entry label file
    for entry in "${CHECK_LOGS[@]}"; do
      label=${entry%%=*}
      file=${entry#*=}
      echo "--- $label ($file), last lines without stack frames:"
      if [ -f "$file" ]; then grep -v -E '^\s+(at |\.\.\. [0-9]+ more)' "$file" | tail -20; else echo "    (no log)"; fi
    done
    echo "$CHECK_NAME: FAIL in step '$CHECK_STEP': $*"
  } >&2
  exit 1
}

free_port() {
  python3 - <<'PY'
import random, socket
low = int(open("/proc/sys/net/ipv4/ip_local_port_range").read().split()[0])
for port in random.sample(range(min(20000, low - 1000), low), 200):
    s = socket.socket()
    try:
        s.bind(("127.0.0.1", port))
        s.close()
        s = socket.socket()
        s.bind(("0.0.0.0", port))
        print(port)
        break
    except OSError:
        pass
    finally:
        s.close()
PY
}

http() {
  local method=$1 url=$2 out
  shift 2
  out=$(curl -s -o "$BODY_FILE" -w '%{http_code} %{time_total} %{redirect_url}' --max-time "$HTTP_TIMEOUT" \
    -X "$method" "$@" "$url" 2>/dev/null) || true
  STATUS=${out%% *}
  out=${out#* }
  MS=$(awk -v t="${out%% *}" 'BEGIN { printf "%d", t * 1000 }')
  LOCATION=${out#* }
  [ "$LOCATION" = "${out%% *}" ] && LOCATION=
  [ -n "$STATUS" ] || STATUS=000
  LAST_REQUEST="$method $url"
}

expect() {
  local want=() why=
  while [ $# -gt 0 ]; do
    if [ "$1" = "--" ]; then why=$2; break; fi
    want+=("$1")
    shift
  done
  local s
  for s in "${want[@]}"; do [ "$STATUS" = "$s" ] && return 0; done
  fail "$LAST_REQUEST: expected HTTP ${want[*]}, got $STATUS${why:+ ($why)}"
}

expect_body() { grep -q -E -- "$1" "$BODY_FILE" || fail "$LAST_REQUEST: $2 (no match for /$1/ in the reply)"; }

refute_body() { if grep -q -E -- "$1" "$BODY_FILE"; then fail "$LAST_REQUEST: $2 (/$1/ found in the reply)"; fi; }

body() { cat "$BODY_FILE"; }

# The head of the last body: a page's <main> as text (its layout says nothing), other bodies as they are
body_head() {
  python3 - "$BODY_FILE" <<'PY'
import html, re, sys
text = open(sys.argv[1], encoding="utf-8", errors="replace").read()
main = re.search(r"<main[^>]*>(.*?)</main>", text, re.S)
if main:
    text = html.unescape(re.sub(r"<[^>]+>", " ", main.group(1)))
    text = re.sub(r"\s+", " ", text).strip()
print(text[:600] if text else "(empty)")
PY
}

form_token() { { grep -o 'name="csrf-token" value="[^"]*"' "$BODY_FILE" || true; } | head -1 | sed 's/.*value="//;s/"$//'; }

wait_until() {
  local seconds=$1 what=$2 deadline
  shift 2
  deadline=$(($(date +%s) + seconds))
  until "$@"; do
    [ "$(date +%s)" -lt "$deadline" ] || fail "waited ${seconds} s for $what"
    sleep 0.2
  done
}

wait_ready() {
  local port=$1 pid=$2 deadline=$(($(date +%s) + ${3:-300}))
  while :; do
    if curl -s --max-time 5 "http://127.0.0.1:$port/q/health/ready" 2>/dev/null | grep -q '"status": *"UP"'; then
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || fail "the instance on port $port (pid $pid) exited during start-up"
    [ "$(date +%s)" -lt "$deadline" ] || fail "the instance on port $port was not ready within ${3:-300} s"
    sleep 0.2
  done
}

wait_up() {
  local log=$1 pid=$2 seconds=${3:-300} deadline
  deadline=$(($(date +%s) + seconds))
  UP_PORT=
  while [ -z "$UP_PORT" ]; do
    UP_PORT=$({ grep -o 'Listening on: http://[^ ]*' "$log" 2>/dev/null || true; } | head -1 | sed -E 's#.*:([0-9]+)/?$#\1#')
    [ -n "$UP_PORT" ] && break
    kill -0 "$pid" 2>/dev/null || fail "the instance logging to $log (pid $pid) exited during start-up"
    [ "$(date +%s)" -lt "$deadline" ] || fail "the instance logging to $log did not listen within $seconds s"
    sleep 0.2
  done
  wait_ready "$UP_PORT" "$pid" $((deadline - $(date +%s) + 1))
}

stop_pid() {
  local pid=$1 deadline=$(($(date +%s) + ${2:-60}))
  kill -TERM "$pid" 2>/dev/null || return 0
  while kill -0 "$pid" 2>/dev/null; do
    if [ "$(date +%s)" -ge "$deadline" ]; then kill -KILL "$pid" 2>/dev/null || true; break; fi
    sleep 0.1
  done
  wait "$pid" 2>/dev/null || true
}

verify_acked() {
  local rc=0
  python3 bench/crash/driver.py verify --base "$1" --log "$2" >"$CHECK_WORK/verify.out" 2>&1 || rc=$?
  cat "$CHECK_WORK/verify.out"
  [ "$rc" = 0 ] || fail "acknowledged answers lost or duplicated: $(grep PROBLEM "$CHECK_WORK/verify.out" | head -3)"
}
