#!/usr/bin/env bash
# Issue 2's loading target: a folder of 10,000 migrations with a 10,000-row history must
# appear within a second. Times backstep-cli parse / status and the window (load + first
# paint to a PNG) on generated data, next to `cat` and `wc -l` of the same files for scale.
#   source scripts/lib/platform.sh; in_toolchain bench/load-10k.sh [build dir, default build/dev]
set -euo pipefail
build=${1:-build/dev}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
n=10000
mkdir -p "$work/migrations"
for i in $(seq 1 $n); do
    printf -- '-- UP\nCREATE TABLE t%d (id INT PRIMARY KEY, note VARCHAR(40));\nCREATE INDEX i%d ON t%d (note);\n-- DOWN\nDROP INDEX i%d;\nDROP TABLE t%d;\n' \
        "$i" "$i" "$i" "$i" "$i" >"$work/migrations/$(printf '%05d' "$i")_create_t$i.sql"
done
{
    echo "CREATE TABLE goose_db_version (id INTEGER PRIMARY KEY AUTOINCREMENT, version_id INTEGER, is_applied INTEGER, tstamp TIMESTAMP);"
    echo "BEGIN;"
    for i in $(seq 1 $n); do echo "INSERT INTO goose_db_version (version_id, is_applied, tstamp) VALUES ($i, 1, '2026-11-01 10:00:00');"; done
    echo "COMMIT;"
} >"$work/history.sql"
"$build/src/cli/backstep-cli" demo --dir "$work/demo" >/dev/null
rm "$work/demo/heartguard.sqlite"
sqlite_db=$work/history.sqlite
# No sqlite3 binary is needed: backstep-cli's QSQLITE opens the file; create it with Qt.
python3 - "$sqlite_db" "$work/history.sql" 2>/dev/null <<'PY' || { echo "python3 with sqlite3 required"; exit 1; }
import sqlite3, sys
con = sqlite3.connect(sys.argv[1]); con.executescript(open(sys.argv[2]).read()); con.close()
PY

t() {
    local s e
    s=$(date +%s%N)
    "$@" >/dev/null 2>&1
    e=$(date +%s%N)
    printf '%d.%03d' $(((e - s) / 1000000000)) $(((e - s) / 1000000 % 1000))
}
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB, $(uname -r)"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
for round in 1 2 3; do
    echo "round $round:" \
        "cat=$(t cat "$work"/migrations/*.sql)s" \
        "wc-l=$(t wc -l "$work"/migrations/*.sql)s" \
        "parse=$(t "$build/src/cli/backstep-cli" parse --migrations "$work/migrations" --json)s" \
        "status=$(t "$build/src/cli/backstep-cli" status --url "sqlite:$sqlite_db" --migrations "$work/migrations" --json)s" \
        "window=$(QT_QPA_PLATFORM=offscreen t "$build/src/app/backstep" --url "sqlite:$sqlite_db" --migrations "$work/migrations" --select 05000 --screenshot "$work/w.png")s"
done
