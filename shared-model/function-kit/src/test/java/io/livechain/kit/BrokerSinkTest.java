package io.livechain.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sender identity: Knative's mounted OIDC token goes along as a bearer token, read anew for each
 * post. The trace: an event's traceparent goes as its extension and as the W3C header.
 */
class BrokerSinkTest {

    private final ObjectMapper mapper = new ObjectMapper();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final List<String> traceHeaders = new CopyOnWriteArrayList<>();
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private HttpServer broker;

    @TempDir
    Path dir;

    @BeforeEach
    void start() throws Exception {
        broker = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        broker.createContext("/", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            traceHeaders.add(String.valueOf(exchange.getRequestHeaders().getFirst("traceparent")));
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
        });
        broker.start();
    }

    @AfterEach
    void stop() {
        broker.stop(0);
    }

    private BrokerSink sink(Path tokenFile) {
        return new BrokerSink(
                "http://localhost:" + broker.getAddress().getPort() + "/", Duration.ofSeconds(5), mapper, tokenFile);
    }

    private static BrokerSink.Event event(String id) {
        return event(id, null);
    }

    private static BrokerSink.Event event(String id, String traceparent) {
        return new BrokerSink.Event(
                id, "io.livechain.test.v1", "/test", null, Instant.EPOCH, "application/json", null, traceparent);
    }

    @Test
    void theTraceparentGoesAsExtensionAndAsW3cHeader() throws Exception {
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        BrokerSink sink = sink(dir.resolve("absent"));

        sink.post(event("traced", traceparent));
        sink.post(event("untraced"));

        assertEquals(
                traceparent, mapper.readTree(bodies.get(0)).path("traceparent").asText());
        assertEquals(List.of(traceparent, "null"), traceHeaders);
        assertNull(mapper.readTree(bodies.get(1)).get("traceparent"), "no trace, no extension");
    }

    @Test
    void mountedTokenIsSentAndARenewedOneIsPickedUp() throws Exception {
        Path token = Files.writeString(dir.resolve("token"), "first-token\n");
        BrokerSink sink = sink(token);

        sink.post(event("a"));
        Files.writeString(token, "renewed-token");
        sink.post(event("b"));

        assertEquals(List.of("Bearer first-token", "Bearer renewed-token"), authorizations);
    }

    @Test
    void withoutTheMountNothingIsSent() {
        sink(dir.resolve("absent")).post(event("a"));

        assertEquals(1, authorizations.size());
        assertNull(authorizations.get(0));
    }
}
