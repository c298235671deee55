package io.livechain.benchmarks.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends scans to the ingress as devices do: each until it is accepted (202), resending the same
 * {@code source} + {@code id} after a refusal or a connection error, so an outage delays events but
 * loses none. Counts what it sent per sku, to check the totals against.
 */
final class RetryingSender {

    private static final Duration RETRY_AFTER = Duration.ofMillis(250);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private final URI ingress;
    private final String skuPrefix;
    private final int skus;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicLong refusals = new AtomicLong();
    private final Map<String, Long> sentBySku = new ConcurrentHashMap<>();

    RetryingSender(URI ingress, String skuPrefix, int skus) {
        this.ingress = ingress;
        this.skuPrefix = skuPrefix;
        this.skus = skus;
    }

    /** Sends {@code count} scans with {@code workers} connections; {@code pause} between a worker's sends. */
    Thread start(int count, int workers, Duration pause) {
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            Thread worker = new Thread(() -> work(count, pause), skuPrefix + "-sender-" + w);
            worker.setDaemon(true);
            worker.start();
            threads.add(worker);
        }
        Thread all = new Thread(() -> threads.forEach(RetryingSender::join), skuPrefix + "-sender");
        all.setDaemon(true);
        all.start();
        return all;
    }

    private void work(int count, Duration pause) {
        for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
            String sku = skuPrefix + "-" + (i % skus);
            while (!send(skuPrefix + "-" + i, sku)) {
                refusals.incrementAndGet();
                sleep(RETRY_AFTER);
            }
            accepted.incrementAndGet();
            sentBySku.merge(sku, 1L, Long::sum);
            sleep(pause);
        }
    }

    private boolean send(String id, String sku) {
        HttpRequest request = HttpRequest.newBuilder(ingress)
                .timeout(Duration.ofSeconds(15))
                .header("ce-specversion", "1.0")
                .header("ce-id", id)
                .header("ce-source", "/faults/scanner")
                .header("ce-type", "io.livechain.scan.v1")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"sku": "%s", "location": "DC-1", "quantity": 1, "bizStep": "receiving",
                         "eventTime": "2026-11-27T06:00:00Z"}""".formatted(sku)))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 202;
        } catch (IOException e) {
            return false; // the stack is away: resend
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    int accepted() {
        return accepted.get();
    }

    long refusals() {
        return refusals.get();
    }

    Map<String, Long> sentBySku() {
        return Map.copyOf(sentBySku);
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(Duration pause) {
        if (pause.isZero()) {
            return;
        }
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
