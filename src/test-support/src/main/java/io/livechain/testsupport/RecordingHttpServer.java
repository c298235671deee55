package io.livechain.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real local HTTP endpoint for tests (a broker ingress, a webhook, a channel): records every
 * request and answers with a status the test can change, e.g. 503 to play a channel that is down.
 */
public final class RecordingHttpServer implements AutoCloseable {

    /** One request: lower-case header names to first values, and the body. */
    public record Request(String path, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile int status = 202;

    public RecordingHttpServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    private void handle(HttpExchange exchange) throws IOException {
        Map<String, String> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        int answer = status;
        if (answer / 100 == 2) {
            requests.add(new Request(exchange.getRequestURI().getPath(), headers, body));
        }
        exchange.sendResponseHeaders(answer, -1);
        exchange.close();
    }

    /** Base URL, ending in a slash. */
    public String url() {
        return "http://localhost:" + server.getAddress().getPort() + "/";
    }

    /** The requests answered with 2xx, oldest first. */
    public List<Request> requests() {
        return requests;
    }

    /** Answer every following request with {@code status} (2xx ones are recorded). */
    public void answer(int status) {
        this.status = status;
    }

    public void clear() {
        requests.clear();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
