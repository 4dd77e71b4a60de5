#!/usr/bin/env bash
# Creates jixiao's topics (idempotent): the same set local-stack's TopicSetup creates.
set -euo pipefail
bin=/opt/kafka/bin
for topic in project-events indicator-events progress-events project-commands; do
  $bin/kafka-topics.sh --bootstrap-server "$KAFKA_BOOTSTRAP_SERVERS" --create --if-not-exists --topic "$topic" --partitions 3
done
$bin/kafka-topics.sh --bootstrap-server "$KAFKA_BOOTSTRAP_SERVERS" --create --if-not-exists --topic status-events \
  --partitions 3 --config cleanup.policy=compact
for topic in project-events indicator-events progress-events status-events project-commands; do
  $bin/kafka-topics.sh --bootstrap-server "$KAFKA_BOOTSTRAP_SERVERS" --create --if-not-exists --topic "$topic.dlq" --partitions 1
done
