#!/usr/bin/env bash
# Creates jixiao's topics (idempotent): the same set local-stack's TopicSetup creates.
set -euo pipefail
bin=/opt/kafka/bin
# Kept forever: monitoring's state can be rebuilt by replaying them from offset 0 (./jixiao rebuild).
for topic in project-events indicator-events progress-events project-commands; do
  $bin/kafka-topics.sh --bootstrap-server "$KAFKA_BOOTSTRAP_SERVERS" --create --if-not-exists --topic "$topic" --partitions 3 \
    --config retention.ms=-1 --config retention.bytes=-1
done
$bin/kafka-topics.sh --bootstrap-server "$KAFKA_BOOTSTRAP_SERVERS" --create --if-not-exists --topic status-events \
  --partitions 3 --config cleanup.policy=compact
for topic in project-events indicator-events progress-events status-events project-commands; do
  $bin/kafka-topics.sh --bootstrap-server "$KAFKA_BOOTSTRAP_SERVERS" --create --if-not-exists --topic "$topic.dlq" --partitions 1
done
