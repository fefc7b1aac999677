#!/usr/bin/env bash
# Issue 7's log tail: the last 1,000 lines of a 2 GB log (the panel and backstep-cli tail,
# next to `tail -n 1000` on the same file), then a writer appending 100,000 lines a second
# for 10 seconds to a file the panel follows: lines lost, peak memory, longest GUI stall.
# Needs a build configured with -DBACKSTEP_BUILD_BENCH=ON (target logtail-bench).
#   source scripts/lib/platform.sh; in_toolchain bench/logtail.sh [build dir, default build/dev]
set -euo pipefail
build=${1:-build/dev}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
big=$work/big.log
# `yes` ends by SIGPIPE when head has enough: not a failure here.
{ yes "2026-11-24 01:00:00 INFO request handled in 12 ms path=/api/v1/items user=42 status=200" || true; } |
    head -c $((2 * 1024 * 1024 * 1024)) >"$big"
echo >>"$big"
seq 1 2000 | awk '{ printf "2026-11-24 02:00:00 WARN tail line %d\n", $1 }' >>"$big"
echo "file: $(du -h --apparent-size "$big" | cut -f1) $(wc -c <"$big") bytes"
echo 3 >/proc/sys/vm/drop_caches 2>/dev/null || true # a cold cache when allowed

TIMEFORMAT=%R
for round in 1 2 3; do
    t_tail=$( { time tail -n 1000 "$big" >"$work/tail.out"; } 2>&1)
    t_cli=$( { time "$build/src/cli/backstep-cli" tail "$big" --lines 1000 >"$work/cli.out"; } 2>&1)
    cmp -s "$work/tail.out" "$work/cli.out" && same=identical || same=DIFFERENT
    echo "round $round: tail -n 1000 ${t_tail} s, backstep-cli tail --lines 1000 ${t_cli} s (output $same)"
done
"$build/bench/logtail-bench" open "$big" 1000
rm -f "$big"
"$build/bench/logtail-bench" follow "$work/follow.log" 100000 10
