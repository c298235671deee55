package io.livechain.readapi.replenishment;

import static io.restassured.RestAssured.given;
import static io.restassured.config.JsonConfig.jsonConfig;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
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
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/**
 * GET /api/replenishment against a real PostgreSQL: threshold's figures go into its own table (migrated by
 * its own scripts) and are read through its view, on-hand through inventory's. Each test keeps to its own
 * locations: the database is shared with the other tests.
 */
@TestSecurity(
        user = "tester",
        roles = {Roles.VIEWER})
@QuarkusTest
@QuarkusTestResource(OwnersMigratedPostgresResource.class)
class ReplenishmentResourceTest {

    private static final RestAssuredConfig EXACT_NUMBERS =
            RestAssuredConfig.config().jsonConfig(jsonConfig().numberReturnType(NumberReturnType.BIG_DECIMAL));

    @Inject
    Pool pool;

    /** Threshold's figures of a position as its function stores them (figures null: not known yet). */
    private void figures(
            String sku, String location, String demandPerDay, String reorderPoint, String orderUpToUnrounded) {
        pool.preparedQuery("insert into threshold.stock_watch (sku, location, level_time, sequence, first_day,"
                        + " last_day, history_days, demand_per_day, demand_sd, lead_time_days, lead_time_sd_days,"
                        + " service_level, safety_stock, reorder_point_unrounded, reorder_point, order_up_to_unrounded,"
                        + " order_up_to, below, figures_at) values ($1, $2, now(), 9, date '2026-11-01', date '2026-11-07',"
                        + " 7, $3::text::numeric, 1.6330, 3.0000, 0.0000, 0.95, $4::text::numeric - 30, $4::text::numeric, $4::text::numeric,"
                        + " $5::text::numeric, ceil($5::text::numeric), false, now())")
                .execute(Tuple.of(sku, location, demandPerDay, reorderPoint, orderUpToUnrounded))
                .await()
                .indefinitely();
    }

    private void onHand(String sku, String location, String onHand) {
        pool.preparedQuery("insert into inventory.stock_on_hand (sku, location, uom, on_hand, updated_at)"
                        + " values ($1, $2, '', $3, $4)")
                .execute(Tuple.of(sku, location, new BigDecimal(onHand), OffsetDateTime.now()))
                .await()
                .indefinitely();
    }

    private static ValidatableResponse get(String query) {
        return given().config(EXACT_NUMBERS).get("/api/replenishment" + query).then();
    }

    @Test
    void positionsWithTheirCoverAndSuggestionFromTheCurrentOnHand() {
        // D 10, reorder point 35, order up to 104.6523: from 30 on hand, 3 days of cover, order 75 (74.6523 up).
        figures("REP-A", "REPL-1", "10.0000", "35", "104.6523");
        onHand("REP-A", "REPL-1", "30");

        get("?location=REPL-1")
                .statusCode(200)
                .contentType("application/json")
                .body("positions", hasSize(1))
                .body("positions[0].sku", equalTo("REP-A"))
                .body("positions[0].location", equalTo("REPL-1"))
                .body("positions[0].onHand", equalTo(30))
                .body("positions[0].demandPerDay", equalTo(10))
                .body("positions[0].demandSd", equalTo(new BigDecimal("1.633")))
                .body("positions[0].leadTimeDays", equalTo(3))
                .body("positions[0].leadTimeSdDays", equalTo(0))
                .body("positions[0].serviceLevel", equalTo(new BigDecimal("0.95")))
                .body("positions[0].safetyStock", equalTo(5))
                .body("positions[0].reorderPoint", equalTo(35))
                .body("positions[0].daysOfCover", equalTo(3))
                .body("positions[0].suggestedQuantity", equalTo(75))
                .body("positions[0].belowReorderPoint", equalTo(true));
    }

    @Test
    void fewestDaysOfCoverFirstUnknownLastThenBySku() {
        figures("REP-B", "REPL-2", "5.0000", "20", "60.5"); // 50 on hand: 10 days, order 11 (10.5 up), not below
        onHand("REP-B", "REPL-2", "50");
        figures("REP-C", "REPL-2", "0.0000", "0", "0"); // no demand: no cover
        onHand("REP-C", "REPL-2", "4");
        figures("REP-D", "REPL-2", "2.0000", null, null); // too young for a reorder point: 20 days
        onHand("REP-D", "REPL-2", "40");
        figures("REP-E", "REPL-2", "4.0000", "10", "30"); // 20 days too, after REP-D by sku
        onHand("REP-E", "REPL-2", "80");
        figures("REP-F", "REPL-3", "1.0000", "3", "10"); // another location
        onHand("REP-F", "REPL-3", "1");

        get("?location=REPL-2")
                .statusCode(200)
                .body("positions.sku", contains("REP-B", "REP-D", "REP-E", "REP-C"))
                .body("positions.daysOfCover", contains(10, 20, 20, null))
                .body("positions[0].suggestedQuantity", equalTo(11))
                .body("positions[0].belowReorderPoint", equalTo(false))
                .body("positions[1]", not(hasKey("reorderPoint")))
                .body("positions[1]", not(hasKey("suggestedQuantity")))
                .body("positions[1]", not(hasKey("belowReorderPoint")))
                .body("positions[2].suggestedQuantity", equalTo(0))
                .body("positions[3].suggestedQuantity", equalTo(0));
        get("").statusCode(200).body("positions.sku", org.hamcrest.Matchers.hasItems("REP-B", "REP-F"));
    }

    @Test
    void noFiguresYetReadsAsNoPositions() {
        OwnerViews.withoutView(
                pool,
                "threshold",
                "replenishment_v1",
                () -> get("?location=REPL-1").statusCode(200).body("positions", hasSize(0)));
    }
}
