package io.livechain.threshold.replenishment;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechain.testsupport.BrokerSinkResource;
import io.livechain.testsupport.EmbeddedPostgresResource;
import io.livechain.testsupport.RecordingHttpServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Replenishment through the real function: inventory levels in, figures in threshold's read view, the
 * low-stock alert at the dynamic reorder point, the suggestion once per crossing. Each test keeps to its
 * own sku. Lead times (application.properties, %test): DC-R 3 days, DC-RV 3 days ± 12 hours, NET-WH from
 * the test network's lanes (3 days ± 1 day). The week of outbound used: 10, 12, 8, 10, 12, 8, 10 on
 * 1–7 November: D = 10, σD = √(16 / 6) = 1.6330; worked through in {@link ReplenishmentPolicyTest}.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(
        value = BrokerSinkResource.class,
        initArgs = @ResourceArg(name = "property", value = "livechain.threshold.sink"))
class ReplenishmentTest {

    private static final String LEVEL = "io.livechain.inventory.level.v1";
    private static final String SUGGESTED = "io.livechain.replenishment.suggested.v1";
    private static final int[] WEEK = {10, 12, 8, 10, 12, 8, 10};

    @Inject
    Pool pool;

    @BeforeEach
    void sinkTakesEverything() {
        BrokerSinkResource.sink().answer(202);
    }

    /** One stock position as inventory would report it: each level has the next sequence. */
    private static final class Position {
        final String sku;
        final String location;
        long sequence;
        long onHand;

        Position(String sku, String location) {
            this.sku = sku;
            this.location = location;
        }

        String receive(int quantity, String time) {
            return post(++sequence, "ADJUSTMENT", quantity, onHand += quantity, time);
        }

        String ship(int quantity, String time) {
            return post(++sequence, "ADJUSTMENT", -quantity, onHand -= quantity, time);
        }

        String count(int figure, String time) {
            onHand = figure;
            return post(++sequence, "COUNT", figure, figure, time);
        }

        /** Receives {@code initial} on 1 November, then ships the week, one level a day. */
        void week(int initial) {
            receive(initial, "2026-11-01T06:00:00Z");
            for (int day = 0; day < WEEK.length; day++) {
                ship(WEEK[day], "2026-11-0" + (day + 1) + "T12:00:00Z");
            }
        }

        String post(long sequence, String kind, int quantity, long onHand, String time) {
            String id = sku + "-" + sequence;
            postLevel(id, level(sequence, kind, quantity, onHand, time));
            return id;
        }

        String level(long sequence, String kind, int quantity, long onHand, String time) {
            return """
                    {"sku": "%s", "location": "%s", "onHand": %d, "previousOnHand": 0, "causeId": "m-%d",
                     "eventTime": "%s", "applied": true, "sequence": %d, "kind": "%s", "quantity": %d}""".formatted(sku, location, onHand, sequence, time, sequence, kind, quantity);
        }
    }

    private static void postLevel(String id, String data) {
        given().contentType("application/json")
                .header("ce-id", id)
                .header("ce-specversion", "1.0")
                .header("ce-type", LEVEL)
                .header("ce-source", "/livechain/inventory")
                .body(data)
                .post("/")
                .then()
                .statusCode(204);
    }

    private static List<JsonPath> published(String type, String sku) {
        List<JsonPath> events = new ArrayList<>();
        for (RecordingHttpServer.Request request : BrokerSinkResource.sink().requests()) {
            JsonPath event = JsonPath.from(request.body());
            if (type.equals(event.getString("type")) && request.body().contains("\"" + sku + "@")) {
                events.add(event);
            }
        }
        return events;
    }

    private Row view(String sku) {
        return pool.preparedQuery("select * from threshold.replenishment_v1 where sku = $1")
                .execute(Tuple.of(sku))
                .await()
                .indefinitely()
                .iterator()
                .next();
    }

    private static void assertFigure(String expected, Row row, String column) {
        assertEquals(new BigDecimal(expected), row.getBigDecimal(column), column);
    }

    @Test
    void theReorderPointFollowsTheWeeksDemand() {
        new Position("SKU-R0", "DC-R").week(150);
        // SS = 1.6449 · √(3 · 2.6667) = 4.6523, ROP = 30 + 4.6523 = 34.6523 → 35, up to + 70 → 105.
        Row row = view("SKU-R0");
        assertFigure("10.0000", row, "demand_per_day");
        assertFigure("1.6330", row, "demand_sd");
        assertEquals(7, row.getInteger("history_days"));
        assertFigure("3.0000", row, "lead_time_days");
        assertFigure("0.0000", row, "lead_time_sd_days");
        assertFigure("0.95", row, "service_level");
        assertFigure("4.6523", row, "safety_stock");
        assertFigure("35", row, "reorder_point");
        assertFigure("34.6523", row, "reorder_point_unrounded");
        assertFigure("105", row, "order_up_to");
        assertFigure("104.6523", row, "order_up_to_unrounded");
        assertFalse(row.getBoolean("below"), "80 on hand");
    }

    @Test
    void crossingBelowSuggestsOnceAndRaisesLowStockAtTheDynamicPoint() {
        Position r1 = new Position("SKU-R1", "DC-R");
        r1.week(150); // 80 left, reorder point 35
        assertEquals(0, published(SUGGESTED, "SKU-R1").size());
        assertEquals(0, published("io.livechain.alert.raised.v1", "SKU-R1").size());

        String crossing = r1.count(30, "2026-11-07T18:00:00Z");
        List<JsonPath> suggested = published(SUGGESTED, "SKU-R1");
        assertEquals(1, suggested.size());
        JsonPath data = suggested.get(0).setRootPath("data");
        assertEquals("SKU-R1", data.getString("sku"));
        assertEquals("DC-R", data.getString("location"));
        assertEquals(30, data.getInt("onHand"));
        assertEquals(35, data.getInt("reorderPoint"));
        assertEquals("4.6523", data.getString("safetyStock"));
        assertEquals(10, data.getInt("demandPerDay"));
        assertEquals("1.633", data.getString("demandSd"));
        assertEquals(3, data.getInt("leadTimeDays"));
        assertEquals(0, data.getInt("leadTimeSdDays"));
        assertEquals("0.95", data.getString("serviceLevel"));
        assertEquals(75, data.getInt("suggestedQuantity"), "up to 104.6523 from 30, whole");
        assertEquals(3, data.getInt("daysOfCover"));
        assertEquals("2026-11-07T18:00:00Z", data.getString("eventTime"));
        assertEquals("/livechain/inventory", data.getString("causeSource"));
        assertEquals(crossing, data.getString("causeId"));
        List<JsonPath> raised = published("io.livechain.alert.raised.v1", "SKU-R1");
        assertEquals(1, raised.size());
        assertEquals(
                "on-hand 30 of SKU-R1 at DC-R is below the dynamic reorder point 35",
                raised.get(0).getString("data.summary"));
        assertTrue(view("SKU-R1").getBoolean("below"));

        postLevel(crossing, r1.level(r1.sequence, "COUNT", 30, 30, "2026-11-07T18:00:00Z")); // redelivered
        r1.count(25, "2026-11-07T19:00:00Z"); // still below: no new crossing
        assertEquals(1, published(SUGGESTED, "SKU-R1").size());

        r1.receive(100, "2026-11-07T20:00:00Z"); // 125: back above, the alert resolves
        assertEquals(1, published("io.livechain.alert.resolved.v1", "SKU-R1").size());
        r1.count(20, "2026-11-07T21:00:00Z"); // below again: a new crossing
        suggested = published(SUGGESTED, "SKU-R1");
        assertEquals(2, suggested.size());
        assertEquals(85, suggested.get(1).getInt("data.suggestedQuantity"), "up to 104.6523 from 20, whole");
    }

    @Test
    void aLateMovementFoldsIntoItsOwnDay() {
        Position r2 = new Position("SKU-R2", "DC-R");
        r2.week(200);
        // Shipped on 3 November, recorded after the week: day 3 becomes 15. Daily 10, 12, 15, 10, 12, 8, 10:
        // D = 77 / 7 = 11; deviations −1, 1, 4, −1, 1, −3, −1, squares 30, σD² = 5, σD = 2.2361;
        // SS = 1.6449 · √(3 · 5) = 6.3705, ROP = 33 + 6.3705 = 39.3705 → 40, up to + 77 → 116.3705 → 117.
        String late = r2.ship(7, "2026-11-03T15:00:00Z");
        postLevel(late, r2.level(r2.sequence, "ADJUSTMENT", -7, r2.onHand, "2026-11-03T15:00:00Z")); // redelivered
        Row row = view("SKU-R2");
        assertFigure("11.0000", row, "demand_per_day"); // not 12: the redelivery counted once
        assertFigure("2.2361", row, "demand_sd");
        assertEquals(7, row.getInteger("history_days"), "the newest day is still 7 November");
        assertFigure("6.3705", row, "safety_stock");
        assertFigure("40", row, "reorder_point");
        assertFigure("117", row, "order_up_to");
    }

    @Test
    void anOlderLevelArrivingLateCountsAsDemandButIsNotJudged() {
        Position r3 = new Position("SKU-R3", "DC-R");
        r3.receive(150, "2026-11-01T06:00:00Z");
        r3.ship(10, "2026-11-01T12:00:00Z");
        r3.ship(12, "2026-11-02T12:00:00Z");
        long third = ++r3.sequence; // its level comes last
        r3.onHand -= 8;
        for (int day = 3; day < WEEK.length; day++) {
            r3.ship(WEEK[day], "2026-11-0" + (day + 1) + "T12:00:00Z");
        }
        // Delivered after sequence 8, with an on-hand that would be low: its outbound counts, its on-hand does not.
        postLevel("SKU-R3-late", r3.level(third, "ADJUSTMENT", -8, 1, "2026-11-03T12:00:00Z"));
        Row row = view("SKU-R3");
        assertFigure("10.0000", row, "demand_per_day");
        assertFigure("35", row, "reorder_point");
        assertFalse(row.getBoolean("below"));
        assertEquals(0, published(SUGGESTED, "SKU-R3").size());
        assertEquals(0, published("io.livechain.alert.raised.v1", "SKU-R3").size());
    }

    @Test
    void leadTimesFromConfigurationWithADeviationAndFromTheNetwork() {
        new Position("SKU-RV", "DC-RV").week(150);
        // σLT 0.5 d: SS = 1.6449 · √(3 · 2.6667 + 10² · 0.5²) = 1.6449 · √33 = 9.4490, ROP 39.4490 → 40.
        Row configured = view("SKU-RV");
        assertFigure("0.5000", configured, "lead_time_sd_days");
        assertFigure("9.4490", configured, "safety_stock");
        assertFigure("40", configured, "reorder_point");

        new Position("SKU-N1", "NET-WH").week(150);
        // Lanes of 4 and 2 days: LT 3, σLT 1. SS = 1.6449 · √(8 + 100 · 1) = 1.6449 · 10.3923 = 17.0938,
        // ROP = 30 + 17.0938 = 47.0938 → 48.
        Row network = view("SKU-N1");
        assertFigure("3.0000", network, "lead_time_days");
        assertFigure("1.0000", network, "lead_time_sd_days");
        assertFigure("17.0938", network, "safety_stock");
        assertFigure("48", network, "reorder_point");
    }

    @Test
    void noReorderPointBeforeAWeekOfHistoryAndNoneWithoutALeadTime() {
        Position young = new Position("SKU-R4", "DC-R");
        young.receive(5, "2026-11-01T06:00:00Z");
        young.ship(4, "2026-11-02T12:00:00Z");
        Row row = view("SKU-R4");
        assertEquals(2, row.getInteger("history_days"));
        assertFigure("2.0000", row, "demand_per_day");
        assertEquals(null, row.getBigDecimal("reorder_point"));
        assertEquals(0, published("io.livechain.alert.raised.v1", "SKU-R4").size(), "1 on hand, but not judged");

        new Position("SKU-R5", "DC-NOWHERE").week(150);
        long rows = pool.preparedQuery("select count(*) from threshold.stock_watch where sku = 'SKU-R5'")
                .execute()
                .await()
                .indefinitely()
                .iterator()
                .next()
                .getLong(0);
        assertEquals(0, rows, "no lead time, no reorder point: levels are not even stored");
    }
}
