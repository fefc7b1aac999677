# Sourced by the benches: a MariaDB server of the bench's own (tests/support/mariadb-sandbox)
# in a temporary folder, stopped and removed when the script exits.
#   root=…; source "$root/bench/lib/sandbox.sh"; bench_sandbox_start
# sets $work (the temporary folder), $state (the server's folder), $port and $sock.
# bench_client_options then writes $work/client.cnf (the bench user's password in a 0600
# option file, never in arguments) and $work/password (for --password-file).

bench_sandbox_stop() {
    "$root/tests/support/mariadb-sandbox" stop "$state" >/dev/null 2>&1 || true
    rm -rf "$work"
}

bench_sandbox_start() {
    work=$(mktemp -d)
    state=$work/server
    trap bench_sandbox_stop EXIT
    "$root/tests/support/mariadb-sandbox" start "$state" >/dev/null
    port=$(cat "$state/port")
    sock=$state/mysqld.sock
}

bench_client_options() {
    printf '[client]\nuser=backstep\npassword=%s\nhost=127.0.0.1\nport=%s\n' \
        "$(cat "$state/password")" "$port" >"$work/client.cnf"
    chmod 600 "$work/client.cnf"
    head -1 "$state/password" >"$work/password"
}
