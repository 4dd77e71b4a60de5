package org.jixiao.gateway.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jixiao.stack.FreePorts;

/**
 * A stand-in service on a fixed free port that reports what reached it: which service it is, the method, the raw
 * path and query, the X-Request-Id, and the body (in full when small, always its length and SHA-256). A few paths
 * misbehave on purpose: {@code .../invalid} answers a 422 problem, {@code .../unavailable} a 503 problem (a service
 * whose own dependency is down), {@code .../slow} sleeps past the gateway's timeout; {@code /q/openapi} answers a small OpenAPI document of the service. Can be stopped and started again on the same port to play an outage.
 */
public final class StubUpstream {

    public static final String UPSTREAM_HEADER = "X-Stub-Header";
    public static final String INVALID_BODY = "{\"type\":\"about:blank\",\"title\":\"Invalid values\",\"status\":422,"
            + "\"detail\":\"fiscalYear must be 2000..2100\",\"instance\":\"/api/indicators/invalid\"}";

    public static final String UNAVAILABLE_BODY =
            "{\"type\":\"about:blank\",\"title\":\"Service unavailable\",\"status\":503,"
                    + "\"detail\":\"the database is unavailable\"}";

    private static final int ECHO_BODY_LIMIT = 64 * 1024;
    private static final long SLOW_MILLIS = 3_000;

    private final String service;
    private final int port;
    private final AtomicInteger apiRequests = new AtomicInteger();
    private final AtomicInteger openApiRequests = new AtomicInteger();
    private HttpServer server;
    private ExecutorService executor;
    /** Holds the port while stopped: bound but not listening, so the gateway's calls are refused as by a dead service. */
    private Socket portHold;

    public StubUpstream(String service) {
        this.service = service;
        this.port = FreePorts.pick();
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Starts serving, unless it already does. */
    public synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            if (portHold != null) {
                portHold.close();
                portHold = null;
            }
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        executor = Executors.newCachedThreadPool();
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /**
     * Stops serving but keeps the port: otherwise an outgoing connection of this JVM may be given it as its local
     * port, and the stub could not start on it again.
     */
    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            server = null;
            portHold = holdPort(port);
        }
    }

    /** Stops for good, giving the port back. */
    public synchronized void shutdown() {
        stop();
        try {
            if (portHold != null) {
                portHold.close();
                portHold = null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many requests outside /q/ reached this stub (across restarts): what the gateway passed on. */
    public int apiRequests() {
        return apiRequests.get();
    }

    /** How many times the gateway fetched this stub's OpenAPI document. */
    public int openApiRequests() {
        return openApiRequests.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getRawPath();
            if (!path.startsWith("/q/")) {
                apiRequests.incrementAndGet();
            } else if (path.startsWith("/q/openapi")) {
                openApiRequests.incrementAndGet();
            }
            String requestId = exchange.getRequestHeaders().getFirst("X-Request-Id");
            if (requestId != null) {
                // Real services echo the id too; the gateway must not end up sending it twice.
                exchange.getResponseHeaders().set("X-Request-Id", requestId);
            }
            if (path.equals("/q/health/ready")) {
                send(exchange, 200, "application/json", "{\"status\":\"UP\"}");
            } else if (path.equals("/q/openapi")) {
                send(exchange, 200, "application/json", StubOpenApiDocs.forService(service));
            } else if (path.endsWith("/invalid")) {
                exchange.getResponseHeaders().set(UPSTREAM_HEADER, "kept");
                send(exchange, 422, "application/problem+json", INVALID_BODY);
            } else if (path.endsWith("/unavailable")) {
                exchange.getResponseHeaders().set("Retry-After", "5");
                send(exchange, 503, "application/problem+json", UNAVAILABLE_BODY);
            } else if (path.endsWith("/slow")) {
                sleep();
                send(exchange, 200, "application/json", "{\"late\":true}");
            } else {
                send(exchange, 200, "application/json", echo(exchange, body, requestId));
            }
        } catch (IOException e) {
            // The gateway gave up on us (timeout) and closed the connection: nothing to answer.
        }
    }

    private String echo(HttpExchange exchange, byte[] body, String requestId) {
        String query = exchange.getRequestURI().getRawQuery();
        return new JsonObject()
                .put("service", service)
                .put("method", exchange.getRequestMethod())
                .put("uri", exchange.getRequestURI().getRawPath() + (query != null ? "?" + query : ""))
                .put("requestId", requestId)
                .put("contentType", exchange.getRequestHeaders().getFirst("Content-Type"))
                .put("authorization", exchange.getRequestHeaders().getFirst("Authorization"))
                .put("bodyLength", body.length)
                .put("bodySha256", sha256(body))
                .put("body", body.length <= ECHO_BODY_LIMIT ? new String(body, StandardCharsets.UTF_8) : null)
                .encode();
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep() throws IOException {
        try {
            Thread.sleep(SLOW_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("stub stopped while sleeping", e);
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Socket holdPort(int port) {
        try {
            Socket hold = new Socket();
            hold.setReuseAddress(true); // the stopped server's connections may linger in TIME_WAIT
            hold.bind(new InetSocketAddress("127.0.0.1", port));
            return hold;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
