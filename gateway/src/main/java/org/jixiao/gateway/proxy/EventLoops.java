package org.jixiao.gateway.proxy;

import io.netty.util.concurrent.EventExecutor;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;

/**
 * Quarkus's event loops, numbered, so that per-loop state (a connection pool, an in-flight limit) can be picked for
 * the loop a request arrived on. The HTTP connection of a request stays on one loop, so the same index is found
 * again in the handlers that run when its response ends.
 */
final class EventLoops {

    private final EventExecutor[] loops;

    EventLoops(Vertx vertx) {
        List<EventExecutor> all = new ArrayList<>();
        vertx.nettyEventLoopGroup().forEach(all::add);
        this.loops = all.toArray(EventExecutor[]::new);
    }

    int count() {
        return loops.length;
    }

    /** The calling thread's loop; 0 off any loop (the router runs its handlers on one, so only a fallback). */
    int current() {
        for (int i = 0; i < loops.length; i++) {
            if (loops[i].inEventLoop()) {
                return i;
            }
        }
        return 0;
    }
}
