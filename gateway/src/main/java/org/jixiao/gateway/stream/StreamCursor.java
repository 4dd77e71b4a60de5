package org.jixiao.gateway.stream;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A position in {@code status-events}: for each partition, the offset of the next record not yet seen. It is the SSE
 * {@code id} of every status event, so a client's {@code Last-Event-ID} says exactly where to resume, on any gateway
 * instance and after restarts (Kafka offsets are global). Text form: {@code <partition>-<offset>} per partition,
 * joined by {@code .}, e.g. {@code 0-13.1-5.2-8}. A partition the cursor does not name is read from its beginning.
 */
public final class StreamCursor {

    /** Reads the whole topic: for a compacted topic, the latest status of every subject. */
    public static final StreamCursor EARLIEST = new StreamCursor(Map.of());

    private static final Pattern ENTRY = Pattern.compile("(\\d{1,4})-(\\d{1,19})");
    // Bounds what a client may make the gateway parse; far above any sensible partition count.
    private static final int MAX_TEXT_LENGTH = 4096;

    private final Map<Integer, Long> nextOffsets;

    private StreamCursor(Map<Integer, Long> nextOffsets) {
        this.nextOffsets = Collections.unmodifiableMap(new TreeMap<>(nextOffsets));
    }

    public static StreamCursor of(Map<Integer, Long> nextOffsets) {
        return new StreamCursor(nextOffsets);
    }

    /** The cursor a client sent back, or empty when the text is not one the gateway could have written. */
    public static Optional<StreamCursor> parse(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_TEXT_LENGTH) {
            return Optional.empty();
        }
        Map<Integer, Long> offsets = new TreeMap<>();
        for (String entry : text.split("\\.", -1)) {
            Matcher m = ENTRY.matcher(entry);
            if (!m.matches()) {
                return Optional.empty();
            }
            try {
                if (offsets.put(Integer.parseInt(m.group(1)), Long.parseLong(m.group(2))) != null) {
                    return Optional.empty();
                }
            } catch (NumberFormatException overflow) {
                return Optional.empty();
            }
        }
        return Optional.of(new StreamCursor(offsets));
    }

    /** Where to start reading a partition; empty means from its beginning. */
    public Optional<Long> nextOffset(int partition) {
        return Optional.ofNullable(nextOffsets.get(partition));
    }

    /** True when the record at this position is at or past the cursor, i.e. not yet seen. */
    public boolean isAhead(int partition, long offset) {
        Long next = nextOffsets.get(partition);
        return next == null || offset >= next;
    }

    /** The cursor after a record was seen. */
    public StreamCursor after(int partition, long offset) {
        Map<Integer, Long> next = new TreeMap<>(nextOffsets);
        next.merge(partition, offset + 1, Math::max);
        return new StreamCursor(next);
    }

    /** Per partition the further of both positions: what either has seen counts as seen. */
    public StreamCursor max(StreamCursor other) {
        Map<Integer, Long> next = new TreeMap<>(nextOffsets);
        other.nextOffsets.forEach((partition, offset) -> next.merge(partition, offset, Math::max));
        return new StreamCursor(next);
    }

    public Map<Integer, Long> nextOffsets() {
        return nextOffsets;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        nextOffsets.forEach((partition, offset) -> {
            if (!text.isEmpty()) {
                text.append('.');
            }
            text.append(partition).append('-').append(offset);
        });
        return text.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StreamCursor other && other.nextOffsets.equals(nextOffsets);
    }

    @Override
    public int hashCode() {
        return nextOffsets.hashCode();
    }
}
