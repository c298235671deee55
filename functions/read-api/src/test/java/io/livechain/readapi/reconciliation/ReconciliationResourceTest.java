package io.livechain.readapi.reconciliation;

import static io.restassured.RestAssured.given;
import static io.restassured.config.JsonConfig.jsonConfig;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.livechain.readapi.access.Roles;
import io.livechain.readapi.owners.CdcAdapterStandIn;
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
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reconciliation against a real PostgreSQL: Livechain's figures go into the inventory function's
 * table (migrated by its own scripts) and are read through its view; the legacy figures come through
 * the cdc-adapter's own table and view (its migrations), filled by {@link CdcAdapterStandIn}. Each test keeps to its own
 * locations or skus: the database is shared with the other tests.
 */
// Every role: these tests are about behaviour; AccessTest checks who may do what with real tokens.
@TestSecurity(
        user = "tester",
        roles = {Roles.VIEWER, Roles.OPERATOR, Roles.INTEGRATOR})
@QuarkusTest
@QuarkusTestResource(OwnersMigratedPostgresResource.class)
class ReconciliationResourceTest {

    // Non-integral JSON numbers as BigDecimal, which compares scale: 12.5 matches 12.5, never 12.50.
    private static final RestAssuredConfig EXACT_NUMBERS =
            RestAssuredConfig.config().jsonConfig(jsonConfig().numberReturnType(NumberReturnType.BIG_DECIMAL));

    @Inject
    Pool pool;

    private void legacy(String sku, String location, String uom, String onHand, String lastChangedAt) {
        CdcAdapterStandIn.legacy(pool, sku, location, uom, onHand, OffsetDateTime.parse(lastChangedAt));
    }

    private void livechain(String sku, String location, String uom, String onHand, String updatedAt) {
        pool.preparedQuery("insert into inventory.stock_on_hand (sku, location, uom, on_hand, updated_at)"
                        + " values ($1, $2, $3, $4, $5) on conflict (sku, location, uom)"
                        + " do update set on_hand = $4, updated_at = $5")
                .execute(Tuple.of(sku, location, uom, new BigDecimal(onHand), OffsetDateTime.parse(updatedAt)))
                .await()
                .indefinitely();
    }

    /** {@code count} legacy positions at {@code location}, one per sku, a second apart. */
    private void manyLegacy(String location, int count) {
        CdcAdapterStandIn.many(pool, location, count);
    }

    private static ValidatableResponse get(String query) {
        return given().config(EXACT_NUMBERS).get("/api/reconciliation" + query).then();
    }

    /**
     * Matches one JSON number literal only: RestAssured reads integral literals as Integer and others
     * as BigDecimal, so 100 matches 100 but not 100.000 nor 1E+2.
     */
    private static Object exactly(String literal) {
        return literal.matches("-?\\d+") ? Integer.valueOf(literal) : new BigDecimal(literal);
    }

    @Test
    void differenceIsLivechainMinusLegacyExactly() {
        legacy("EXACT-1", "REC-EXACT", "", "10.5", "2026-11-27T06:00:00Z");
        livechain("EXACT-1", "REC-EXACT", "", "7.25", "2026-11-27T05:00:00Z");

        get("?location=REC-EXACT")
                .statusCode(200)
                .contentType("application/json")
                .body("positions", hasSize(1))
                .body("positions[0].sku", equalTo("EXACT-1"))
                .body("positions[0].location", equalTo("REC-EXACT"))
                .body("positions[0].uom", equalTo(""))
                .body("positions[0].legacyOnHand", equalTo(exactly("10.5")))
                .body("positions[0].livechainOnHand", equalTo(exactly("7.25")))
                .body("positions[0].difference", equalTo(exactly("-3.25")))
                .body("positions[0].lastChangedAt", equalTo("2026-11-27T06:00:00Z"));
    }

    @Test
    void lastChangedAtIsTheLaterOfTheTwoFigures() {
        legacy("LATER-1", "REC-LATER", "", "4", "2026-11-27T06:00:00Z");
        livechain("LATER-1", "REC-LATER", "", "5", "2026-11-27T07:30:00Z");

        get("?location=REC-LATER").statusCode(200).body("positions[0].lastChangedAt", equalTo("2026-11-27T07:30:00Z"));
    }

    @Test
    void measuredUnitsAreMatchedByUomAndScaleIsNotShown() {
        legacy("FLOUR-9", "REC-UOM", "KGM", "12.500", "2026-11-27T06:00:00Z");
        livechain("FLOUR-9", "REC-UOM", "KGM", "12.5", "2026-11-27T06:00:00Z");
        livechain("FLOUR-9", "REC-UOM", "", "3", "2026-11-27T06:00:00Z");

        get("?location=REC-UOM")
                .statusCode(200)
                .body("positions.uom", contains("KGM"))
                .body("positions[0].legacyOnHand", equalTo(exactly("12.5")))
                .body("positions[0].difference", equalTo(exactly("0")));
        given().get("/api/reconciliation?location=REC-UOM").then().body(containsString("\"difference\":0,"));
    }

    @Test
    void positionLivechainNeverSawHasLivechainZero() {
        legacy("LEGACY-ONLY", "REC-ONLY", "", "8", "2026-11-27T06:00:00Z");

        get("?location=REC-ONLY")
                .statusCode(200)
                .body("positions.sku", contains("LEGACY-ONLY"))
                .body("positions[0].livechainOnHand", equalTo(exactly("0")))
                .body("positions[0].difference", equalTo(exactly("-8")))
                .body("positions[0].lastChangedAt", equalTo("2026-11-27T06:00:00Z"));
    }

    @Test
    void positionOnlyLivechainKnowsIsNotListed() {
        livechain("NEW-ONLY", "REC-NEW", "", "2", "2026-11-27T06:00:00Z");

        get("?location=REC-NEW").statusCode(200).body("positions", empty());
        get("?sku=NEW-ONLY").statusCode(200).body("positions", empty());
    }

    @Test
    void onlyDifferentLeavesOutPositionsThatAgree() {
        legacy("SAME-1", "REC-DIFF", "", "5", "2026-11-27T06:00:00Z");
        livechain("SAME-1", "REC-DIFF", "", "5.00", "2026-11-27T06:00:00Z");
        legacy("DRIFT-1", "REC-DIFF", "", "5", "2026-11-27T06:00:00Z");
        livechain("DRIFT-1", "REC-DIFF", "", "6", "2026-11-27T06:00:00Z");

        get("?location=REC-DIFF&onlyDifferent=true").statusCode(200).body("positions.sku", contains("DRIFT-1"));
        get("?location=REC-DIFF&onlyDifferent=false")
                .statusCode(200)
                .body("positions.sku", contains("DRIFT-1", "SAME-1"));
        get("?location=REC-DIFF").statusCode(200).body("positions", hasSize(2));
    }

    @Test
    void locationAndSkuFilterAloneAndTogether() {
        legacy("FILTER-A", "REC-FILTER-1", "", "1", "2026-11-27T06:00:00Z");
        legacy("FILTER-A", "REC-FILTER-2", "", "1", "2026-11-27T06:00:00Z");
        legacy("FILTER-B", "REC-FILTER-1", "", "1", "2026-11-27T06:00:00Z");

        get("?sku=FILTER-A").statusCode(200).body("positions.location", contains("REC-FILTER-1", "REC-FILTER-2"));
        get("?location=REC-FILTER-1").statusCode(200).body("positions.sku", contains("FILTER-A", "FILTER-B"));
        get("?sku=FILTER-A&location=REC-FILTER-2").statusCode(200).body("positions.location", contains("REC-FILTER-2"));
    }

    @Test
    void newestDriftFirstThenSkuThenLocation() {
        legacy("ORDER-B", "REC-ORDER-1", "", "1", "2026-11-27T06:00:00Z");
        legacy("ORDER-A", "REC-ORDER-2", "", "1", "2026-11-27T06:00:00Z");
        legacy("ORDER-A", "REC-ORDER-1", "", "1", "2026-11-27T06:00:00Z");
        legacy("ORDER-C", "REC-ORDER-1", "", "1", "2026-11-27T05:00:00Z");
        // Livechain's later change makes ORDER-C's position the newest.
        livechain("ORDER-C", "REC-ORDER-1", "", "2", "2026-11-27T08:00:00Z");
        legacy("ORDER-D", "REC-ORDER-1", "", "1", "2026-11-27T07:00:00Z");

        get("?sku=ORDER-A").statusCode(200).body("positions.location", contains("REC-ORDER-1", "REC-ORDER-2"));
        get("?location=REC-ORDER-1")
                .statusCode(200)
                .body("positions.sku", contains("ORDER-C", "ORDER-D", "ORDER-A", "ORDER-B"));
    }

    @Test
    void limitBoundsTheListNewestFirst() {
        manyLegacy("REC-LIMIT", 3);

        get("?location=REC-LIMIT&limit=2").statusCode(200).body("positions.sku", contains("MANY-3", "MANY-2"));
        get("?location=REC-LIMIT&limit=0").statusCode(200).body("positions", empty());
    }

    @Test
    void listHoldsAHundredUnlessALimitIsGiven() {
        manyLegacy("REC-DEFAULT", 101);

        get("?location=REC-DEFAULT").statusCode(200).body("positions", hasSize(100));
    }

    @Test
    void listHoldsAtMostAThousand() {
        manyLegacy("REC-MAX", 1001);

        get("?location=REC-MAX&limit=5000").statusCode(200).body("positions", hasSize(1000));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "onlyDifferent=yes|onlyDifferent: must be true or false",
                "onlyDifferent=1|onlyDifferent: must be true or false",
                "limit=ten|limit: must be a whole number (at most 1000 are listed)",
                "limit=1.5|limit: must be a whole number (at most 1000 are listed)"
            })
    void parameterNotUnderstoodIsABadRequestNamingIt(String query, String message) {
        get("?" + query)
                .statusCode(400)
                .contentType("application/json")
                .body("status", equalTo(400))
                .body("message", equalTo(message));
    }

    @Test
    void beforeTheCdcAdapterMigratedTheAnswerSaysSo() {
        OwnerViews.withoutView(
                pool,
                "cdc",
                "legacy_on_hand_v1",
                () -> get("").statusCode(503)
                        .contentType("application/json")
                        .body("status", equalTo(503))
                        .body(
                                "message",
                                equalTo("the cdc-adapter has not created its read view cdc.legacy_on_hand_v1 yet")));
    }

    @Test
    void withoutTheCdcSchemaAtAllTheAnswerSaysSo() {
        pool.query("alter schema cdc rename to cdc_hidden").execute().await().indefinitely();
        try {
            get("").statusCode(503).body("message", containsString("cdc-adapter has not created"));
        } finally {
            pool.query("alter schema cdc_hidden rename to cdc")
                    .execute()
                    .await()
                    .indefinitely();
        }
    }

    @Test
    void beforeInventoryMigratedTheAnswerSaysSo() {
        OwnerViews.withoutView(
                pool,
                "inventory",
                "stock_on_hand_v1",
                () -> get("").statusCode(503)
                        .body("status", equalTo(503))
                        .body(
                                "message",
                                equalTo(
                                        "the inventory function has not created its read view inventory.stock_on_hand_v1 yet")));
    }
}
