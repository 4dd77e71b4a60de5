package org.jixiao.gateway.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodySubscribers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jixiao.testinfra.TestTokens;

/**
 * A minimal EventSource for tests: reads a text/event-stream line by line as it arrives, assembles events, keeps
 * comments, and can disconnect at any moment (like a browser tab closing).
 */
public final class SseTestClient implements AutoCloseable {

    public record Event(String id, String name, String data) {}

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> comments = new LinkedBlockingQueue<>();
    private final CompletableFuture<Flow.Subscription> subscription = new CompletableFuture<>();
    private final List<String> fields = new ArrayList<>();
    private int status;
    private String contentType;

    private SseTestClient() {}

    /** Connects and returns once the response headers arrived (the gateway subscribed before sending them). */
    public static SseTestClient connect(URI uri, Map<String, String> headers) throws Exception {
        SseTestClient client = new SseTestClient();
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .header("Accept", "text/event-stream")
                .header("Authorization", TestTokens.bearer(TestTokens.reader()));
        headers.forEach(request::header);
        CompletableFuture<Void> headersSeen = new CompletableFuture<>();
        HTTP.sendAsync(request.build(), info -> {
            client.status = info.statusCode();
            client.contentType = info.headers().firstValue("Content-Type").orElse(null);
            headersSeen.complete(null);
            return BodySubscribers.fromLineSubscriber(client.new Lines());
        });
        headersSeen.get(5, TimeUnit.SECONDS);
        return client;
    }

    public int status() {
        return status;
    }

    public String contentType() {
        return contentType;
    }

    public Event nextEvent(Duration timeout) throws InterruptedException {
        Event event = events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (event == null) {
            throw new AssertionError("no event within " + timeout);
        }
        return event;
    }

    public String nextComment(Duration timeout) throws InterruptedException {
        String comment = comments.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (comment == null) {
            throw new AssertionError("no comment within " + timeout);
        }
        return comment;
    }

    /** Drops the connection without reading further. */
    @Override
    public void close() {
        subscription.thenAccept(Flow.Subscription::cancel);
    }

    private void line(String line) {
        if (line.startsWith(":")) {
            comments.add(line.substring(1).strip());
        } else if (line.isEmpty()) {
            dispatch();
        } else {
            fields.add(line);
        }
    }

    private void dispatch() {
        String id = null;
        String name = "message";
        StringBuilder data = null;
        for (String field : fields) {
            int colon = field.indexOf(':');
            String key = colon < 0 ? field : field.substring(0, colon);
            String value = colon < 0 ? "" : field.substring(colon + 1).replaceFirst("^ ", "");
            switch (key) {
                case "id" -> id = value;
                case "event" -> name = value;
                case "data" ->
                    data = data == null
                            ? new StringBuilder(value)
                            : data.append('\n').append(value);
                default -> {} // retry: and unknown fields carry no event
            }
        }
        fields.clear();
        if (data != null) {
            events.add(new Event(id, name, data.toString()));
        }
    }

    private final class Lines implements Flow.Subscriber<String> {
        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription.complete(s);
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String item) {
            line(item);
        }

        @Override
        public void onError(Throwable throwable) {}

        @Override
        public void onComplete() {}
    }
}
