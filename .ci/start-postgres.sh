#!/usr/bin/env bash
# Installs (if needed) and starts a local PostgreSQL, and creates the role and database the AO contract tests use.
# Idempotent: safe to run on every CI build. Must run as root (apt-get, pg_ctlcluster, su postgres).
# Override with GLUEWORK_PG_USER / GLUEWORK_PG_PASSWORD / GLUEWORK_PG_DB (the tests read the same names from
# system properties gluework.pg.url/user/password or env GLUEWORK_PG_URL/USER/PASSWORD).
set -euo pipefail

PG_USER="${GLUEWORK_PG_USER:-gluework}"
PG_PASSWORD="${GLUEWORK_PG_PASSWORD:-gluework}"
PG_DB="${GLUEWORK_PG_DB:-gluework_test}"

if ! command -v pg_lsclusters >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q postgresql
fi

# Start every installed cluster that is down (Debian creates "<version> main" on install).
pg_lsclusters --no-header | while read -r version cluster _port status _rest; do
    if [ "$status" != "online" ]; then
        pg_ctlcluster "$version" "$cluster" start
    fi
done

for _ in $(seq 1 30); do
    su postgres -c "pg_isready -q" && break
    sleep 1
done

psql_as_postgres() { su postgres -c "psql -v ON_ERROR_STOP=1 -tAc \"$1\""; }

if [ "$(psql_as_postgres "select 1 from pg_roles where rolname = '$PG_USER'")" != "1" ]; then
    psql_as_postgres "create user $PG_USER password '$PG_PASSWORD' superuser"
fi
if [ "$(psql_as_postgres "select 1 from pg_database where datname = '$PG_DB'")" != "1" ]; then
    su postgres -c "createdb -O $PG_USER $PG_DB"
fi
echo "PostgreSQL ready: jdbc:postgresql://localhost:5432/$PG_DB (user $PG_USER)"
