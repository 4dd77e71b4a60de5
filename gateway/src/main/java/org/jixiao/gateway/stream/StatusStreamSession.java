package org.jixiao.gateway.stream;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerResponse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jixiao.gateway.stream.StatusEventHub.Subscription;

/**
 * One connected client. Everything here runs on the connection's Vert.x context, so the state needs no locks: live
 * events arrive from the hub's thread and are handed over with {@code runOnContext}.
 *
 * <p>While the replay of missed events runs, live events wait in the backlog; afterwards any of them the replay
 * already delivered are dropped by position, so the client sees each event once and in order. A client that stops
 * reading lets its backlog grow until {@link StreamConfig#maxBacklog()}; then its stream ends, and it resumes from
 * its last id, out of Kafka.
 */
final class StatusStreamSession {

    static final String EVENT_NAME = "status";

    private static final Logger LOG = Logger.getLogger(StatusStreamSession.class);

    private final Vertx vertx;
    private final Context context;
    private final HttpServerResponse response;
    private final StreamFilter filter;
    private final StreamConfig config;
    private final Deque<StatusRecord> backlog = new ArrayDeque<>();
    private StreamCursor position;
    private boolean replaying;
    private boolean closed;
    private long heartbeatTimer = -1;
    private Runnable unsubscribe = () -> {};

    StatusStreamSession(Vertx vertx, HttpServerResponse response, StreamFilter filter, StreamConfig config) {
        this.vertx = vertx;
        this.context = vertx.getOrCreateContext();
        this.response = response;
        this.filter = filter;
        this.config = config;
    }

    /** Called on the hub's thread: only matching events cross over to the connection's context. */
    void offer(StatusRecord event) {
        if (filter.matches(event)) {
            context.runOnContext(v -> onLive(event));
        }
    }

    void start(Subscription subscription, Optional<StreamCursor> resumeAfter, StatusReplay replay) {
        unsubscribe = subscription.cancel();
        response.closeHandler(v -> close());
        heartbeatTimer = vertx.setPeriodic(config.heartbeat().toMillis(), id -> heartbeat());
        if (resumeAfter.isEmpty()) {
            position = subscription.liveFrom();
            return;
        }
        position = resumeAfter.get();
        replaying = true;
        StreamCursor liveFrom = subscription.liveFrom();
        vertx.executeBlocking(() -> replay.between(position, liveFrom, filter), false)
                .onComplete(result -> {
                    if (closed) {
                        return;
                    }
                    if (result.failed()) {
                        LOG.warnf(
                                "status stream replay failed, ending the stream: %s",
                                result.cause().toString());
                        end();
                        return;
                    }
                    replayed(result.result(), liveFrom);
                });
    }

    private void replayed(List<StatusRecord> missed, StreamCursor liveFrom) {
        missed.forEach(this::write);
        // Everything before the live position has now been seen, matching or not.
        position = position.max(liveFrom);
        replaying = false;
        flush();
    }

    private void onLive(StatusRecord event) {
        if (closed) {
            return;
        }
        backlog.add(event);
        if (backlog.size() > config.maxBacklog()) {
            LOG.infof("status stream client too slow (%d events waiting), ending its stream", backlog.size());
            end();
            return;
        }
        flush();
    }

    private void flush() {
        if (replaying || closed) {
            return;
        }
        while (!backlog.isEmpty() && !response.writeQueueFull()) {
            write(backlog.poll());
        }
        if (!backlog.isEmpty()) {
            response.drainHandler(v -> flush());
        }
    }

    private void write(StatusRecord event) {
        if (!position.isAhead(event.partition(), event.offset())) {
            return; // already delivered by the replay
        }
        position = position.after(event.partition(), event.offset());
        response.write(SseFrames.event(position.toString(), EVENT_NAME, event.json()));
    }

    private void heartbeat() {
        if (!closed && !response.writeQueueFull()) {
            response.write(SseFrames.comment("heartbeat"));
        }
    }

    private void end() {
        close();
        if (!response.ended() && !response.closed()) {
            response.end();
        }
    }

    private void close() {
        if (closed) {
            return;
        }
        closed = true;
        vertx.cancelTimer(heartbeatTimer);
        unsubscribe.run();
        backlog.clear();
    }
}
