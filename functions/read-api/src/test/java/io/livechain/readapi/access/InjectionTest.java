package io.livechain.readapi.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.livechain.readapi.owners.CdcAdapterStandIn;
import io.livechain.readapi.owners.FakeThreshold;
import io.livechain.readapi.owners.FakeThresholdResource;
import io.livechain.readapi.owners.OwnersMigratedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SQL injection strings through every read-api endpoint and field that reaches the database: each
 * is answered as plain data (404, 400 or an empty list, never 500), and no table changed.
 */
@TestSecurity(
        user = "tester",
        roles = {Roles.VIEWER, Roles.OPERATOR, Roles.INTEGRATOR})
@QuarkusTest
@QuarkusTestResource(OwnersMigratedPostgresResource.class)
@QuarkusTestResource(FakeThresholdResource.class)
class InjectionTest {

    static final List<String> INJECTIONS = List.of(
            "' or '1'='1",
            "x'; drop table inventory.stock_on_hand; --",
            "x'); delete from read_api.dead_letters; --",
            "1; update threshold.alerts set status = 'resolved'",
            "\" or \"\"=\"",
            "x' union select table_name, null, null from information_schema.tables --",
            "$1",
            "%' --",
            "\\'; truncate read_api.capture_jobs; --");

    /** Tables whose rows an injection would change, with a count of each. */
    private static final List<String> TABLES = List.of(
            "inventory.stock_on_hand",
            "threshold.alerts",
            "reroute.shipments",
            "read_api.dead_letters",
            "read_api.capture_jobs",
            "cdc.legacy_rows");

    @Inject
    Pool pool;

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            Row row = pool.query("select count(*) from " + table)
                    .execute()
                    .await()
                    .indefinitely()
                    .iterator()
                    .next();
            counts.put(table, row.getLong(0));
        }
        return counts;
    }

    private void seed() {
        CdcAdapterStandIn.legacy(pool, "INJ-SKU", "DC-1", "", "5", java.time.OffsetDateTime.now());
        pool.query("insert into inventory.stock_on_hand (sku, location, uom, on_hand, updated_at)"
                        + " values ('INJ-SKU', 'DC-1', '', 7, now()) on conflict do nothing")
                .execute()
                .await()
                .indefinitely();
    }

    @Test
    void injectionStringsAreDataEverywhere() {
        seed();
        Map<String, Long> before = counts();

        for (String injection : INJECTIONS) {
            given().pathParam("v", injection).get("/api/inventory/{v}").then().statusCode(404);
            given().pathParam("v", injection)
                    .get("/api/inventory/INJ-SKU/{v}")
                    .then()
                    .statusCode(404);
            given().queryParam("asset", injection)
                    .get("/api/alerts")
                    .then()
                    .statusCode(200)
                    .body("size()", is(0));
            given().queryParam("status", injection).get("/api/alerts").then().statusCode(400);
            given().pathParam("v", injection).get("/api/alerts/{v}").then().statusCode(404);
            given().pathParam("v", injection).get("/api/shipments/{v}").then().statusCode(404);
            given().queryParam("location", injection)
                    .queryParam("sku", injection)
                    .get("/api/reconciliation")
                    .then()
                    .statusCode(200)
                    .body("positions.size()", is(0));
            given().queryParam("location", injection)
                    .get("/api/replenishment")
                    .then()
                    .statusCode(200)
                    .body("positions.size()", is(0));
            given().queryParam("onlyDifferent", injection)
                    .get("/api/reconciliation")
                    .then()
                    .statusCode(400);
            given().queryParam("limit", injection)
                    .get("/api/reconciliation")
                    .then()
                    .statusCode(400);
            given().pathParam("v", injection)
                    .get("/api/epcis/capture/{v}")
                    .then()
                    .statusCode(404);
            given().contentType("application/json")
                    .body(Map.of("id", injection, "source", injection))
                    .post("/api/deadletters/replay")
                    .then()
                    .statusCode(404);
            given().contentType("application/json")
                    .body(Map.of("type", injection, "source", injection))
                    .post("/api/deadletters/replay")
                    .then()
                    .statusCode(200)
                    .body("replayed", equalTo(0));
            // Acks are threshold's: the id reaches it as one encoded path segment, never as SQL here.
            FakeThresholdResource.threshold().answer(request -> new FakeThreshold.Reply(404, "{}"));
            given().contentType("application/json")
                    .body(Map.of("by", injection))
                    .pathParam("v", injection)
                    .post("/api/alerts/{v}/ack")
                    .then()
                    .statusCode(anyOf(is(404), is(400)));
        }

        assertEquals(before, counts());
        given().get("/api/inventory/INJ-SKU").then().statusCode(200).body("total", equalTo(7));
    }
}
