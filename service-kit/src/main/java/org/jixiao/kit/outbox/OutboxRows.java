package org.jixiao.kit.outbox;

import java.util.List;

/** The outbox table as the relay sees it, inside the transaction of one pass. */
interface OutboxRows {
    /** Takes the transaction-scoped relay lock; false if another instance is relaying. */
    boolean tryLock();

    /** Up to {@code limit} unpublished rows, oldest (lowest id) first. */
    List<OutboxEvent> pending(int limit);

    void markPublished(List<Long> ids);
}
