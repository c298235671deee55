package io.livechain.readapi.inventory;

import static io.restassured.RestAssured.given;
import static io.restassured.config.JsonConfig.jsonConfig;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.livechain.readapi.access.Roles;
import io.livechain.readapi.owners.OwnerViews;
import io.livechain.readapi.owners.OwnersMigratedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/inventory/{sku}/{location}?asOf=}: the on-hand as of an event time, through the inventory
 * function's own {@code inventory.on_hand_as_of_v1} over ledger rows written into its migrated tables.
 */
@TestSecurity(
        user = "tester",
        roles = {Roles.VIEWER})
@QuarkusTest
@QuarkusTestResource(OwnersMigratedPostgresResource.class)
class OnHandAsOfResourceTest {

    private static final RestAssuredConfig EXACT_NUMBERS =
            RestAssuredConfig.config().jsonConfig(jsonConfig().numberReturnType(NumberReturnType.BIG_DECIMAL));

    @Inject
    Pool pool;

    private static ValidatableResponse get(String path, String asOf) {
        return given().config(EXACT_NUMBERS).queryParam("asOf", asOf).get(path).then();
    }

    /** Received 10, counted 4 an hour later, a late shipment of 1 stamped before the count, then 3 more. */
    private void countedAndMeasured(String sku) {
        new InventoryLedgerRows(pool, sku, "DC-1")
                .movement(sku + "-1", "", "ADJUSTMENT", "10", "2026-11-27T06:00:00Z", 1, "10")
                .movement(sku + "-2", "", "COUNT", "4", "2026-11-27T07:00:00Z", 2, "4")
                .movement(sku + "-3", "", "ADJUSTMENT", "-1", "2026-11-27T06:30:00Z", 3, false, "4")
                .movement(sku + "-4", "", "ADJUSTMENT", "3", "2026-11-27T08:00:00Z", 4, "7")
                .movement(sku + "-5", "KGM", "ADJUSTMENT", "2.5", "2026-11-27T06:15:00Z", 1, "2.5");
    }

    @Test
    void beforeTheCountTheLateShipmentCountsWhereItsTimePutsIt() {
        countedAndMeasured("ASOF-1");

        get("/api/inventory/ASOF-1/DC-1", "2026-11-27T06:45:00Z")
                .statusCode(200)
                .body("sku", equalTo("ASOF-1"))
                .body("location", equalTo("DC-1"))
                .body("onHand", equalTo(9))
                .body("measures.uom", contains("KGM"))
                .body("measures.onHand", contains(new BigDecimal("2.5")))
                .body("asOf", equalTo("2026-11-27T06:45:00Z"));
    }

    @Test
    void fromTheCountOnItsFigurePlusTheAdjustmentsAfterIt() {
        countedAndMeasured("ASOF-2");

        get("/api/inventory/ASOF-2/DC-1", "2026-11-27T07:00:00Z")
                .statusCode(200)
                .body("onHand", equalTo(4));
        get("/api/inventory/ASOF-2/DC-1", "2026-11-27T08:00:00Z")
                .statusCode(200)
                .body("onHand", equalTo(7));
    }

    @Test
    void anOffsetIsReadAsTheInstantItNamesAndEchoedInUtc() {
        countedAndMeasured("ASOF-3");

        get("/api/inventory/ASOF-3/DC-1", "2026-11-27T08:59:59.5+01:00")
                .statusCode(200)
                .body("onHand", equalTo(4))
                .body("asOf", equalTo("2026-11-27T07:59:59.500Z"));
    }

    @Test
    void aUnitWithNothingRecordedByThenIsLeftOut() {
        countedAndMeasured("ASOF-4");

        get("/api/inventory/ASOF-4/DC-1", "2026-11-27T06:10:00Z")
                .statusCode(200)
                .body("onHand", equalTo(10))
                .body("$", not(hasKey("measures")));
    }

    @Test
    void beforeTheFirstMovementIsNotFound() {
        countedAndMeasured("ASOF-5");

        get("/api/inventory/ASOF-5/DC-1", "2026-11-27T05:59:59Z")
                .statusCode(404)
                .body("status", equalTo(404))
                .body(
                        "message",
                        equalTo("no inventory for sku 'ASOF-5' at location 'DC-1' as of 2026-11-27T05:59:59Z"));
        get("/api/inventory/ASOF-5/DC-1", "0000-01-01T00:00:00Z").statusCode(404);
    }

    @Test
    void withoutAsOfTheCurrentOnHandHasNoAsOf() {
        countedAndMeasured("ASOF-6");
        pool.query("update inventory.stock_on_hand set on_hand = 7 where sku = 'ASOF-6' and uom = ''")
                .execute()
                .await()
                .indefinitely();

        given().get("/api/inventory/ASOF-6/DC-1")
                .then()
                .statusCode(200)
                .body("onHand", equalTo(7))
                .body("$", not(hasKey("asOf")));
    }

    @Test
    void asOfThatIsNoRfc3339DateTimeIsABadRequestNamingIt() {
        for (String bad :
                new String[] {"yesterday", "2026-11-27T06:00Z", "2026-11-27T06:00:00", "2026-13-01T00:00:00Z"}) {
            get("/api/inventory/ASOF-ANY/DC-1", bad)
                    .statusCode(400)
                    .body("status", equalTo(400))
                    .body("message", startsWith("asOf: not an RFC 3339 date-time"));
        }
    }

    @Test
    void beforeInventoryMigratedTheFunctionIsMissingAndNothingIsFound() {
        countedAndMeasured("ASOF-7");

        OwnerViews.withoutFunction(
                pool,
                "inventory",
                "on_hand_as_of_v1",
                "text, text, timestamptz",
                () -> get("/api/inventory/ASOF-7/DC-1", "2026-11-27T08:00:00Z")
                        .statusCode(404)
                        .body("message", startsWith("no inventory for sku 'ASOF-7' at location 'DC-1' as of")));
    }
}
