#!/usr/bin/env bash
# Issue 15: first paint of the main window on the demo (the real launcher, `--demo`) and
# idle memory, next to a bare QMainWindow from the same build, several rounds each,
# alternating. Offscreen platform, fresh settings and demo workspace per round.
# Needs a Release build configured with -DBACKSTEP_BUILD_BENCH=ON (target bench_firstpaint):
#   source scripts/lib/platform.sh
#   in_toolchain bash -c 'cmake --preset release -DBACKSTEP_BUILD_BENCH=ON >/dev/null &&
#       cmake --build build/release --target bench_firstpaint'
#   in_toolchain bench/first-paint.sh [build dir, default build/release] [rounds, default 5]
set -euo pipefail
build=${1:-build/release}
rounds=${2:-5}
exe=$build/bench/bench_firstpaint
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=$work/run
mkdir -m 700 "$work/run"
run() {
    rm -rf "$work/data" "$work/config"
    XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config BENCH_T0_NS=$(date +%s%N) \
        "$exe" "$@" 2>/dev/null
}
run --demo >/dev/null # warm the page cache: every round measures a warm start
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(uname -r)"
for round in $(seq 1 "$rounds"); do
    echo "round $round bare QMainWindow: $(run --bare)"
    echo "round $round backstep --demo:  $(run --demo)"
done
