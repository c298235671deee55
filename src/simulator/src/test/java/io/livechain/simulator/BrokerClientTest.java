package io.livechain.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import io.livechain.model.EventType;
import io.livechain.model.Position;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BrokerClientTest {

    @Test
    void postsBinaryCloudEventsAndSendsARateLimitedOneAgainAfterRetryAfter() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", exchange -> {
            received.add(exchange.getRequestHeaders().getFirst("ce-id") + " "
                    + exchange.getRequestHeaders().getFirst("ce-type") + " "
                    + exchange.getRequestHeaders().getFirst("Content-Type"));
            boolean first = requests.getAndIncrement() == 0;
            if (first) {
                exchange.getResponseHeaders().add("Retry-After", "1");
            }
            exchange.sendResponseHeaders(first ? 429 : 202, -1);
            exchange.close();
        });
        server.start();
        try (BrokerClient client = new BrokerClient(
                URI.create("http://localhost:" + server.getAddress().getPort() + "/"))) {
            client.send(new SimulatedEvent(
                    EventType.POSITION,
                    "/simulator/trackers/gps-1",
                    "sim-x-1",
                    new Position("S-1", "gps-1", 52.5, 13.4, Instant.parse("2026-12-02T06:00:00Z"))));
            client.close();
            assertEquals(Map.of(EventType.POSITION, 1L), client.accepted());
            assertEquals(0, client.refused());
        } finally {
            server.stop(0);
        }
        assertEquals(
                List.of(
                        "sim-x-1 io.livechain.position.v1 application/json",
                        "sim-x-1 io.livechain.position.v1 application/json"),
                received);
    }
}
