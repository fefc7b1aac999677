#!/usr/bin/env bash
# The rollback runner's soak: backstep-cli rolls back three migrations of
# tests/data/rollback, killed with SIGKILL after a random time within a clean run's length,
# then resumed until done; every trial must end in the clean run's state (schema, history,
# every table's checksum), with every DOWN statement having taken effect exactly once (the
# server's general log: a data statement counts when its connection commits it). Random
# timing belongs here, not in the test suite: tests/integration/tst_rollback_failpoints
# decides its crash points with failpoints. Reports how many kills landed before, during
# and after the run.
#   source scripts/lib/platform.sh; in_toolchain bench/rollback-soak.sh [build dir] [trials]
set -euo pipefail
build=${1:-build/ci}
trials=${2:-30}
root=$(cd "$(dirname "$0")/.." && pwd)
cli=$root/$build/src/cli/backstep-cli
source_dir=$root/tests/data/rollback/migrations
source "$root/bench/lib/sandbox.sh"
bench_sandbox_start
root_sql() { mariadb --no-defaults --skip-ssl -S "$sock" -uroot -N -B "$@"; }
root_sql -e "SET GLOBAL log_output = 'TABLE'; SET GLOBAL general_log = 1"

# A database with every migration applied the way a tool would have (dbmate history).
apply() {
    local db=$1
    root_sql -e "CREATE DATABASE $db"
    {
        echo "CREATE TABLE schema_migrations (version VARCHAR(128) PRIMARY KEY);"
        for f in "$source_dir"/*.sql; do
            sed -n '/^-- UP/,/^-- DOWN/p' "$f" | sed '1d;$d'
            echo "INSERT INTO schema_migrations VALUES ('$(basename "$f" | cut -d_ -f1)');"
        done
    } | root_sql "$db"
}
# Schema (less AUTO_INCREMENT counters and Backstep's table), history, every table's checksum.
state_of() {
    local db=$1
    {
        mariadb-dump --no-defaults --skip-ssl -S "$sock" -uroot --no-data --skip-comments \
            --routines --triggers --events --ignore-table="$db.backstep_rollback_progress" "$db" |
            sed -e 's/ AUTO_INCREMENT=[0-9]*//' -e "s/$db/DB/g"
        root_sql "$db" -e "SELECT GROUP_CONCAT(version ORDER BY version) FROM schema_migrations"
        for t in $(root_sql "$db" -e "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' AND TABLE_NAME <> 'backstep_rollback_progress' ORDER BY 1"); do
            root_sql "$db" -e "CHECKSUM TABLE \`$t\` EXTENDED"
        done
        root_sql "$db" -e "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'backstep_rollback_progress'"
    } | sed "s/$db/DB/g" | sha256sum | cut -d' ' -f1
}
# How many times each DOWN statement took effect through Backstep's connections to $db;
# prints the statements that did not take effect exactly once.
not_once() {
    local db=$1
    root_sql -e "SELECT g.thread_id, g.command_type, g.argument FROM mysql.general_log g
        WHERE g.thread_id IN (SELECT c.thread_id FROM mysql.general_log c
            WHERE c.command_type = 'Connect' AND c.argument LIKE 'backstep@% on $db %')" |
    awk -F'\t' '
        function settle(t,   i) { for (i = 1; i <= n[t]; i++) count[p[t, i]]++; n[t] = 0 }
        $2 == "Quit" { n[$1] = 0; intx[$1] = 0; next }
        $2 != "Query" { next }
        {
            t = $1; s = $3; u = toupper(s)
            if (u ~ /^(START TRANSACTION|BEGIN)$/) { intx[t] = 1; next }
            if (u == "COMMIT") { settle(t); intx[t] = 0; next }
            if (u == "ROLLBACK") { n[t] = 0; intx[t] = 0; next }
            if (s ~ /backstep_rollback_progress/ || u ~ /^(SET|SELECT|SHOW|KILL|DO)[ (]/) next
            if (u ~ /^(ALTER|CREATE|DROP|RENAME|TRUNCATE)[ ]/) { settle(t); intx[t] = 0; count[s]++; next }
            if (u ~ /^(UPDATE|INSERT|DELETE|REPLACE)[ ]/) {
                if (intx[t]) p[t, ++n[t]] = s; else count[s]++
            }
        }
        END { for (s in count) if (count[s] != 1) printf "%d times: %s\n", count[s], s }'
}
ms() { echo $(( $(date +%s%N) / 1000000 )); }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ); build: $build; $trials trials"
export BACKSTEP_JOURNAL
password_file=$state/password
url() { echo "mysql://backstep@127.0.0.1:$port/$1"; }
rollback() {
    local db=$1; shift
    "$cli" rollback --url "$(url "$db")" --password-file "$password_file" \
        --migrations "$work/migrations" "$@"
}
mkdir -p "$work/migrations"
cp "$source_dir"/*.sql "$work/migrations/"

BACKSTEP_JOURNAL=$work/clean.sqlite
apply soak_clean
t0=$(ms)
rollback soak_clean --steps 3 --yes --no-backup --confirm soak_clean >/dev/null
clean_ms=$(( $(ms) - t0 ))
expected=$(state_of soak_clean)
echo "clean run: $clean_ms ms"

before=0 during=0 after=0 failures=0
for trial in $(seq 1 "$trials"); do
    db=soak_$trial
    BACKSTEP_JOURNAL=$work/journal-$trial.sqlite
    apply "$db"
    delay=$(( RANDOM % (clean_ms + 1) ))
    # exec: the PID killed is backstep-cli's own, not a subshell's that would leave it running.
    (exec "$cli" rollback --url "$(url "$db")" --password-file "$password_file" \
        --migrations "$work/migrations" --steps 3 --yes --no-backup --confirm "$db") \
        >"$work/out-$trial" 2>&1 &
    pid=$!
    sleep "$(awk -v d=$delay 'BEGIN { printf "%.3f", d / 1000 }')"
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    run=$(grep -oE '^run [0-9a-f-]{36}:' "$work/out-$trial" | head -1 | cut -c5-40 || true)
    if [ -z "$run" ]; then
        before=$((before + 1))
        rollback "$db" --steps 3 --yes --no-backup --confirm "$db" >"$work/again-$trial" 2>&1 ||
            { echo "trial $trial: the new run failed: $(tail -3 "$work/again-$trial")"; failures=$((failures + 1)); continue; }
    elif grep -q '^rolled back:' "$work/out-$trial"; then
        after=$((after + 1))
    else
        ok=
        for attempt in 1 2 3; do
            if rollback "$db" --resume "$run" >"$work/resume-$trial" 2>&1; then ok=1; break; fi
            grep -qE "handshake|Can't connect" "$work/resume-$trial" || break
        done
        if [ -z "$ok" ] && grep -q "is done:" "$work/resume-$trial"; then
            after=$((after + 1)) # it finished just before the kill, before saying so
        elif [ -n "$ok" ]; then
            during=$((during + 1))
        else
            echo "trial $trial (killed after $delay ms): $(tail -3 "$work/resume-$trial")"
            failures=$((failures + 1))
            continue
        fi
    fi
    got=$(state_of "$db")
    twice=$(not_once "$db")
    if [ "$got" != "$expected" ] || [ -n "$twice" ]; then
        echo "trial $trial (killed after $delay ms): state $([ "$got" = "$expected" ] && echo same || echo DIFFERENT); $twice"
        failures=$((failures + 1))
    fi
done
echo "kills: $before before the run, $during during it, $after after it; failures: $failures"
[ "$failures" -eq 0 ]
