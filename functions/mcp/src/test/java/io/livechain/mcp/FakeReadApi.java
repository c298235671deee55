package io.livechain.mcp;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * read-api's and reroute's HTTP side as the server's tests need it: a canned JSON answer per path and
 * query, everything else 404, and every request recorded with its Authorization header. (The real
 * services answer in the end-to-end test, McpE2eTest.)
 */
final class FakeReadApi implements AutoCloseable {

    record Call(String method, String uri, String authorization, String body) {}

    private record Canned(int status, String body) {}

    private final HttpServer server;
    private final Map<String, Canned> answers = new ConcurrentHashMap<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();

    FakeReadApi() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** Answers {@code method uri} (path and raw query) with {@code status} and a JSON {@code body}. */
    void answer(String method, String uri, int status, String body) {
        answers.put(method + " " + uri, new Canned(status, body));
    }

    List<Call> calls() {
        return calls;
    }

    void reset() {
        answers.clear();
        calls.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String uri = exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null
                        ? ""
                        : "?" + exchange.getRequestURI().getRawQuery());
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        calls.add(new Call(
                exchange.getRequestMethod(), uri, exchange.getRequestHeaders().getFirst("Authorization"), body));
        Canned canned = answers.getOrDefault(
                exchange.getRequestMethod() + " " + uri, new Canned(404, "{\"message\":\"nothing at " + uri + "\"}"));
        byte[] bytes = canned.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(canned.status(), bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
