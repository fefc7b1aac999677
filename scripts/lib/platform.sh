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

# Everything the project needs to build, test and run. Changing this list makes the next
# script run install the difference (the build root remembers the list it was given).
BACKSTEP_PACKAGES=(
    build-essential cmake ninja-build pkgconf ccache git
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins
    libqt6svg6 libqt6sql6-mysql libqt6sql6-sqlite
    libqscintilla2-qt6-dev libkf6syntaxhighlighting-dev qtkeychain-qt6-dev
    mariadb-server mariadb-client
    xvfb xauth xfonts-base fonts-dejavu-core dbus procps
    appstream desktop-file-utils zstd libssl-dev
    clang libclang-rt-19-dev
    poppler-utils
    kf6-breeze-icon-theme qt6-svg-plugins qt6-translations-l10n
    mandoc file
)

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

packages_stamp() { printf '%s\n' "${BACKSTEP_PACKAGES[@]}" | sort | sha256sum | cut -c1-16; }

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

# Runs a command inside the build root with only proc, sys and dev mounted (for apt).
_root_admin() {
    as_root unshare --mount --propagation private --pid --fork --kill-child -- \
        bash -c 'set -e; r=$1; shift
                 mount -t proc proc "$r/proc"; mount --rbind /sys "$r/sys"; mount --rbind /dev "$r/dev"
                 exec chroot "$r" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
                     DEBIAN_FRONTEND=noninteractive LANG=C.UTF-8 "$@"' \
        _ "$BACKSTEP_BUILDROOT" "$@"
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
        command -v debootstrap >/dev/null || {
            say "installing debootstrap on the host"
            as_root apt-get update -q
            as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap
        }
        # A half-made root from an interrupted run is started again from scratch: the
        # first stage is short, and a resumed one can hide a broken package. Its
        # mounts (if debootstrap left any) are undone first so that nothing shared is
        # ever deleted.
        if [ -d "$root.partial" ]; then
            say "removing an interrupted build root at $root.partial"
            awk -v p="$root.partial" 'index($2, p) == 1 {print $2}' /proc/mounts | sort -r |
                while read -r m; do as_root umount -l "$m"; done
            as_root rm -rf --one-file-system "$root.partial"
        fi
        say "creating the Debian 13 build root in $root (once; a few minutes)"
        as_root mkdir -p "$(dirname "$root")"
        as_root unshare --mount --propagation private -- debootstrap --variant=minbase \
            --keyring=/usr/share/keyrings/debian-archive-keyring.gpg \
            trixie "$root.partial" "$BACKSTEP_MIRROR"
        as_root tee "$root.partial/etc/apt/sources.list.d/debian.sources" >/dev/null <<EOF
Types: deb
URIs: $BACKSTEP_MIRROR
Suites: trixie trixie-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: ${BACKSTEP_MIRROR%/debian}/debian-security
Suites: trixie-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
        as_root rm -f "$root.partial/etc/apt/sources.list"
        printf 'APT::Install-Recommends "false";\nAPT::Install-Suggests "false";\n' |
            as_root tee "$root.partial/etc/apt/apt.conf.d/90backstep" >/dev/null
        # Package scripts must not start services inside the root.
        printf '#!/bin/sh\nexit 101\n' | as_root tee "$root.partial/usr/sbin/policy-rc.d" >/dev/null
        as_root chmod 755 "$root.partial/usr/sbin/policy-rc.d"
        as_root touch "$root.partial/.backstep-debootstrap-done"
        as_root mv "$root.partial" "$root"
    fi
    as_root cp -f /etc/resolv.conf "$root/etc/resolv.conf"
    say "installing the build root's packages (resumes where an earlier run stopped)"
    _root_admin dpkg --configure -a
    _root_admin apt-get update -q
    _root_admin apt-get install -y -q "${BACKSTEP_PACKAGES[@]}"
    _root_admin apt-get clean
    as_root rm -f "$root"/.backstep-packages-*
    as_root touch "$root/.backstep-packages-$stamp"
    exec {lock}>&-
}

ensure_toolchain() {
    if host_is_native; then ensure_native_packages; else ensure_buildroot; fi
}

# The variables a desktop tool needs from the user's session, passed into the root.
_passed_environment() {
    local name
    for name in HOME USER LOGNAME TERM LANG LANGUAGE DISPLAY WAYLAND_DISPLAY XAUTHORITY \
        XDG_RUNTIME_DIR XDG_SESSION_TYPE XDG_CONFIG_HOME XDG_DATA_HOME XDG_CACHE_HOME \
        DBUS_SESSION_BUS_ADDRESS CI CTEST_PARALLEL_LEVEL CCACHE_DIR \
        $(compgen -e | grep -E '^(BACKSTEP_|LC_|QT_)' || true); do
        [ -n "${!name+x}" ] && printf '%s=%s\0' "$name" "${!name}"
    done
    return 0
}

# Runs a command with the toolchain: directly on a native host, else inside the build
# root with the host's desktop-relevant folders shared at the same paths and the current
# folder kept, so that host paths given as arguments work unchanged. Exit code passes
# through; every process started inside ends with the command.
in_toolchain() {
    if host_is_native; then
        "$@"
        return
    fi
    local root=$BACKSTEP_BUILDROOT env_args=() uid gid
    mapfile -d '' env_args < <(_passed_environment)
    uid=$(id -u)
    gid=$(id -g)
    as_root unshare --mount --propagation private --pid --fork --kill-child -- \
        bash -c '
        set -e
        r=$1 src=$2 cwd=$3 uid=$4 gid=$5 n=$6; shift 6
        envs=("${@:1:$n}"); shift "$n"
        mount -t proc proc "$r/proc"
        mount --rbind /sys "$r/sys"; mount --make-rslave "$r/sys"
        mount --rbind /dev "$r/dev"; mount --make-rslave "$r/dev"
        for d in /home /root /tmp /srv /var/log /run /mnt /media; do
            [ -d "$d" ] || continue
            mkdir -p "$r$d"; mount --rbind "$d" "$r$d"; mount --make-rslave "$r$d"
        done
        case "$src" in /home/* | /root/* | /tmp/* | /srv/* | /mnt/* | /media/*) ;;
        *) mkdir -p "$r$src"; mount --bind "$src" "$r$src" ;; esac
        case "$cwd" in "$src" | "$src"/* | /home* | /root* | /tmp* | /srv* | /var/log* | /run* | /mnt* | /media*) ;;
        *) cwd=$src ;; esac
        spec=()
        [ "$uid" = 0 ] || spec=(--userspec="$uid:$gid")
        exec chroot "${spec[@]}" "$r" /usr/bin/env -i \
            PATH=/usr/lib/ccache:/usr/sbin:/usr/bin:/sbin:/bin "${envs[@]}" \
            /bin/bash -c "cd \"\$0\" && exec \"\$@\"" "$cwd" "$@"' \
        _ "$root" "$BACKSTEP_SRC" "$PWD" "$uid" "$gid" "${#env_args[@]}" "${env_args[@]}" "$@"
}
