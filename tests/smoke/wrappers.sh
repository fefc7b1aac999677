#!/usr/bin/env bash
# The wrappers scripts/backstep-cli and scripts/backstep (scripts/lib/platform.sh's
# in_toolchain) tested the way users and supervisors use them:
#
#   wrappers.sh secrets SRC BUILD_DIR MARIADB_STATE_DIR
#       BACKSTEP_PASSWORD set to a unique marker never shows in any process's command line
#       (/proc/*/cmdline sampled over and over until the command has ended): while
#       `backstep-cli validate` holds (its command waits for the test's go-ahead), and
#       while `backstep-cli backup` uses the password for real (a throwaway account of
#       the MariaDB fixture whose password is the marker; mariadb-dump included).
#   wrappers.sh signals SRC BUILD_DIR
#       `backstep-cli tail --follow FILE` started through the wrapper, followed until its
#       output shows the file, and the wrapper's PID sent SIGTERM (SIGHUP too): every
#       process of it ends. Also for a script that calls in_toolchain (not exec).
#
# Each runs in two modes: "direct" (what the wrapper does here: inside the build root,
# or on a Debian 13 host, it runs the program itself) and "namespace" (the build root's
# path: unshare, the PID namespace's init, chroot; forced with BACKSTEP_USE_BUILDROOT=1
# and BACKSTEP_BUILDROOT=/, which needs root). Every wait is for a condition, with a
# generous deadline; no sleep decides an outcome.
set -euo pipefail
what=${1:?usage: wrappers.sh secrets|signals SRC BUILD_DIR [MARIADB_STATE_DIR]}
src=${2:?} build=${3:?}
state=${4:-}
work=$(mktemp -d "${BACKSTEP_TEST_TMPDIR:-${TMPDIR:-/tmp}}/wrappers-XXXXXX")
# Only the script itself cleans up: bash runs an inherited EXIT trap in a subshell (a
# command substitution, a forked child before its exec) that a signal ends, and a stray
# signal to one of those must not remove the folder the next case writes into.
trap '[ "$BASHPID" != "$$" ] || rm -rf "$work"' EXIT
export BACKSTEP_BUILD_DIR=$build XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config
export BACKSTEP_JOURNAL=$work/journal.sqlite
cli=$src/scripts/backstep-cli
failures=0

fail() {
    echo "wrappers: FAIL: $*" >&2
    failures=$((failures + 1))
}

# Polls until "$@" succeeds; false after the deadline (seconds, default 120).
wait_for() {
    local deadline=$((SECONDS + ${WAIT_SECONDS:-120}))
    until "$@"; do
        [ "$SECONDS" -lt "$deadline" ] || return 1
        sleep 0.05
    done
}

modes=(direct)
if [ "$(id -u)" -eq 0 ] || sudo -n true 2>/dev/null; then
    modes+=(namespace)
else
    echo "wrappers: namespace mode skipped (needs root or password-less sudo)"
fi

# Runs the wrapper (or another command) in MODE, in place of the calling (background)
# subshell, so that $! is the wrapper's own PID.
in_mode() {
    local mode=$1
    shift
    if [ "$mode" = namespace ]; then
        BACKSTEP_USE_BUILDROOT=1 BACKSTEP_BUILDROOT=/ exec "$@"
    else
        BACKSTEP_USE_BUILDROOT=auto exec "$@"
    fi
}

# The PIDs whose command line contains a line of the pattern file $1 (fixed strings).
# The patterns come from a file: the grep's own command line must not hold them.
pids_matching() {
    grep -l -F -f "$1" /proc/[0-9]*/cmdline 2>/dev/null | cut -d/ -f3 || true
}

# True when no process's command line holds a line of the pattern file $1 (asked again
# at every poll of wait_for, not once when the wait begins).
none_matching() {
    [ -z "$(pids_matching "$1")" ]
}

# Samples every process's command line while PID runs, until one holds the marker
# (then $leaked has those command lines, the marker masked). Counts the samples in
# $samples, and in $seen those taken once $work/ready exists (then, after 40 of them,
# it creates $work/go).
sample_while_running() {
    local pid=$1 marker=$2 found p
    samples=0 seen=0 leaked=''
    while kill -0 "$pid" 2>/dev/null; do
        found=$(pids_matching "$work/marker")
        if [ -n "$found" ]; then
            for p in $found; do
                leaked+=$'\n  '$(tr '\0' ' ' <"/proc/$p/cmdline" 2>/dev/null | sed "s/$marker/<PASSWORD>/g")
            done
            return
        fi
        samples=$((samples + 1))
        if [ -e "$work/ready" ]; then
            seen=$((seen + 1))
            [ "$seen" -lt 40 ] || touch "$work/go"
        fi
    done
}

secrets() {
    [ -n "$state" ] && [ -f "$state/port" ] || { fail "no MariaDB fixture at '$state'"; return; }
    local marker=bs-secret-$RANDOM$RANDOM-$$-$(date +%s%N)
    printf '%s\n' "$marker" >"$work/marker"
    # A throwaway account whose password is the marker, made over the socket with the
    # fixture's own account (its password in a 0600 option file, the SQL on stdin).
    (umask 077 && printf '[client]\npassword=%s\n' "$(cat "$state/password")" >"$work/fixture.cnf")
    local db=wrappers_$RANDOM$RANDOM user=secret_probe_$RANDOM
    mariadb --defaults-extra-file="$work/fixture.cnf" --skip-ssl --socket="$(cat "$state/socket")" \
        -ubackstep <<SQL
CREATE DATABASE $db;
CREATE TABLE $db.t (id INT PRIMARY KEY, note VARCHAR(40));
INSERT INTO $db.t VALUES (1, 'one'), (2, 'two');
CREATE USER '$user'@'127.0.0.1' IDENTIFIED BY '$marker';
GRANT ALL PRIVILEGES ON *.* TO '$user'@'127.0.0.1';
SQL
    local url="mysql://$user@127.0.0.1:$(cat "$state/port")/$db"

    local mode
    for mode in "${modes[@]}"; do
        # 1. A command held open until the sampler has seen it running many times.
        rm -f "$work/ready" "$work/go"
        BACKSTEP_PASSWORD=$marker in_mode "$mode" "$cli" validate \
            --command "touch '$work/ready'; until [ -e '$work/go' ]; do sleep 0.05; done" \
            --timeout 600 >"$work/validate.out" 2>&1 &
        local pid=$! seen=0
        sample_while_running "$pid" "$marker"
        touch "$work/go"
        wait "$pid" || true
        if [ -n "$leaked" ]; then
            fail "$mode: the password is on the command line of: $leaked"
        elif [ "$seen" -lt 40 ]; then
            fail "$mode: validate ended before it was sampled ($seen samples): $(cat "$work/validate.out")"
        else
            echo "wrappers: $mode: validate: $samples samples, $seen with the command running, no password"
        fi

        # 2. The password used for real: a backup through mariadb-dump.
        mkdir -p "$work/backups-$mode"
        BACKSTEP_PASSWORD=$marker in_mode "$mode" "$cli" backup --url "$url" \
            --dir "$work/backups-$mode" >"$work/backup.out" 2>&1 &
        pid=$!
        sample_while_running "$pid" "$marker"
        local status=0
        wait "$pid" || status=$?
        if [ -n "$leaked" ]; then
            fail "$mode: the password is on the command line of: $leaked"
        elif [ "$status" -ne 0 ]; then
            fail "$mode: backup exited $status: $(cat "$work/backup.out")"
        elif ! tail -n 1 "$work/backups-$mode"/*.sql | grep -q '^-- Dump completed'; then
            fail "$mode: the backup is not complete"
        else
            echo "wrappers: $mode: backup: $samples samples, no password"
        fi
    done
    mariadb --defaults-extra-file="$work/fixture.cnf" --skip-ssl --socket="$(cat "$state/socket")" \
        -ubackstep -e "DROP USER '$user'@'127.0.0.1'; DROP DATABASE $db"
}

# Starts a follower of a fresh file with "$@" (a command taking the file last), waits
# until it prints the file, sends SIGNAL to the PID it was started as, and waits for
# every process whose command line names the file to end.
follow_and_kill() {
    local label=$1 signal=$2
    shift 2
    local file=$work/follow-$RANDOM$RANDOM.log
    printf 'first line of %s\n' "$label" >"$file"
    printf '%s\n' "$file" >"$work/pattern"
    "$@" "$file" >"$work/follow.out" 2>&1 &
    local pid=$!
    if ! wait_for grep -q "first line of $label" "$work/follow.out"; then
        fail "$label: the follower never printed the file: $(cat "$work/follow.out")"
        kill -KILL $(pids_matching "$work/pattern") 2>/dev/null || true
        return
    fi
    kill -s "$signal" "$pid"
    local status=0
    wait "$pid" || status=$?
    if ! WAIT_SECONDS=60 wait_for none_matching "$work/pattern"; then
        fail "$label: SIG$signal to the wrapper left running: $(for p in $(pids_matching "$work/pattern"); do
            tr '\0' ' ' <"/proc/$p/cmdline"; echo; done)"
        kill -KILL $(pids_matching "$work/pattern") 2>/dev/null || true
    else
        echo "wrappers: $label: SIG$signal to the wrapper (exit $status) ended every process"
    fi
}

signals() {
    local mode exe=$build/src/cli/backstep-cli
    for mode in "${modes[@]}"; do
        follow_and_kill "$mode wrapper" TERM in_mode "$mode" "$cli" tail --follow
        follow_and_kill "$mode wrapper" HUP in_mode "$mode" "$cli" tail --follow
        # A script that calls in_toolchain and goes on afterwards.
        follow_and_kill "$mode in_toolchain" TERM in_mode "$mode" bash -c \
            'source "$0/scripts/lib/platform.sh"; in_toolchain "$1" tail --follow "$2"; echo after' \
            "$src" "$exe"
    done
}

case "$what" in
secrets) secrets ;;
signals) signals ;;
*)
    echo "usage: wrappers.sh secrets|signals SRC BUILD_DIR [MARIADB_STATE_DIR]" >&2
    exit 2
    ;;
esac
[ "$failures" -eq 0 ] || exit 1
echo "wrappers: $what: all passed"
