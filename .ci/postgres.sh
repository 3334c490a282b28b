#!/usr/bin/env bash
# Sourced by .ci/run: a throw-away PostgreSQL server (Debian's package) for the tests that run
# against an external database. Its own cluster in a temporary directory on a free loopback
# port, so it neither needs nor disturbs a cluster already on this machine (running or not).
# Exports EXTERNAL_TEST_DATABASE_URL and EXTERNAL_E2E_DATABASE_URL for scripts/test.mjs and
# stops the server when the calling shell exits.

pg_bindir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

if [ -z "$(pg_bindir)" ] || [ ! -x "$(pg_bindir)/initdb" ]; then
  echo "installing Debian's postgresql for the external-database tests"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
fi
PG_BIN="$(pg_bindir)"

# PostgreSQL refuses to run as root: as root, run it as the postgres user the package created
as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

PG_PORT="${CI_POSTGRES_PORT:-$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')}"
PG_DIR="$(mktemp -d /tmp/fazhi-ci-pg.XXXXXX)"
[ "$(id -u)" = 0 ] && chown postgres: "$PG_DIR"
as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
  -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100" start >/dev/null

stop_ci_postgres() {
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}
trap stop_ci_postgres EXIT

psql_ci() { as_pg "$PG_BIN/psql" -h "$PG_DIR" -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -q "$@"; }
psql_ci -c "CREATE ROLE fazhi LOGIN PASSWORD 'fazhi'"
psql_ci -c "CREATE DATABASE fazhi_test OWNER fazhi"
psql_ci -c "CREATE DATABASE fazhi_e2e OWNER fazhi"

export EXTERNAL_TEST_DATABASE_URL="postgresql://fazhi:fazhi@127.0.0.1:$PG_PORT/fazhi_test"
export EXTERNAL_E2E_DATABASE_URL="postgresql://fazhi:fazhi@127.0.0.1:$PG_PORT/fazhi_e2e"
echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') for the external-database tests on 127.0.0.1:$PG_PORT"
