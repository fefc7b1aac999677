#!/usr/bin/env bash
# Issue 4's comparison: `backstep-cli backup` of a generated ~1 GB database against plain
# `mariadb-dump` with the same flags writing to a file, timed in the same run.
#   source scripts/lib/platform.sh; in_toolchain bench/backup-1g.sh [build dir] [MB]
set -euo pipefail
build=${1:-build/dev}
megabytes=${2:-1024}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
state=$work/server
cleanup() { "$root/tests/support/mariadb-sandbox" stop "$state" >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
"$root/tests/support/mariadb-sandbox" start "$state" >/dev/null
port=$(cat "$state/port")
sock=$state/mysqld.sock
rows=$((megabytes * 1024 * 1024 / 1000))
mariadb --no-defaults -S "$sock" -uroot -e "
    CREATE DATABASE bench; USE bench;
    CREATE TABLE events (id BIGINT PRIMARY KEY, user_id INT, kind VARCHAR(40), payload TEXT, at DATETIME);
    INSERT INTO events SELECT seq, seq % 5000, CONCAT('kind-', seq % 17), REPEAT(MD5(seq), 29), NOW() FROM seq_1_to_$rows;
    ANALYZE TABLE events;" >/dev/null
size=$(mariadb --no-defaults -S "$sock" -uroot -N -e "SELECT ROUND(SUM(data_length+index_length)/1048576) FROM information_schema.TABLES WHERE table_schema='bench'")
printf '[client]\nuser=backstep\npassword=%s\nhost=127.0.0.1\nport=%s\n' "$(cat "$state/password")" "$port" >"$work/client.cnf"
chmod 600 "$work/client.cnf"
export BACKSTEP_JOURNAL=$work/journal.sqlite

ms() { echo $(( $(date +%s%N) / 1000000 )); }
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB; database: ${size} MB (information_schema)"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
for round in 1 2 3; do
    rm -f "$work"/*.sql
    s=$(ms)
    mariadb-dump --defaults-extra-file="$work/client.cnf" --single-transaction --quick --routines \
        --triggers --events bench >"$work/plain.sql"
    plain=$(( $(ms) - s ))
    s=$(ms)
    "$build/src/cli/backstep-cli" backup --url "mysql://backstep@127.0.0.1:$port/bench" \
        --password-file "$state/password" --dir "$work/out" >/dev/null
    ours=$(( $(ms) - s ))
    echo "round $round: mariadb-dump > file: ${plain} ms ($(stat -c %s "$work/plain.sql") bytes); backstep-cli backup: ${ours} ms; ratio $(awk "BEGIN{printf \"%.3f\", $ours/$plain}")"
    rm -rf "$work/out"
done
