# A throwaway PostgreSQL cluster of the fault scripts' own (source it after .ci/lib.sh): Debian's server
# binaries, a data dir under $CHECK_WORK, a free port, a socket in the data dir's parent. The shared cluster
# that CI's verify and two-instances use is never touched, so these scripts may stop and kill theirs.
#   pg_init                 initdb, start, a role sourced/sourced and a database sourced; sets PG_PORT, PG_URL
#   pg_start                start (after a stop or a kill: PostgreSQL's own crash recovery runs)
#   pg_stop                 a clean, fast stop (what a restart does first)
#   pg_kill                 SIGKILL to the postmaster and every backend (a crash, an OOM kill)
#   pg_sql "select ..."     one query as the superuser; prints the rows, unaligned
#   pg_two_instances        instances A and B of $APP (a PostgreSQL build) on this cluster, one session key, the admin
#                           $EMAIL/$PASSWORD when set; A first (it runs the migrations); sets A, B, PID_A, PID_B
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)

pg_as() { # runs "$@" as the postgres user (root may not run the server)
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_init() {
  [ -x "$PG_BIN/postgres" ] || fail "no PostgreSQL server binaries under /usr/lib/postgresql (apt-get install postgresql)"
  PG_DIR=$CHECK_WORK/pg
  mkdir -p "$PG_DIR"
  chmod 755 "$CHECK_WORK"
  [ "$(id -u)" = 0 ] && chown postgres "$PG_DIR"
  PG_PORT=$(free_port)
  watch_log "PostgreSQL" "$PG_DIR/server.log"
  pg_as "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 >"$PG_DIR/initdb.log" 2>&1 \
    || fail "initdb failed: $(tail -3 "$PG_DIR/initdb.log")"
  on_exit "pg_kill"
  pg_start
  pg_sql "create role sourced login password 'sourced'" >/dev/null
  pg_sql "create database sourced owner sourced" >/dev/null
  PG_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/sourced
}

pg_start() {
  pg_as "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 120 \
    -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c max_connections=100" start >>"$PG_DIR/pg_ctl.log" 2>&1 \
    || fail "PostgreSQL did not start"
}

pg_stop() {
  pg_as "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w -t 120 stop >>"$PG_DIR/pg_ctl.log" 2>&1 || fail "PostgreSQL did not stop"
}

pg_kill() {
  local pid
  [ -f "$PG_DIR/data/postmaster.pid" ] || return 0
  pid=$(head -1 "$PG_DIR/data/postmaster.pid")
  kill -KILL "$pid" $(ps -o pid= --ppid "$pid") 2>/dev/null || true
  # the server is gone once no process holds its data dir: the next start runs crash recovery
  local deadline=$(($(date +%s) + 30))
  while kill -0 "$pid" 2>/dev/null && [ "$(date +%s)" -lt "$deadline" ]; do sleep 0.1; done
}

pg_two_instances() {
  local key name
  key=$(head -c 32 /dev/urandom | base64)
  for name in a b; do
    watch_log "instance ${name^^}" "$CHECK_WORK/$name.log"
    SOURCED_DB_KIND=postgresql SOURCED_DB_URL=$PG_URL SOURCED_SESSION_KEY=$key SOURCED_DATA_DIR=$CHECK_WORK/$name \
      SOURCED_ADMIN_EMAIL=${EMAIL:-} SOURCED_ADMIN_PASSWORD=${PASSWORD:-} QUARKUS_HTTP_PORT=0 \
      java -Xmx256m -jar "$APP" >"$CHECK_WORK/$name.log" 2>&1 &
    local pid=$!
    disown "$pid" # a script that kills it gets no "Killed" note from bash
    on_exit "kill -9 $pid"
    wait_up "$CHECK_WORK/$name.log" "$pid"
    if [ "$name" = a ]; then PID_A=$pid; A=http://127.0.0.1:$UP_PORT; else PID_B=$pid; B=http://127.0.0.1:$UP_PORT; fi
  done
}

pg_sql() {
  pg_as "$PG_BIN/psql" -h "$PG_DIR" -p "$PG_PORT" -U postgres -d "${PG_DB:-postgres}" -tAqc "$1"
}

# the number of (attempt, question) pairs stored more than once in the check's database; fails unless 0
pg_expect_no_duplicate_responses() {
  DUPS=$(PG_DB=sourced pg_sql "select count(*) from (select attempt_id, question_id from response group by attempt_id, question_id having count(*) > 1) d")
  [ "$DUPS" = 0 ] || fail "$DUPS duplicate response rows in the database"
}
