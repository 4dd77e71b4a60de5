package org.jixiao.kit.inbox;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jixiao.events.EventEnvelope;

/**
 * Reads an envelope and its data in one pass: the data goes straight into the record its event type names, without
 * first building a JSON tree and then converting it (a batch consumer reads hundreds of thousands of events; the tree
 * was a fifth of its work). Every jixiao writer puts {@code eventType} before {@code data}; data that comes first is
 * held as tokens until the type is known. An event type the consumer does not read gets null data.
 *
 * <p>A value that is not an envelope, lacks one of its required fields, or whose data does not fit its record is
 * poison, with the same reasons as {@link EventData#read}. {@link EventIntake} reads its envelopes here too, the data
 * as a JSON tree ({@link #parseTree}).
 */
@ApplicationScoped
public class TypedEnvelopes {
    private final ObjectMapper json;

    TypedEnvelopes(ObjectMapper json) {
        this.json = json;
    }

    /** The envelope of {@code value}, its data read into {@code dataTypes.get(eventType)}. */
    public EventEnvelope<Object> parse(String value, Map<String, Class<?>> dataTypes) {
        return envelope(value, dataTypes::get);
    }

    /** The envelope of {@code value} with its data as a JSON tree, whatever its event type. */
    public EventEnvelope<JsonNode> parseTree(String value) {
        return envelope(value, type -> JsonNode.class);
    }

    private <T> EventEnvelope<T> envelope(String value, Function<String, Class<? extends T>> dataType) {
        if (value == null) {
            throw new PoisonMessageException("record has no value");
        }
        try (JsonParser parser = json.createParser(value)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new PoisonMessageException("malformed envelope: not a JSON object");
            }
            return read(parser, dataType);
        } catch (JsonProcessingException e) {
            throw new PoisonMessageException("value is not JSON: " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new PoisonMessageException("malformed envelope: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new PoisonMessageException("value is not JSON: " + e.getMessage(), e);
        }
    }

    private <T> EventEnvelope<T> read(JsonParser parser, Function<String, Class<? extends T>> dataType)
            throws IOException {
        UUID id = null;
        String type = null;
        Integer version = null;
        Instant occurredAt = null;
        String source = null;
        boolean hasData = false;
        T data = null;
        TokenBuffer early = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            boolean present = parser.nextToken() != JsonToken.VALUE_NULL;
            switch (field) {
                case "eventId" -> id = present ? UUID.fromString(parser.getValueAsString()) : null;
                case "eventType" -> type = present ? parser.getValueAsString() : null;
                case "eventVersion" -> version = present ? parser.getValueAsInt() : null;
                case "occurredAt" -> occurredAt = present ? Instant.parse(parser.getValueAsString()) : null;
                case "source" -> source = present ? parser.getValueAsString() : null;
                case "data" -> {
                    hasData = present;
                    if (present && type != null) {
                        data = data(parser, type, dataType);
                    } else if (present) {
                        early = json.readValue(parser, TokenBuffer.class);
                    }
                }
                default -> parser.skipChildren();
            }
        }
        required(id, "eventId");
        required(type, "eventType");
        required(version, "eventVersion");
        if (!hasData) {
            throw new PoisonMessageException("envelope has no data");
        }
        if (early != null) {
            try (JsonParser held = early.asParser(json)) {
                held.nextToken();
                data = data(held, type, dataType);
            }
        }
        return new EventEnvelope<>(id, type, version, occurredAt, source, data);
    }

    /** The data as its record, or null (skipped) for a type the consumer does not read. */
    private <T> T data(JsonParser parser, String type, Function<String, Class<? extends T>> dataType)
            throws IOException {
        Class<? extends T> target = dataType.apply(type);
        if (target == null) {
            parser.skipChildren();
            return null;
        }
        try {
            return json.readValue(parser, target);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new PoisonMessageException(target.getSimpleName() + " is malformed: " + e.getMessage(), e);
        }
    }

    private static void required(Object value, String field) {
        if (value == null) {
            throw new PoisonMessageException("envelope has no " + field);
        }
    }
}
