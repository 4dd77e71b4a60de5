#!/usr/bin/env bash
# Creates jixiao's topics (idempotent): the same set local-stack's TopicSetup creates. Run by kafka-setup.sh, which
# passes the admin login in KAFKA_COMMAND_CONFIG: the broker refuses anonymous clients.
set -euo pipefail
bin=/opt/kafka/bin
login="${KAFKA_COMMAND_CONFIG:?set KAFKA_COMMAND_CONFIG to an admin client properties file}"
topics() {
  "$bin/kafka-topics.sh" --bootstrap-server "$KAFKA_BOOTSTRAP_SERVERS" --command-config "$login" \
    --create --if-not-exists "$@"
}
# Kept forever: monitoring's state can be rebuilt by replaying them from offset 0 (./jixiao rebuild).
for topic in project-events indicator-events progress-events project-commands; do
  topics --topic "$topic" --partitions 3 --config retention.ms=-1 --config retention.bytes=-1
done
topics --topic status-events --partitions 3 --config cleanup.policy=compact
for topic in project-events indicator-events progress-events status-events project-commands; do
  topics --topic "$topic.dlq" --partitions 1
done
