package org.jixiao.kit.inbox;

/**
 * A record that can never be processed (not JSON, unknown type, failing validation). It is dead-lettered with this
 * message as the reason instead of stalling its partition.
 */
public class PoisonMessageException extends RuntimeException {
    public PoisonMessageException(String reason) {
        super(reason);
    }

    public PoisonMessageException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
