#!/usr/bin/env bash
# Crash safety and backup/restore on the embedded H2 database, short forms (about 2-4 minutes here):
# 3 SIGKILLs under 8 answering clients with nothing acknowledged lost, then a backup downloaded by the
# admin and one made by H2's tool, each restored into a new data dir and checked. Needs the H2 build in
# target/quarkus-app (built if missing). The long form is in docs/self-hosting.md.
set -euo pipefail
cd "$(dirname "$0")/.."
bash bench/crash/crash.sh --kills 3 --clients 8 --seconds-between 1-4 --port 18401
PORT=18411 bash bench/crash/backup-restore.sh
echo "crash-short: OK"
