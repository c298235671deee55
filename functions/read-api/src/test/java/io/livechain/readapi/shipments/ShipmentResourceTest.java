package io.livechain.readapi.shipments;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.livechain.readapi.access.Roles;
import io.livechain.readapi.owners.OwnerViews;
import io.livechain.readapi.owners.OwnersMigratedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The shipment endpoint against a real PostgreSQL migrated by the reroute function's own scripts: rows
 * go into its tables, answers come through its read views {@code reroute.shipments_v1} and {@code plans_v2}.
 */
// Every role: these tests are about behaviour; AccessTest checks who may do what with real tokens.
@TestSecurity(
        user = "tester",
        roles = {Roles.VIEWER, Roles.OPERATOR, Roles.INTEGRATOR})
@QuarkusTest
@QuarkusTestResource(OwnersMigratedPostgresResource.class)
class ShipmentResourceTest {

    // Planned via the Venlo hub, then rerouted via Duisburg when the hub closed.
    private static final String PLANNED_ROUTE = """
            {"facilityIds":["NL-RTM-PORT","NL-VNL-HUB","DE-CGN-WH"],
            "laneIds":["NL-RTM-PORT>NL-VNL-HUB","NL-VNL-HUB>DE-CGN-WH"],
            "departAt":"2026-11-20T08:00:00Z","eta":"2026-11-20T15:55:00Z","cost":642.5,"legs":[]}""";
    private static final String REROUTED_ROUTE = """
            {"facilityIds":["NL-RTM-PORT","DE-DUI-XD","DE-CGN-WH"],
            "laneIds":["NL-RTM-PORT>DE-DUI-XD","DE-DUI-XD>DE-CGN-WH"],
            "departAt":"2026-11-20T08:00:00Z","eta":"2026-11-20T17:30:00Z","cost":410,
            "legs":[{"laneId":"NL-RTM-PORT>DE-DUI-XD","from":"NL-RTM-PORT","to":"DE-DUI-XD","mode":"rail",
            "departAt":"2026-11-20T08:00:00Z","arriveAt":"2026-11-20T13:00:00Z"},
            {"laneId":"DE-DUI-XD>DE-CGN-WH","from":"DE-DUI-XD","to":"DE-CGN-WH","mode":"road",
            "departAt":"2026-11-20T14:00:00Z","arriveAt":"2026-11-20T15:05:00Z"}]}""";

    @Inject
    Pool pool;

    /** A shipment with only what reroute always records, ready and planned-for but without route yet. */
    private void shipment(String id, String status) {
        pool.preparedQuery("insert into reroute.shipments (shipment_id, origin, destination, original_destination,"
                        + " reefer_required, ready_at, status, created_at, updated_at) values ($1, 'NL-RTM-PORT',"
                        + " 'DE-CGN-WH', 'DE-CGN-WH', false, '2026-11-20T06:00:00Z', $2, '2026-11-19T12:00:00Z',"
                        + " '2026-11-19T12:00:00Z')")
                .execute(Tuple.of(id, status))
                .await()
                .indefinitely();
    }

    private void set(String id, String assignments, Object... values) {
        Tuple tuple = Tuple.of(id);
        for (Object value : values) {
            tuple.addValue(value);
        }
        pool.preparedQuery("update reroute.shipments set " + assignments + " where shipment_id = $1")
                .execute(tuple)
                .await()
                .indefinitely();
    }

    private void plan(
            String id,
            int seq,
            String kind,
            String decidedAt,
            String trigger,
            String reason,
            String route,
            String eta,
            Long etaChangeMinutes,
            String conditionIds) {
        pool.preparedQuery("insert into reroute.plans (shipment_id, seq, kind, decided_at, trigger, reason, route,"
                        + " eta, eta_change_minutes, condition_ids, event_id, event_type, payload, cause_source, cause_id,"
                        + " recorded_at) values ($1, $2, $3, $4::text::timestamptz, $5, $6, $7::text::jsonb,"
                        + " $8::text::timestamptz, $9, $10::text::jsonb, $11, $12, '{}', '/test', 'cause-1', now())")
                .execute(Tuple.tuple()
                        .addString(id)
                        .addInteger(seq)
                        .addString(kind)
                        .addString(decidedAt)
                        .addString(trigger)
                        .addString(reason)
                        .addString(route)
                        .addString(eta)
                        .addLong(etaChangeMinutes)
                        .addString(conditionIds)
                        .addString(id + "-" + seq)
                        .addString(
                                "planned".equals(kind)
                                        ? "io.livechain.route.planned.v1"
                                        : "io.livechain.shipment.rerouted.v1"))
                .await()
                .indefinitely();
    }

    /** In transit to Duisburg after a reroute; its plans inserted newest first. */
    private void reroutedShipment(String id) {
        shipment(id, "in_transit");
        set(
                id,
                "cargo_profile = 'pharma-2-8', reefer_required = true, deadline = '2026-11-21T18:00:00Z',"
                        + " route = $2::text::jsonb, eta = '2026-11-20T17:30:00Z', next_stop = 1,"
                        + " position_latitude = 51.7, position_longitude = 5.2, position_at = '2026-11-20T10:15:00Z',"
                        + " updated_at = '2026-11-20T10:15:00Z'",
                REROUTED_ROUTE);
        plan(
                id,
                2,
                "rerouted",
                "2026-11-20T09:00:00Z",
                "condition",
                "facility NL-VNL-HUB closed",
                REROUTED_ROUTE,
                "2026-11-20T17:30:00Z",
                95L,
                "[\"cond-closure-1\",\"cond-delay-2\"]");
        plan(
                id,
                1,
                "planned",
                "2026-11-19T12:00:00Z",
                "shipment.created",
                "initial plan",
                PLANNED_ROUTE,
                "2026-11-20T15:55:00Z",
                null,
                "[]");
    }

    private static ValidatableResponse get(String path) {
        return given().get(path).then();
    }

    @Test
    void shipmentCarriesItsStateAndCurrentRoute() {
        reroutedShipment("SHIP-1");

        get("/api/shipments/SHIP-1")
                .statusCode(200)
                .body("shipmentId", equalTo("SHIP-1"))
                .body("status", equalTo("in_transit"))
                .body("origin", equalTo("NL-RTM-PORT"))
                .body("destination", equalTo("DE-CGN-WH"))
                .body("originalDestination", equalTo("DE-CGN-WH"))
                .body("cargoProfile", equalTo("pharma-2-8"))
                .body("reeferRequired", equalTo(true))
                .body("deadline", equalTo("2026-11-21T18:00:00Z"))
                .body("readyAt", equalTo("2026-11-20T06:00:00Z"))
                .body("position.latitude", equalTo(51.7f))
                .body("position.longitude", equalTo(5.2f))
                .body("position.time", equalTo("2026-11-20T10:15:00Z"))
                .body("nextFacilityId", equalTo("DE-DUI-XD"))
                .body("route.facilityIds", contains("NL-RTM-PORT", "DE-DUI-XD", "DE-CGN-WH"))
                .body("route.laneIds", contains("NL-RTM-PORT>DE-DUI-XD", "DE-DUI-XD>DE-CGN-WH"))
                .body("route.cost", equalTo(410))
                .body("route.legs.mode", contains("rail", "road"))
                .body("route.legs[1].arriveAt", equalTo("2026-11-20T15:05:00Z"))
                .body("eta", equalTo("2026-11-20T17:30:00Z"))
                .body("updatedAt", equalTo("2026-11-20T10:15:00Z"));
    }

    @Test
    void historyHoldsEveryPlanInSeqOrderWithItsOwnRoute() {
        reroutedShipment("SHIP-2");

        get("/api/shipments/SHIP-2")
                .statusCode(200)
                .body("history.seq", contains(1, 2))
                .body("history.kind", contains("planned", "rerouted"))
                .body("history.reason", contains("initial plan", "facility NL-VNL-HUB closed"))
                .body("history.trigger", contains("shipment.created", "condition"))
                .body("history.decidedAt", contains("2026-11-19T12:00:00Z", "2026-11-20T09:00:00Z"))
                .body("history[0].facilityIds", contains("NL-RTM-PORT", "NL-VNL-HUB", "DE-CGN-WH"))
                .body("history[0].laneIds", contains("NL-RTM-PORT>NL-VNL-HUB", "NL-VNL-HUB>DE-CGN-WH"))
                .body("history[1].facilityIds", contains("NL-RTM-PORT", "DE-DUI-XD", "DE-CGN-WH"))
                .body("history[1].laneIds", contains("NL-RTM-PORT>DE-DUI-XD", "DE-DUI-XD>DE-CGN-WH"))
                .body("history.eta", contains("2026-11-20T15:55:00Z", "2026-11-20T17:30:00Z"))
                .body("history[0]", not(hasKey("etaChangeMinutes")))
                .body("history[1].etaChangeMinutes", equalTo(95))
                .body("history[0].conditionIds", empty())
                .body("history[1].conditionIds", contains("cond-closure-1", "cond-delay-2"))
                .body("history.eventId", contains("SHIP-2-1", "SHIP-2-2"));
    }

    @Test
    void aRequestedRerouteSaysWhoAskedAndOtherPlansDoNot() {
        reroutedShipment("SHIP-ASKED");
        plan(
                "SHIP-ASKED",
                3,
                "rerouted",
                "2026-11-20T11:00:00Z",
                "reroute-requested",
                "the customer wants the earliest arrival: replanned to the fastest route now",
                PLANNED_ROUTE,
                "2026-11-20T16:10:00Z",
                -80L,
                "[]");
        pool.preparedQuery("update reroute.plans set cause_source = '/agents/planner-bot'"
                        + " where shipment_id = 'SHIP-ASKED' and seq = 3")
                .execute()
                .await()
                .indefinitely();

        get("/api/shipments/SHIP-ASKED")
                .statusCode(200)
                .body("history.trigger", contains("shipment.created", "condition", "reroute-requested"))
                .body("history[2].requestedBy", equalTo("/agents/planner-bot"))
                .body("history[0]", not(hasKey("requestedBy")))
                .body("history[1]", not(hasKey("requestedBy")));
    }

    @Test
    void shipmentWithoutPositionOrRouteLeavesThemOut() {
        shipment("SHIP-NEW", "planned");

        get("/api/shipments/SHIP-NEW")
                .statusCode(200)
                .body("status", equalTo("planned"))
                .body("reeferRequired", equalTo(false))
                .body("history", empty())
                .body("$", not(hasKey("position")))
                .body("$", not(hasKey("nextFacilityId")))
                .body("$", not(hasKey("route")))
                .body("$", not(hasKey("eta")))
                .body("$", not(hasKey("deadline")))
                .body("$", not(hasKey("cargoProfile")));
    }

    @Test
    void shipmentPastItsLastStopHasNoNextFacility() {
        shipment("SHIP-DONE", "delivered");
        set("SHIP-DONE", "route = $2::text::jsonb, next_stop = 3", REROUTED_ROUTE);

        get("/api/shipments/SHIP-DONE")
                .statusCode(200)
                .body("status", equalTo("delivered"))
                .body("route.facilityIds", contains("NL-RTM-PORT", "DE-DUI-XD", "DE-CGN-WH"))
                .body("$", not(hasKey("nextFacilityId")));
    }

    @Test
    void unknownShipmentIsNotFoundWithAMessage() {
        get("/api/shipments/NO-SUCH-SHIPMENT")
                .statusCode(404)
                .contentType("application/json")
                .body("status", equalTo(404))
                .body("message", equalTo("no shipment 'NO-SUCH-SHIPMENT'"));
    }

    @Test
    void shipmentBeforeRerouteMigratedIsNotFound() {
        shipment("any", "planned");

        OwnerViews.withoutView(
                pool,
                "reroute",
                "shipments_v1",
                () -> get("/api/shipments/any").statusCode(404).body("message", equalTo("no shipment 'any'")));
    }
}
