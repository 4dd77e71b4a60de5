package org.jixiao.events;

/** Kafka header names that repeat the envelope's identity, and the reason header of dead-lettered records. */
public final class EventHeaders {
    public static final String EVENT_ID = "eventId";
    public static final String EVENT_TYPE = "eventType";
    public static final String EVENT_VERSION = "eventVersion";
    /** Set on records in a {@code .dlq} topic: why the record could not be processed. */
    public static final String DEAD_LETTER_REASON = "dead-letter-reason";
    /**
     * Set by monitoring's own intake on what it publishes to {@code progress-events}: an HMAC of the record's value, so
     * its consumer tells the reports it checked from those an outside system wrote straight to the topic.
     */
    public static final String INTAKE_SIGNATURE = "intake-signature";

    private EventHeaders() {}
}
