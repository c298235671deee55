package io.livechain.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Scans in at the broker ingress, exact totals out of the read API, through the knative/ Triggers. */
class InventoryChainE2eTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static E2eStack e2e;

    @BeforeAll
    static void startStack() {
        e2e = E2eStack.get();
    }

    private static void awaitTotal(String sku, int total) {
        await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> inventory(sku).statusCode(200).body("total", equalTo(total)));
    }

    private static ValidatableResponse inventory(String sku) {
        return e2e.api().get("/api/inventory/" + sku).then();
    }

    @Test
    void stackReportsReadyNamingWhatItDependsOn() {
        given().baseUri(e2e.url())
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItems("kafka", "postgresql", "broker", "legacy capture"));
    }

    @Test
    void scanChainsToMovementAndLevel() {
        Scans.send(e2e.url(), "chain-1", Scans.scan("E2E-CHAIN", "DC-1", "4", "receiving", "2026-11-20T06:00:00Z"))
                .statusCode(202);

        await().atMost(PATIENCE)
                .until(() -> e2e.chainRecorder.received().stream()
                        .anyMatch(r -> "io.livechain.inventory.level.v1".equals(r.attribute("type"))
                                && r.data().contains("E2E-CHAIN")));
        var movement = e2e.chainRecorder.received().stream()
                .filter(r -> "io.livechain.inventory.movement.v1".equals(r.attribute("type"))
                        && r.data().contains("E2E-CHAIN"))
                .findFirst()
                .orElseThrow();
        var level = e2e.chainRecorder.received().stream()
                .filter(r -> "io.livechain.inventory.level.v1".equals(r.attribute("type"))
                        && r.data().contains("E2E-CHAIN"))
                .findFirst()
                .orElseThrow();
        assertEquals("/livechain/scan-ingest", movement.attribute("source"));
        assertEquals("/livechain/inventory", level.attribute("source"));
        assertEquals(true, movement.data().contains("\"scanId\":\"chain-1\""), movement.data());
        assertEquals(true, level.data().contains("\"causeId\":\"" + movement.attribute("id") + "\""), level.data());
        awaitTotal("E2E-CHAIN", 4);
    }

    @Test
    void redeliveredScansCountOnce() {
        String scan = Scans.scan("E2E-REDELIVER", "DC-1", "5", "receiving", "2026-11-20T06:00:00Z");
        for (int i = 0; i < 3; i++) {
            Scans.send(e2e.url(), "redeliver-1", scan).statusCode(202);
        }
        Scans.send(
                        e2e.url(),
                        "redeliver-2",
                        Scans.scan("E2E-REDELIVER", "DC-2", "1", "receiving", "2026-11-20T06:00:00Z"))
                .statusCode(202);

        awaitTotal("E2E-REDELIVER", 6);
        e2e.api()
                .get("/api/inventory/E2E-REDELIVER/DC-1")
                .then()
                .statusCode(200)
                .body("onHand", equalTo(5));
    }

    @Test
    void fiftyConcurrentScansOfOneSkuAreAllCounted() throws Exception {
        ExecutorService devices = Executors.newFixedThreadPool(50);
        List<Future<?>> sent = new ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            String id = "burst-" + i;
            String scan = Scans.scan("E2E-BURST", "DC-1", Integer.toString(i), "receiving", "2026-11-20T06:00:00Z");
            sent.add(devices.submit(() -> Scans.send(e2e.url(), id, scan).statusCode(202)));
        }
        for (Future<?> f : sent) {
            f.get();
        }
        devices.shutdown();
        awaitTotal("E2E-BURST", 50 * 51 / 2);
    }

    @Test
    void cycleCountSetsOnHandAsOfItsTimeAndALateOlderScanChangesNothing() {
        Scans.send(e2e.url(), "ooo-1", Scans.scan("E2E-OOO", "DC-1", "10", "receiving", "2026-11-20T06:00:00Z"));
        awaitTotal("E2E-OOO", 10);
        Scans.send(
                e2e.url(), "ooo-count", Scans.scan("E2E-OOO", "DC-1", "100", "cycle_counting", "2026-11-20T08:00:00Z"));
        awaitTotal("E2E-OOO", 100);
        Scans.send(e2e.url(), "ooo-late", Scans.scan("E2E-OOO", "DC-1", "5", "receiving", "2026-11-20T07:00:00Z"));
        Scans.send(e2e.url(), "ooo-after", Scans.scan("E2E-OOO", "DC-1", "3", "shipping", "2026-11-20T09:00:00Z"));

        awaitTotal("E2E-OOO", 97);
        await().during(Duration.ofSeconds(1))
                .atMost(PATIENCE)
                .untilAsserted(() -> inventory("E2E-OOO").body("total", equalTo(97)));
    }

    @Test
    void measuredQuantitiesKeepTheirUnitAndStayOutOfTheTotal() {
        Scans.send(e2e.url(), "kg-1", """
                {"sku": "E2E-FLOUR", "location": "DC-1", "quantity": 12.5, "uom": "KGM", "bizStep": "receiving",
                 "eventTime": "2026-11-20T06:00:00Z"}""");
        Scans.send(e2e.url(), "kg-2", Scans.scan("E2E-FLOUR", "DC-2", "2", "receiving", "2026-11-20T06:00:00Z"));

        awaitTotal("E2E-FLOUR", 2);
        inventory("E2E-FLOUR")
                .body("locations.find { it.location == 'DC-1' }.uom", equalTo("KGM"))
                .body("locations.find { it.location == 'DC-1' }.onHand", equalTo(12.5f));
    }

    @Test
    void aDeadLetterSinkThatIsAUriGetsTheRefusedEventWithItsError() {
        Scans.sendEvent(e2e.url(), "refused-1", E2eStack.REFUSED_TYPE, "{\"n\": 1}")
                .statusCode(202);

        await().atMost(PATIENCE)
                .until(() ->
                        e2e.uriDeadLetters.received().stream().anyMatch(r -> "refused-1".equals(r.attribute("id"))));
        var letter = e2e.uriDeadLetters.received().stream()
                .filter(r -> "refused-1".equals(r.attribute("id")))
                .findFirst()
                .orElseThrow();
        assertEquals("503", letter.attribute("knativeerrorcode"));
        assertEquals(e2e.refusing.url(), letter.attribute("knativeerrordest"));
        assertEquals(2, e2e.refusing.attempts("refused-1"));
    }

    @Test
    void malformedScanEndsInTheDeadLettersWithItsError() {
        Scans.send(e2e.url(), "bad-scan-1", Scans.scan("E2E-BAD", "DC-1", "-1", "receiving", "2026-11-20T06:00:00Z"))
                .statusCode(202);

        await().atMost(PATIENCE)
                .untilAsserted(() -> e2e.api()
                        .get("/api/deadletters")
                        .then()
                        .statusCode(200)
                        .body("find { it.id == 'bad-scan-1' }.errorCode", equalTo(400))
                        .body("find { it.id == 'bad-scan-1' }.type", equalTo("io.livechain.scan.v1"))
                        .body(
                                "find { it.id == 'bad-scan-1' }.errorDestination",
                                org.hamcrest.Matchers.containsString("localhost"))
                        .body(
                                "find { it.id == 'bad-scan-1' }.errorData",
                                org.hamcrest.Matchers.containsString("quantity")));
        inventory("E2E-BAD").statusCode(404);
    }

    @Test
    void unknownSkuIs404() {
        inventory("E2E-NEVER-SCANNED").statusCode(404);
    }

    @Test
    void subscriberAnswering503TwiceGetsTheEventOnTheThirdTry() {
        Scans.sendEvent(e2e.url(), "flaky-1", E2eStack.FLAKY_TYPE, "{\"n\": 1}").statusCode(202);

        await().atMost(PATIENCE)
                .until(() -> e2e.flaky.received().stream().anyMatch(r -> "flaky-1".equals(r.attribute("id"))));
        assertEquals(3, e2e.flaky.attempts("flaky-1"));
        e2e.api()
                .get("/api/deadletters")
                .then()
                .statusCode(200)
                .body("id", org.hamcrest.Matchers.not(hasItem("flaky-1")));
    }
}
