package org.jixiao.gateway.proxy;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * A request body passed on as it arrives, until it grows past the limit: then it fails instead of delivering more,
 * which makes the proxy abort the upstream request (so the service never gets a complete oversized body). Whatever
 * the client sends afterwards is dropped.
 */
final class SizeLimitedStream implements ReadStream<Buffer> {

    /** Why the stream failed; the proxy's failure carries it on. */
    static final class TooLarge extends RuntimeException {
        TooLarge(long maxBytes) {
            super("the body grew past " + maxBytes + " bytes", null, false, false);
        }
    }

    private final ReadStream<Buffer> source;
    private final long maxBytes;
    private long received;
    private boolean exceeded;
    private Handler<Throwable> exceptionHandler;

    SizeLimitedStream(ReadStream<Buffer> source, long maxBytes) {
        this.source = source;
        this.maxBytes = maxBytes;
    }

    /** Whether the body grew past the limit. */
    boolean exceeded() {
        return exceeded;
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        if (handler == null) {
            source.handler(null);
            return this;
        }
        source.handler(chunk -> {
            if (exceeded) {
                return;
            }
            received += chunk.length();
            if (received > maxBytes) {
                exceeded = true;
                Handler<Throwable> failed = exceptionHandler;
                if (failed != null) {
                    failed.handle(new TooLarge(maxBytes));
                }
                return;
            }
            handler.handle(chunk);
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        this.exceptionHandler = handler;
        source.exceptionHandler(handler);
        return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> endHandler) {
        source.endHandler(endHandler);
        return this;
    }

    @Override
    public ReadStream<Buffer> pause() {
        source.pause();
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        source.resume();
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        source.fetch(amount);
        return this;
    }
}
