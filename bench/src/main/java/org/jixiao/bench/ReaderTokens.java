package org.jixiao.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Reader keys made for one benchmark run with the stack's admin key, and a token for each, so that requests rotated
 * over them stay under the per-key rate limit (docs/security.md: 500 reads per key and 10 s). The gateway also limits
 * token exchanges per client address (30 a minute), so the exchanges are spread over loopback source addresses
 * 127.0.0.2, 127.0.0.3, … The keys are revoked when the run ends.
 */
final class ReaderTokens implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int EXCHANGES_PER_ADDRESS = 20;

    private final URI gateway;
    private final String adminToken;
    private final List<String> keyIds = new ArrayList<>();
    private final List<String> tokens = new ArrayList<>();

    private ReaderTokens(URI gateway, String adminToken) {
        this.gateway = gateway;
        this.adminToken = adminToken;
    }

    static ReaderTokens create(URI gateway, String adminKey, int count) throws IOException {
        String adminToken;
        try (KeepAliveConnection http = new KeepAliveConnection(gateway)) {
            adminToken = exchange(http, adminKey);
        }
        ReaderTokens made = new ReaderTokens(gateway, adminToken);
        try {
            made.makeKeys(count);
        } catch (IOException | RuntimeException e) {
            made.close();
            throw e;
        }
        return made;
    }

    private void makeKeys(int count) throws IOException {
        try (KeepAliveConnection http = new KeepAliveConnection(gateway)) {
            for (int i = 0; i < count; i++) {
                KeepAliveConnection.Response created = createKey(http, adminToken, i);
                if (created.status() != 201) {
                    throw new IOException("creating a reader key: HTTP " + created.status() + " " + created.text());
                }
                JsonNode key = JSON.readTree(created.body());
                keyIds.add(key.path("id").asText());
                InetAddress source =
                        InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) (2 + i / EXCHANGES_PER_ADDRESS)});
                try (KeepAliveConnection from = new KeepAliveConnection(gateway, source)) {
                    tokens.add(exchange(from, key.path("apiKey").asText()));
                }
            }
        }
    }

    private static KeepAliveConnection.Response createKey(KeepAliveConnection http, String adminToken, int i)
            throws IOException {
        String body = "{\"role\":\"reader\",\"label\":\"bench reads " + i + "\"}";
        return admitted(() -> http.postJson("/api/keys", adminToken, body));
    }

    /** A call that may be refused by a rate limit. */
    private interface Call {
        KeepAliveConnection.Response send() throws IOException;
    }

    /**
     * Key creation and token exchanges are rate-limited (per key and per source address): a stack on its default
     * limits, or one a previous run has just used, makes the keys at the pace it allows.
     */
    private static KeepAliveConnection.Response admitted(Call call) throws IOException {
        while (true) {
            KeepAliveConnection.Response response = call.send();
            if (response.status() != 429) {
                return response;
            }
            try {
                Thread.sleep(Math.max(1, response.retryAfterSeconds()) * 1000L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting out a rate limit", e);
            }
        }
    }

    private static String exchange(KeepAliveConnection http, String apiKey) throws IOException {
        String body = JSON.createObjectNode().put("apiKey", apiKey).toString();
        KeepAliveConnection.Response response = admitted(() -> http.postJson("/api/auth/token", null, body));
        if (response.status() != 200) {
            throw new IOException("token exchange: HTTP " + response.status() + " " + response.text());
        }
        return JSON.readTree(response.body()).path("token").asText();
    }

    String adminToken() {
        return adminToken;
    }

    List<String> tokens() {
        return tokens;
    }

    @Override
    public void close() {
        try (KeepAliveConnection http = new KeepAliveConnection(gateway)) {
            for (String id : keyIds) {
                http.delete("/api/keys/" + id, adminToken);
            }
        } catch (IOException e) {
            System.err.println("revoking the benchmark's reader keys failed: " + e.getMessage());
        }
    }
}
