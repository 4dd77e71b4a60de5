package org.jixiao.kit.idempotency;

/** The rules of {@code Idempotency-Key}, free of I/O. */
public final class KeyDecision {
    public static final int MAX_KEY_LENGTH = 255;

    private KeyDecision() {}

    /** What to do with a request whose key is already taken. */
    public enum Outcome {
        /** Same request, answered before: send that answer again. */
        REPLAY,
        /** Same request, still executing elsewhere: refuse, so it never runs twice. */
        IN_PROGRESS,
        /** Another request under the same key: a client error. */
        DIFFERENT_REQUEST
    }

    public static Outcome decide(String requestHash, KeyRecord existing) {
        if (!existing.requestHash().equals(requestHash)) {
            return Outcome.DIFFERENT_REQUEST;
        }
        return existing.inProgress() ? Outcome.IN_PROGRESS : Outcome.REPLAY;
    }

    /**
     * Only final answers are kept: successes and client errors. A 5xx (e.g. 503 while Kafka or PostgreSQL is down)
     * and the retry-later 4xx (408, 425, 429) are not, so the client's retry with the same key really executes.
     */
    public static boolean storable(int status) {
        if (status == 408 || status == 425 || status == 429) {
            return false;
        }
        return status >= 200 && status < 500;
    }

    /** 1 to 255 visible ASCII characters (e.g. a UUID); anything else is refused before it reaches the store. */
    /** The key as stored: per caller, so another key holder choosing the same key neither collides nor replays. */
    public static String storedKey(String caller, String key) {
        return (caller == null || caller.isEmpty() ? "anonymous" : caller) + "/" + key;
    }

    public static boolean wellFormed(String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            return false;
        }
        return key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e);
    }
}
