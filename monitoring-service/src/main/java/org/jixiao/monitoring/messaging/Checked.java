package org.jixiao.monitoring.messaging;

import java.util.ArrayList;
import java.util.List;

/**
 * A batch after its handler read and checked it: the events to apply (with what was read from them) and the poison,
 * each with the reason it goes to the dead-letter topic.
 */
public final class Checked<T> {
    /** An event worth applying and the data read from it. */
    public record Item<T>(Consumed consumed, T data) {}

    /** A record that can never be applied, and why. */
    public record Rejected(Consumed consumed, String reason) {}

    private final List<Item<T>> accepted = new ArrayList<>();
    private final List<Rejected> rejected = new ArrayList<>();

    public void accept(Consumed consumed, T data) {
        accepted.add(new Item<>(consumed, data));
    }

    public void reject(Consumed consumed, String reason) {
        rejected.add(new Rejected(consumed, reason));
    }

    public List<Item<T>> accepted() {
        return accepted;
    }

    public List<Rejected> rejected() {
        return rejected;
    }
}
