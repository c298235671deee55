package io.livechain.readapi.alerts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.livechain.readapi.access.Roles;
import io.livechain.readapi.owners.FakeThreshold.Reply;
import io.livechain.readapi.owners.FakeThreshold.Request;
import io.livechain.readapi.owners.FakeThresholdResource;
import io.livechain.readapi.owners.OwnerViews;
import io.livechain.readapi.owners.OwnersMigratedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The alert endpoints against a real PostgreSQL migrated by the threshold function's own scripts: alerts
 * go into its table, answers come through its read view {@code threshold.alerts_v1}; acks go to a fake
 * threshold that records them as threshold does (how they are forwarded: {@link AckForwardingTest}).
 */
// Every role: these tests are about behaviour; AccessTest checks who may do what with real tokens.
@TestSecurity(
        user = "tester",
        roles = {Roles.VIEWER, Roles.OPERATOR, Roles.INTEGRATOR})
@QuarkusTest
@QuarkusTestResource(OwnersMigratedPostgresResource.class)
@QuarkusTestResource(FakeThresholdResource.class)
class AlertResourceTest {

    private static final String READINGS = """
            [{"deviceId":"TL-7","assetId":"REEFER-1","metric":"temperature","value":9.5,"unit":"CEL",\
            "time":"2026-11-27T05:59:30Z"}]""";

    @Inject
    Pool pool;

    @TestHTTPResource("/api/alerts/ack-3/ack")
    URI ackWithoutBody;

    @BeforeEach
    void thresholdRecordsAcks() {
        FakeThresholdResource.threshold().answer(this::recordAck);
    }

    /** Threshold's ack as its AckRoute does it (tested there): first who and when stay; 404 when unknown. */
    private Reply recordAck(Request request) {
        String alertId = request.path().split("/")[2];
        String by = JsonPath.from(request.body()).getString("by");
        RowSet<Row> rows = pool.preparedQuery("update threshold.alerts set acked_at = coalesce(acked_at, now()),"
                        + " acked_by = coalesce(acked_by, $2) where alert_id = $1 returning alert_id")
                .execute(Tuple.of(alertId, by))
                .await()
                .indefinitely();
        return rows.size() == 0
                ? new Reply(404, "{\"status\":404,\"message\":\"no alert '" + alertId + "'\"}")
                : new Reply(200, "{\"alertId\":\"" + alertId + "\"}");
    }

    private void alert(String id, String asset, String status, String raisedAt) {
        alert(id, asset, null, status, raisedAt, "resolved".equals(status) ? raisedAt : null, "[]");
    }

    private void alert(
            String id,
            String asset,
            String shipment,
            String status,
            String raisedAt,
            String resolvedAt,
            String readings) {
        // The dedup key is per asset and rule; one per alert keeps the one-open-per-key index out of the way.
        Tuple values = Tuple.tuple()
                .addString(id)
                .addString(asset + "|" + id)
                .addString(asset)
                .addString(shipment)
                .addString(status)
                .addOffsetDateTime(OffsetDateTime.parse(raisedAt))
                .addOffsetDateTime(resolvedAt == null ? null : OffsetDateTime.parse(resolvedAt))
                .addString(readings);
        pool.preparedQuery("insert into threshold.alerts (alert_id, dedup_key, asset_id, shipment_id, rule,"
                        + " severity, status, summary, raised_at, resolved_at, readings) values ($1, $2, $3, $4,"
                        + " 'temperature-above', 'CRITICAL', $5, 'temperature above 8 CEL', $6, $7, $8::text::jsonb)")
                .execute(values)
                .await()
                .indefinitely();
    }

    /** {@code count} open alerts of one asset raised long before any other test's. */
    private void oldAlerts(String asset, int count) {
        pool.preparedQuery("insert into threshold.alerts (alert_id, dedup_key, asset_id, rule, severity, status,"
                        + " summary, raised_at) select $1 || '-' || n, $1 || '-' || n, $1, 'r', 'INFO', 'open', 's',"
                        + " timestamptz '2001-01-01T00:00:00Z' + n * interval '1 second' from generate_series(1, $2) n")
                .execute(Tuple.of(asset, count))
                .await()
                .indefinitely();
    }

    private static ValidatableResponse get(String path) {
        return given().get(path).then();
    }

    private static ValidatableResponse ack(String id, String by) {
        return given().contentType(ContentType.JSON)
                .body("{\"by\":\"" + by + "\"}")
                .post("/api/alerts/" + id + "/ack")
                .then();
    }

    @Test
    void listIsNewestFirstWithTiesInAlertIdOrder() {
        alert("ord-1", "ORDER-1", "open", "2026-11-27T06:00:00Z");
        alert("ord-3", "ORDER-1", "resolved", "2026-11-27T07:00:00Z");
        alert("ord-2", "ORDER-1", "open", "2026-11-27T07:00:00Z");

        get("/api/alerts?asset=ORDER-1").statusCode(200).body("alertId", contains("ord-2", "ord-3", "ord-1"));
    }

    @Test
    void statusFilterListsOnlyThatStatus() {
        alert("st-open", "STATUS-1", "open", "2026-11-27T06:00:00Z");
        alert("st-resolved", "STATUS-1", "resolved", "2026-11-27T06:01:00Z");

        get("/api/alerts?status=resolved")
                .statusCode(200)
                .body("status", everyItem(equalTo("resolved")))
                .body("alertId", hasItem("st-resolved"))
                .body("alertId", not(hasItem("st-open")));
    }

    @Test
    void assetFilterListsOnlyThatAsset() {
        alert("as-1", "ASSET-1", "open", "2026-11-27T06:00:00Z");
        alert("as-2", "ASSET-2", "open", "2026-11-27T06:01:00Z");

        get("/api/alerts?asset=ASSET-1").statusCode(200).body("alertId", contains("as-1"));
    }

    @Test
    void statusAndAssetFilterTogether() {
        alert("both-open", "BOTH-1", "open", "2026-11-27T06:00:00Z");
        alert("both-resolved", "BOTH-1", "resolved", "2026-11-27T06:01:00Z");
        alert("both-other", "BOTH-2", "open", "2026-11-27T06:02:00Z");

        get("/api/alerts?status=open&asset=BOTH-1").statusCode(200).body("alertId", contains("both-open"));
    }

    @Test
    void unknownStatusIsABadRequestWithAMessage() {
        get("/api/alerts?status=closed")
                .statusCode(400)
                .contentType("application/json")
                .body("status", equalTo(400))
                .body("message", equalTo("status must be open or resolved"));
    }

    @Test
    void limitBoundsTheList() {
        alert("lim-1", "LIMIT-1", "open", "2026-11-27T06:00:00Z");
        alert("lim-2", "LIMIT-1", "resolved", "2026-11-27T06:01:00Z");
        alert("lim-3", "LIMIT-1", "resolved", "2026-11-27T06:02:00Z");

        get("/api/alerts?asset=LIMIT-1&limit=2").statusCode(200).body("alertId", contains("lim-3", "lim-2"));
    }

    @Test
    void listHoldsAHundredUnlessALimitIsGiven() {
        oldAlerts("DEFAULT-1", 101);

        get("/api/alerts?asset=DEFAULT-1").statusCode(200).body("$", hasSize(100));
    }

    @Test
    void listHoldsAtMostAThousand() {
        oldAlerts("MAX-1", 1001);

        get("/api/alerts?asset=MAX-1&limit=5000").statusCode(200).body("$", hasSize(1000));
    }

    @Test
    void unsetFieldsAreLeftOut() {
        alert("shape-open", "SHAPE-1", "open", "2026-11-27T06:00:00Z");

        get("/api/alerts/shape-open")
                .statusCode(200)
                .body("alertId", equalTo("shape-open"))
                .body("dedupKey", equalTo("SHAPE-1|shape-open"))
                .body("assetId", equalTo("SHAPE-1"))
                .body("rule", equalTo("temperature-above"))
                .body("severity", equalTo("CRITICAL"))
                .body("status", equalTo("open"))
                .body("summary", equalTo("temperature above 8 CEL"))
                .body("raisedAt", equalTo("2026-11-27T06:00:00Z"))
                .body("acknowledged", equalTo(false))
                .body("readings", empty())
                .body("$", not(hasKey("shipmentId")))
                .body("$", not(hasKey("resolvedAt")))
                .body("$", not(hasKey("ackedAt")))
                .body("$", not(hasKey("ackedBy")));
    }

    @Test
    void resolvedAlertOnAShipmentCarriesItsReadingsAsJson() {
        alert("shape-full", "SHAPE-2", "SHIP-9", "resolved", "2026-11-27T06:00:00Z", "2026-11-27T06:30:00Z", READINGS);

        get("/api/alerts?asset=SHAPE-2")
                .statusCode(200)
                .body("[0].shipmentId", equalTo("SHIP-9"))
                .body("[0].resolvedAt", equalTo("2026-11-27T06:30:00Z"))
                .body("[0].readings", hasSize(1))
                .body("[0].readings[0].metric", equalTo("temperature"))
                .body("[0].readings[0].value", equalTo(9.5f))
                .body("[0].readings[0].time", equalTo("2026-11-27T05:59:30Z"));
    }

    @Test
    void unknownAlertIsNotFoundWithAMessage() {
        get("/api/alerts/NO-SUCH-ALERT")
                .statusCode(404)
                .contentType("application/json")
                .body("status", equalTo(404))
                .body("message", equalTo("no alert 'NO-SUCH-ALERT'"));
    }

    @Test
    void ackMarksTheAlertAcknowledgedByWhoAcked() {
        alert("ack-1", "ACK-1", "open", "2026-11-27T06:00:00Z");

        ack("ack-1", "alice")
                .statusCode(200)
                .body("alertId", equalTo("ack-1"))
                .body("acknowledged", equalTo(true))
                .body("ackedBy", equalTo("alice"))
                .body("ackedAt", notNullValue());
        get("/api/alerts/ack-1")
                .statusCode(200)
                .body("acknowledged", equalTo(true))
                .body("ackedBy", equalTo("alice"));
    }

    @Test
    void secondAckKeepsTheFirstWhoAndWhen() {
        alert("ack-2", "ACK-2", "open", "2026-11-27T06:00:00Z");
        String firstAckedAt = ack("ack-2", "alice").statusCode(200).extract().path("ackedAt");

        ack("ack-2", "bob").statusCode(200).body("ackedBy", equalTo("alice")).body("ackedAt", equalTo(firstAckedAt));
    }

    @Test
    void ackWithoutBodyIsByUnknown() throws Exception {
        alert("ack-3", "ACK-3", "open", "2026-11-27T06:00:00Z");

        // java.net.http: RestAssured adds a content type to every POST; this sends none, like curl -X POST.
        HttpResponse<String> response = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(
                        HttpRequest.newBuilder(ackWithoutBody)
                                .POST(BodyPublishers.noBody())
                                .build(),
                        BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response::body);
        given().get("/api/alerts/ack-3")
                .then()
                .body("acknowledged", equalTo(true))
                .body("ackedBy", equalTo("unknown"));
    }

    @Test
    void ackWithEmptyFormBodyIsByUnknown() {
        alert("ack-6", "ACK-6", "open", "2026-11-27T06:00:00Z");

        // What curl -d '' sends, and RestAssured by default.
        given().contentType(ContentType.URLENC)
                .post("/api/alerts/ack-6/ack")
                .then()
                .statusCode(200)
                .body("ackedBy", equalTo("unknown"));
    }

    @Test
    void ackWithEmptyJsonBodyIsByUnknown() {
        alert("ack-4", "ACK-4", "open", "2026-11-27T06:00:00Z");

        given().contentType(ContentType.JSON)
                .body("")
                .post("/api/alerts/ack-4/ack")
                .then()
                .statusCode(200)
                .body("ackedBy", equalTo("unknown"));
    }

    @Test
    void resolvedAlertCanBeAcked() {
        alert("ack-5", "ACK-5", "resolved", "2026-11-27T06:00:00Z");

        ack("ack-5", "carol")
                .statusCode(200)
                .body("status", equalTo("resolved"))
                .body("acknowledged", equalTo(true))
                .body("ackedBy", equalTo("carol"));
    }

    @Test
    void ackOfUnknownAlertIsNotFound() {
        ack("NO-SUCH-ALERT", "alice")
                .statusCode(404)
                .body("status", equalTo(404))
                .body("message", equalTo("no alert 'NO-SUCH-ALERT'"));
    }

    @Test
    void listBeforeThresholdMigratedIsEmpty() {
        alert("hidden-1", "HIDDEN-1", "open", "2026-11-27T06:00:00Z");

        OwnerViews.withoutView(
                pool,
                "threshold",
                "alerts_v1",
                () -> get("/api/alerts").statusCode(200).body("$", empty()));
    }

    @Test
    void alertBeforeThresholdMigratedIsNotFound() {
        alert("hidden-2", "HIDDEN-2", "open", "2026-11-27T06:00:00Z");

        OwnerViews.withoutView(
                pool,
                "threshold",
                "alerts_v1",
                () -> get("/api/alerts/hidden-2").statusCode(404).body("message", equalTo("no alert 'hidden-2'")));
    }
}
