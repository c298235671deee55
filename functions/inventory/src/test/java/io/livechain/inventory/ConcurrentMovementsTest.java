package io.livechain.inventory;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.livechain.testsupport.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Many movements posted at once, so they are applied in groups: totals and ledger chains stay exact. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ConcurrentMovementsTest {

    private static final List<String> SKUS = List.of("CC-A", "CC-B", "CC-C", "CC-D");

    @Inject
    StoredStock stock;

    private static JsonPath post(String id, String movement) {
        return given().contentType("application/json")
                .header("ce-id", id)
                .header("ce-specversion", "1.0")
                .header("ce-type", "io.livechain.inventory.movement.v1")
                .header("ce-source", "/livechain/scan-ingest")
                .body(movement)
                .post("/")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static List<JsonPath> postConcurrently(List<String[]> idsAndMovements) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(64);
        try {
            List<Future<JsonPath>> replies = new ArrayList<>();
            for (String[] event : idsAndMovements) {
                replies.add(clients.submit(() -> post(event[0], event[1])));
            }
            List<JsonPath> levels = new ArrayList<>();
            for (Future<JsonPath> reply : replies) {
                levels.add(reply.get());
            }
            return levels;
        } finally {
            clients.shutdown();
        }
    }

    @Test
    void twoHundredConcurrentMovementsOverFourPositionsEndExactWithAnUnbrokenLedgerChain() throws Exception {
        List<String[]> events = new ArrayList<>();
        BigDecimal[] expected = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        for (int i = 1; i <= 200; i++) {
            String quantity = (i % 3 == 0 ? "-" : "") + i + ".25";
            expected[i % 4] = expected[i % 4].add(new BigDecimal(quantity));
            events.add(new String[] {
                "cc-" + i,
                Movements.movement(
                        SKUS.get(i % 4), "DC-1", "ADJUSTMENT", quantity, "receiving", "2026-11-27T06:00:00Z", null)
            });
        }
        postConcurrently(events);

        for (int p = 0; p < 4; p++) {
            String sku = SKUS.get(p);
            assertEquals(0, expected[p].compareTo(stock.onHand(sku, "DC-1", null)), () -> "on-hand of " + sku);
            List<StoredStock.Effect> ledger = stock.ledger(sku, "DC-1", null);
            assertEquals(50, ledger.size());
            BigDecimal running = BigDecimal.ZERO;
            for (StoredStock.Effect effect : ledger) {
                assertEquals(0, running.compareTo(effect.before()), () -> "chain broken at " + effect);
                running = effect.after();
            }
            assertEquals(0, expected[p].compareTo(running));
        }
    }

    @Test
    void concurrentRedeliveriesOfOneEventAreAppliedOnceAndAllReplayTheSameLevel() throws Exception {
        post("twice-seed", Movements.adjustment("TWICE", "DC-1", "10", "2026-11-27T05:00:00Z"));
        List<String[]> events = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            events.add(new String[] {"twice-1", Movements.adjustment("TWICE", "DC-1", "3", "2026-11-27T06:00:00Z")});
            events.add(new String[] {
                "twice-other-" + i, Movements.adjustment("TWICE-X", "DC-1", "1", "2026-11-27T06:00:00Z")
            });
        }
        List<JsonPath> replies = postConcurrently(events);

        for (int i = 0; i < replies.size(); i += 2) {
            assertEquals(13, replies.get(i).getInt("onHand"));
            assertEquals(10, replies.get(i).getInt("previousOnHand"));
        }
        assertEquals(0, new BigDecimal("13").compareTo(stock.onHand("TWICE", "DC-1", null)));
        assertEquals(2, stock.ledgerRows("TWICE"));
        assertEquals(0, new BigDecimal("30").compareTo(stock.onHand("TWICE-X", "DC-1", null)));
    }
}
