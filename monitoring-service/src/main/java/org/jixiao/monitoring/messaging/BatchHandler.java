package org.jixiao.monitoring.messaging;

import java.util.List;
import java.util.Map;

/**
 * What one topic's consumer does with a batch, inside the batch's single transaction: first read and check every
 * event (reads only, so the poison can be set aside before anything is written), then apply the events seen for the
 * first time, in the order they were consumed.
 */
public interface BatchHandler<T> {
    /** The record each event type's data is read into; the data of other types is skipped (null). */
    Map<String, Class<?>> dataTypes();

    Checked<T> check(List<Consumed> batch);

    void apply(List<Checked.Item<T>> fresh);

    /**
     * Whether the event that brought {@code data} is logged in {@code processed_event} before it is applied. A row
     * keyed by the event's own id (a progress report) is its own log: such events reach {@link #apply} even when seen
     * before, and the handler's insert of their rows skips the ones already stored.
     */
    default boolean loggedAsProcessed(T data) {
        return true;
    }
}
