#!/usr/bin/env bash
# Issue 13's backup and rehearsal aims, each against its plain counterpart in the same run:
#   targeted  `backstep-cli backup --targeted` (the plan touches t01, one table of 20, ~5 %)
#             against the full dump: `mariadb-dump > file` and `backstep-cli backup`
#   compress  `backstep-cli backup --compress zstd` against `mariadb-dump … | gzip` and
#             `mariadb-dump … | zstd -T0` (the dump options Backstep uses)
#   restore   the rehearsal's restore (DumpRestorer, bench_restore) of a Backstep backup
#             against `mariadb DB < the same file`, each into an emptied database
# on a generated database of MB megabytes of dump text (bench/lib/mixed-data.sh: 20 tables of
# mixed text, numbers and JSON, seeded, so every run has the same rows).
#   source scripts/lib/platform.sh; in_toolchain bench/playbook-backups.sh \
#       [build dir] [MB] [rounds] [targeted,compress,restore]
# (the build dir relative to the checkout, or absolute: a copy of src/cli/backstep-cli and
# bench/bench_restore elsewhere lets a long run go on while the build dir is rebuilt)
# Within a round the programs take turns at going first (a rotation), and the load average
# before each one is printed with it: on a shared machine compare within a round and take
# medians. BACKSTEP_BENCH_KEEP=DIR keeps the generated server between runs (as
# bench/backup-1g.sh does). BASELINE=DIR (a build dir, or a copy of its src/cli/backstep-cli
# and bench/bench_restore under DIR) also times that build's `backup --compress zstd` and
# restore in the same rotation: the code before a change against the code after it, in
# the same rounds.
set -euo pipefail
build=${1:-build/release}
megabytes=${2:-1024}
rounds=${3:-3}
parts=${4:-targeted,compress,restore}
root=$(cd "$(dirname "$0")/.." && pwd)
sandbox=$root/tests/support/mariadb-sandbox
case $build in /*) binaries=$build ;; *) binaries=$root/$build ;; esac
cli=$binaries/src/cli/backstep-cli
restorer=$binaries/bench/bench_restore
work=$(mktemp -d)
keep=${BACKSTEP_BENCH_KEEP:-}
state=${keep:+$keep/mixed-$megabytes}
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
root_sql() { mariadb --no-defaults -S "$sock" -uroot "$@"; }
if [ -n "$keep" ] && [ -f "$state/generated" ]; then
    "$sandbox" resume "$state" >/dev/null
else
    "$sandbox" start "$state" >/dev/null
    # shellcheck source=bench/lib/mixed-data.sh
    . "$root/bench/lib/mixed-data.sh"
    generate_mixed_data "$sock" bench "$megabytes" 20 13
    root_sql bench -e "CREATE TABLE schema_migrations (version VARCHAR(128) PRIMARY KEY);
        INSERT INTO schema_migrations VALUES ('0001'); ANALYZE TABLE $(printf 't%02d,' $(seq 1 20))schema_migrations;" >/dev/null
    touch "$state/generated"
fi
port=$(cat "$state/port")
head -1 "$state/password" >"$work/password"
url="mysql://backstep@127.0.0.1:$port/bench"
printf '[client]\nuser=backstep\npassword=%s\nhost=127.0.0.1\nport=%s\n' "$(cat "$work/password")" "$port" >"$work/client.cnf"
chmod 600 "$work/client.cnf"
export BACKSTEP_JOURNAL=$work/journal.sqlite
mkdir -p "$work/migrations"
printf -- '-- UP\nUPDATE t01 SET status = '"'"'paid'"'"' WHERE id = 1;\n\n-- DOWN\nUPDATE t01 SET status = '"'"'new'"'"' WHERE id = 1;\n' \
    >"$work/migrations/0001_touch_t01.sql"
dump_options=(--single-transaction --quick --routines --triggers --events)

ms() { echo $(($(date +%s%N) / 1000000)); }
load() { cut -d' ' -f1-3 /proc/loadavg; }
size() { stat -c %s "$1"; }
# Untimed before each program: what the previous one wrote is on disk, not written back
# during the next one's timing.
settle() { sync; }
declare -A took loads
timed() { # NAME COMMAND…: runs it, keeps its time and the load before it
    local name=$1 s
    shift
    settle
    loads[$name]=$(load)
    s=$(ms)
    "$@"
    took[$name]=$(($(ms) - s))
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{printf "%.3f", a/b}'; }
# The programs of a round in rotation: round r starts with the (r-1)th.
rotate() {
    local round=$1
    shift
    local n=$# i
    local list=("$@")
    for i in $(seq 0 $((n - 1))); do echo "${list[$(((round - 1 + i) % n))]}"; done
}

plain_dump() { mariadb-dump --defaults-extra-file="$work/client.cnf" "${dump_options[@]}" bench >"$work/plain.sql"; }
plain_gzip() { mariadb-dump --defaults-extra-file="$work/client.cnf" "${dump_options[@]}" bench | gzip >"$work/plain.sql.gz"; }
plain_zstd() { mariadb-dump --defaults-extra-file="$work/client.cnf" "${dump_options[@]}" bench | zstd -q -T0 >"$work/plain.sql.zst"; }
backup() { # DIR [backup options…]
    local dir=$1
    shift
    rm -rf "$dir"
    "$cli" backup --url "$url" --password-file "$work/password" --dir "$dir" "$@" >/dev/null
}
full_backup() { backup "$work/full"; }
targeted_backup() { backup "$work/targeted" --targeted --migrations "$work/migrations" --steps 1; }
zstd_backup() { backup "$work/zstd" --compress zstd; }
baseline=${BASELINE:-}
baseline_zstd_backup() {
    rm -rf "$work/zstd-baseline"
    "$baseline/src/cli/backstep-cli" backup --url "$url" --password-file "$work/password" \
        --dir "$work/zstd-baseline" --compress zstd >/dev/null
}
the_file() { find "$1" -name '*.sql*' ! -name '*.partial' | head -1; }
emptied() { root_sql -e "DROP DATABASE IF EXISTS $1; CREATE DATABASE $1; GRANT ALL ON $1.* TO 'backstep'@'127.0.0.1'; GRANT ALL ON $1.* TO 'backstep'@'localhost';"; }
client_restore() { mariadb --defaults-extra-file="$work/client.cnf" bench_restore_client <"$restore_file"; }
ours_restore() { "$restorer" "$url" "$work/password" "$restore_file" bench_restore_ours; }
baseline_restore() { "$baseline/bench/bench_restore" "$url" "$work/password" "$restore_file" bench_restore_baseline; }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB; $(mariadbd --version | awk '{print $3}')"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ); build: $build; database: ${megabytes} MB of dump text in 20 tables; t01 is $(root_sql -N -e "SELECT ROUND(100 * SUM(IF(table_name = 't01', data_length + index_length, 0)) / SUM(data_length + index_length), 1) FROM information_schema.TABLES WHERE table_schema = 'bench'") % of it (information_schema)"

if [[ ,$parts, == *,targeted,* ]]; then
    for round in $(seq 1 "$rounds"); do
        for p in $(rotate "$round" plain_dump full_backup targeted_backup); do timed "$p" "$p"; done
        echo "targeted round $round: mariadb-dump > file ${took[plain_dump]} ms (load ${loads[plain_dump]}; $(size "$work/plain.sql") bytes)," \
            "backstep-cli backup ${took[full_backup]} ms (load ${loads[full_backup]})," \
            "backstep-cli backup --targeted ${took[targeted_backup]} ms (load ${loads[targeted_backup]}; $(size "$(the_file "$work/targeted")") bytes);" \
            "targeted / plain dump $(ratio "${took[targeted_backup]}" "${took[plain_dump]}"), targeted / full backup $(ratio "${took[targeted_backup]}" "${took[full_backup]}")"
        rm -rf "$work/plain.sql" "$work/full" "$work/targeted"
    done
fi

if [[ ,$parts, == *,compress,* ]]; then
    for round in $(seq 1 "$rounds"); do
        programs=(plain_gzip plain_zstd zstd_backup)
        [ -n "$baseline" ] && programs+=(baseline_zstd_backup)
        for p in $(rotate "$round" "${programs[@]}"); do timed "$p" "$p"; done
        echo "compress round $round: dump | gzip ${took[plain_gzip]} ms (load ${loads[plain_gzip]}; $(size "$work/plain.sql.gz") bytes)," \
            "dump | zstd -T0 ${took[plain_zstd]} ms (load ${loads[plain_zstd]}; $(size "$work/plain.sql.zst") bytes)," \
            "backstep-cli backup --compress zstd ${took[zstd_backup]} ms (load ${loads[zstd_backup]}; $(size "$(the_file "$work/zstd")") bytes);" \
            "backstep / gzip pipe $(ratio "${took[zstd_backup]}" "${took[plain_gzip]}"), backstep / zstd pipe $(ratio "${took[zstd_backup]}" "${took[plain_zstd]}")" \
            "${baseline:+; baseline backstep-cli ${took[baseline_zstd_backup]} ms (load ${loads[baseline_zstd_backup]}), baseline / zstd pipe $(ratio "${took[baseline_zstd_backup]:-0}" "${took[plain_zstd]}")}"
        rm -rf "$work/plain.sql.gz" "$work/plain.sql.zst" "$work/zstd" "$work/zstd-baseline"
    done
fi

if [[ ,$parts, == *,restore,* ]]; then
    full_backup
    restore_file=$(the_file "$work/full")
    for round in $(seq 1 "$rounds"); do
        programs=(client_restore ours_restore)
        [ -n "$baseline" ] && programs+=(baseline_restore)
        for p in $(rotate "$round" "${programs[@]}"); do
            emptied "bench_restore_${p%_restore}"
            timed "$p" "$p"
        done
        same=$(root_sql -N -e "CHECKSUM TABLE bench_restore_client.t07, bench_restore_ours.t07" | awk '{print $2}' | uniq | wc -l)
        echo "restore round $round ($(size "$restore_file") bytes): mariadb DB < file ${took[client_restore]} ms (load ${loads[client_restore]})," \
            "rehearsal restore ${took[ours_restore]} ms (load ${loads[ours_restore]}); ratio $(ratio "${took[ours_restore]}" "${took[client_restore]}"); same t07: $([ "$same" = 1 ] && echo yes || echo NO)" \
            "${baseline:+; baseline restore ${took[baseline_restore]} ms (load ${loads[baseline_restore]}), baseline ratio $(ratio "${took[baseline_restore]:-0}" "${took[client_restore]}")}"
    done
fi
