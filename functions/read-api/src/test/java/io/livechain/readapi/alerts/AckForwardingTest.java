package io.livechain.readapi.alerts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.livechain.readapi.access.Roles;
import io.livechain.readapi.owners.FakeThreshold;
import io.livechain.readapi.owners.FakeThreshold.Reply;
import io.livechain.readapi.owners.FakeThreshold.Request;
import io.livechain.readapi.owners.FakeThresholdResource;
import io.livechain.readapi.owners.OwnersMigratedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/alerts/{id}/ack} hands the ack to threshold ({@code POST <threshold>/alerts/{id}/ack})
 * and answers the alert as threshold's read view then shows it; what threshold answers decides the outcome.
 */
// Every role: these tests are about behaviour; AccessTest checks who may do what with real tokens.
@TestSecurity(
        user = "tester",
        roles = {Roles.VIEWER, Roles.OPERATOR, Roles.INTEGRATOR})
@QuarkusTest
@QuarkusTestResource(OwnersMigratedPostgresResource.class)
@QuarkusTestResource(FakeThresholdResource.class)
class AckForwardingTest {

    @Inject
    Pool pool;

    private static FakeThreshold threshold(int status, String body) {
        FakeThreshold threshold = FakeThresholdResource.threshold();
        threshold.answer(request -> new Reply(status, body));
        return threshold;
    }

    private void alert(String id) {
        pool.preparedQuery("insert into threshold.alerts (alert_id, dedup_key, asset_id, rule, severity, status,"
                        + " summary, raised_at) values ($1, $1, 'FWD-1', 'temperature-above', 'CRITICAL', 'open',"
                        + " 'temperature above 8 CEL', '2026-11-27T06:00:00Z')")
                .execute(Tuple.of(id))
                .await()
                .indefinitely();
    }

    private static ValidatableResponse ack(String id, String body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/alerts/" + id + "/ack")
                .then();
    }

    @Test
    void ackIsPostedToThresholdWithWhoAcks() {
        alert("fwd-1");
        FakeThreshold threshold = threshold(200, "{\"alertId\":\"fwd-1\"}");

        ack("fwd-1", "{\"by\":\"alice\"}").statusCode(200).body("alertId", equalTo("fwd-1"));

        assertEquals(
                List.of(new Request("POST", "/alerts/fwd-1/ack", "application/json", "{\"by\":\"alice\"}")),
                threshold.requests());
    }

    @Test
    void ackWithoutByIsPostedAsByUnknown() {
        alert("fwd-2");
        FakeThreshold threshold = threshold(200, "{\"alertId\":\"fwd-2\"}");

        ack("fwd-2", "{}").statusCode(200);

        assertEquals("{\"by\":\"unknown\"}", threshold.requests().get(0).body());
    }

    @Test
    void alertIdIsEncodedAsOnePathSegment() {
        alert("fwd 3+ä");
        FakeThreshold threshold = threshold(200, "{}");

        given().contentType(ContentType.JSON)
                .body("{\"by\":\"alice\"}")
                .post("/api/alerts/fwd 3+ä/ack")
                .then()
                .statusCode(200)
                .body("alertId", equalTo("fwd 3+ä"));

        assertEquals("/alerts/fwd%203%2B%C3%A4/ack", threshold.requests().get(0).path());
    }

    @Test
    void unknownToThresholdIsNotFound() {
        threshold(404, "{\"status\":404,\"message\":\"no alert 'NOPE'\"}");

        ack("NOPE", "{\"by\":\"alice\"}")
                .statusCode(404)
                .contentType("application/json")
                .body("status", equalTo(404))
                .body("message", equalTo("no alert 'NOPE'"));
    }

    @Test
    void thresholdFailingIsServiceUnavailable() {
        alert("fwd-4");
        threshold(500, "{\"status\":500,\"message\":\"ack of alert 'fwd-4' failed\"}");

        ack("fwd-4", "{\"by\":\"alice\"}")
                .statusCode(503)
                .contentType("application/json")
                .body("status", equalTo(503))
                .body("message", equalTo("threshold did not take the ack of alert 'fwd-4': HTTP 500"));
    }

    @Test
    void thresholdHangingUpIsServiceUnavailable() {
        alert("fwd-5");
        FakeThresholdResource.threshold().answer(request -> Reply.HANG_UP);

        ack("fwd-5", "{\"by\":\"alice\"}").statusCode(503).body("status", equalTo(503));
    }

    @Test
    void byThatIsNoStringIsABadRequestNamingTheFieldAndNotForwarded() {
        alert("fwd-6");
        FakeThreshold threshold = threshold(200, "{}");

        ack("fwd-6", "{\"by\":{\"name\":\"alice\"}}").statusCode(400).body("attributeName", equalTo("by"));

        assertEquals(List.of(), threshold.requests());
    }

    @Test
    void bodyThatIsNoJsonIsABadRequestAndNotForwarded() {
        alert("fwd-7");
        FakeThreshold threshold = threshold(200, "{}");

        ack("fwd-7", "not json").statusCode(400);

        assertEquals(List.of(), threshold.requests());
    }
}
