#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# with-postgres.sh COMMAND… — runs COMMAND (gloss-bench) with a throw-away PostgreSQL server
# beside it, so that team mode's import and search figures come out of the same run as SQLite's.
# The server is the tests' one (tests/postgres/pgfixture.sh: a Unix socket only, fsync off) in
# a folder of its own, stopped and removed however COMMAND ends. GLOSS_BENCH_POSTGRES already set
# (a server of your own) or no PostgreSQL installed: COMMAND runs as it is.
set -euo pipefail

here="$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")"
fixture="$here/../tests/postgres/pgfixture.sh"

if [[ -n "${GLOSS_BENCH_POSTGRES:-}" ]] || ! compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
    exec "$@"
fi
dir="$(mktemp -d /tmp/gloss-bench-pg.XXXXXX)"
trap '"$fixture" stop "$dir"' EXIT
"$fixture" start "$dir" >&2
GLOSS_BENCH_POSTGRES="postgresql:///postgres?host=$dir/socket&user=gloss" "$@"
