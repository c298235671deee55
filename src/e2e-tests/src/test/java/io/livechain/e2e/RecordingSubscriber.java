package io.livechain.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP subscriber for test Triggers: records every binary-mode CloudEvent it gets, and
 * answers 503 to the first {@code failuresPerEvent} attempts of each event id, or, made with
 * {@link #hanging}, holds every request that long before answering 202 (a subscriber that hangs).
 */
final class RecordingSubscriber implements AutoCloseable {

    /** One received event: its ce-* headers and data. */
    record Received(Map<String, String> attributes, String data) {
        String attribute(String name) {
            return attributes.get(name);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private volatile int failuresPerEvent;
    private final Duration hangFor;

    RecordingSubscriber(int failuresPerEvent) throws IOException {
        this(failuresPerEvent, Duration.ZERO);
    }

    private RecordingSubscriber(int failuresPerEvent, Duration hangFor) throws IOException {
        this.failuresPerEvent = failuresPerEvent;
        this.hangFor = hangFor;
        this.server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", this::handle);
        // A thread per request: a hanging request must not hold up the next attempt's.
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "subscriber-" + server.getAddress().getPort());
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    /** A subscriber that takes {@code hangFor} to answer each request. */
    static RecordingSubscriber hanging(Duration hangFor) throws IOException {
        return new RecordingSubscriber(0, hangFor);
    }

    private void handle(HttpExchange exchange) throws IOException {
        Map<String, String> attributes = new ConcurrentHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (name.toLowerCase().startsWith("ce-")) {
                attributes.put(name.toLowerCase().substring(3), values.get(0));
            }
        });
        String data = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        int attempt = attempts.computeIfAbsent(attributes.getOrDefault("id", "?"), id -> new AtomicInteger())
                .incrementAndGet();
        if (!hangFor.isZero()) {
            try {
                Thread.sleep(hangFor.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        int status = attempt <= failuresPerEvent ? 503 : 202;
        if (status == 202) {
            received.add(new Received(attributes, data));
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    /** From now on accepts every event: the cause of its refusals is fixed. */
    void fix() {
        failuresPerEvent = 0;
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort() + "/";
    }

    List<Received> received() {
        return received;
    }

    int attempts(String id) {
        AtomicInteger count = attempts.get(id);
        return count == null ? 0 : count.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
