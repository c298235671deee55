package io.livechain.readapi.owners;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A stand-in for the threshold function's HTTP side, on a free local port: records every request and
 * answers as the test says ({@link #answer}). The real endpoint is tested in threshold's own AckRouteTest.
 */
public final class FakeThreshold implements AutoCloseable {

    /** One request as threshold would get it; {@code path} is the raw (still encoded) path. */
    public record Request(String method, String path, String contentType, String body) {}

    /** What to answer: a status and a JSON body, or {@link #HANG_UP} to close the connection unanswered. */
    public record Reply(int status, String body) {
        public static final Reply HANG_UP = new Reply(-1, null);
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile Function<Request, Reply> answer = request -> new Reply(500, "{}");

    FakeThreshold() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    private void handle(HttpExchange exchange) throws IOException {
        Request request = new Request(
                exchange.getRequestMethod(),
                exchange.getRequestURI().getRawPath(),
                exchange.getRequestHeaders().getFirst("Content-Type"),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        requests.add(request);
        Reply reply = answer.apply(request);
        if (reply.status() > 0) {
            byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(reply.status(), body.length);
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    /** Base URL, without a trailing slash, as a threshold URL is configured. */
    public String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** Answer every following request with what {@code answer} makes of it; forgets earlier requests. */
    public void answer(Function<Request, Reply> answer) {
        this.answer = answer;
        requests.clear();
    }

    /** The requests since the last {@link #answer}, oldest first. */
    public List<Request> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
