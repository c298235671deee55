package io.livechain.cdcadapter;

import static io.restassured.RestAssured.given;

import io.restassured.response.ValidatableResponse;
import java.util.concurrent.atomic.AtomicLong;

/** Debezium changes of the sample legacy WMS as the KafkaSource delivers them: wrapped, binary mode. */
final class LegacyChanges {

    private static final AtomicLong OFFSET = new AtomicLong();

    private LegacyChanges() {}

    static String receipt(long id, String item, String warehouse, String qty, String at) {
        return "{\"id\": %d, \"warehouse_code\": \"%s\", \"item_no\": \"%s\", \"qty\": \"%s\", \"received_at\": \"%s\"}"
                .formatted(id, warehouse, item, qty, at);
    }

    static String dispatch(long id, String item, String warehouse, String qty, String at) {
        return "{\"id\": %d, \"warehouse_code\": \"%s\", \"item_no\": \"%s\", \"qty\": \"%s\", \"dispatched_at\": \"%s\"}"
                .formatted(id, warehouse, item, qty, at);
    }

    static String stockLevel(String item, String warehouse, String qty, String at) {
        return "{\"warehouse_code\": \"%s\", \"item_no\": \"%s\", \"qty_on_hand\": \"%s\", \"counted_at\": \"%s\"}"
                .formatted(warehouse, item, qty, at);
    }

    static String envelope(String table, String op, long lsn, String before, String after) {
        return """
                {"before": %s, "after": %s, "op": "%s", "ts_ms": 1764650000000,
                 "source": {"connector": "postgresql", "name": "legacy_wms", "db": "legacy_wms",
                            "schema": "public", "table": "%s", "lsn": %d, "snapshot": "false"}}""".formatted(before, after, op, table, lsn);
    }

    /** Rows of the adapter's legacy row images that {@code where} (SQL over its columns) selects. */
    static long legacyRows(io.vertx.mutiny.sqlclient.Pool pool, String where, Object... values) {
        return pool.preparedQuery("select count(*) from cdc.legacy_rows where " + where)
                .execute(io.vertx.mutiny.sqlclient.Tuple.from(values))
                .await()
                .indefinitely()
                .iterator()
                .next()
                .getLong(0);
    }

    /** Posts a change of {@code table}: its envelope and the KafkaSource's record around it. */
    static ValidatableResponse change(String table, String key, String op, long lsn, String before, String after) {
        return post(table, key, envelope(table, op, lsn, before, after));
    }

    /** Posts a change of {@code table} with record key {@code key}, each time as a new Kafka record. */
    static ValidatableResponse post(String table, String key, String envelope) {
        var request = given().contentType("application/json")
                .header("ce-id", "partition:0/offset:" + OFFSET.incrementAndGet())
                .header("ce-specversion", "1.0")
                .header("ce-type", "dev.knative.kafka.event")
                .header(
                        "ce-source",
                        "/apis/v1/namespaces/livechain/kafkasources/livechain-legacy-wms#legacy_wms.public." + table);
        if (key != null) {
            request = request.header("ce-key", key);
        }
        return request.body(envelope).post("/").then();
    }
}
