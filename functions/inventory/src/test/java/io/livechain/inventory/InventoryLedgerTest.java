package io.livechain.inventory;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** The inventory function against a real PostgreSQL: redelivery, concurrency and event-time order. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class InventoryLedgerTest {

    private static final String SOURCE = "/livechain/scan-ingest";

    private static JsonPath post(String id, String movement) {
        return given().contentType("application/json")
                .header("ce-id", id)
                .header("ce-specversion", "1.0")
                .header("ce-type", "io.livechain.inventory.movement.v1")
                .header("ce-source", SOURCE)
                .body(movement)
                .post("/")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Inject
    StoredStock stock;

    private BigDecimal onHand(String sku, String location, String uom) {
        return stock.onHand(sku, location, uom);
    }

    private long ledgerRows(String sku) {
        return stock.ledgerRows(sku);
    }

    private void assertOnHand(String expected, String sku, String location, String uom) {
        assertEquals(
                0,
                new BigDecimal(expected).compareTo(onHand(sku, location, uom)),
                () -> "on-hand of " + sku + " was not " + expected);
    }

    @Test
    void redeliveredMovementChangesNothing() throws Throwable {
        JsonPath first = post("redeliver-1", Movements.adjustment("RED", "DC-1", "5", "2026-11-27T06:00:00Z"));
        JsonPath again = post("redeliver-1", Movements.adjustment("RED", "DC-1", "5", "2026-11-27T06:00:00Z"));

        assertOnHand("5", "RED", "DC-1", null);
        assertEquals(1, ledgerRows("RED"));
        assertEquals(first.getInt("onHand"), again.getInt("onHand"));
        assertEquals(0, again.getInt("previousOnHand"));
    }

    @Test
    void aLevelCarriesItsMovementsKindAndQuantityAndARedeliveryReplaysThem() throws Throwable {
        post("flow-1", Movements.adjustment("FLOW", "DC-1", "20", "2026-11-27T06:00:00Z"));
        JsonPath shipped = post("flow-2", Movements.adjustment("FLOW", "DC-1", "-7", "2026-11-27T07:00:00Z"));
        JsonPath again = post("flow-2", Movements.adjustment("FLOW", "DC-1", "-7", "2026-11-27T07:00:00Z"));
        JsonPath counted = post(
                "flow-3",
                Movements.movement("FLOW", "DC-1", "COUNT", "12", "cycle_counting", "2026-11-27T08:00:00Z", null));

        for (JsonPath level : List.of(shipped, again)) {
            assertEquals("ADJUSTMENT", level.getString("kind"));
            assertEquals(-7, level.getInt("quantity"));
            assertEquals(13, level.getInt("onHand"));
        }
        assertEquals("COUNT", counted.getString("kind"));
        assertEquals(12, counted.getInt("quantity"));
    }

    @Test
    void fiftyConcurrentMovementsEndAtTheExactSum() throws Throwable {
        ExecutorService clients = Executors.newFixedThreadPool(50);
        List<Future<JsonPath>> replies = new ArrayList<>();
        int expected = 0;
        for (int i = 1; i <= 50; i++) {
            int quantity = i % 5 == 0 ? -i : i;
            expected += quantity;
            String movement = Movements.adjustment("HOT", "DC-1", Integer.toString(quantity), "2026-11-27T06:00:00Z");
            String id = "hot-" + i;
            replies.add(clients.submit(() -> post(id, movement)));
        }
        for (Future<JsonPath> reply : replies) {
            reply.get();
        }
        clients.shutdown();

        assertOnHand(Integer.toString(expected), "HOT", "DC-1", null);
        assertEquals(50, ledgerRows("HOT"));
    }

    @Test
    void movementStampedBeforeALaterCycleCountIsKeptButChangesNothing() throws Throwable {
        post("ooo-1", Movements.adjustment("OOO", "DC-1", "10", "2026-11-27T06:00:00Z"));
        post("ooo-count", Movements.count("OOO", "DC-1", "100", "2026-11-27T08:00:00Z"));
        JsonPath late = post("ooo-late", Movements.adjustment("OOO", "DC-1", "5", "2026-11-27T07:00:00Z"));

        assertFalse(late.getBoolean("applied"));
        assertEquals(100, late.getInt("onHand"));
        assertOnHand("100", "OOO", "DC-1", null);
        assertEquals(3, ledgerRows("OOO"));

        post("ooo-after", Movements.adjustment("OOO", "DC-1", "3", "2026-11-27T09:00:00Z"));
        assertOnHand("103", "OOO", "DC-1", null);
    }

    @Test
    void cycleCountArrivingAfterLaterMovementsKeepsThem() throws Throwable {
        post("cnt-late-1", Movements.adjustment("CNT", "DC-1", "5", "2026-11-27T10:00:00Z"));
        post("cnt-late-2", Movements.adjustment("CNT", "DC-1", "-2", "2026-11-27T11:00:00Z"));
        JsonPath count = post("cnt-late-count", Movements.count("CNT", "DC-1", "50", "2026-11-27T09:00:00Z"));

        assertTrue(count.getBoolean("applied"));
        assertEquals(53, count.getInt("onHand"));
        assertOnHand("53", "CNT", "DC-1", null);
    }

    @Test
    void olderCycleCountArrivingLateIsIgnored() throws Throwable {
        post("old-count-new", Movements.count("OLDC", "DC-1", "100", "2026-11-27T08:00:00Z"));
        JsonPath stale = post("old-count-stale", Movements.count("OLDC", "DC-1", "40", "2026-11-27T07:00:00Z"));

        assertFalse(stale.getBoolean("applied"));
        assertOnHand("100", "OLDC", "DC-1", null);
    }

    @Test
    void measuredQuantitiesStayExactAndApartFromCounts() throws Throwable {
        for (int i = 0; i < 10; i++) {
            post(
                    "kg-" + i,
                    Movements.movement(
                            "FLOUR", "DC-1", "ADJUSTMENT", "0.1", "receiving", "2026-11-27T06:00:00Z", "KGM"));
        }
        post("kg-bags", Movements.adjustment("FLOUR", "DC-1", "3", "2026-11-27T06:00:00Z"));

        assertOnHand("1.0", "FLOUR", "DC-1", "KGM");
        assertEquals("1", onHand("FLOUR", "DC-1", "KGM").stripTrailingZeros().toPlainString());
        assertOnHand("3", "FLOUR", "DC-1", null);
    }
}
