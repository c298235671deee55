package io.livechain.benchmarks.chain;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

/**
 * Compares what was sent per sku with {@code total} of {@code GET /api/inventory/{sku}} (the read API),
 * or reads each sku's on-hand at one location.
 */
public final class InventoryTotals {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int IN_FLIGHT = 8;

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String baseUrl;
    private final Optional<String> bearerToken;

    /**
     * @param bearerToken the stack's token ({@code <data-dir>/token}); absent for a checkout from
     *     before the read API wanted one (a baseline)
     */
    public InventoryTotals(String baseUrl, Optional<String> bearerToken) {
        this.baseUrl = baseUrl;
        this.bearerToken = bearerToken;
    }

    /** The skus whose total is not the expected one, as "sku: expected x, read y"; empty when all are exact. */
    public List<String> mismatches(Map<String, Long> expectedBySku) throws InterruptedException {
        Map<String, String> wrong = new ConcurrentHashMap<>();
        readEach(expectedBySku.keySet(), this::total, (sku, total, error) -> {
            long expected = expectedBySku.get(sku);
            if (error != null || total.compareTo(BigDecimal.valueOf(expected)) != 0) {
                wrong.put(
                        sku,
                        "%s: expected %d, read %s"
                                .formatted(sku, expected, error != null ? error.getMessage() : total.toPlainString()));
            }
        });
        return wrong.values().stream().sorted().toList();
    }

    /**
     * {@code onHand} of {@code GET /api/inventory/{sku}/{location}} for each sku (zero when the read API
     * knows none); a sku whose read failed is left out.
     */
    public Map<String, BigDecimal> onHandAt(Collection<String> skus, String location) throws InterruptedException {
        Map<String, BigDecimal> read = new ConcurrentHashMap<>();
        readEach(skus, sku -> read(path(sku) + "/" + encode(location), "onHand"), (sku, onHand, error) -> {
            if (error == null) {
                read.put(sku, onHand);
            }
        });
        return read;
    }

    @FunctionalInterface
    private interface Outcome {
        void of(String sku, BigDecimal value, Throwable error);
    }

    /** Reads every sku, {@value #IN_FLIGHT} at a time, and hands each value or error to {@code outcome}. */
    private void readEach(
            Collection<String> skus, Function<String, CompletableFuture<BigDecimal>> read, Outcome outcome)
            throws InterruptedException {
        Semaphore inFlight = new Semaphore(IN_FLIGHT);
        List<CompletableFuture<Void>> reads = new ArrayList<>();
        for (String sku : skus) {
            inFlight.acquire();
            reads.add(read.apply(sku).handle((value, error) -> {
                inFlight.release();
                outcome.of(sku, value, error);
                return null;
            }));
        }
        CompletableFuture.allOf(reads.toArray(CompletableFuture[]::new)).join();
    }

    /** The sku's total; zero when the read API knows no such sku (404). */
    private CompletableFuture<BigDecimal> total(String sku) {
        return read(path(sku), "total");
    }

    private String path(String sku) {
        return baseUrl + "/api/inventory/" + encode(sku);
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8);
    }

    /** A decimal field of the read API's answer; zero on 404 (nothing recorded). */
    private CompletableFuture<BigDecimal> read(String url, String field) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .GET();
        bearerToken.ifPresent(token -> request.header("Authorization", "Bearer " + token));
        return client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> {
                    if (response.statusCode() == 404) {
                        return BigDecimal.ZERO;
                    }
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("HTTP " + response.statusCode());
                    }
                    try {
                        return JSON.readTree(response.body()).path(field).decimalValue();
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException("unreadable body " + response.body(), e);
                    }
                });
    }
}
