package org.jixiao.kit.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads an event's {@code data} into its record; a payload that does not fit is poison. */
@ApplicationScoped
public class EventData {
    private final ObjectMapper json;

    EventData(ObjectMapper json) {
        this.json = json;
    }

    public <T> T read(JsonNode data, Class<T> type) {
        try {
            return json.treeToValue(data, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            throw new PoisonMessageException(type.getSimpleName() + " is malformed: " + e.getMessage(), e);
        }
    }
}
