#!/usr/bin/env bash
# The broker's entrypoint (docs/security.md, "Kafka"). The image's own start script renders the KAFKA_* variables into
# server.properties and formats the storage, but it cannot add a SCRAM credential while formatting, and with KRaft the
# broker's own principal (admin: its inter-broker login and the setup container's) can only be created that way before
# the broker first starts. So this script renders the variables the same way, adds the logins built from
# KAFKA_ADMIN_PASSWORD, formats with --add-scram and starts the broker.
set -euo pipefail
: "${CLUSTER_ID:?set CLUSTER_ID}"
password="${KAFKA_ADMIN_PASSWORD:?set KAFKA_ADMIN_PASSWORD (see .env.example)}"
# It ends up quoted in JAAS lines, in properties files and in the SCRAM tools' [name=…,password=…] syntax, where a
# quote, backslash, comma, bracket or = would be misread.
if [[ ! $password =~ ^[A-Za-z0-9_-]+$ ]]; then
  echo "KAFKA_ADMIN_PASSWORD may hold only letters, digits, - and _ (e.g. openssl rand -hex 24)" >&2
  exit 1
fi
bin=/opt/kafka/bin
config=/opt/kafka/config/server.properties
# The healthcheck logs in with this file: an anonymous client is refused.
client=/opt/kafka/config/admin-client.properties
# Both files hold the admin password.
umask 077

scram="org.apache.kafka.common.security.scram.ScramLoginModule required username=\"admin\" password=\"$password\";"
plain="org.apache.kafka.common.security.plain.PlainLoginModule required username=\"admin\" password=\"$password\""
# The image's variables for the JVM and logging, which are not broker properties.
not_properties=" KAFKA_ADMIN_PASSWORD KAFKA_HEAP_OPTS KAFKA_OPTS KAFKA_JMX_OPTS KAFKA_JMX_PORT KAFKA_JMX_HOSTNAME
  KAFKA_JVM_PERFORMANCE_OPTS KAFKA_GC_LOG_OPTS KAFKA_LOG4J_OPTS KAFKA_LOG4J_LOGGERS KAFKA_LOG4J_ROOT_LOGLEVEL
  KAFKA_TOOLS_LOG4J_LOGLEVEL KAFKA_VERSION "
{
  for name in $(compgen -A export); do
    [[ $name == KAFKA_* && $not_properties != *[[:space:]]$name[[:space:]]* ]] || continue
    # The image's naming: KAFKA_SASL_ENABLED_MECHANISMS is sasl.enabled.mechanisms, __ stands for _ and ___ for -.
    key="${name#KAFKA_}"
    key="${key,,}"
    key="${key//_/.}"
    key="${key//.../-}"
    key="${key//../_}"
    printf '%s=%s\n' "$key" "${!name}"
  done
  echo "listener.name.sasl_plaintext.scram-sha-256.sasl.jaas.config=$scram"
  # The controller listener cannot use SCRAM (the credentials live in the metadata the controller serves), so the
  # broker logs in to its controller with PLAIN as the same principal.
  echo "listener.name.controller.plain.sasl.jaas.config=$plain user_admin=\"$password\";"
} >"$config"
printf '%s\n' "security.protocol=SASL_PLAINTEXT" "sasl.mechanism=SCRAM-SHA-256" "sasl.jaas.config=$scram" >"$client"

# A formatted volume is left as it is, admin's credential included: to change KAFKA_ADMIN_PASSWORD later, first set
# the new one with kafka-configs.sh --alter --entity-type users --entity-name admin while logged in with the old one.
"$bin/kafka-storage.sh" format --ignore-formatted -t "$CLUSTER_ID" -c "$config" \
  --add-scram "SCRAM-SHA-256=[name=admin,password=$password]"
exec "$bin/kafka-server-start.sh" "$config"
