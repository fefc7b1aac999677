#!/usr/bin/env bash
# Issue 3's splitter target (>= 200 MB/s), and issue 11's "at least as fast for every
# format": generates a ~100 MB SQL file from the differential corpus (tests/data/splitter,
# every construct, the delimiter reset to `;` between files) in a temporary folder and
# times bench_splitter on it next to `cat` and `wc -l` of the same file, in the same run:
# the mysql client's splitting (StatementSplitter) alone, then the whole text as one
# migration of each format, read by that format's reader (FORMATS, default all). Each with
# the `mariadb` client's rules and, where the client decides (the splitter alone, plain,
# sqitch), again with MySQL's `mysql` client's (CLIENTS, default "mariadb mysql"); every
# bench line is preceded by the load average when it starts. Needs a
# release build with the bench:
#   ./scripts/build release   (once: cmake --preset release -DBACKSTEP_BUILD_BENCH=ON)
#   source scripts/lib/platform.sh; in_toolchain bench/splitter-throughput.sh [build/release]
# BASELINE=/path/to/another/bench_splitter also times that build on the same file (the
# splitter alone, and each format after this build's line); in_toolchain
# passes only its own variables on, so give it through env:
#   in_toolchain env BASELINE=/path/to/bench_splitter bench/splitter-throughput.sh build/release
set -euo pipefail
build=${1:-build/release}
src=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
target_bytes=$((100 * 1000 * 1000))

# One pass over the corpus, then doubled until it reaches the target size.
for f in "$src"/tests/data/splitter/*.sql; do
    cat "$f"
    printf '\nDELIMITER ;\n'
done >"$work/mix.sql"
while [ "$(stat -c %s "$work/mix.sql")" -lt "$target_bytes" ]; do
    cat "$work/mix.sql" "$work/mix.sql" >"$work/mix2.sql"
    mv "$work/mix2.sql" "$work/mix.sql"
done
head -c "$target_bytes" "$work/mix.sql" >"$work/bench.sql"
# End on a complete line, so that nothing is cut in the middle of a string.
sed -i '$d' "$work/bench.sql"

t() {
    local s e
    s=$(date +%s%N)
    "$@" >/dev/null
    e=$(date +%s%N)
    printf '%d.%03d' $(((e - s) / 1000000000)) $(((e - s) / 1000000 % 1000))
}
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB, $(uname -r)"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
echo "file: $(stat -c %s "$work/bench.sql") bytes, $(wc -l <"$work/bench.sql") lines"
cat "$work/bench.sql" >/dev/null # warm the page cache
for round in 1 2 3; do
    echo "round $round: cat=$(t cat "$work/bench.sql")s wc-l=$(t wc -l "$work/bench.sql")s"
done
load() { cut -d' ' -f1-3 /proc/loadavg; }
clients=${CLIENTS:-mariadb mysql}
for client in $clients; do
    echo "bench_splitter ($build), client $client: load $(load)"
    "$build/bench/bench_splitter" "$work/bench.sql" 3 - "$client"
done
if [ -n "${BASELINE:-}" ]; then
    echo "baseline bench_splitter ($BASELINE): load $(load)"
    "$BASELINE" "$work/bench.sql" 3
fi
for format in ${FORMATS:-plain dbmate golang-migrate goose sql-migrate flyway liquibase sqitch db-migrate}; do
    for client in $clients; do
        # Only plain files and Sqitch's scripts go through a client's rules.
        if [ "$client" != mariadb ] && [ "$format" != plain ] && [ "$format" != sqitch ]; then
            continue
        fi
        echo "bench_splitter ($build), format $format, client $client: load $(load)," \
            "wc-l=$(t wc -l "$work/bench.sql")s"
        "$build/bench/bench_splitter" "$work/bench.sql" 3 "$format" "$client"
        if [ -n "${BASELINE:-}" ]; then
            echo "baseline bench_splitter ($BASELINE), format $format, client $client: load $(load)"
            "$BASELINE" "$work/bench.sql" 3 "$format" "$client"
        fi
    done
done
