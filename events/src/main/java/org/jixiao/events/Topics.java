package org.jixiao.events;

/** Kafka topic names shared by every producer and consumer. */
public final class Topics {
    public static final String PROJECT_EVENTS = "project-events";
    public static final String INDICATOR_EVENTS = "indicator-events";
    public static final String PROGRESS_EVENTS = "progress-events";
    /** Requests to project-service from the import saga (key: import id). */
    public static final String PROJECT_COMMANDS = "project-commands";
    /** Compacted: keys are {@code indicator:<id>}, {@code project:<id>}, {@code unit:<code>:<fiscalYear>}. */
    public static final String STATUS_EVENTS = "status-events";

    public static final String DLQ_SUFFIX = ".dlq";

    private Topics() {}

    public static String deadLetter(String topic) {
        return topic + DLQ_SUFFIX;
    }
}
