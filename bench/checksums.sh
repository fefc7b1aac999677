#!/usr/bin/env bash
# Issue 13's comparison: chunked checksums of "untouched" tables (TableChecksummer: the
# first snapshot, which finds the chunks while summing them, and the second over the same
# ranges) against CHECKSUM TABLE of the same tables, timed in the same run, on a server
# of its own. Three tables of ROWS rows each: integers, text, a date-time, a nullable
# column, a JSON document. CHUNK_ROWS fixes the rows per chunk (0, the default: sized to a
# time each, as the product does; CHUNK_MS that time, 0 for the product's default;
# CONNECTIONS how many connections sum at once, 0 for the product's default). Prints wall
# time and the server's CPU time of each.
#   source scripts/lib/platform.sh; in_toolchain bench/checksums.sh [build dir] [rounds] [rows] [chunk rows] [chunk ms] [connections]
set -euo pipefail
build=${1:-build/release}
rounds=${2:-5}
rows=${3:-300000}
chunk_rows=${4:-0}
chunk_ms=${5:-0}
connections=${6:-0}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
state=$work/server
cleanup() { "$root/tests/support/mariadb-sandbox" stop "$state" >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
"$root/tests/support/mariadb-sandbox" start "$state" >/dev/null
port=$(cat "$state/port")
sock=$state/mysqld.sock
head -1 "$state/password" >"$work/password"

{
    echo "CREATE DATABASE bench_checksums; USE bench_checksums;"
    echo "SET SESSION max_recursive_iterations = 100000000;"
    for t in readings events notes; do
        echo "CREATE TABLE $t (id BIGINT PRIMARY KEY, user_id INT NOT NULL, value INT NOT NULL,"
        echo "  label VARCHAR(80) NOT NULL, note TEXT NULL, at DATETIME NOT NULL, doc JSON NULL) ENGINE=InnoDB;"
        echo "INSERT INTO $t WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $rows)"
        echo "  SELECT i, i % 997, (i * 7919) % 100000, CONCAT('label ', MD5(i)),"
        echo "  IF(i % 5 = 0, NULL, REPEAT(CONCAT(CHAR(65 + i % 26), ' word '), 1 + i % 7)),"
        echo "  TIMESTAMP('2026-01-01') + INTERVAL i SECOND,"
        echo "  IF(i % 3 = 0, NULL, JSON_OBJECT('n', i, 'tags', JSON_ARRAY('a', i % 13))) FROM n;"
    done
} >"$work/data.sql"
mariadb --no-defaults -S "$sock" -uroot <"$work/data.sql"

echo "machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ); build: $build; 3 tables x $rows rows; $(mariadbd --version | awk '{print $3}')"
"$root/$build/bench/bench_checksums" "mysql://backstep@127.0.0.1:$port/bench_checksums" \
    "$work/password" readings,events,notes "$rounds" "$chunk_rows" \
    "$(cat "$state/mariadbd.pid")" "$chunk_ms" "$connections"
