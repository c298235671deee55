package io.livechain.kit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real HTTP broker ingress whose answers a test scripts request by request (e.g. 202 then 503, a
 * broker failing mid-batch; test-support's RecordingHttpServer answers all alike). Records every body.
 */
final class ScriptedBroker implements AutoCloseable {

    private final HttpServer server;
    private final Deque<Integer> answers = new ConcurrentLinkedDeque<>();
    private final List<String> received = new CopyOnWriteArrayList<>();

    ScriptedBroker(Integer... answers) {
        this.answers.addAll(List.of(answers));
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.start();
    }

    private void answer(HttpExchange exchange) throws IOException {
        received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Integer status = answers.poll();
        exchange.sendResponseHeaders(status == null ? 202 : status, -1);
        exchange.close();
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort() + "/";
    }

    /** Every request body, taken or not, oldest first. */
    List<String> received() {
        return received;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
