package io.livechain.cdcadapter;

import static io.livechain.cdcadapter.LegacyChanges.change;
import static io.livechain.cdcadapter.LegacyChanges.dispatch;
import static io.livechain.cdcadapter.LegacyChanges.envelope;
import static io.livechain.cdcadapter.LegacyChanges.post;
import static io.livechain.cdcadapter.LegacyChanges.receipt;
import static io.livechain.cdcadapter.LegacyChanges.stockLevel;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechain.testsupport.BrokerSinkResource;
import io.livechain.testsupport.EmbeddedPostgresResource;
import io.livechain.testsupport.RecordingHttpServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(
        value = BrokerSinkResource.class,
        initArgs = @ResourceArg(name = "property", value = "livechain.cdc.sink"))
class CdcAdapterFunctionTest {

    private static final String MOVEMENT = "io.livechain.inventory.movement.v1";

    @Inject
    Pool pool;

    @Test
    void aGoodsReceiptBecomesAnInboundMovementWhoseIdIsItsSourcePosition() {
        io.restassured.response.Response first = change(
                        "goods_receipts",
                        "{\"id\":1}",
                        "c",
                        1000,
                        "null",
                        receipt(1, "SKU-R1", "WH-1", "2.000000000000000000001", "2026-12-01T08:00:00Z"))
                .statusCode(200)
                .header("ce-type", MOVEMENT)
                .header("ce-source", "/livechain/cdc-adapter")
                .header("ce-partitionkey", "SKU-R1|WH-1")
                .body("kind", equalTo("ADJUSTMENT"))
                .body("bizStep", equalTo("receiving"))
                .body("eventTime", equalTo("2026-12-01T08:00:00Z"))
                .extract()
                .response();
        // Exact as the legacy column holds it: a decimal, never a double (which would make it 2.0).
        assertTrue(first.asString().contains("\"quantity\":2.000000000000000000001"), first.asString());
        String id = first.header("ce-id");
        // Debezium re-sends it after a restart: a new Kafka record, the same change, the same reply.
        change(
                        "goods_receipts",
                        "{\"id\":1}",
                        "c",
                        1000,
                        "null",
                        receipt(1, "SKU-R1", "WH-1", "2.000000000000000000001", "2026-12-01T08:00:00Z"))
                .statusCode(200)
                .header("ce-id", id)
                .body("quantity", equalTo(2.0f));
    }

    @Test
    void anUpdateIsTheDifferenceAndAnOlderChangeArrivingLateChangesNothing() {
        String row = receipt(2, "SKU-U", "WH-1", "12", "2026-12-01T09:00:00Z");
        change("goods_receipts", "{\"id\":2}", "u", 2010, "null", row)
                .statusCode(200)
                .body("quantity", equalTo(12));
        change(
                        "goods_receipts",
                        "{\"id\":2}",
                        "c",
                        2000,
                        "null",
                        receipt(2, "SKU-U", "WH-1", "10", "2026-12-01T09:00:00Z"))
                .statusCode(204);
        change(
                        "goods_receipts",
                        "{\"id\":2}",
                        "u",
                        2020,
                        "null",
                        receipt(2, "SKU-U", "WH-1", "9", "2026-12-01T09:00:00Z"))
                .statusCode(200)
                .body("quantity", equalTo(-3));
        change("goods_receipts", "{\"id\":2}", "d", 2030, "{\"id\": 2}", "null")
                .statusCode(200)
                .body("quantity", equalTo(-9))
                .body("bizStep", equalTo("receiving"));
    }

    @Test
    void aReceiptMovedToAnotherTimeIsTakenBackAndBookedAnew() {
        change(
                        "goods_receipts",
                        "{\"id\":50}",
                        "c",
                        9000,
                        "null",
                        receipt(50, "SKU-MOVE", "WH-1", "5", "2026-12-01T08:00:00Z"))
                .statusCode(200)
                .body("quantity", equalTo(5));
        String moved = envelope(
                "goods_receipts", "u", 9010, "null", receipt(50, "SKU-MOVE", "WH-1", "5", "2026-12-01T09:00:00Z"));
        String reversal = post("goods_receipts", "{\"id\":50}", moved)
                .statusCode(200)
                .body("quantity", equalTo(-5))
                .body("eventTime", equalTo("2026-12-01T08:00:00Z"))
                .extract()
                .header("ce-id");
        RecordingHttpServer.Request booked = BrokerSinkResource.sink().requests().stream()
                .filter(r -> r.body().contains("SKU-MOVE"))
                .reduce((first, second) -> second)
                .orElseThrow();
        assertTrue(booked.body().contains("\"eventTime\":\"2026-12-01T09:00:00Z\""), booked.body());
        assertTrue(booked.body().contains("\"quantity\":5"), booked.body());
        assertTrue(booked.body().contains("\"type\":\"io.livechain.inventory.movement.v1\""), booked.body());
        // Delivered again: the same two events, with the same ids.
        post("goods_receipts", "{\"id\":50}", moved).statusCode(200).header("ce-id", reversal);
        List<String> posted = BrokerSinkResource.sink().requests().stream()
                .filter(r -> r.body().contains("SKU-MOVE"))
                .map(RecordingHttpServer.Request::body)
                .toList();
        assertEquals(2, posted.size());
        assertEquals(
                posted.get(0),
                posted.get(1)
                        .replaceAll(
                                "\"time\":\"[^\"]+\"", posted.get(0).replaceAll(".*(\"time\":\"[^\"]+\").*", "$1")));
        assertEquals(new BigDecimal("5"), legacyOnHand("SKU-MOVE", "WH-1"));
    }

    @Test
    void aDispatchSubtractsAndACountSetsTheFigureAsOfItsTime() {
        change("dispatches", "{\"id\":3}", "c", 3000, "null", dispatch(3, "SKU-D", "WH-2", "4", "2026-12-01T10:00:00Z"))
                .statusCode(200)
                .body("quantity", equalTo(-4))
                .body("bizStep", equalTo("shipping"));
        change(
                        "stock_levels",
                        "{\"warehouse_code\":\"WH-2\",\"item_no\":\"SKU-D\"}",
                        "r",
                        1,
                        "null",
                        stockLevel("SKU-D", "WH-2", "40", "2026-12-01T07:00:00Z"))
                .statusCode(200)
                .header("ce-type", MOVEMENT)
                .body("kind", equalTo("COUNT"))
                .body("quantity", equalTo(40))
                .body("bizStep", equalTo("cycle_counting"));
        // The book stock: the count, then the dispatch after it.
        assertEquals(new BigDecimal("36"), legacyOnHand("SKU-D", "WH-2"));
    }

    @Test
    void theLegacyBookStockFollowsTheEventTimeRule() {
        String key = "{\"warehouse_code\":\"WH-B\",\"item_no\":\"SKU-B\"}";
        change(
                        "goods_receipts",
                        "{\"id\":40}",
                        "c",
                        4000,
                        "null",
                        receipt(40, "SKU-B", "WH-B", "5", "2026-12-01T05:00:00Z"))
                .statusCode(200);
        post(
                        "stock_levels",
                        key,
                        envelope(
                                "stock_levels",
                                "c",
                                4010,
                                "null",
                                stockLevel("SKU-B", "WH-B", "100", "2026-12-01T06:00:00Z")))
                .statusCode(200);
        change(
                        "goods_receipts",
                        "{\"id\":41}",
                        "c",
                        4020,
                        "null",
                        receipt(41, "SKU-B", "WH-B", "10.25", "2026-12-01T07:00:00Z"))
                .statusCode(200);
        change(
                        "dispatches",
                        "{\"id\":42}",
                        "c",
                        4030,
                        "null",
                        dispatch(42, "SKU-B", "WH-B", "3", "2026-12-01T08:00:00Z"))
                .statusCode(200);
        // 100 counted at 06:00, the 05:00 receipt is in the count, +10.25 −3 after it.
        assertEquals(new BigDecimal("107.25"), legacyOnHand("SKU-B", "WH-B"));
        post(
                        "stock_levels",
                        key,
                        envelope(
                                "stock_levels",
                                "u",
                                4040,
                                "null",
                                stockLevel("SKU-B", "WH-B", "90", "2026-12-01T07:30:00Z")))
                .statusCode(200);
        assertEquals(new BigDecimal("87"), legacyOnHand("SKU-B", "WH-B"));
    }

    @Test
    void anOrderBecomesAShipmentOnceAndReferenceDataNothing() {
        String order = "{\"order_no\": \"SO-1\", \"ship_from\": \"DC-BERLIN\", \"ship_to\": \"DC-MUNICH\","
                + " \"cargo_profile\": null, \"reefer\": false, \"due_at\": \"2026-12-05T00:00:00Z\", \"ready_at\": null}";
        change("orders", "{\"order_no\":\"SO-1\"}", "c", 5000, "null", order)
                .statusCode(200)
                .header("ce-type", "io.livechain.shipment.created.v1")
                .body("shipmentId", equalTo("SO-1"))
                .body("destination", equalTo("DC-MUNICH"))
                .body("deadline", equalTo("2026-12-05T00:00:00Z"));
        change("orders", "{\"order_no\":\"SO-1\"}", "u", 5010, "null", order).statusCode(204);
        change(
                        "items",
                        "{\"item_no\":\"SKU-1\"}",
                        "c",
                        5020,
                        "null",
                        "{\"item_no\": \"SKU-1\", \"description\": \"Bolt\", \"uom\": \"EA\"}")
                .statusCode(204);
    }

    @Test
    void anAddedColumnKeepsWorking() {
        change(
                        "goods_receipts",
                        "{\"id\":6}",
                        "c",
                        6000,
                        "null",
                        "{\"id\": 6, \"warehouse_code\": \"WH-1\", \"item_no\": \"SKU-N\", \"qty\": \"2\","
                                + " \"received_at\": \"2026-12-01T08:00:00Z\", \"supplier\": \"ACME\"}")
                .statusCode(200)
                .body("quantity", equalTo(2));
    }

    @Test
    void whatTheMappingCannotPlaceIsRefusedNamingWhy() {
        change("suppliers", "{\"id\":1}", "c", 7000, "null", "{\"id\": 1}")
                .statusCode(400)
                .body("errors[0].field", equalTo("source.table"))
                .body("errors[0].problem", containsString("public.suppliers is not mapped"));
        change(
                        "goods_receipts",
                        "{\"id\":7}",
                        "c",
                        7010,
                        "null",
                        "{\"id\": 7, \"warehouse_code\": \"WH-1\", \"item_no\": \"SKU-X\", \"received_at\":"
                                + " \"2026-12-01T08:00:00Z\"}")
                .statusCode(400)
                .body("errors[0].field", equalTo("after.qty"))
                .body("errors[0].problem", containsString("column missing in public.goods_receipts"));
        change(
                        "stock_levels",
                        "{\"warehouse_code\":\"WH-1\",\"item_no\":\"SKU-X\"}",
                        "d",
                        7020,
                        "{\"warehouse_code\": \"WH-1\", \"item_no\": \"SKU-X\"}",
                        "null")
                .statusCode(400)
                .body("errors[0].field", equalTo("op"))
                .body("errors[0].problem", containsString("means nothing to Livechain"));
        change("goods_receipts", null, "c", 7030, "null", receipt(8, "SKU-X", "WH-1", "1", "2026-12-01T08:00:00Z"))
                .statusCode(400)
                .body("errors[0].field", equalTo("key"));
        change("goods_receipts", "{\"id\":9}", "d", 7040, "{\"id\": 9}", "null")
                .statusCode(400)
                .body("errors[0].field", equalTo("before"))
                .body("errors[0].problem", containsString("nothing to reverse"));
        change("goods_receipts", "{}", "t", 7050, "null", "null")
                .statusCode(400)
                .body("errors[0].problem", containsString("truncate"));
    }

    @Test
    void aRefusedChangeStoresNothing() {
        change(
                        "goods_receipts",
                        "{\"id\":10}",
                        "c",
                        8000,
                        "null",
                        receipt(10, "SKU-NEG", "WH-1", "not-a-number", "2026-12-01T08:00:00Z"))
                .statusCode(400)
                .body("errors[0].field", equalTo("after.qty"));
        assertEquals(0, LegacyChanges.legacyRows(pool, "row_key = $1", "{\"id\":10}"));
    }

    private BigDecimal legacyOnHand(String sku, String location) {
        return pool.preparedQuery("select on_hand from cdc.legacy_on_hand_v1 where sku = $1 and location = $2")
                .execute(Tuple.of(sku, location))
                .await()
                .indefinitely()
                .iterator()
                .next()
                .getBigDecimal("on_hand");
    }
}
