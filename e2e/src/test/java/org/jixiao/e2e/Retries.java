package org.jixiao.e2e;

import io.restassured.response.Response;
import java.util.function.Supplier;

/** How a client of the system copes with its eventual consistency. */
final class Retries {
    private Retries() {}

    /**
     * A resource created a moment ago reaches the other services through Kafka within a second or so; until then they
     * answer 422 naming the unknown id. A client retries, and so do the tests.
     */
    static Response whileUnknown(Supplier<Response> call) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (true) {
            Response response = call.get();
            if (response.statusCode() != 422
                    || System.currentTimeMillis() > deadline
                    || !response.asString().contains("not known")) {
                return response;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return response;
            }
        }
    }
}
