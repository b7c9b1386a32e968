#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# pgfixture.sh start|stop DIR — a throw-away PostgreSQL server for the tests labelled `postgres`.
#
# start: initdb in DIR/data (superuser "gloss", trust authentication on the socket only), then
# the server listening on the Unix socket DIR/socket alone (no TCP port at all), fsync off: what
# the tests write is thrown away. stop: stops the server and removes DIR. The tests reach it as
# postgresql:///postgres?host=DIR/socket&user=gloss (CTest passes that URL in GLOSS_TEST_POSTGRES).
# PostgreSQL refuses to run as root: as root the server runs as "nobody".
set -euo pipefail

action="${1:?usage: pgfixture.sh start|stop DIR}"
dir="${2:?usage: pgfixture.sh start|stop DIR}"

bindir="${GLOSS_PG_BINDIR:-}"
if [[ -z "$bindir" ]]; then
    for candidate in /usr/lib/postgresql/*/bin; do
        [[ -x "$candidate/initdb" ]] && bindir="$candidate"
    done
fi
if [[ -z "$bindir" ]] && command -v initdb >/dev/null; then
    bindir="$(dirname "$(command -v initdb)")"
fi
[[ -n "$bindir" && -x "$bindir/initdb" ]] || { echo "pgfixture: PostgreSQL's initdb was not found" >&2; exit 1; }

as_server() {
    if [[ "$(id -u)" == 0 ]]; then
        setpriv --reuid=nobody --regid=nogroup --clear-groups -- "$@"
    else
        "$@"
    fi
}

stop_server() {
    if [[ -f "$dir/data/postmaster.pid" ]]; then
        as_server "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
}

case "$action" in
start)
    stop_server
    rm -rf "$dir"
    mkdir -p "$dir/data" "$dir/socket"
    if [[ "$(id -u)" == 0 ]]; then
        chown nobody:nogroup "$dir" "$dir/data" "$dir/socket"
    fi
    chmod 0700 "$dir/data"
    chmod 0755 "$dir" "$dir/socket"
    as_server "$bindir/initdb" -D "$dir/data" -U gloss --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
        --no-sync >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    as_server "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses='' -k $dir/socket -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60" \
        start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    echo "pgfixture: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on $dir/socket"
    ;;
stop)
    stop_server
    rm -rf "$dir"
    ;;
*)
    echo "usage: pgfixture.sh start|stop DIR" >&2
    exit 1
    ;;
esac
