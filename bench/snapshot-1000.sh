#!/usr/bin/env bash
# Issue 6's comparison: a schema snapshot of a generated 1,000-table schema (5 columns, 2
# secondary indexes and a foreign key each) through `backstep-cli snapshot` (read, stored in
# the journal, printed as JSON) against `mariadb-dump --no-data` of the same database,
# timed in the same run on a server of its own.
#   source scripts/lib/platform.sh; in_toolchain bench/snapshot-1000.sh [build dir] [rounds] [tables]
set -euo pipefail
build=${1:-build/ci}
rounds=${2:-3}
tables=${3:-1000}
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/bench/lib/sandbox.sh"
bench_sandbox_start
bench_client_options
export BACKSTEP_JOURNAL=$work/journal.sqlite

{
    echo "CREATE DATABASE bench_schema; USE bench_schema;"
    echo "CREATE TABLE schema_migrations (version VARCHAR(128) PRIMARY KEY);"
    echo "INSERT INTO schema_migrations VALUES ('0001');"
    for t in $(seq 1 "$tables"); do
        ref=$(( t > 1 ? t - 1 : 1 ))
        printf 'CREATE TABLE t%04d (id INT PRIMARY KEY AUTO_INCREMENT, parent_id INT NULL, ' "$t"
        printf 'name VARCHAR(100) NOT NULL DEFAULT '"'"'x'"'"', created_at DATETIME NOT NULL, '
        printf 'score DECIMAL(10,2) NULL, KEY idx_t%04d_name (name(20)), ' "$t"
        printf 'KEY idx_t%04d_created (created_at, score), ' "$t"
        printf 'CONSTRAINT fk_t%04d_parent FOREIGN KEY (parent_id) REFERENCES t%04d (id) ' "$t" "$ref"
        printf 'ON DELETE SET NULL) ENGINE=InnoDB;\n'
    done
} >"$work/schema.sql"
mariadb --no-defaults -S "$sock" -uroot <"$work/schema.sql"

ms() { echo $(( $(date +%s%N) / 1000000 )); }
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ); build: $build; $tables tables; $(mariadbd --version | awk '{print $3}')"
for round in $(seq 1 "$rounds"); do
    t0=$(ms)
    mariadb-dump --defaults-file="$work/client.cnf" --no-data --routines --events --triggers \
        bench_schema >"$work/dump.sql"
    t1=$(ms)
    "$root/$build/src/cli/backstep-cli" snapshot --url "mysql://backstep@127.0.0.1:$port/bench_schema" \
        --password-file "$work/password" --json >"$work/snapshot.json"
    t2=$(ms)
    dump=$((t1 - t0)) backstep=$((t2 - t1))
    counted=$(grep -c '"kind": "table"' "$work/snapshot.json" || true)
    fks=$(grep -c '"kind": "foreign key"' "$work/snapshot.json" || true)
    echo "round $round: mariadb-dump --no-data ${dump} ms ($(wc -c <"$work/dump.sql") bytes);" \
        "backstep-cli snapshot ${backstep} ms ($(wc -c <"$work/snapshot.json") bytes, $counted tables," \
        "$fks foreign keys); ratio $(awk -v a=$backstep -v b=$dump 'BEGIN{printf "%.2f", a/b}');" \
        "load $(cut -d' ' -f1 /proc/loadavg)"
done
