#!/usr/bin/env bash
# Crash safety and backup/restore on the embedded H2 database, short forms (about 2-4 minutes here):
# 3 SIGKILLs under 8 answering clients with nothing acknowledged lost, then a backup downloaded by the
# admin and one made by H2's tool, each restored into a new data dir and checked. Needs the H2 build in
# target/quarkus-app (built if missing). The long form is in docs/self-hosting.md. Ports are picked free
# (the crash test restarts on the same port, so it cannot let the server pick one); each script prints its
# failing step and the server's last log lines, and the last line here names the script that failed.
cd "$(dirname "$0")/.."
source .ci/lib.sh
check_init crash-short

step "bench/crash/crash.sh: 3 kills under 8 clients"
RC=0
bash bench/crash/crash.sh --kills 3 --clients 8 --seconds-between 1-4 --port "$(free_port)" || RC=$?
[ "$RC" = 0 ] || fail "bench/crash/crash.sh exited with $RC (its report is above)"
step "bench/crash/backup-restore.sh"
PORT=$(free_port) bash bench/crash/backup-restore.sh || RC=$?
[ "$RC" = 0 ] || fail "bench/crash/backup-restore.sh exited with $RC (its report is above)"
echo "crash-short: OK"
