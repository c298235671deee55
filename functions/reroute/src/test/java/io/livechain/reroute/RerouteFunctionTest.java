package io.livechain.reroute;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechain.testsupport.BrokerSinkResource;
import io.livechain.testsupport.EmbeddedPostgresResource;
import io.livechain.testsupport.RecordingHttpServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The function on embedded PostgreSQL with a real HTTP server as the broker, over the test
 * network (src/test/resources/network): A-PORT → D-DC for reefer cargo is 780 min via B-PORT,
 * 840 via B-PORT and E-COLD, 880 via C-PORT; via F-XD (no reefer lanes) 1630. Conditions are
 * global, so each test works on its own day.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(
        value = BrokerSinkResource.class,
        initArgs = @ResourceArg(name = "property", value = "livechain.reroute.sink"))
class RerouteFunctionTest {

    private static final Instant DAY0 = Instant.parse("2026-11-01T08:00:00Z");
    private static final String CREATED = "io.livechain.shipment.created.v1";
    private static final String CONDITION = "io.livechain.condition.v1";
    private static final String POSITION = "io.livechain.position.v1";
    private static final String REROUTE_REQUESTED = "io.livechain.reroute.requested.v1";
    private static final String PLANNED = "io.livechain.route.planned.v1";
    private static final String REROUTED = "io.livechain.shipment.rerouted.v1";

    @Inject
    Pool pool;

    @BeforeEach
    void brokerUp() {
        BrokerSinkResource.sink().answer(202);
    }

    private static Instant day(int n, int minutes) {
        return DAY0.plus(Duration.ofDays(n)).plus(Duration.ofMinutes(minutes));
    }

    private static ValidatableResponse post(String type, String id, Instant time, String data) {
        return post(type, id, time, data, "/test/feeds");
    }

    private static ValidatableResponse post(String type, String id, Instant time, String data, String source) {
        return given().contentType("application/json")
                .header("ce-id", id)
                .header("ce-specversion", "1.0")
                .header("ce-type", type)
                .header("ce-source", source)
                .header("ce-time", time.toString())
                .body(data)
                .post("/")
                .then();
    }

    /** Booked an hour ahead, ready to leave at minute 0 of its day. */
    private static void create(String shipment, int day, String extra) {
        post(CREATED, "create-" + shipment, day(day, -60), """
                {"shipmentId": "%s", "origin": "A-PORT", "destination": "D-DC", "cargoProfile": "refrigerated",
                 "reeferRequired": true, "readyAt": "%s"%s}""".formatted(shipment, day(day, 0), extra))
                .statusCode(204);
    }

    private static String congestion(String id, String facility, int delay, Instant from, Instant until) {
        return """
                {"conditionId": "%s", "kind": "PORT_CONGESTION", "facilityId": "%s", "extraDelayMinutes": %d,
                 "validFrom": "%s", "validUntil": "%s", "source": "port-authority"}""".formatted(id, facility, delay, from, until);
    }

    /** Events the broker received about {@code shipment}, of {@code type}, in order. */
    private static List<JsonPath> published(String type, String shipment) {
        List<JsonPath> events = new ArrayList<>();
        for (RecordingHttpServer.Request request : BrokerSinkResource.sink().requests()) {
            JsonPath event = JsonPath.from(request.body());
            if (type.equals(event.getString("type")) && shipment.equals(event.getString("data.shipmentId"))) {
                events.add(event);
            }
        }
        return events;
    }

    private String stored(String shipment, String column) {
        return pool.preparedQuery("select " + column + "::text from reroute.shipments where shipment_id = $1")
                .execute(io.vertx.mutiny.sqlclient.Tuple.of(shipment))
                .await()
                .indefinitely()
                .iterator()
                .next()
                .getString(0);
    }

    private long plans(String shipment) {
        return pool.preparedQuery("select count(*) from reroute.plans where shipment_id = $1")
                .execute(io.vertx.mutiny.sqlclient.Tuple.of(shipment))
                .await()
                .indefinitely()
                .iterator()
                .next()
                .getLong(0);
    }

    /** Who asked for each plan of the shipment, in order, as the read view {@code plans_v2} says. */
    private List<String> requestedBy(String shipment) {
        List<String> who = new ArrayList<>();
        pool.preparedQuery("select requested_by from reroute.plans_v2 where shipment_id = $1 order by seq")
                .execute(io.vertx.mutiny.sqlclient.Tuple.of(shipment))
                .await()
                .indefinitely()
                .forEach(row -> who.add(row.getString(0)));
        return who;
    }

    @Test
    void newShipmentGetsTheFastestReeferRouteAndTheAlternativesAskedFor() {
        create("shp-plan", 0, ", \"alternatives\": 2, \"deadline\": \"" + day(0, 900) + "\"");

        List<JsonPath> planned = published(PLANNED, "shp-plan");
        assertEquals(1, planned.size());
        JsonPath event = planned.get(0);
        assertEquals("/livechain/reroute", event.getString("source"));
        assertEquals("shp-plan", event.getString("partitionkey"));
        assertEquals(List.of("A-PORT", "B-PORT", "D-DC"), event.getList("data.route.facilityIds"));
        assertEquals(List.of("A-PORT>B-PORT.sea", "B-PORT>D-DC.road"), event.getList("data.route.laneIds"));
        assertEquals(day(0, 780).toString(), event.getString("data.route.eta"));
        assertEquals(
                day(0, 660).toString(), event.getString("data.route.legs[1].departAt"), "after 60 min handling at B");
        assertEquals(true, event.getBoolean("data.deadlineMet"));
        assertEquals(List.of("A-PORT", "B-PORT", "E-COLD", "D-DC"), event.getList("data.alternatives[0].facilityIds"));
        assertEquals(day(0, 840).toString(), event.getString("data.alternatives[0].eta"));
        assertEquals(List.of("A-PORT", "C-PORT", "D-DC"), event.getList("data.alternatives[1].facilityIds"));
        assertEquals(day(0, 880).toString(), event.getString("data.alternatives[1].eta"));
        assertEquals("planned", stored("shp-plan", "status"));
    }

    @Test
    void withoutReeferTheSlowNonReeferRouteIsNeverTakenAndModesLimitTheLanes() {
        post(CREATED, "create-shp-road", day(1, 0), """
                {"shipmentId": "shp-road", "origin": "A-PORT", "destination": "D-DC", "reeferRequired": false,
                 "modes": ["road"]}""").statusCode(204);
        assertEquals(
                List.of("A-PORT", "F-XD", "D-DC"),
                published(PLANNED, "shp-road").get(0).getList("data.route.facilityIds"),
                "road only: the one all-road route, reefer or not");
    }

    @Test
    void badShipmentsAreRefusedNamingTheField() {
        post(CREATED, "bad-1", day(2, 0), """
                {"shipmentId": "shp-bad", "origin": "NOWHERE", "destination": "D-DC"}""")
                .statusCode(400)
                .body(containsString("\"field\":\"origin\""))
                .body(containsString("NOWHERE"));
        post(CREATED, "bad-2", day(2, 0), """
                {"shipmentId": "shp-bad", "origin": "A-PORT", "destination": "G-DC"}""")
                .statusCode(400)
                .body(containsString("\"field\":\"destination\""))
                .body(containsString("no route from A-PORT to G-DC"));
        post(CREATED, "bad-3", day(2, 0), """
                {"shipmentId": "shp-bad", "origin": "A-PORT", "destination": "D-DC", "reeferRequired": true,
                 "modes": ["road"]}""").statusCode(400).body(containsString("over reefer-capable lanes"));
        post(CONDITION, "bad-4", day(2, 0), congestion("c-bad", "NOWHERE", 60, day(2, 0), day(2, 60)))
                .statusCode(400)
                .body(containsString("\"field\":\"facilityId\""));
        post(CONDITION, "bad-5", day(2, 0), congestion("c-bad", "B-PORT", 60, day(2, 60), day(2, 0)))
                .statusCode(400)
                .body(containsString("\"field\":\"validUntil\""));
    }

    @Test
    void portCongestionOnTheRouteReroutesAndSaysWhy() {
        create("shp-cong", 3, "");
        post(CONDITION, "cong-1", day(3, -30), congestion("c-cong", "B-PORT", 720, day(3, 0), day(3, 1440)))
                .statusCode(204);

        List<JsonPath> rerouted = published(REROUTED, "shp-cong");
        assertEquals(1, rerouted.size());
        JsonPath data = JsonPath.from(rerouted.get(0).prettify());
        assertEquals(List.of("A-PORT", "B-PORT", "D-DC"), data.getList("data.oldRoute"));
        assertEquals(List.of("A-PORT", "C-PORT", "D-DC"), data.getList("data.newRoute"));
        assertEquals(day(3, 1500).toString(), data.getString("data.oldEta"), "780 + 720 min congestion at B");
        assertEquals(day(3, 880).toString(), data.getString("data.newEta"));
        assertEquals(-620, data.getLong("data.etaChangeMinutes"));
        assertEquals("condition", data.getString("data.trigger"));
        assertEquals(List.of("c-cong"), data.getList("data.conditionIds"));
        assertEquals("port-authority", data.getString("data.conditions[0].source"));
        assertTrue(data.getString("data.reason").contains("port_congestion at B-PORT"), data.getString("data.reason"));
        assertTrue(stored("shp-cong", "route").contains("C-PORT"));
        assertEquals(2, plans("shp-cong"));
        assertEquals(Arrays.asList(null, null), requestedBy("shp-cong"), "no one asked: a condition replanned");

        // the same condition event again (redelivery) decides nothing new
        post(CONDITION, "cong-1", day(3, -30), congestion("c-cong", "B-PORT", 720, day(3, 0), day(3, 1440)))
                .statusCode(204);
        assertEquals(1, published(REROUTED, "shp-cong").size());
        assertEquals(2, plans("shp-cong"));
    }

    @Test
    void aCongestionThatEndsEarlyBringsTheShipmentBackToTheFasterWay() {
        create("shp-back", 13, "");
        post(CONDITION, "back-1", day(13, -30), congestion("c-back", "B-PORT", 720, day(13, 0), day(13, 1440)))
                .statusCode(204);
        assertEquals(
                List.of("A-PORT", "C-PORT", "D-DC"),
                published(REROUTED, "shp-back").get(0).getList("data.newRoute"));
        // the port authority lifts it after one minute: B-PORT is on no route of the shipment now,
        // but it was rerouted away from it, so the update still reaches it
        post(CONDITION, "back-2", day(13, -20), congestion("c-back", "B-PORT", 720, day(13, 0), day(13, 1)))
                .statusCode(204);
        List<JsonPath> rerouted = published(REROUTED, "shp-back");
        assertEquals(2, rerouted.size());
        assertEquals(List.of("A-PORT", "B-PORT", "D-DC"), rerouted.get(1).getList("data.newRoute"));
        assertEquals(-100, rerouted.get(1).getLong("data.etaChangeMinutes"));
    }

    @Test
    void aSmallGainWithinTheMarginKeepsTheRouteButMovesItsEta() {
        create("shp-keep", 4, "");
        // via B becomes 900 min, via C is 880: 20 min better, under the 30 min margin: no flapping
        post(CONDITION, "keep-1", day(4, -30), congestion("c-keep", "B-PORT", 120, day(4, 0), day(4, 1440)))
                .statusCode(204);
        assertEquals(0, published(REROUTED, "shp-keep").size());
        assertTrue(stored("shp-keep", "route").contains("B-PORT"));
        assertEquals(
                day(4, 900),
                Instant.parse(stored("shp-keep", "eta").replace(' ', 'T').replace("+00", "Z")));
        assertEquals(1, plans("shp-keep"));
    }

    @Test
    void aSmallGainThatSavesTheDeadlineReroutesAndLateAlternativesAreLeftOut() {
        create("shp-due", 11, ", \"deadline\": \"" + day(11, 890) + "\"");
        // via B becomes 900 (late), via C stays 880: only 20 min faster, under the margin, but on time
        post(CONDITION, "due-1", day(11, -30), congestion("c-due", "B-PORT", 120, day(11, 0), day(11, 1440)))
                .statusCode(204);
        JsonPath rerouted = published(REROUTED, "shp-due").get(0);
        assertEquals(List.of("A-PORT", "C-PORT", "D-DC"), rerouted.getList("data.newRoute"));
        assertEquals(-20, rerouted.getLong("data.etaChangeMinutes"));
        assertTrue(
                rerouted.getString("data.reason").endsWith("it meets the deadline"), rerouted.getString("data.reason"));

        create("shp-due2", 12, ", \"alternatives\": 2, \"deadline\": \"" + day(12, 850) + "\"");
        assertEquals(
                List.of(List.of("A-PORT", "B-PORT", "E-COLD", "D-DC")),
                published(PLANNED, "shp-due2").get(0).getList("data.alternatives.facilityIds"),
                "via C (880) would miss the deadline (850)");
    }

    @Test
    void aConditionThatEndsBeforeTheShipmentGetsThereChangesNothing() {
        create("shp-exp", 5, "");
        // over by minute 300; the shipment reaches B-PORT at minute 600
        post(CONDITION, "exp-1", day(5, -30), congestion("c-exp", "B-PORT", 720, day(5, 0), day(5, 300)))
                .statusCode(204);
        assertEquals(0, published(REROUTED, "shp-exp").size());
        assertEquals(
                day(5, 780),
                Instant.parse(stored("shp-exp", "eta").replace(' ', 'T').replace("+00", "Z")));
    }

    @Test
    void aClosedLaneForcesAnotherWayAndATemporaryClosureIsWaitedOutWhenThatIsFaster() {
        create("shp-closed", 6, "");
        post(CONDITION, "closed-1", day(6, -30), """
                {"conditionId": "c-closed", "kind": "CLOSURE", "laneId": "B-PORT>D-DC.road",
                 "validFrom": "%s", "validUntil": "%s", "source": "road-authority"}""".formatted(day(6, 0), day(6, 1440)))
                .statusCode(204);
        JsonPath rerouted = published(REROUTED, "shp-closed").get(0);
        assertEquals(List.of("A-PORT", "B-PORT", "E-COLD", "D-DC"), rerouted.getList("data.newRoute"));
        assertTrue(rerouted.getString("data.reason").contains("closure on B-PORT>D-DC.road"));

        create("shp-wait", 10, "");
        // closed until minute 700: wait at B from 660 to 700, arrive 820 — still faster than via E (840) or C (880)
        post(CONDITION, "wait-1", day(10, -30), """
                {"conditionId": "c-wait", "kind": "CLOSURE", "laneId": "B-PORT>D-DC.road",
                 "validFrom": "%s", "validUntil": "%s", "source": "road-authority"}""".formatted(day(10, 0), day(10, 700)))
                .statusCode(204);
        assertEquals(0, published(REROUTED, "shp-wait").size());
        assertEquals(
                day(10, 820),
                Instant.parse(stored("shp-wait", "eta").replace(' ', 'T').replace("+00", "Z")));
    }

    @Test
    void positionsMoveTheShipmentAlongItsRouteAndAColdChainRequestDivertsItToColdStorage() {
        create("shp-move", 7, "");
        post(POSITION, "pos-1", day(7, 300), """
                {"shipmentId": "shp-move", "deviceId": "gps-1", "latitude": 0.0, "longitude": 0.5, "time": "%s"}""".formatted(day(7, 300))).statusCode(204);
        assertEquals("in_transit", stored("shp-move", "status"));
        assertEquals("1", stored("shp-move", "next_stop"));
        post(POSITION, "pos-2", day(7, 610), """
                {"shipmentId": "shp-move", "deviceId": "gps-1", "latitude": 0.01, "longitude": 1.0, "time": "%s"}""".formatted(day(7, 610))).statusCode(204);
        // an older fix arriving late does not move it back
        post(POSITION, "pos-0", day(7, 100), """
                {"shipmentId": "shp-move", "deviceId": "gps-1", "latitude": 0.0, "longitude": 0.1, "time": "%s"}""".formatted(day(7, 100))).statusCode(204);
        assertEquals("1", stored("shp-move", "next_stop"));
        assertEquals(
                day(7, 790),
                Instant.parse(stored("shp-move", "eta").replace(' ', 'T').replace("+00", "Z")),
                "at B since 610: 60 min handling, 120 min to D");

        post(REROUTE_REQUESTED, "rr-1", day(7, 620), """
                {"shipmentId": "shp-move", "assetId": "reefer-9", "alertId": "a-1", "dedupKey": "reefer-9/hard-limit",
                 "rule": "hard-limit", "profile": "refrigerated", "requiredCapability": "cold-storage",
                 "reason": "16.2 °C above the hard limit", "requestedAt": "%s"}""".formatted(day(7, 620))).statusCode(204);
        JsonPath diverted = published(REROUTED, "shp-move").get(0);
        assertEquals(List.of("A-PORT", "B-PORT", "E-COLD"), diverted.getList("data.newRoute"));
        assertEquals("E-COLD", diverted.getString("data.newDestination"));
        assertEquals("reroute-requested", diverted.getString("data.trigger"));
        assertTrue(diverted.getString("data.reason").contains("16.2 °C"));
        assertEquals("E-COLD", stored("shp-move", "destination"));
        assertEquals(Arrays.asList(null, "/test/feeds"), requestedBy("shp-move"), "the request's source asked");

        post(POSITION, "pos-3", day(7, 740), """
                {"shipmentId": "shp-move", "deviceId": "gps-1", "latitude": 0.2, "longitude": 1.2, "time": "%s"}""".formatted(day(7, 740))).statusCode(204);
        assertEquals("delivered", stored("shp-move", "status"));
    }

    @Test
    void anAgentsRequestWithoutCapabilityTakesTheFastestRouteNowMarginOrNotAndTheHistorySaysWhoAsked() {
        create("shp-agent", 14, "");
        // via B becomes 900 min, via C is 880: under the 30 min margin, so the condition keeps the route
        post(CONDITION, "agent-c", day(14, -30), congestion("c-agent", "B-PORT", 120, day(14, 0), day(14, 1440)))
                .statusCode(204);
        assertEquals(0, published(REROUTED, "shp-agent").size());

        String request = """
                {"shipmentId": "shp-agent", "reason": "the customer wants the earliest arrival",
                 "requestedAt": "%s"}""".formatted(day(14, -20));
        post(REROUTE_REQUESTED, "agent-rr-1", day(14, -20), request, "/agents/planner-bot")
                .statusCode(204);
        List<JsonPath> rerouted = published(REROUTED, "shp-agent");
        assertEquals(1, rerouted.size());
        JsonPath data = rerouted.get(0);
        assertEquals(List.of("A-PORT", "C-PORT", "D-DC"), data.getList("data.newRoute"));
        assertEquals(-20, data.getLong("data.etaChangeMinutes"), "asked for: 20 min is gain enough");
        assertEquals("reroute-requested", data.getString("data.trigger"));
        assertEquals(null, data.getString("data.newDestination"));
        assertEquals(
                "the customer wants the earliest arrival: replanned to the fastest route now, arriving 20 min"
                        + " earlier than the current one under the same conditions",
                data.getString("data.reason"));
        assertEquals("D-DC", stored("shp-agent", "destination"));
        assertEquals(Arrays.asList(null, "/agents/planner-bot"), requestedBy("shp-agent"));

        // redelivered: nothing new; asked again: already on the fastest route, nothing to record
        post(REROUTE_REQUESTED, "agent-rr-1", day(14, -20), request, "/agents/planner-bot")
                .statusCode(204);
        post(REROUTE_REQUESTED, "agent-rr-2", day(14, -10), request, "/agents/planner-bot")
                .statusCode(204);
        assertEquals(1, published(REROUTED, "shp-agent").size());
        assertEquals(2, plans("shp-agent"));
    }

    @Test
    void anAgentsRequestNamingACapabilityDivertsWithoutAnyAlert() {
        create("shp-agent-cold", 15, "");
        post(REROUTE_REQUESTED, "agent-cold-1", day(15, -10), """
                {"shipmentId": "shp-agent-cold", "requiredCapability": "cold-storage",
                 "reason": "the receiver's cold room is down", "requestedAt": "%s"}""".formatted(day(15, -10)), "/agents/ops-bot")
                .statusCode(204);
        JsonPath diverted = published(REROUTED, "shp-agent-cold").get(0);
        assertEquals(List.of("A-PORT", "B-PORT", "E-COLD"), diverted.getList("data.newRoute"));
        assertEquals("E-COLD", diverted.getString("data.newDestination"));
        assertEquals(
                "the receiver's cold room is down: diverted to the nearest reachable cold-storage facility E-COLD"
                        + " (E-COLD)",
                diverted.getString("data.reason"));
        assertEquals(Arrays.asList(null, "/agents/ops-bot"), requestedBy("shp-agent-cold"));
    }

    @Test
    void whenTheBrokerIsDownTheEventIsRefusedAndItsRedeliveryAnnouncesThePlan() {
        BrokerSinkResource.sink().answer(503);
        post(CREATED, "create-shp-down", day(8, 0), """
                {"shipmentId": "shp-down", "origin": "A-PORT", "destination": "D-DC"}""").statusCode(503);
        assertEquals(0, published(PLANNED, "shp-down").size(), "refused by the broker");
        assertEquals(1, plans("shp-down"), "planned and recorded all the same");
        assertEquals(0, publishedPlans("shp-down"));

        BrokerSinkResource.sink().answer(202);
        post(CREATED, "create-shp-down", day(8, 0), """
                {"shipmentId": "shp-down", "origin": "A-PORT", "destination": "D-DC"}""").statusCode(204);
        assertEquals(1, published(PLANNED, "shp-down").size());
        assertEquals(1, plans("shp-down"), "planned once");
        assertEquals(1, publishedPlans("shp-down"));
    }

    private long publishedPlans(String shipment) {
        return pool.preparedQuery(
                        "select count(*) from reroute.plans where shipment_id = $1 and published_at is not null")
                .execute(io.vertx.mutiny.sqlclient.Tuple.of(shipment))
                .await()
                .indefinitely()
                .iterator()
                .next()
                .getLong(0);
    }
}
