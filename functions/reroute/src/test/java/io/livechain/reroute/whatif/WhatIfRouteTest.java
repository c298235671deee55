package io.livechain.reroute.whatif;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.livechain.testsupport.BrokerSinkResource;
import io.livechain.testsupport.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /what-if} on the function with embedded PostgreSQL, over the test network (A-PORT → D-DC
 * for reefer cargo: 780 min via B-PORT, 840 via B-PORT and E-COLD, 880 via C-PORT). A what-if is judged
 * now, so the shipments here leave years ahead, each on its own day: conditions are global.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(
        value = BrokerSinkResource.class,
        initArgs = @ResourceArg(name = "property", value = "livechain.reroute.sink"))
class WhatIfRouteTest {

    private static final Instant LATER =
            Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(1000));
    private static final List<String> TABLES = List.of("inbox", "shipments", "route_stops", "conditions", "plans");

    @Inject
    Pool pool;

    @BeforeEach
    void brokerUp() {
        BrokerSinkResource.sink().answer(202);
    }

    private static Instant day(int n, int minutes) {
        return LATER.plus(Duration.ofDays(n)).plus(Duration.ofMinutes(minutes));
    }

    private static void create(String shipment, int day) {
        given().contentType("application/json")
                .header("ce-id", "create-" + shipment)
                .header("ce-specversion", "1.0")
                .header("ce-type", "io.livechain.shipment.created.v1")
                .header("ce-source", "/test/orders")
                .body("""
                        {"shipmentId": "%s", "origin": "A-PORT", "destination": "D-DC", "cargoProfile": "refrigerated",
                         "reeferRequired": true, "readyAt": "%s"}""".formatted(shipment, day(day, 0)))
                .post("/")
                .then()
                .statusCode(204);
    }

    private static String congestion(String id, String facility, int delay, Instant from, Instant until) {
        return """
                {"conditionId": "%s", "kind": "PORT_CONGESTION", "facilityId": "%s", "extraDelayMinutes": %d,
                 "validFrom": "%s", "validUntil": "%s", "source": "port-authority"}""".formatted(id, facility, delay, from, until);
    }

    private static ValidatableResponse whatIf(String body) {
        return given().contentType("application/json")
                .body(body)
                .post("/what-if")
                .then();
    }

    private static ValidatableResponse whatIf(String shipment, String condition) {
        return whatIf("{\"shipmentId\": \"" + shipment + "\", \"condition\": " + condition + "}");
    }

    /** Every row of reroute's tables, as text: what a dry run must leave as it found it. */
    private List<String> everything() {
        return TABLES.stream()
                .flatMap(table -> StreamSupport.stream(
                                pool.query("select t::text from reroute." + table + " t order by 1")
                                        .execute()
                                        .await()
                                        .indefinitely()
                                        .spliterator(),
                                false)
                        .map(row -> table + ": " + row.getString(0)))
                .toList();
    }

    @Test
    void aCongestionOnTheRouteWouldRerouteAndNothingIsStoredOrPosted() {
        create("wi-cong", 1);
        List<String> before = everything();
        int posted = BrokerSinkResource.sink().requests().size();

        whatIf("wi-cong", congestion("wi-c-cong", "B-PORT", 720, day(1, 0), day(1, 1440)))
                .statusCode(200)
                .contentType("application/json")
                .body("shipmentId", equalTo("wi-cong"))
                .body("decision", equalTo("REROUTE"))
                .body("plannedEta", equalTo(day(1, 780).toString()))
                .body("current.facilityIds", contains("A-PORT", "B-PORT", "D-DC"))
                .body("current.laneIds", contains("A-PORT>B-PORT.sea", "B-PORT>D-DC.road"))
                .body("current.eta", equalTo(day(1, 1500).toString()))
                .body("proposed.facilityIds", contains("A-PORT", "C-PORT", "D-DC"))
                .body("proposed.eta", equalTo(day(1, 880).toString()))
                .body("proposed.legs.laneId", contains("A-PORT>C-PORT.sea", "C-PORT>D-DC.road"))
                .body("etaChangeMinutes", equalTo(100))
                .body("conditionIds", hasItem("wi-c-cong"))
                .body("reason", containsString("port_congestion at B-PORT (+720 min"))
                .body("reason", containsString("620 min earlier than the current one"));

        assertEquals(before, everything(), "a dry run changes no table");
        assertEquals(posted, BrokerSinkResource.sink().requests().size(), "a dry run posts nothing");
    }

    @Test
    void aGainUnderTheMarginKeepsTheRouteAndSaysWhatTheOtherWouldGain() {
        create("wi-keep", 2);

        whatIf("wi-keep", congestion("wi-c-keep", "B-PORT", 120, day(2, 0), day(2, 1440)))
                .statusCode(200)
                .body("decision", equalTo("KEEP"))
                .body("current.facilityIds", contains("A-PORT", "B-PORT", "D-DC"))
                .body("current.eta", equalTo(day(2, 900).toString()))
                .body("$", not(hasKey("proposed")))
                .body("etaChangeMinutes", equalTo(120))
                .body(
                        "reason",
                        containsString("the current route stays; the fastest other route arrives 20 min earlier,"
                                + " less than the margin of 30 min"));
    }

    @Test
    void aConditionOnNothingAheadKeepsThePlanAsItIs() {
        create("wi-away", 3);

        whatIf("wi-away", congestion("wi-c-away", "F-XD", 600, day(3, 0), day(3, 1440)))
                .statusCode(200)
                .body("decision", equalTo("KEEP"))
                .body("current.eta", equalTo(day(3, 780).toString()))
                .body("etaChangeMinutes", equalTo(0))
                .body("conditionIds", empty())
                .body("reason", containsString("on nothing ahead on the shipment's route"));
    }

    @Test
    void anUnknownShipmentIsNotFoundByName() {
        whatIf("no-such-shipment", congestion("wi-c-none", "B-PORT", 60, day(4, 0), day(4, 60)))
                .statusCode(404)
                .contentType("application/json")
                .body("status", equalTo(404))
                .body("message", equalTo("no shipment 'no-such-shipment'"));
    }

    @Test
    void badBodiesAreRefusedNamingTheField() {
        String condition = congestion("wi-c-bad", "B-PORT", 60, day(5, 0), day(5, 60));
        whatIf("{\"condition\": " + condition + "}")
                .statusCode(400)
                .body("errors.field", contains("shipmentId"))
                .body("errors.problem", contains("is required"));
        whatIf("{\"shipmentId\": \"wi-x\"}").statusCode(400).body("errors.field", contains("condition"));
        whatIf("wi-x", condition.replace("\"kind\": \"PORT_CONGESTION\", ", ""))
                .statusCode(400)
                .body("errors.field", contains("condition.kind"));
        whatIf("wi-x", congestion("wi-c-bad", "NOWHERE", 60, day(5, 0), day(5, 60)))
                .statusCode(400)
                .body("errors.field", contains("condition.facilityId"))
                .body("message", containsString("NOWHERE"));
        whatIf("wi-x", congestion("wi-c-bad", "B-PORT", 60, day(5, 60), day(5, 0)))
                .statusCode(400)
                .body("errors.field", contains("condition.validUntil"));
        whatIf("wi-x", condition.replace("\"validFrom\": \"", "\"validFrom\": \"not a time "))
                .statusCode(400)
                .body("errors.field", contains("condition.validFrom"));
        whatIf("[1, 2]").statusCode(400).body("errors.field", contains("body"));
        whatIf("{not json").statusCode(400).body("errors.field", contains("body"));
    }
}
