#!/usr/bin/env bash
# Runs once the broker is healthy, logged in as admin (the super user): creates jixiao's topics, each principal's
# SCRAM credential and the grants in kafka-acls.txt (docs/security.md, "Kafka"). Every step is idempotent, so it runs
# on each `docker compose up`: a password changed in .env takes effect then. A grant deleted from kafka-acls.txt is
# not revoked here: remove it with kafka-acls.sh --remove.
set -euo pipefail
bin=/opt/kafka/bin
here=$(dirname "$0")
bootstrap="${KAFKA_BOOTSTRAP_SERVERS:?set KAFKA_BOOTSTRAP_SERVERS}"

# A password ends up quoted in JAAS lines and in the SCRAM tools' [name=…,password=…] syntax, where a quote,
# backslash, comma, bracket or = would be misread.
password_of() {
  local var="$1"
  local password="${!var:-}"
  if [[ -z $password ]]; then
    echo "set $var (see .env.example)" >&2
    return 1
  elif [[ ! $password =~ ^[A-Za-z0-9_-]+$ ]]; then
    echo "$var may hold only letters, digits, - and _ (e.g. openssl rand -hex 24)" >&2
    return 1
  fi
  printf '%s' "$password"
}

admin_password=$(password_of KAFKA_ADMIN_PASSWORD)
# mktemp creates it readable by this user only; it holds the admin password.
login=$(mktemp)
trap 'rm -f "$login"' EXIT
scram="org.apache.kafka.common.security.scram.ScramLoginModule"
printf '%s\n' "security.protocol=SASL_PLAINTEXT" "sasl.mechanism=SCRAM-SHA-256" \
  "sasl.jaas.config=$scram required username=\"admin\" password=\"$admin_password\";" >"$login"

KAFKA_COMMAND_CONFIG="$login" bash "$here/create-topics.sh"

# The services, the outside reporting system and the outside dashboards; each password comes from
# <PRINCIPAL>_KAFKA_PASSWORD (project-service: PROJECT_SERVICE_KAFKA_PASSWORD).
for principal in project-service indicator-service monitoring-service gateway reporter status-reader; do
  var="${principal^^}"
  password=$(password_of "${var//-/_}_KAFKA_PASSWORD")
  "$bin/kafka-configs.sh" --bootstrap-server "$bootstrap" --command-config "$login" --alter \
    --add-config "SCRAM-SHA-256=[iterations=8192,password=$password]" --entity-type users --entity-name "$principal"
done

# The tool gets /dev/null as its input, which would otherwise be the rest of the table.
while read -r principal operation resource name pattern extra; do
  [[ -z $principal || $principal == \#* ]] && continue
  if [[ -z $pattern || -n $extra ]]; then
    echo "kafka-acls.txt: expected 'principal operation resource name pattern', got: $principal $operation" \
      "$resource $name $pattern $extra" >&2
    exit 1
  fi
  "$bin/kafka-acls.sh" --bootstrap-server "$bootstrap" --command-config "$login" --add \
    --allow-principal "User:$principal" --operation "$operation" "--$resource" "$name" \
    --resource-pattern-type "$pattern" </dev/null
done <"$here/kafka-acls.txt"
