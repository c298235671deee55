package io.livechain.threshold.ack;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.livechain.testsupport.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Threshold's ack endpoint against a real PostgreSQL migrated by threshold's own Flyway scripts. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class AckRouteTest {

    @Inject
    Pool pool;

    private void alert(String id, String status) {
        pool.preparedQuery("insert into threshold.alerts (alert_id, dedup_key, asset_id, rule, severity, status,"
                        + " summary, raised_at, resolved_at) values ($1, $1, 'REEFER-ACK', 'temperature-above', 'CRITICAL',"
                        + " $2, 'temperature above 8 CEL', now(), case when $2 = 'resolved' then now() end)")
                .execute(Tuple.of(id, status))
                .await()
                .indefinitely();
    }

    private Row stored(String id) {
        return pool.preparedQuery("select acked_at, acked_by from threshold.alerts_v1 where alert_id = $1")
                .execute(Tuple.of(id))
                .await()
                .indefinitely()
                .iterator()
                .next();
    }

    private static ValidatableResponse ack(String id, String body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/alerts/" + id + "/ack")
                .then();
    }

    @Test
    void ackRecordsWhoAndWhenAndAnswersThem() {
        alert("t-ack-1", "open");

        ack("t-ack-1", "{\"by\":\"alice\"}")
                .statusCode(200)
                .contentType("application/json")
                .body("alertId", equalTo("t-ack-1"))
                .body("ackedBy", equalTo("alice"))
                .body("ackedAt", notNullValue());
        assertEquals("alice", stored("t-ack-1").getString("acked_by"));
    }

    @Test
    void secondAckKeepsTheFirstWhoAndWhen() {
        alert("t-ack-2", "open");
        String first =
                ack("t-ack-2", "{\"by\":\"alice\"}").statusCode(200).extract().path("ackedAt");

        ack("t-ack-2", "{\"by\":\"bob\"}")
                .statusCode(200)
                .body("ackedBy", equalTo("alice"))
                .body("ackedAt", equalTo(first));
    }

    @Test
    void resolvedAlertCanBeAcked() {
        alert("t-ack-3", "resolved");

        ack("t-ack-3", "{\"by\":\"carol\"}").statusCode(200).body("ackedBy", equalTo("carol"));
    }

    @Test
    void missingEmptyOrBlankByIsUnknown() {
        alert("t-ack-4", "open");
        alert("t-ack-5", "open");
        alert("t-ack-6", "open");

        given().post("/alerts/t-ack-4/ack").then().statusCode(200).body("ackedBy", equalTo("unknown"));
        ack("t-ack-5", "{}").statusCode(200).body("ackedBy", equalTo("unknown"));
        ack("t-ack-6", "{\"by\":\"  \"}").statusCode(200).body("ackedBy", equalTo("unknown"));
    }

    @Test
    void unknownAlertIsNotFound() {
        ack("NO-SUCH-ALERT", "{\"by\":\"alice\"}")
                .statusCode(404)
                .contentType("application/json")
                .body("status", equalTo(404))
                .body("message", equalTo("no alert 'NO-SUCH-ALERT'"));
    }

    @Test
    void byThatIsNoStringIsABadRequestNamingTheField() {
        alert("t-ack-7", "open");

        ack("t-ack-7", "{\"by\":{\"name\":\"alice\"}}")
                .statusCode(400)
                .contentType("application/json")
                .body("status", equalTo(400))
                .body("message", equalTo("by: must be a string"))
                .body("errors.field", contains("by"));
        assertEquals(null, stored("t-ack-7").getString("acked_by"));
    }

    @Test
    void bodyThatIsNoJsonObjectIsABadRequest() {
        ack("t-ack-8", "not json").statusCode(400).body("errors.field", contains("body"));
        ack("t-ack-8", "[]").statusCode(400).body("message", equalTo("body: must be a JSON object"));
    }

    @Test
    void injectionStringsAreStoredAsDataAndChangeNothingElse() {
        alert("t-ack-9", "open");
        alert("t-ack-10", "open");
        String injection = "x'; update threshold.alerts set status = 'resolved', acked_by = 'mallory'; --";

        given().contentType(ContentType.JSON)
                .body("{\"by\":\"alice\"}")
                .pathParam("id", injection)
                .post("/alerts/{id}/ack")
                .then()
                .statusCode(404);
        ack("t-ack-9", "{\"by\":\"" + injection + "\"}").statusCode(200).body("ackedBy", equalTo(injection));

        assertEquals(injection, stored("t-ack-9").getString("acked_by"));
        assertEquals(null, stored("t-ack-10").getString("acked_by"));
        long resolved = pool.query("select count(*) from threshold.alerts where alert_id in ('t-ack-9', 't-ack-10')"
                        + " and status = 'resolved'")
                .execute()
                .await()
                .indefinitely()
                .iterator()
                .next()
                .getLong(0);
        assertEquals(0, resolved);
    }

    @Test
    void funqyStillAnswersCloudEventsAtTheRoot() {
        // A level of a position without a reorder point: handled without state, so only the binding is tested.
        given().contentType("application/json")
                .header("ce-id", "ack-coexist-1")
                .header("ce-specversion", "1.0")
                .header("ce-type", "io.livechain.inventory.level.v1")
                .header("ce-source", "/test/inventory")
                .body("{\"sku\":\"SKU-UNWATCHED\",\"location\":\"DC-9\",\"onHand\":3,\"previousOnHand\":4,"
                        + "\"causeId\":\"c-1\",\"causeSource\":\"/test\",\"eventTime\":\"2026-11-27T06:00:00Z\","
                        + "\"applied\":true,\"sequence\":1}")
                .post("/")
                .then()
                .statusCode(204);
    }
}
