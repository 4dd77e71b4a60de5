package org.jixiao.monitoring.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jixiao.events.EventEnvelope;

/** One record of a consumed batch with its envelope, read before the batch's transaction starts. */
public record Consumed(ConsumerRecord<String, String> record, EventEnvelope<JsonNode> event) {}
