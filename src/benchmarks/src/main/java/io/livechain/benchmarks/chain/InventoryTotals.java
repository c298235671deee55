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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/** Compares what was sent per sku with {@code total} of {@code GET /api/inventory/{sku}} (the read API). */
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
        Semaphore inFlight = new Semaphore(IN_FLIGHT);
        List<CompletableFuture<Void>> reads = new ArrayList<>();
        for (Map.Entry<String, Long> expected : expectedBySku.entrySet()) {
            inFlight.acquire();
            reads.add(total(expected.getKey()).handle((total, error) -> {
                inFlight.release();
                if (error != null || total.compareTo(BigDecimal.valueOf(expected.getValue())) != 0) {
                    wrong.put(
                            expected.getKey(),
                            "%s: expected %d, read %s"
                                    .formatted(
                                            expected.getKey(),
                                            expected.getValue(),
                                            error != null ? error.getMessage() : total.toPlainString()));
                }
                return null;
            }));
        }
        CompletableFuture.allOf(reads.toArray(CompletableFuture[]::new)).join();
        return wrong.values().stream().sorted().toList();
    }

    /** The sku's total; zero when the read API knows no such sku (404). */
    private CompletableFuture<BigDecimal> total(String sku) {
        URI uri = URI.create(baseUrl + "/api/inventory/" + URLEncoder.encode(sku, StandardCharsets.UTF_8));
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET();
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
                        return JSON.readTree(response.body()).path("total").decimalValue();
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException("unreadable body " + response.body(), e);
                    }
                });
    }
}
