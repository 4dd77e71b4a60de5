package org.jixiao.testinfra;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;

/** Polls a condition that eventual consistency will make true (a consumer catching up). */
public final class Await {
    private Await() {}

    public static void until(Callable<Boolean> condition, Duration timeout, String what) {
        Instant deadline = Instant.now().plus(timeout);
        try {
            while (!Boolean.TRUE.equals(condition.call())) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("not within " + timeout + ": " + what);
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted waiting for: " + what, e);
        } catch (AssertionError e) {
            throw e;
        } catch (Exception e) {
            throw new AssertionError("failed waiting for: " + what, e);
        }
    }
}
