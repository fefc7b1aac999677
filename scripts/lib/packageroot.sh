# shellcheck shell=bash
# The clean Debian 13 root the package test installs the .deb into (tests/packaging/
# install-deb): `debootstrap --variant=minbase trixie`, nothing else, made once outside the
# repository like the build root and resumable the same way. A test never changes it: each
# run installs into a throwaway overlay on top of it. Downloaded packages are kept in a
# cache beside it, so that only the first run downloads Qt and the rest.
# Sourced after platform.sh.

BACKSTEP_PACKAGE_ROOT=${BACKSTEP_PACKAGE_ROOT:-/var/lib/backstep/package-test-trixie}
BACKSTEP_PACKAGE_CACHE=${BACKSTEP_PACKAGE_CACHE:-/var/lib/backstep/package-test-archives}

ensure_package_root() {
    local root=$BACKSTEP_PACKAGE_ROOT lock
    [ -f "$root/.backstep-package-root-done" ] && return 0
    exec {lock}>"${TMPDIR:-/tmp}/backstep-package-root.lock"
    flock "$lock"
    if [ ! -f "$root/.backstep-package-root-done" ]; then
        command -v debootstrap >/dev/null || {
            say "installing debootstrap on the host"
            as_root apt-get update -q
            as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap
        }
        # An interrupted creation starts again (its mounts undone first, so that nothing
        # shared is ever deleted).
        if [ -d "$root.partial" ]; then
            say "removing an interrupted package-test root at $root.partial"
            awk -v p="$root.partial" 'index($2, p) == 1 {print $2}' /proc/mounts | sort -r |
                while read -r m; do as_root umount -l "$m"; done
            as_root rm -rf --one-file-system "$root.partial"
        fi
        say "creating the clean Debian 13 root for the package test in $root (once)"
        as_root mkdir -p "$(dirname "$root")"
        as_root unshare --mount --propagation private -- debootstrap --variant=minbase \
            --keyring=/usr/share/keyrings/debian-archive-keyring.gpg \
            trixie "$root.partial" "$BACKSTEP_MIRROR"
        as_root tee "$root.partial/etc/apt/sources.list.d/debian.sources" >/dev/null <<SOURCES
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
SOURCES
        as_root rm -f "$root.partial/etc/apt/sources.list"
        # As a user's system installs: Recommends too. Package scripts start no services.
        printf '#!/bin/sh\nexit 101\n' | as_root tee "$root.partial/usr/sbin/policy-rc.d" >/dev/null
        as_root chmod 755 "$root.partial/usr/sbin/policy-rc.d"
        as_root touch "$root.partial/.backstep-package-root-done"
        as_root mv "$root.partial" "$root"
    fi
    as_root mkdir -p "$BACKSTEP_PACKAGE_CACHE/partial"
    exec {lock}>&-
}
