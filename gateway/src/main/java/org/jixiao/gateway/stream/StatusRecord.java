package org.jixiao.gateway.stream;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import org.jixiao.events.EventTypes;

/**
 * One StatusChanged record of {@code status-events}, parsed once for all clients: where it is in the topic, the
 * fields clients filter on, and the envelope re-encoded on one line (an SSE {@code data:} line must not break).
 */
public record StatusRecord(int partition, long offset, long timestamp, String unitCode, Long projectId, String json) {

    private static final Logger LOG = Logger.getLogger(StatusRecord.class);

    /**
     * The record as a status event, or empty for anything else on the topic (another event type, a tombstone, a
     * value that is not an envelope). Such records are skipped, never fatal: monitoring-service owns the topic's
     * hygiene, and one bad record must not stop every dashboard.
     */
    public static Optional<StatusRecord> from(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            return Optional.empty();
        }
        try {
            JsonObject envelope = new JsonObject(record.value());
            if (!EventTypes.STATUS_CHANGED.equals(envelope.getValue("eventType"))) {
                return Optional.empty();
            }
            JsonObject data = envelope.getJsonObject("data", new JsonObject());
            return Optional.of(new StatusRecord(
                    record.partition(),
                    record.offset(),
                    record.timestamp(),
                    text(data.getValue("unitCode")),
                    number(data.getValue("projectId")),
                    envelope.encode()));
        } catch (DecodeException | ClassCastException e) {
            LOG.warnf("skipping unreadable record %s-%d: %s", record.partition(), record.offset(), e.getMessage());
            return Optional.empty();
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static Long number(Object value) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        if (value instanceof String s) {
            try {
                return Long.valueOf(s);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
