package io.livechain.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechain.localstack.LocalStackConfig;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The sample legacy WMS followed by change data capture, end to end: rows written to database
 * legacy_wms by plain SQL, Debezium (the capture process), the KafkaSource into the broker, the Trigger
 * to the cdc-adapter, inventory; read back through the inventory and reconciliation APIs.
 */
class LegacyWmsE2eTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 11, 25, 6, 0, 0, 0, ZoneOffset.UTC);
    private final E2eStack e2e = E2eStack.get();

    private Connection legacy() throws SQLException {
        LocalStackConfig config = e2e.stack.config();
        return DriverManager.getConnection(
                "jdbc:postgresql://" + config.postgresAddress() + "/legacy_wms",
                config.postgresUser(),
                config.postgresPassword());
    }

    private void sql(String statement, Object... values) {
        try (Connection c = legacy();
                PreparedStatement s = c.prepareStatement(statement)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(statement, e);
        }
    }

    private void receipt(String item, String warehouse, String qty, OffsetDateTime at) {
        sql(
                "insert into goods_receipts (warehouse_code, item_no, qty, received_at) values (?, ?, ?, ?)",
                warehouse,
                item,
                new BigDecimal(qty),
                at);
    }

    private void dispatch(String item, String warehouse, String qty, OffsetDateTime at) {
        sql(
                "insert into dispatches (warehouse_code, item_no, qty, dispatched_at) values (?, ?, ?, ?)",
                warehouse,
                item,
                new BigDecimal(qty),
                at);
    }

    private void count(String item, String warehouse, String qty, OffsetDateTime at) {
        sql(
                "insert into stock_levels (warehouse_code, item_no, qty_on_hand, counted_at) values (?, ?, ?, ?)"
                        + " on conflict (warehouse_code, item_no) do update set qty_on_hand = excluded.qty_on_hand,"
                        + " counted_at = excluded.counted_at",
                warehouse,
                item,
                new BigDecimal(qty),
                at);
    }

    private void awaitOnHand(String sku, String location, Object expected) {
        await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> e2e.api()
                        .get("/api/inventory/" + sku + "/" + location)
                        .then()
                        .statusCode(200)
                        .body("onHand", equalTo(expected)));
    }

    private static String item(String name) {
        return "CDC-" + name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theSnapshotOfTheSampleIsInTheInventory() {
        // Seed: counted 100 + n on 30 November, received 10 n and dispatched n on 1 December.
        awaitOnHand("LW-0001", "WH-HAMBURG", 110);
        awaitOnHand("LW-0020", "WH-ROTTERDAM", 300);
        e2e.api()
                .get("/api/reconciliation?sku=LW-0007")
                .then()
                .statusCode(200)
                .body("positions", hasSize(2))
                .body("positions[0].legacyOnHand", equalTo(170))
                .body("positions[0].difference", equalTo(0));
    }

    @Test
    void insertsUpdatesAndDeletesOfTheLegacyTablesAreExact() throws SQLException {
        String sku = item("IUD");
        count(sku, "WH-E2E", "50", T0);
        receipt(sku, "WH-E2E", "20", T0.plusHours(1));
        receipt(sku, "WH-E2E", "5", T0.plusHours(2));
        dispatch(sku, "WH-E2E", "7.5", T0.plusHours(3));
        receipt(sku, "WH-E2E", "1", T0.minusHours(1)); // before the count: the count has it already
        awaitOnHand(sku, "WH-E2E", 67.5f);
        sql("update goods_receipts set qty = 25 where item_no = ? and qty = 20", sku);
        sql("delete from goods_receipts where item_no = ? and qty = 5", sku);
        sql("update dispatches set qty = 8 where item_no = ?", sku);
        // 50 + 25 − 8
        awaitOnHand(sku, "WH-E2E", 67);
        // The receipt of 25 backdated to before the count: the count has it, so it counts no more.
        sql("update goods_receipts set received_at = ? where item_no = ? and qty = 25", T0.minusHours(2), sku);
        awaitOnHand(sku, "WH-E2E", 42);
        count(sku, "WH-E2E", "60", T0.plusHours(4));
        awaitOnHand(sku, "WH-E2E", 60);
        receipt(sku, "WH-E2E", "0.25", T0.plusHours(5));
        awaitOnHand(sku, "WH-E2E", 60.25f);
        reconciled(sku, "WH-E2E", 60.25f);
    }

    @Test
    void aCaptureKilledMidStreamLosesAndDoublesNothing() throws Exception {
        String sku = item("KILL");
        int rows = 300;
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < rows; i++) {
                receipt(sku, "WH-E2E", "1", T0.plusSeconds(i));
                sleep(10);
            }
        });
        await().atMost(PATIENCE).until(() -> onHand(sku, "WH-E2E") >= 50);
        int restartsBefore = e2e.stack.captureRestarts();
        ProcessHandle capture = e2e.stack.captureProcess().orElseThrow();
        capture.destroyForcibly();
        Instant killed = Instant.now();
        writer.get();
        awaitOnHand(sku, "WH-E2E", rows);
        Duration recovered = Duration.between(killed, Instant.now());
        // Stays exact: what the restarted capture sent again is applied once.
        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> e2e.api()
                        .get("/api/inventory/" + sku + "/WH-E2E")
                        .then()
                        .body("onHand", equalTo(rows)));
        assertTrue(e2e.stack.captureRestarts() > restartsBefore, "the killed capture was started again");
        System.out.printf(
                "fault capture-kill: %d legacy rows, exact %.1f s after the kill%n",
                rows, recovered.toMillis() / 1000.0);
    }

    @Test
    void anAddedColumnAndAnUnmappedTableKeepTheFlowGoing() throws SQLException {
        try (Connection c = legacy();
                Statement s = c.createStatement()) {
            s.execute("alter table goods_receipts add column if not exists supplier text");
            s.execute("create table if not exists suppliers (id int primary key, name text)");
        }
        sql("insert into suppliers (id, name) values (?, ?) on conflict do nothing", 4711, "ACME");
        String sku = item("COL");
        sql(
                "insert into goods_receipts (warehouse_code, item_no, qty, received_at, supplier) values (?, ?, ?, ?, ?)",
                "WH-E2E",
                sku,
                new BigDecimal("3"),
                T0,
                "ACME");
        awaitOnHand(sku, "WH-E2E", 3);
        await().atMost(PATIENCE)
                .untilAsserted(() -> e2e.api()
                        .get("/api/deadletters")
                        .then()
                        .statusCode(200)
                        .body(
                                "find { it.errorData != null && it.errorData.contains('public.suppliers is not mapped') }.errorCode",
                                equalTo(400))
                        .body(
                                "find { it.errorData != null && it.errorData.contains('public.suppliers is not mapped') }.type",
                                equalTo("dev.knative.kafka.event")));
    }

    @Test
    void aDriftMadeOnPurposeIsReportedNewestFirst() {
        String sku = item("DRIFT");
        count(sku, "WH-DRIFT", "40", T0);
        awaitOnHand(sku, "WH-DRIFT", 40);
        reconciled(sku, "WH-DRIFT", 40);
        // A scanner at the warehouse books 3 more than the legacy system knows of.
        Scans.send(
                        e2e.url(),
                        sku + "-scan",
                        Scans.scan(
                                sku,
                                "WH-DRIFT",
                                "3",
                                "receiving",
                                T0.plusHours(1).toInstant().toString()))
                .statusCode(202);
        await().atMost(PATIENCE)
                .untilAsserted(() -> e2e.api()
                        .get("/api/reconciliation?onlyDifferent=true")
                        .then()
                        .statusCode(200)
                        .body("positions[0].sku", equalTo(sku))
                        .body("positions[0].legacyOnHand", equalTo(40))
                        .body("positions[0].livechainOnHand", equalTo(43))
                        .body("positions[0].difference", equalTo(3)));
    }

    private void reconciled(String sku, String location, Object onHand) {
        await().atMost(PATIENCE)
                .untilAsserted(() -> e2e.api()
                        .get("/api/reconciliation?sku=" + sku)
                        .then()
                        .statusCode(200)
                        .body("positions", hasSize(1))
                        .body("positions[0].location", equalTo(location))
                        .body("positions[0].legacyOnHand", equalTo(onHand))
                        .body("positions[0].livechainOnHand", equalTo(onHand))
                        .body("positions[0].difference", equalTo(0)));
    }

    private double onHand(String sku, String location) {
        var response = e2e.api().get("/api/inventory/" + sku + "/" + location);
        return response.statusCode() == 200 ? response.jsonPath().getDouble("onHand") : 0;
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
