#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests: trust auth, 127.0.0.1 only, no durability.
#
#   URL=$(scripts/pg_test_server.sh start [DIR])   # prints postgresql://postgres@127.0.0.1:PORT/telisik_test
#   export TELISIK_TEST_PG_URL=$URL
#   scripts/pg_test_server.sh stop DIR             # stops the server and removes DIR
#
# Without DIR, start makes one under /tmp and names it on stderr (and in the 'dir' file beside the data).
# Environment: PG_BIN (folder with initdb/pg_ctl, default: newest /usr/lib/postgresql/*/bin),
# PGPORT_TEST (port, default 54329, or a free one when that is taken), PG_TEST_DB (default telisik_test).
# Run as root, the server runs as user 'postgres' (created as a system user when missing):
# PostgreSQL refuses to run as root.
set -euo pipefail

die() { echo "pg_test_server: $*" >&2; exit 1; }

find_bin() {
    if [[ -n "${PG_BIN:-}" ]]; then echo "$PG_BIN"; return; fi
    local best
    best=$(ls -d /usr/lib/postgresql/*/bin/postgres 2>/dev/null | sort -V | tail -1 || true)
    if [[ -n "$best" ]]; then dirname "$best"; return; fi
    if command -v pg_config >/dev/null && [[ -x "$(pg_config --bindir)/postgres" ]]; then pg_config --bindir; return; fi
    if command -v initdb >/dev/null; then dirname "$(command -v initdb)"; return; fi
    die "no PostgreSQL server binaries found (apt-get install postgresql, or set PG_BIN)"
}

# the wanted port when it is free, else one the kernel picks
free_port() {
    python3 - "${PGPORT_TEST:-54329}" <<'EOF2'
import socket
import sys

for port in (int(sys.argv[1]), 0):
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            continue
        print(s.getsockname()[1])
        break
EOF2
}

# run a command as the server's owner
as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u "$OWNER" -- "$@"
    else
        "$@"
    fi
}

cmd_start() {
    local dir=${1:-}
    BIN=$(find_bin)
    OWNER=$(id -un)
    if [[ $(id -u) -eq 0 ]]; then
        OWNER=postgres
        if ! id -u "$OWNER" >/dev/null 2>&1; then
            useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$OWNER"
        fi
    fi
    if [[ -z "$dir" ]]; then
        dir=$(mktemp -d /tmp/telisik-pg.XXXXXX)
        echo "pg_test_server: dir $dir" >&2
    else
        mkdir -p "$dir"
    fi
    dir=$(cd "$dir" && pwd)
    [[ -e "$dir/data/PG_VERSION" ]] && die "$dir already holds a cluster (stop it first)"
    local port db
    port=$(free_port)
    db=${PG_TEST_DB:-telisik_test}
    [[ $(id -u) -eq 0 ]] && chown "$OWNER" "$dir"
    chmod 700 "$dir"
    echo "$dir" >"$dir/dir"
    # cd / so the owner is never left in a folder it can't read
    (
        cd /
        as_owner "$BIN/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 \
            || { cat "$dir/initdb.log" >&2; exit 1; }
        as_owner "$BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
            -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
            start >/dev/null \
            || { cat "$dir/server.log" >&2; exit 1; }
    ) || die "could not start the server (see above)"
    "$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d postgres -c "create database \"$db\"" >/dev/null
    local url="postgresql://postgres@127.0.0.1:$port/$db"
    echo "$url" >"$dir/url"
    echo "$url"
}

cmd_stop() {
    local dir=${1:?usage: $0 stop DIR}
    [[ -d "$dir" ]] || return 0
    BIN=$(find_bin)
    OWNER=$(stat -c %U "$dir")
    if [[ -e "$dir/data/postmaster.pid" ]]; then
        (cd / && as_owner "$BIN/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1) || true
    fi
    rm -rf "$dir"
}

case "${1:-}" in
    start) shift; cmd_start "$@" ;;
    stop) shift; cmd_stop "$@" ;;
    *) echo "usage: $0 start [DIR] | stop DIR" >&2; exit 2 ;;
esac
