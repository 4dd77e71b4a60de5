package org.jixiao.kit.outbox;

/** One event for {@link Outbox#appendAll}: the topic and key it is published with, its type, version and data. */
public record OutboxEntry(String topic, String key, String eventType, int version, Object data) {}
