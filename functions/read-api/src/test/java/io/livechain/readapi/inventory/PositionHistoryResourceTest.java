package io.livechain.readapi.inventory;

import static io.restassured.RestAssured.given;
import static io.restassured.config.JsonConfig.jsonConfig;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
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
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/inventory/{sku}/{location}/history}: a position's movements through the inventory
 * function's {@code inventory.stock_ledger_v1}, over rows written into its migrated tables.
 */
@TestSecurity(
        user = "tester",
        roles = {Roles.VIEWER})
@QuarkusTest
@QuarkusTestResource(OwnersMigratedPostgresResource.class)
class PositionHistoryResourceTest {

    private static final RestAssuredConfig EXACT_NUMBERS =
            RestAssuredConfig.config().jsonConfig(jsonConfig().numberReturnType(NumberReturnType.BIG_DECIMAL));

    @Inject
    Pool pool;

    private static RequestSpecification request() {
        return given().config(EXACT_NUMBERS);
    }

    private static ValidatableResponse history(String sku, RequestSpecification request) {
        return request.get("/api/inventory/" + sku + "/DC-1/history").then();
    }

    /** Arrival order differs from event-time order: a late receipt, two movements sharing a stamp. */
    private void movements(String sku) {
        new InventoryLedgerRows(pool, sku, "DC-1")
                .movement(sku + "-a", "", "ADJUSTMENT", "10", "2026-11-27T06:00:00Z", 1, "10")
                .movement(sku + "-b", "", "COUNT", "4", "2026-11-27T07:00:00Z", 2, "4")
                .movement(sku + "-c", "", "ADJUSTMENT", "-1", "2026-11-27T06:30:00Z", 3, false, "4")
                .movement(sku + "-d", "", "ADJUSTMENT", "3", "2026-11-27T07:00:00Z", 4, false, "4")
                .movement(sku + "-e", "KGM", "ADJUSTMENT", "2.125", "2026-11-27T06:15:00Z", 1, "2.125");
    }

    @Test
    void movementsComeInEventTimeThenArrivalOrderWithTheirCause() {
        movements("HIST-1");

        history("HIST-1", request())
                .statusCode(200)
                .body("sku", equalTo("HIST-1"))
                .body("location", equalTo("DC-1"))
                .body("$", not(hasKey("from")))
                .body("$", not(hasKey("to")))
                .body("truncated", equalTo(false))
                .body("movements.cause.id", contains("HIST-1-a", "HIST-1-e", "HIST-1-c", "HIST-1-b", "HIST-1-d"))
                .body(
                        "movements.eventTime",
                        contains(
                                "2026-11-27T06:00:00Z",
                                "2026-11-27T06:15:00Z",
                                "2026-11-27T06:30:00Z",
                                "2026-11-27T07:00:00Z",
                                "2026-11-27T07:00:00Z"))
                .body("movements.kind", contains("ADJUSTMENT", "ADJUSTMENT", "ADJUSTMENT", "COUNT", "ADJUSTMENT"))
                .body("movements.applied", contains(true, true, false, true, false))
                .body("movements.sequence", contains(1, 1, 3, 2, 4));
    }

    @Test
    void aMovementCarriesItsFiguresExactlyAndItsUnitOnlyWhenMeasured() {
        movements("HIST-2");

        history("HIST-2", request())
                .statusCode(200)
                .body("movements[0]", not(hasKey("uom")))
                .body("movements[0].quantity", equalTo(10))
                .body("movements[0].onHandAfter", equalTo(10))
                .body("movements[0].bizStep", equalTo("receiving"))
                .body("movements[0].recordedAt", notNullValue())
                .body("movements[0].cause.source", equalTo("/livechain/scan-ingest"))
                .body("movements[1].uom", equalTo("KGM"))
                .body("movements[1].quantity", equalTo(new BigDecimal("2.125")))
                .body("movements[2].quantity", equalTo(-1))
                .body("movements[3].bizStep", equalTo("cycle_counting"));
    }

    @Test
    void fromIsInclusiveAndToExclusiveAndBothAreEchoed() {
        movements("HIST-3");

        history("HIST-3", request().queryParam("from", "2026-11-27T06:15:00Z").queryParam("to", "2026-11-27T07:00:00Z"))
                .statusCode(200)
                .body("from", equalTo("2026-11-27T06:15:00Z"))
                .body("to", equalTo("2026-11-27T07:00:00Z"))
                .body("movements.cause.id", contains("HIST-3-e", "HIST-3-c"));
        history("HIST-3", request().queryParam("from", "2026-11-27T07:00:00Z"))
                .statusCode(200)
                .body("movements.cause.id", contains("HIST-3-b", "HIST-3-d"));
    }

    @Test
    void aLimitCutsTheListAndSaysSo() {
        movements("HIST-4");

        history("HIST-4", request().queryParam("limit", "2"))
                .statusCode(200)
                .body("movements.cause.id", contains("HIST-4-a", "HIST-4-e"))
                .body("truncated", equalTo(true));
        history("HIST-4", request().queryParam("limit", "5"))
                .statusCode(200)
                .body("movements", hasSize(5))
                .body("truncated", equalTo(false));
        history("HIST-4", request().queryParam("limit", "05000")).statusCode(200);
    }

    @Test
    void aWindowWithoutMovementsOfAKnownPositionIsEmpty() {
        movements("HIST-5");

        history("HIST-5", request().queryParam("to", "2026-11-27T06:00:00Z"))
                .statusCode(200)
                .body("movements", empty())
                .body("truncated", equalTo(false));
    }

    @Test
    void aPositionWithoutMovementsIsNotFound() {
        history("HIST-NONE", request())
                .statusCode(404)
                .body("status", equalTo(404))
                .body("message", equalTo("no inventory for sku 'HIST-NONE' at location 'DC-1'"));
    }

    @Test
    void badParametersAreBadRequestsNamingTheField() {
        movements("HIST-6");

        history("HIST-6", request().queryParam("from", "today"))
                .statusCode(400)
                .body("message", startsWith("from: not an RFC 3339 date-time"));
        history("HIST-6", request().queryParam("to", "2026-11-27 06:00"))
                .statusCode(400)
                .body("message", startsWith("to: not an RFC 3339 date-time"));
        history("HIST-6", request().queryParam("from", "2026-11-27T07:00:00Z").queryParam("to", "2026-11-27T06:00:00Z"))
                .statusCode(400)
                .body("message", startsWith("from: is after to"));
        for (String limit : new String[] {"0", "5001", "-1", "ten", "99999999999"}) {
            history("HIST-6", request().queryParam("limit", limit))
                    .statusCode(400)
                    .body("status", equalTo(400))
                    .body("message", startsWith("limit: must be a whole number from 1 to 5000"));
        }
    }

    @Test
    void beforeInventoryMigratedNothingIsFound() {
        movements("HIST-7");

        OwnerViews.withoutView(
                pool,
                "inventory",
                "stock_ledger_v1",
                () -> history("HIST-7", request()).statusCode(404));
    }
}
