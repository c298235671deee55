package io.livechain.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A reefer shipment from Shanghai to Munich on the sample network; a port congestion at its
 * European port of entry reroutes it: the reroute shows in the shipment API and reaches the
 * on-call webhook through notify.
 */
class RerouteE2eTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");
    private static E2eStack e2e;

    @BeforeAll
    static void startStack() {
        e2e = E2eStack.get();
    }

    private static void send(String id, String type, Instant time, String data) {
        given().baseUri(e2e.url())
                .header("ce-specversion", "1.0")
                .header("ce-id", id)
                .header("ce-source", "/e2e/logistics")
                .header("ce-type", type)
                .header("ce-time", time.toString())
                .contentType("application/json")
                .body(data)
                .post("/")
                .then()
                .statusCode(202);
    }

    private static JsonPath shipment(String id) {
        return JsonPath.from(
                e2e.api().get("/api/shipments/" + id).then().extract().asString());
    }

    private static boolean found(String id) {
        return e2e.api().get("/api/shipments/" + id).then().extract().statusCode() == 200;
    }

    @Test
    void portCongestionOnTheRouteReroutesTheShipmentVisiblyAndNotifiesOnCall() {
        String id = "e2e-shp-1";
        send("e2e-create-1", "io.livechain.shipment.created.v1", T0.minus(Duration.ofHours(2)), """
                {"shipmentId": "%s", "origin": "CNSHA-PORT", "destination": "DEMUC-DC", "cargoProfile": "refrigerated",
                 "reeferRequired": true, "modes": ["sea", "rail", "road"], "readyAt": "%s"}""".formatted(id, T0));
        await().atMost(PATIENCE).until(() -> found(id));
        JsonPath planned = shipment(id);
        assertEquals("planned", planned.getString("status"));
        List<String> route = planned.getList("route.facilityIds");
        assertEquals("CNSHA-PORT", route.get(0));
        assertEquals("DEMUC-DC", route.get(route.size() - 1));

        String port = e2e.lastPortAfterOrigin(route);

        send("e2e-congestion-1", "io.livechain.condition.v1", T0.minus(Duration.ofHours(1)), """
                {"conditionId": "e2e-congestion-%s", "kind": "PORT_CONGESTION", "facilityId": "%s",
                 "extraDelayMinutes": 4320, "validFrom": "%s", "validUntil": "%s", "source": "port-authority"}""".formatted(
                        port, port, T0, T0.plus(Duration.ofDays(60))));

        await().atMost(PATIENCE).until(() -> shipment(id).getList("history").size() == 2);
        JsonPath rerouted = shipment(id);
        assertEquals("rerouted", rerouted.getString("history[1].kind"));
        assertTrue(
                rerouted.getString("history[1].reason").contains("port_congestion at " + port),
                rerouted.getString("history[1].reason"));
        assertEquals(List.of("e2e-congestion-" + port), rerouted.getList("history[1].conditionIds"));
        assertFalse(rerouted.getList("route.facilityIds").contains(port), "the new route avoids " + port);
        assertTrue(rerouted.getLong("history[1].etaChangeMinutes") < 0, "faster than waiting 3 days at " + port);

        await().atMost(PATIENCE)
                .until(() -> e2e.oncall.received().stream()
                        .map(r -> JsonPath.from(r.data()))
                        .anyMatch(e -> "io.livechain.shipment.rerouted.v1".equals(e.getString("type"))
                                && id.equals(e.getString("data.shipmentId"))));
    }
}
