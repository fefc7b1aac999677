# shellcheck shell=bash
# Shared by every script in scripts/: where the toolchain lives and how to run in it.
#
# Backstep needs Qt >= 6.5 with KF6 SyntaxHighlighting, QScintilla (Qt 6), QtKeychain and
# MariaDB 11.8 (Debian 13 packages). On a host that has them (Debian 13 or newer) we use
# the host's packages. On an older host (Debian 12) we never upgrade the system: we keep a
# Debian 13 build root made with debootstrap outside the repository and run the build,
# the tests and the programs inside it, like a toolbox container that shares the
# display, D-Bus, /home, /root, /tmp, /run, ... with the host.

set -euo pipefail

BACKSTEP_SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BACKSTEP_BUILDROOT=${BACKSTEP_BUILDROOT:-/var/lib/backstep/buildroot-trixie}
BACKSTEP_MIRROR=${BACKSTEP_MIRROR:-http://deb.debian.org/debian}
# The MySQL 9.7 root (see ensure_mysql_root) and the peer migration tools; read-only inside
# the build root at /opt/backstep/mysql and /opt/backstep/tools when present.
BACKSTEP_MYSQL_ROOT=${BACKSTEP_MYSQL_ROOT:-/var/lib/backstep/mysql-sid}
BACKSTEP_TOOLS=${BACKSTEP_TOOLS:-/var/lib/backstep/tools}

# Everything the project needs to build, test and run. Changing this list makes the next
# script run install the difference (the build root remembers the list it was given).
BACKSTEP_PACKAGES=(
    build-essential cmake ninja-build pkgconf ccache git
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins
    libqt6svg6 libqt6sql6-mysql libqt6sql6-sqlite
    libqscintilla2-qt6-dev libkf6syntaxhighlighting-dev qtkeychain-qt6-dev
    mariadb-server mariadb-client
    xvfb xauth xfonts-base fonts-dejavu-core dbus procps gnome-keyring libsecret-1-0
    appstream desktop-file-utils zstd libzstd-dev zlib1g-dev libssl-dev
    clang libclang-rt-19-dev clang-format clang-tidy lld
    poppler-utils
    kf6-breeze-icon-theme qt6-svg-plugins qt6-translations-l10n
    mandoc file
    openssl sqitch libdbd-mariadb-perl libmariadb-dev sql-migrate
)
BACKSTEP_MYSQL_PACKAGES=(mysql-server-core mysql-client-core)

say() { printf '[backstep] %s\n' "$*" >&2; }
die() {
    printf '[backstep] error: %s\n' "$*" >&2
    exit 1
}

# Root rights for apt, debootstrap and the mount namespace: as root directly, else sudo.
as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo --preserve-env "$@"; fi
}

# True when the host itself carries (or can install) the Debian 13 stack.
host_is_native() {
    case "${BACKSTEP_USE_BUILDROOT:-auto}" in
    1 | yes | true) return 1 ;;
    0 | no | false) return 0 ;;
    esac
    # shellcheck disable=SC1091
    . /etc/os-release
    if [ "${ID:-}" = debian ]; then
        case "${VERSION_CODENAME:-}" in
        bookworm | bullseye | buster | stretch) return 1 ;;
        *) return 0 ;;
        esac
    fi
    # Other systems: native when Qt 6.5+ and KF6 SyntaxHighlighting are already installed.
    [ -f /usr/lib/x86_64-linux-gnu/cmake/KF6SyntaxHighlighting/KF6SyntaxHighlightingConfig.cmake ] ||
        [ -f /usr/lib64/cmake/KF6SyntaxHighlighting/KF6SyntaxHighlightingConfig.cmake ]
}

_stamp() { printf '%s\n' "$@" | sort | sha256sum | cut -c1-16; }
packages_stamp() { _stamp "${BACKSTEP_PACKAGES[@]}"; }

ensure_native_packages() {
    local missing=() p
    for p in "${BACKSTEP_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    say "installing ${#missing[@]} missing packages: ${missing[*]}"
    as_root apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# Runs a command chrooted in ROOT with only proc, sys and dev mounted (for apt).
_root_admin_in() {
    local root=$1
    shift
    as_root unshare --mount --propagation private --pid --fork --kill-child -- \
        bash -c 'set -e; r=$1; shift
                 mount -t proc proc "$r/proc"; mount --rbind /sys "$r/sys"; mount --rbind /dev "$r/dev"
                 exec chroot "$r" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
                     DEBIAN_FRONTEND=noninteractive LANG=C.UTF-8 "$@"' \
        _ "$root" "$@"
}
_root_admin() { _root_admin_in "$BACKSTEP_BUILDROOT" "$@"; }

# Makes ROOT with `debootstrap --variant=minbase SUITE` once (in ROOT.partial, moved in
# place when complete), with SOURCES as its apt sources and APT_CONF as its apt
# configuration, and a policy-rc.d that keeps package scripts from starting services.
# A half-made root from an interrupted run is started again from scratch: the first
# stage is short, and a resumed one can hide a broken package. Its mounts (if
# debootstrap left any) are undone first so that nothing shared is ever deleted.
# The caller holds the root's lock.
_debootstrap_root() {
    local root=$1 suite=$2 sources=$3 apt_conf=$4
    [ -f "$root/.backstep-debootstrap-done" ] && return 0
    command -v debootstrap >/dev/null || {
        say "installing debootstrap on the host"
        as_root apt-get update -q
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap
    }
    if [ -d "$root.partial" ]; then
        say "removing an interrupted root at $root.partial"
        awk -v p="$root.partial" 'index($2, p) == 1 {print $2}' /proc/mounts | sort -r |
            while read -r m; do as_root umount -l "$m"; done
        as_root rm -rf --one-file-system "$root.partial"
    fi
    as_root mkdir -p "$(dirname "$root")"
    as_root unshare --mount --propagation private -- debootstrap --variant=minbase \
        --keyring=/usr/share/keyrings/debian-archive-keyring.gpg \
        "$suite" "$root.partial" "$BACKSTEP_MIRROR"
    printf '%s\n' "$sources" | as_root tee "$root.partial/etc/apt/sources.list.d/debian.sources" >/dev/null
    as_root rm -f "$root.partial/etc/apt/sources.list"
    printf '%s\n' "$apt_conf" | as_root tee "$root.partial/etc/apt/apt.conf.d/90backstep" >/dev/null
    printf '#!/bin/sh\nexit 101\n' | as_root tee "$root.partial/usr/sbin/policy-rc.d" >/dev/null
    as_root chmod 755 "$root.partial/usr/sbin/policy-rc.d"
    as_root touch "$root.partial/.backstep-debootstrap-done"
    as_root mv "$root.partial" "$root"
}

# Creates the Debian 13 build root once; completes an interrupted creation; installs
# packages added to BACKSTEP_PACKAGES since. Idempotent and quick when nothing is missing.
ensure_buildroot() {
    local root=$BACKSTEP_BUILDROOT stamp lock
    stamp=$(packages_stamp)
    if [ -f "$root/.backstep-packages-$stamp" ]; then
        cp -f /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
        return 0
    fi
    # Two scripts started at once must not both run debootstrap or apt in the root.
    exec {lock}>"${TMPDIR:-/tmp}/backstep-buildroot.lock"
    flock "$lock"
    if [ -f "$root/.backstep-packages-$stamp" ]; then
        exec {lock}>&-
        return 0
    fi
    if [ ! -f "$root/.backstep-debootstrap-done" ]; then
        say "creating the Debian 13 build root in $root (once; a few minutes)"
    fi
    _debootstrap_root "$root" trixie "Types: deb
URIs: $BACKSTEP_MIRROR
Suites: trixie trixie-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: ${BACKSTEP_MIRROR%/debian}/debian-security
Suites: trixie-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg" \
        'APT::Install-Recommends "false";
APT::Install-Suggests "false";'
    as_root cp -f /etc/resolv.conf "$root/etc/resolv.conf"
    say "installing the build root's packages (resumes where an earlier run stopped)"
    _root_admin dpkg --configure -a
    _root_admin apt-get update -q
    _root_admin apt-get install -y -q "${BACKSTEP_PACKAGES[@]}"
    _root_admin apt-get clean
    # Packages are only ever added: the stamps of earlier lists (other clones, other
    # branches) stay true and are kept, so that clones never reinstall in turn.
    as_root touch "$root/.backstep-packages-$stamp"
    exec {lock}>&-
}

# MySQL 9.7 (Oracle's server) for the tests that run against it: Debian unstable's
# mysql-server-core and mysql-client-core conflict with MariaDB and need unstable's
# libraries, so they live in a second, minimal Debian unstable root, made once (about
# 800 MB). Nothing runs chrooted there: tests/support/mysql-root runs its programs
# through that root's own dynamic loader, from the build root (which sees it read-only
# at /opt/backstep/mysql) or from a native Debian 13 host.
ensure_mysql_root() {
    local root=$BACKSTEP_MYSQL_ROOT stamp lock started=$SECONDS
    stamp=$(_stamp "${BACKSTEP_MYSQL_PACKAGES[@]}")
    [ -f "$root/.backstep-packages-$stamp" ] && return 0
    exec {lock}>"${TMPDIR:-/tmp}/backstep-mysql-root.lock"
    flock "$lock"
    if [ -f "$root/.backstep-packages-$stamp" ]; then
        exec {lock}>&-
        return 0
    fi
    say "creating the MySQL root (Debian unstable, minimal) in $root (once; a few minutes)"
    # The archive's unstable Release file can be past its Valid-Until date here.
    _debootstrap_root "$root" sid "Types: deb
URIs: $BACKSTEP_MIRROR
Suites: sid
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg" \
        'APT::Install-Recommends "false";
APT::Install-Suggests "false";
Acquire::Check-Valid-Until "false";'
    as_root cp -f /etc/resolv.conf "$root/etc/resolv.conf"
    _root_admin_in "$root" dpkg --configure -a
    _root_admin_in "$root" apt-get -o Acquire::Check-Valid-Until=false update -q
    _root_admin_in "$root" apt-get -o Acquire::Check-Valid-Until=false install -y -q \
        --no-install-recommends "${BACKSTEP_MYSQL_PACKAGES[@]}"
    _root_admin_in "$root" apt-get clean
    as_root touch "$root/.backstep-packages-$stamp"
    say "MySQL root ready: $("$BACKSTEP_SRC/tests/support/mysql-root" version) ($((SECONDS - started)) s)"
    exec {lock}>&-
}

# dbmate, a peer migration tool, from its npm package (a static binary): the tarball is
# fetched from the npm registry with curl, its sha512 checked against the integrity
# pinned here (which the registry's metadata must also name), and unpacked once into
# $BACKSTEP_TOOLS/dbmate-VERSION (inside the build root: /opt/backstep/tools/...).
BACKSTEP_DBMATE_VERSION=2.36.0
BACKSTEP_DBMATE_INTEGRITY=sha512-LdLpgyuluwJ93rWcvJjdlsjJ8rBeeAH52h3dSk0zAMaLrQn49dup1/o2tFpG1jM9f767HkuXdBrrjy6ZwG9BSg==

ensure_dbmate() {
    local v=$BACKSTEP_DBMATE_VERSION dir lock tmp meta actual
    dir=$BACKSTEP_TOOLS/dbmate-$v
    [ -x "$dir/bin/dbmate" ] && return 0
    exec {lock}>"${TMPDIR:-/tmp}/backstep-tools.lock"
    flock "$lock"
    if [ ! -x "$dir/bin/dbmate" ]; then
        say "installing dbmate $v from the npm registry into $dir"
        tmp=$(mktemp -d)
        local url="https://registry.npmjs.org/@dbmate/linux-x64/-/linux-x64-$v.tgz"
        if ! meta=$(curl -fsS --retry 3 "https://registry.npmjs.org/@dbmate/linux-x64/$v") ||
            ! curl -fsS --retry 3 -o "$tmp/dbmate.tgz" "$url"; then
            rm -rf "$tmp"
            exec {lock}>&-
            say "could not download dbmate $v (the tests that use it will say so)"
            return 1
        fi
        case "$meta" in *"\"integrity\":\"$BACKSTEP_DBMATE_INTEGRITY\""* | *"\"integrity\": \"$BACKSTEP_DBMATE_INTEGRITY\""*) ;;
        *)
            rm -rf "$tmp"
            die "the npm registry's metadata for @dbmate/linux-x64 $v names another integrity than $BACKSTEP_DBMATE_INTEGRITY"
            ;;
        esac
        # npm's integrity: "sha512-" and the base64 of the binary digest.
        actual="sha512-$(printf '%b' "$(sha512sum "$tmp/dbmate.tgz" | cut -c1-128 | sed 's/../\\x&/g')" | base64 -w0)"
        if [ "$actual" != "$BACKSTEP_DBMATE_INTEGRITY" ]; then
            rm -rf "$tmp"
            die "dbmate $v: the tarball's $actual is not the pinned $BACKSTEP_DBMATE_INTEGRITY"
        fi
        mkdir "$tmp/unpacked"
        tar -xzf "$tmp/dbmate.tgz" -C "$tmp/unpacked"
        [ -x "$tmp/unpacked/package/bin/dbmate" ] || die "dbmate $v: no package/bin/dbmate in $url"
        as_root mkdir -p "$BACKSTEP_TOOLS"
        as_root rm -rf "$dir.partial"
        as_root cp -r "$tmp/unpacked/package" "$dir.partial"
        as_root chown -R 0:0 "$dir.partial"
        as_root mv "$dir.partial" "$dir"
        rm -rf "$tmp"
    fi
    exec {lock}>&-
}

# Where dbmate is for the commands run by in_toolchain.
dbmate_path_in_toolchain() {
    if host_is_native; then
        echo "$BACKSTEP_TOOLS/dbmate-$BACKSTEP_DBMATE_VERSION/bin/dbmate"
    else
        echo "/opt/backstep/tools/dbmate-$BACKSTEP_DBMATE_VERSION/bin/dbmate"
    fi
}

ensure_toolchain() {
    if host_is_native; then ensure_native_packages; else ensure_buildroot; fi
}

# What the test suite needs beyond the toolchain: the MySQL root and the peer tools.
ensure_test_tools() {
    ensure_mysql_root
    ensure_dbmate || true
}

# Runs "$@" in the background with the caller's stdin, passes SIGINT/SIGTERM/SIGHUP
# that reach the calling script on to it, and returns its status once it has ended. A
# signal that arrived is then delivered to the calling shell itself (with its own traps
# back in place), so that the script stops as it would have.
_run_forwarding() {
    local saved status
    saved=$(trap -p INT TERM HUP)
    _backstep_child='' _backstep_signal=''
    trap '_backstep_signal=INT; kill -s INT "$_backstep_child" 2>/dev/null || true' INT
    trap '_backstep_signal=TERM; kill -s TERM "$_backstep_child" 2>/dev/null || true' TERM
    trap '_backstep_signal=HUP; kill -s HUP "$_backstep_child" 2>/dev/null || true' HUP
    "$@" <&0 &
    _backstep_child=$!
    [ -z "$_backstep_signal" ] || kill -s "$_backstep_signal" "$_backstep_child" 2>/dev/null || true
    while :; do
        wait "$_backstep_child" && status=0 || status=$?
        kill -0 "$_backstep_child" 2>/dev/null || break
    done
    trap - INT TERM HUP
    eval "$saved"
    [ -z "$_backstep_signal" ] || kill -s "$_backstep_signal" "$BASHPID"
    return "$status"
}

# The command that runs "$@" inside the build root (see scripts/lib/toolchain-ns), in
# the array _backstep_chain. Only names, paths and ids are arguments: the environment's
# values (BACKSTEP_PASSWORD among them) travel in the environment through every hop.
_toolchain_chain() {
    local mysql_root='' tools='' propagation=private
    [ -x "$BACKSTEP_MYSQL_ROOT/usr/sbin/mysqld" ] && mysql_root=$BACKSTEP_MYSQL_ROOT
    [ -d "$BACKSTEP_TOOLS" ] && tools=$BACKSTEP_TOOLS
    # Run from inside a chroot (the build root itself, as the wrapper tests do), "/" is no
    # mount point and unshare cannot make it private; there the mounts are private
    # already when none is shared, and the new namespace's copies stay private.
    if ! awk '$5 == "/" { found = 1 } END { exit !found }' /proc/self/mountinfo; then
        grep -q ' shared:' /proc/self/mountinfo &&
            die "inside a chroot with shared mounts: cannot enter $BACKSTEP_BUILDROOT safely"
        propagation=unchanged
    fi
    _backstep_chain=()
    [ "$(id -u)" -eq 0 ] || _backstep_chain=(sudo --preserve-env)
    _backstep_chain+=(unshare --mount --propagation "$propagation" --pid --
        /usr/bin/env -u BASH_ENV -u ENV /bin/bash "$BACKSTEP_SRC/scripts/lib/toolchain-ns" outer
        "$BACKSTEP_BUILDROOT" "$BACKSTEP_SRC" "$PWD" "$(id -u)" "$(id -g)" "$mysql_root" "$tools"
        -- "$@")
}

# Runs a command with the toolchain: directly on a native host, else inside the build
# root with the host's desktop-relevant folders shared at the same paths and the current
# folder kept, so that host paths given as arguments work unchanged. Exit code passes
# through; every process started inside ends with the command; SIGINT, SIGTERM and
# SIGHUP sent to the calling script reach the command.
in_toolchain() {
    if host_is_native; then
        _run_forwarding "$@"
        return
    fi
    local _backstep_chain
    _toolchain_chain "$@"
    _run_forwarding "${_backstep_chain[@]}"
}

# Like in_toolchain, but replaces the calling script (wrappers end with it): the
# script's PID becomes the program (native host) or the process that forwards signals
# into the build root's namespace, so that killing that PID ends the program.
exec_in_toolchain() {
    if host_is_native; then
        exec "$@"
    fi
    local _backstep_chain
    _toolchain_chain "$@"
    exec "${_backstep_chain[@]}"
}
