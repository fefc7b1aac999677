#!/usr/bin/env bash
# Issue 5's comparison: 5,000 DML statements in DOWN sections (50 migrations of 100 UPDATEs)
# through `backstep-cli rollback` against `mariadb DB < the same statements`, timed in the
# same run, each on a fresh copy of the same database.
#   source scripts/lib/platform.sh; in_toolchain bench/rollback-5000.sh [build dir] [rounds]
set -euo pipefail
build=${1:-build/ci}
rounds=${2:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/bench/lib/sandbox.sh"
bench_sandbox_start
migrations=50 per=100
mkdir -p "$work/migrations"
: >"$work/down.sql"
for m in $(seq 1 $migrations); do
    f=$(printf '%s/migrations/%04d_bench_%d.sql' "$work" "$m" "$m")
    { echo "-- UP"; echo "SELECT 1;"; echo; echo "-- DOWN"
      for s in $(seq 1 $per); do echo "UPDATE t SET v = v + $s WHERE id = $(( (m * per + s) % 5000 + 1 ));"; done
    } >"$f"
done
# The client gets the DOWN sections in rollback order: most recent migration first.
for m in $(seq $migrations -1 1); do
    f=$(printf '%s/migrations/%04d_bench_%d.sql' "$work" "$m" "$m")
    sed -n '/^-- DOWN/,$p' "$f" | tail -n +2 >>"$work/down.sql"
done
statements=$(grep -c '^UPDATE' "$work/down.sql")
bench_client_options
export BACKSTEP_JOURNAL=$work/journal.sqlite

fresh() {
    mariadb --no-defaults -S "$sock" -uroot -e "
        DROP DATABASE IF EXISTS $1; CREATE DATABASE $1; USE $1;
        CREATE TABLE t (id INT PRIMARY KEY, v BIGINT NOT NULL) ENGINE=InnoDB;
        INSERT INTO t SELECT seq, 0 FROM seq_1_to_5000;
        CREATE TABLE schema_migrations (version VARCHAR(128) PRIMARY KEY);
        INSERT INTO schema_migrations SELECT LPAD(seq, 4, '0') FROM seq_1_to_$migrations;"
}
ms() { echo $(( $(date +%s%N) / 1000000 )); }
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ); build: $build; $statements statements in $migrations migrations"
for round in $(seq 1 "$rounds"); do
    fresh bench_client
    t0=$(ms)
    mariadb --defaults-file="$work/client.cnf" bench_client <"$work/down.sql"
    t1=$(ms)
    fresh bench_backstep
    t2=$(ms)
    "$root/$build/src/cli/backstep-cli" rollback --url "mysql://backstep@127.0.0.1:$port/bench_backstep" \
        --password-file "$work/password" --migrations "$work/migrations" --steps $migrations \
        --yes --no-backup --confirm bench_backstep --json >"$work/out.json"
    t3=$(ms)
    grep -q '"result": "done"' "$work/out.json" || { cat "$work/out.json"; exit 1; }
    same=$(mariadb --no-defaults -S "$sock" -uroot -N -e "SELECT (SELECT SUM(v) FROM bench_client.t) = (SELECT SUM(v) FROM bench_backstep.t)")
    client=$((t1 - t0)) backstep=$((t3 - t2))
    echo "round $round: mariadb < file ${client} ms; backstep-cli rollback ${backstep} ms; ratio $(awk -v a=$backstep -v b=$client 'BEGIN{printf "%.2f", a/b}'); same data: $same"
done
