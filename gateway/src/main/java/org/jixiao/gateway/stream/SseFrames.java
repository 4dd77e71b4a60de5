package org.jixiao.gateway.stream;

import java.time.Duration;

/** The text of Server-Sent Events (WHATWG HTML §9.2): fields, one per line, a blank line ending each frame. */
public final class SseFrames {

    public static final String MEDIA_TYPE = "text/event-stream";

    private SseFrames() {}

    /** An event; a line break in the data would end the field early, so each line becomes its own data field. */
    public static String event(String id, String name, String data) {
        StringBuilder frame = new StringBuilder();
        frame.append("id: ").append(singleLine(id)).append('\n');
        frame.append("event: ").append(singleLine(name)).append('\n');
        for (String line : data.split("\r\n|\r|\n", -1)) {
            frame.append("data: ").append(line).append('\n');
        }
        return frame.append('\n').toString();
    }

    /** A comment: ignored by EventSource, but bytes on the wire that keep the connection alive. */
    public static String comment(String text) {
        return ": " + singleLine(text) + "\n\n";
    }

    /** How long the client should wait before reconnecting. */
    public static String retry(Duration delay) {
        return "retry: " + delay.toMillis() + "\n\n";
    }

    private static String singleLine(String value) {
        return value.replaceAll("[\r\n]", " ");
    }
}
