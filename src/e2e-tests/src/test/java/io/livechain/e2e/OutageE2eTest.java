package io.livechain.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL or Kafka stopped mid-stream and started again: every scan the ingress accepted is
 * applied exactly once. Senders retry what the ingress does not accept (503 while Kafka is away)
 * with the same id, as devices do.
 */
class OutageE2eTest {

    private static final int BEFORE = 100;
    private static final int DURING = 100;
    private static final int AFTER = 100;
    private static final int SCANS = BEFORE + DURING + AFTER;
    private final E2eStack e2e = E2eStack.get();
    private final AtomicInteger refusals = new AtomicInteger();

    /** Sends one scan until the ingress takes it (202); counts the refusals on the way. */
    private void sendUntilAccepted(String sku, String id) {
        String data = Scans.scan(sku, "DC-1", "1", "receiving", "2026-11-20T06:00:00Z");
        while (Scans.send(e2e.url(), id, data).extract().statusCode() != 202) {
            refusals.incrementAndGet();
            sleep(200);
        }
    }

    private void sendPaced(String sku, int from, int count, Duration spread) {
        long pause = spread.toMillis() / count;
        for (int i = from; i < from + count; i++) {
            sendUntilAccepted(sku, sku + "-" + i);
            sleep(pause);
        }
    }

    private Duration awaitTotal(String sku, Instant since) {
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> e2e.api()
                        .get("/api/inventory/" + sku)
                        .then()
                        .statusCode(200)
                        .body("total", equalTo(SCANS)));
        Duration recovered = Duration.between(since, Instant.now());
        // Stays exact: no late redelivery counts a scan twice.
        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () -> e2e.api().get("/api/inventory/" + sku).then().body("total", equalTo(SCANS)));
        return recovered;
    }

    @Test
    void postgresStoppedForTenSecondsMidStreamLosesAndDoublesNothing() {
        String sku = "E2E-PG-OUTAGE-" + UUID.randomUUID().toString().substring(0, 8);
        sendPaced(sku, 0, BEFORE, Duration.ofSeconds(2));

        e2e.stack.stopPostgres();
        CompletableFuture<Instant> restarted = CompletableFuture.supplyAsync(() -> {
            sleep(10_000);
            e2e.stack.startPostgres();
            return Instant.now();
        });
        sendPaced(sku, BEFORE, DURING, Duration.ofSeconds(8));
        Instant back = restarted.join();
        sendPaced(sku, BEFORE + DURING, AFTER, Duration.ofSeconds(2));

        Duration recovery = awaitTotal(sku, back);
        System.out.printf(
                "fault postgres-10s: sent %d, accepted %d, applied %d, lost 0, doubled 0, exact %.1f s after PostgreSQL was back%n",
                SCANS, SCANS, SCANS, recovery.toMillis() / 1000.0);
    }

    @Test
    void kafkaStoppedMidStreamRefusesWith503AndLosesNothingItAccepted() {
        String sku = "E2E-KAFKA-OUTAGE-" + UUID.randomUUID().toString().substring(0, 8);
        sendPaced(sku, 0, BEFORE, Duration.ofSeconds(2));

        e2e.stack.stopKafka();
        CompletableFuture<Instant> restarted = CompletableFuture.supplyAsync(() -> {
            sleep(8_000);
            e2e.stack.startKafka();
            return Instant.now();
        });
        sendPaced(sku, BEFORE, DURING, Duration.ofSeconds(2));
        Instant back = restarted.join();
        sendPaced(sku, BEFORE + DURING, AFTER, Duration.ofSeconds(2));

        assertTrue(refusals.get() > 0, "the ingress took events while Kafka was away");
        Duration recovery = awaitTotal(sku, back);
        System.out.printf(
                "fault kafka-stopped: sent %d, refused (then resent) %d, accepted %d, applied %d, lost 0, doubled 0,"
                        + " exact %.1f s after Kafka was back%n",
                SCANS, refusals.get(), SCANS, SCANS, recovery.toMillis() / 1000.0);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
