#!/usr/bin/env bash
# Issue 4's comparison: `backstep-cli backup` of a generated ~1 GB database against plain
# `mariadb-dump` with the same flags writing to a file, timed in the same run.
#   source scripts/lib/platform.sh; in_toolchain bench/backup-1g.sh [build dir] [MB] [rounds]
# The two programs alternate which goes first from round to round (the second one finds
# a warmer page cache and, on a busy machine, a different load); compare within a round.
# BACKSTEP_BENCH_KEEP=DIR keeps the generated server's data folder in DIR between runs
# (stopped cleanly at the end, started again next time) so that iterating does not
# generate the data again; without it the run is self-contained and leaves nothing.
set -euo pipefail
build=${1:-build/dev}
megabytes=${2:-1024}
rounds=${3:-4}
root=$(cd "$(dirname "$0")/.." && pwd)
sandbox=$root/tests/support/mariadb-sandbox
work=$(mktemp -d)
keep=${BACKSTEP_BENCH_KEEP:-}
state=${keep:+$keep/server-$megabytes}
state=${state:-$work/server}
cleanup() {
    if [ -n "$keep" ]; then
        mariadb-admin --no-defaults -S "$state/mysqld.sock" -uroot shutdown >/dev/null 2>&1 || true
    else
        "$sandbox" stop "$state" >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
sock=$state/mysqld.sock
if [ -n "$keep" ] && [ -f "$state/generated" ]; then
    "$sandbox" resume "$state" >/dev/null
else
    "$sandbox" start "$state" >/dev/null
    rows=$((megabytes * 1024 * 1024 / 1000))
    mariadb --no-defaults -S "$sock" -uroot -e "
        CREATE DATABASE bench; USE bench;
        CREATE TABLE events (id BIGINT PRIMARY KEY, user_id INT, kind VARCHAR(40), payload TEXT, at DATETIME);
        INSERT INTO events SELECT seq, seq % 5000, CONCAT('kind-', seq % 17), REPEAT(MD5(seq), 29), NOW() FROM seq_1_to_$rows;
        ANALYZE TABLE events;" >/dev/null
    touch "$state/generated"
fi
port=$(cat "$state/port")
size=$(mariadb --no-defaults -S "$sock" -uroot -N -e "SELECT ROUND(SUM(data_length+index_length)/1048576) FROM information_schema.TABLES WHERE table_schema='bench'")
printf '[client]\nuser=backstep\npassword=%s\nhost=127.0.0.1\nport=%s\n' "$(cat "$state/password")" "$port" >"$work/client.cnf"
chmod 600 "$work/client.cnf"
export BACKSTEP_JOURNAL=$work/journal.sqlite

ms() { echo $(($(date +%s%N) / 1000000)); }
load() { cut -d' ' -f1-3 /proc/loadavg; }
# Untimed before each program: the plain dump leaves its gigabyte for the kernel to write
# back later, which would otherwise land in the timing of whatever runs next.
settle() { sync; }
plain() {
    local s
    settle
    s=$(ms)
    mariadb-dump --defaults-extra-file="$work/client.cnf" --single-transaction --quick --routines \
        --triggers --events bench >"$work/plain.sql"
    plain_ms=$(($(ms) - s))
}
ours() {
    local s
    settle
    s=$(ms)
    "$build/src/cli/backstep-cli" backup --url "mysql://backstep@127.0.0.1:$port/bench" \
        --password-file "$state/password" --dir "$work/out" >/dev/null
    ours_ms=$(($(ms) - s))
}
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB; database: ${size} MB (information_schema)"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ); build: $build"
for round in $(seq 1 "$rounds"); do
    rm -rf "$work/plain.sql" "$work/out"
    sync
    before=$(load)
    if [ $((round % 2)) -eq 1 ]; then
        order="plain first"
        plain
        ours
    else
        order="backstep first"
        ours
        plain
    fi
    echo "round $round ($order; load $before): mariadb-dump > file: ${plain_ms} ms ($(stat -c %s "$work/plain.sql") bytes); backstep-cli backup: ${ours_ms} ms; ratio $(awk "BEGIN{printf \"%.3f\", $ours_ms/$plain_ms}")"
done
rm -rf "$work/plain.sql" "$work/out"
