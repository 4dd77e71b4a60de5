#!/bin/bash
# One database per service, each owned by the service's own role (docs/security.md, "PostgreSQL"): a service logs in
# with its role and can reach nothing but its database. The passwords come from the environment (see .env.example);
# docker compose refuses to start without them.
set -euo pipefail
for service in project indicator monitoring gateway; do
  var="${service^^}_DB_PASSWORD"
  password="${!var:?set $var}"
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
       -v role="jixiao_$service" -v db="$service" -v password="$password" <<'SQL'
CREATE ROLE :"role" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'password';
CREATE DATABASE :"db" OWNER :"role";
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
SQL
done
