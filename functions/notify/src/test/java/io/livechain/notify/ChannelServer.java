package io.livechain.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A real local HTTP endpoint standing in for a channel: records every request, answers as told. */
public final class ChannelServer implements AutoCloseable {

    /** One request as the channel saw it. */
    public record Request(String method, String path, String contentType, String body) {

        public JsonNode json() {
            return Events.json(body);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Request> received = new CopyOnWriteArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile int status;
    private volatile boolean holding;

    private ChannelServer(int status) {
        this.status = status;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** A server on a free port answering {@code status} until told otherwise. */
    public static ChannelServer answering(int status) {
        return new ChannelServer(status);
    }

    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    public void answer(int status) {
        this.status = status;
    }

    /** Takes requests but never answers them (until closed): a hung channel. */
    public void holdAnswers() {
        holding = true;
    }

    public List<Request> received() {
        return List.copyOf(received);
    }

    public List<Request> receivedAt(String path) {
        return received.stream().filter(request -> request.path().equals(path)).toList();
    }

    /** Forgets what was received and answers {@code status} again. */
    public void reset(int status) {
        received.clear();
        this.status = status;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Request(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    body));
            if (holding) {
                released.await();
            }
            exchange.sendResponseHeaders(status, -1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
