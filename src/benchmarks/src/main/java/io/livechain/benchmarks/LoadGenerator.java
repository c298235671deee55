package io.livechain.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.HdrHistogram.Histogram;

/**
 * Sends a bounded number of binary-mode CloudEvents to one URL with bounded concurrency (closed
 * loop), recording each request's latency in an HdrHistogram. Loopback targets only.
 */
final class LoadGenerator {

    /** One event to send: its CloudEvent id and type and the JSON data. */
    record Event(String id, String type, String data) {}

    /** What a run measured. */
    record Result(long events, long failures, Duration elapsed, Histogram latencyMicros) {
        double perSecond() {
            return events / (elapsed.toNanos() / 1e9);
        }

        String summary(String name) {
            return "%-28s %7d events  %8.0f /s  p50 %6.2f ms  p99 %6.2f ms  p99.9 %6.2f ms  max %6.2f ms  failures %d"
                    .formatted(
                            name,
                            events,
                            perSecond(),
                            latencyMicros.getValueAtPercentile(50) / 1000.0,
                            latencyMicros.getValueAtPercentile(99) / 1000.0,
                            latencyMicros.getValueAtPercentile(99.9) / 1000.0,
                            latencyMicros.getMaxValue() / 1000.0,
                            failures);
        }
    }

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    /** Sends {@code count} events from {@code events}, {@code concurrency} in flight; 2xx counts as success. */
    Result run(URI target, int count, int concurrency, IntFunction<Event> events) throws InterruptedException {
        Histogram latency = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
        Semaphore inFlight = new Semaphore(concurrency);
        AtomicInteger failures = new AtomicInteger();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            Event event = events.apply(i);
            inFlight.acquire();
            long sent = System.nanoTime();
            client.sendAsync(request(target, event), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, error) -> {
                        long micros = (System.nanoTime() - sent) / 1000;
                        synchronized (latency) {
                            latency.recordValue(Math.min(micros, latency.getHighestTrackableValue()));
                        }
                        if (error != null || response.statusCode() / 100 != 2) {
                            failures.incrementAndGet();
                        }
                        inFlight.release();
                    });
        }
        inFlight.acquire(concurrency);
        return new Result(count, failures.get(), Duration.ofNanos(System.nanoTime() - start), latency);
    }

    private static HttpRequest request(URI target, Event event) {
        return HttpRequest.newBuilder(target)
                .timeout(Duration.ofSeconds(30))
                .header("ce-specversion", "1.0")
                .header("ce-id", event.id())
                .header("ce-source", "/livechain/benchmarks")
                .header("ce-type", event.type())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(event.data()))
                .build();
    }

    /** A plain GET, for polling the read API. */
    /** A GET with the read API's bearer token, when there is one. */
    HttpResponse<String> get(URI uri, Optional<String> bearerToken) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET();
        bearerToken.ifPresent(token -> request.header("Authorization", "Bearer " + token));
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
