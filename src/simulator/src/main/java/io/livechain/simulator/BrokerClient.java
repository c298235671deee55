package io.livechain.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.livechain.model.EventType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Posts events to a broker ingress as devices do: CloudEvents HTTP binary mode, at most
 * {@value #IN_FLIGHT} requests at a time, and what the broker answers 429 or 503 (rate limit, Kafka
 * away) sent again after its {@code Retry-After} (or a second), the same id, up to {@value #ATTEMPTS}
 * times. Counts what was accepted and refused, per type.
 */
final class BrokerClient implements AutoCloseable {

    static final int IN_FLIGHT = 64;
    static final int ATTEMPTS = 5;

    static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final URI broker;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Semaphore slots = new Semaphore(IN_FLIGHT);
    private final Map<EventType, LongAdder> accepted = new ConcurrentHashMap<>();
    private final LongAdder refused = new LongAdder();
    private volatile String lastRefusal = "";

    BrokerClient(URI broker) {
        this.broker = broker;
    }

    /** Sends in the background; blocks only while {@value #IN_FLIGHT} are already on their way. */
    void send(SimulatedEvent event) throws InterruptedException {
        slots.acquire();
        attempt(event, request(event), 1).whenComplete((ignored, failure) -> slots.release());
    }

    private CompletableFuture<Void> attempt(SimulatedEvent event, HttpRequest request, int attempt) {
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .handle((response, failure) -> {
                    int status = failure == null ? response.statusCode() : 0;
                    if (status / 100 == 2) {
                        accepted.computeIfAbsent(event.type(), t -> new LongAdder())
                                .increment();
                        return CompletableFuture.<Void>completedFuture(null);
                    }
                    if ((status == 429 || status == 503 || status == 0) && attempt < ATTEMPTS) {
                        long wait = response == null
                                ? 1
                                : response.headers()
                                        .firstValueAsLong("Retry-After")
                                        .orElse(1);
                        return CompletableFuture.runAsync(
                                        () -> {},
                                        CompletableFuture.delayedExecutor(Math.max(wait, 1), TimeUnit.SECONDS))
                                .thenCompose(ignored -> attempt(event, request, attempt + 1));
                    }
                    refused.increment();
                    lastRefusal = event.type().type() + " " + event.id() + ": "
                            + (failure != null ? failure.toString() : status + " " + response.body());
                    return CompletableFuture.<Void>completedFuture(null);
                })
                .thenCompose(next -> next);
    }

    private HttpRequest request(SimulatedEvent event) {
        try {
            return HttpRequest.newBuilder(broker)
                    .timeout(Duration.ofSeconds(10))
                    .header("ce-specversion", "1.0")
                    .header("ce-id", event.id())
                    .header("ce-type", event.type().type())
                    .header("ce-source", event.source())
                    .header("ce-time", Instant.now().toString())
                    .header(
                            "Content-Type",
                            event.type() == EventType.EPCIS ? "application/ld+json" : "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(event.data())))
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + event.id(), e);
        }
    }

    Map<EventType, Long> accepted() {
        Map<EventType, Long> counts = new java.util.TreeMap<>();
        accepted.forEach((type, count) -> counts.put(type, count.sum()));
        return counts;
    }

    long refused() {
        return refused.sum();
    }

    String lastRefusal() {
        return lastRefusal;
    }

    /** Waits up to {@code limit} for the requests on their way. */
    @Override
    public void close() throws InterruptedException {
        if (slots.tryAcquire(IN_FLIGHT, 30, TimeUnit.SECONDS)) {
            slots.release(IN_FLIGHT);
        }
    }
}
