package io.livechain.readapi.inventory;

import static io.restassured.RestAssured.given;
import static io.restassured.config.JsonConfig.jsonConfig;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

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
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The inventory queries against a real PostgreSQL migrated by the inventory function's own scripts:
 * rows go into its table, answers come through its read view {@code inventory.stock_on_hand_v1}.
 */
// Every role: these tests are about behaviour; AccessTest checks who may do what with real tokens.
@TestSecurity(
        user = "tester",
        roles = {Roles.VIEWER, Roles.OPERATOR, Roles.INTEGRATOR})
@QuarkusTest
@QuarkusTestResource(OwnersMigratedPostgresResource.class)
class InventoryResourceTest {

    // Non-integral JSON numbers as BigDecimal, which compares scale: 12.5 matches 12.5, never 12.50.
    private static final RestAssuredConfig EXACT_NUMBERS =
            RestAssuredConfig.config().jsonConfig(jsonConfig().numberReturnType(NumberReturnType.BIG_DECIMAL));

    @Inject
    Pool pool;

    private void stock(String sku, String location, String uom, String onHand) {
        pool.preparedQuery("insert into inventory.stock_on_hand (sku, location, uom, on_hand, updated_at)"
                        + " values ($1, $2, $3, $4, now()) on conflict (sku, location, uom) do update set on_hand = $4")
                .execute(Tuple.of(sku, location, uom, new BigDecimal(onHand)))
                .await()
                .indefinitely();
    }

    private static ValidatableResponse get(String path) {
        return given().config(EXACT_NUMBERS).get(path).then();
    }

    /**
     * Matches one JSON number literal only: RestAssured reads integral literals as Integer and others
     * as BigDecimal, so 100 matches 100 but not 100.000 nor 1E+2.
     */
    private static Object exactly(String literal) {
        return literal.matches("-?\\d+") ? Integer.valueOf(literal) : new BigDecimal(literal);
    }

    @Test
    void totalAddsCountedItemsOverEveryLocationListedInOrder() {
        stock("TOT-1", "STORE-9", "", "3");
        stock("TOT-1", "DC-2", "", "7");
        stock("TOT-1", "DC-1", "", "5");

        get("/api/inventory/TOT-1")
                .statusCode(200)
                .body("sku", equalTo("TOT-1"))
                .body("total", equalTo(exactly("15")))
                .body("locations.location", contains("DC-1", "DC-2", "STORE-9"))
                .body("locations.onHand", contains(exactly("5"), exactly("7"), exactly("3")))
                .body("locations[0]", not(hasKey("uom")));
    }

    @Test
    void measuredUnitIsListedWithItsUomButLeftOutOfTotal() {
        stock("FLOUR-1", "DC-1", "", "3");
        stock("FLOUR-1", "DC-1", "KGM", "12.5");
        stock("FLOUR-1", "DC-2", "", "2");

        get("/api/inventory/FLOUR-1")
                .statusCode(200)
                .body("total", equalTo(exactly("5")))
                .body("locations.location", contains("DC-1", "DC-1", "DC-2"))
                .body("locations[0]", not(hasKey("uom")))
                .body("locations[1].uom", equalTo("KGM"))
                .body("locations[1].onHand", equalTo(exactly("12.5")));
    }

    @Test
    void unknownSkuIsNotFoundWithAMessage() {
        get("/api/inventory/NO-SUCH-SKU")
                .statusCode(404)
                .contentType("application/json")
                .body("status", equalTo(404))
                .body("message", equalTo("no inventory for sku 'NO-SUCH-SKU'"));
    }

    @Test
    void oneLocationGivesCountedItemsAndItsMeasures() {
        stock("FLOUR-2", "DC-1", "", "3");
        stock("FLOUR-2", "DC-1", "KGM", "12.5");
        stock("FLOUR-2", "DC-2", "", "9");

        get("/api/inventory/FLOUR-2/DC-1")
                .statusCode(200)
                .body("sku", equalTo("FLOUR-2"))
                .body("location", equalTo("DC-1"))
                .body("onHand", equalTo(exactly("3")))
                .body("measures.uom", contains("KGM"))
                .body("measures.onHand", contains(exactly("12.5")));
    }

    @Test
    void oneLocationWithoutMeasuredUnitsHasNoMeasures() {
        stock("BOLT-1", "DC-1", "", "40");

        get("/api/inventory/BOLT-1/DC-1")
                .statusCode(200)
                .body("onHand", equalTo(exactly("40")))
                .body("$", not(hasKey("measures")));
    }

    @Test
    void oneLocationWithOnlyMeasuredUnitsHasNoCountedItems() {
        stock("SUGAR-1", "DC-1", "KGM", "0.25");

        get("/api/inventory/SUGAR-1/DC-1")
                .statusCode(200)
                .body("onHand", equalTo(exactly("0")))
                .body("measures.onHand", contains(exactly("0.25")));
        get("/api/inventory/SUGAR-1").statusCode(200).body("total", equalTo(exactly("0")));
    }

    @Test
    void locationWithoutStockOfTheSkuIsNotFound() {
        stock("BOLT-2", "DC-1", "", "1");

        get("/api/inventory/BOLT-2/DC-9")
                .statusCode(404)
                .body("status", equalTo(404))
                .body("message", containsString("BOLT-2"));
    }

    @Test
    void databaseScaleIsNotShownInFigures() {
        stock("SCALE-1", "DC-1", "", "100.000000");

        get("/api/inventory/SCALE-1")
                .statusCode(200)
                .body("total", equalTo(exactly("100")))
                .body("locations[0].onHand", equalTo(exactly("100")));
        given().get("/api/inventory/SCALE-1/DC-1").then().body(containsString("\"onHand\":100}"));
    }

    @Test
    void skuBeforeInventoryMigratedIsNotFound() {
        stock("ANY-SKU", "DC-1", "", "4");

        OwnerViews.withoutView(pool, "inventory", "stock_on_hand_v1", () -> {
            get("/api/inventory/ANY-SKU").statusCode(404).body("message", equalTo("no inventory for sku 'ANY-SKU'"));
            get("/api/inventory/ANY-SKU/DC-1")
                    .statusCode(404)
                    .body("message", equalTo("no inventory for sku 'ANY-SKU' at location 'DC-1'"));
        });
    }
}
