package org.jixiao.stack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stands in for a Quarkus service in {@link LocalStackIT}: records the environment it got, answers readiness,
 * the token exchange, key creation and {@code POST /api/imports}, and notes a graceful stop. Runs in the module directory, where it writes its files.
 */
public final class FakeServiceMain {
    private FakeServiceMain() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of("").toAbsolutePath();
        if (Files.exists(dir.resolve("fake-crash"))) {
            System.out.println("fake service: crashing on purpose");
            System.exit(3);
        }
        Map<String, String> env = new TreeMap<>();
        System.getenv().forEach((k, v) -> {
            if (k.startsWith("QUARKUS_")
                    || k.startsWith("KAFKA_")
                    || k.startsWith("JIXIAO_")
                    || k.startsWith("MP_JWT_")
                    || k.startsWith("SMALLRYE_JWT_")) {
                env.put(k, v);
            }
        });
        StringBuilder lines = new StringBuilder();
        env.forEach((k, v) -> lines.append(k).append('=').append(v).append('\n'));
        Files.writeString(dir.resolve("fake-env.txt"), lines);

        int port = Integer.parseInt(System.getenv("QUARKUS_HTTP_PORT"));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/q/health/ready", ex -> answer(ex, 200, "{\"status\":\"UP\"}"));
        // The gateway's token exchange and key API, as far as the launcher uses them.
        server.createContext("/api/auth/token", ex -> {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            boolean admin = body.contains("\"" + System.getenv("JIXIAO_ADMIN_KEY") + "\"");
            boolean demo = body.contains("jx_fake_");
            answer(
                    ex,
                    admin || demo ? 200 : 401,
                    "{\"token\":\"" + (admin ? "fake-admin-token" : "fake-token") + "\"}");
        });
        server.createContext("/api/keys", ex -> {
            ex.getRequestBody().readAllBytes();
            boolean admin =
                    "Bearer fake-admin-token".equals(ex.getRequestHeaders().getFirst("Authorization"));
            answer(ex, admin ? 201 : 403, "{\"apiKey\":\"jx_fake_" + System.nanoTime() + "\"}");
        });
        server.createContext("/api/imports", ex -> {
            byte[] body = ex.getRequestBody().readAllBytes();
            String record = ex.getRequestMethod() + " " + ex.getRequestURI() + " "
                    + ex.getRequestHeaders().getFirst("Authorization") + " "
                    + ex.getRequestHeaders().getFirst("Content-Type") + " "
                    + new String(body, StandardCharsets.UTF_8)
                            .lines()
                            .findFirst()
                            .orElse("") + "\n";
            Files.writeString(
                    dir.resolve("fake-imports.txt"), record, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            answer(
                    ex,
                    201,
                    "{\"tables\":[{\"unitCode\":\"573301\",\"projectId\":7,\"projectName\":\"演示项目\","
                            + "\"outcome\":\"CREATED\",\"indicators\":12}]}");
        });
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Files.writeString(dir.resolve("fake-stopped.txt"), "graceful\n");
            } catch (IOException ignored) {
                // the assertion on the missing file reports it
            }
            server.stop(0);
        }));
        System.out.println("fake service listening on " + port);
    }

    private static void answer(HttpExchange ex, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}
