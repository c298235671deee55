package io.livechain.threshold;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.livechain.testsupport.BrokerSinkResource;
import io.livechain.testsupport.EmbeddedPostgresResource;
import io.livechain.testsupport.RecordingHttpServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Maintenance requests reaching threshold through its Trigger: an agent's opens one alert on the asset
 * that says who asked; threshold's own (its drift monitor's, posted to the broker) are ignored.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(
        value = BrokerSinkResource.class,
        initArgs = @ResourceArg(name = "property", value = "livechain.threshold.sink"))
class MaintenanceRequestsTest {

    private static final Instant T0 = Instant.parse("2026-11-21T00:00:00Z");
    private static final String REQUESTED = "io.livechain.maintenance.requested.v1";
    private static final String RAISED = "io.livechain.alert.raised.v1";

    @Inject
    Pool pool;

    @BeforeEach
    void brokerUp() {
        BrokerSinkResource.sink().answer(202);
    }

    private static ValidatableResponse post(String type, String id, String source, String data) {
        return given().contentType("application/json")
                .header("ce-id", id)
                .header("ce-specversion", "1.0")
                .header("ce-type", type)
                .header("ce-source", source)
                .body(data)
                .post("/")
                .then();
    }

    private static String request(String id, String asset, String reason) {
        return """
                {"requestId": "%s", "dedupKey": "%s/agent", "assetId": "%s", "metric": "vibration",
                 "reason": "%s", "requestedAt": "%s"}""".formatted(id, asset, asset, reason, T0);
    }

    private static List<JsonPath> published(String type, String asset) {
        List<JsonPath> events = new ArrayList<>();
        for (RecordingHttpServer.Request request : BrokerSinkResource.sink().requests()) {
            JsonPath event = JsonPath.from(request.body());
            if (type.equals(event.getString("type")) && asset.equals(event.getString("data.assetId"))) {
                events.add(event);
            }
        }
        return events;
    }

    /** The asset's alerts as threshold's read view shows them: rule, severity, status, summary. */
    private List<String> alerts(String asset) {
        List<String> alerts = new ArrayList<>();
        pool.preparedQuery("select rule, severity, status, summary from threshold.alerts_v1 where asset_id = $1")
                .execute(Tuple.of(asset))
                .await()
                .indefinitely()
                .forEach(row -> alerts.add(String.join(
                        " | ",
                        row.getString("rule"),
                        row.getString("severity"),
                        row.getString("status"),
                        row.getString("summary"))));
        return alerts;
    }

    private long count(String sql, String value) {
        return pool.preparedQuery(sql)
                .execute(Tuple.of(value))
                .await()
                .indefinitely()
                .iterator()
                .next()
                .getLong(0);
    }

    @Test
    void anAgentsRequestOpensOneWarningAlertThatSaysWhoAskedAndWhy() {
        post(REQUESTED, "ask-1", "/agents/planner-bot", request("ask-1", "press-9", "bearing noise reported"))
                .statusCode(204);

        List<JsonPath> raised = published(RAISED, "press-9");
        assertEquals(1, raised.size());
        JsonPath alert = raised.get(0);
        assertEquals("/livechain/threshold", alert.getString("source"));
        assertEquals("maintenance-requested", alert.getString("data.rule"));
        assertEquals("WARNING", alert.getString("data.severity"));
        assertEquals("press-9/maintenance-requested", alert.getString("data.dedupKey"));
        assertEquals(
                "maintenance requested by /agents/planner-bot for vibration: bearing noise reported",
                alert.getString("data.summary"));
        assertEquals(T0.toString(), alert.getString("data.raisedAt"));
        assertEquals(
                List.of("maintenance-requested | WARNING | open | maintenance requested by /agents/planner-bot"
                        + " for vibration: bearing noise reported"),
                alerts("press-9"));

        // redelivered, then asked again by another agent while the alert is open: still one alert
        post(REQUESTED, "ask-1", "/agents/planner-bot", request("ask-1", "press-9", "bearing noise reported"))
                .statusCode(204);
        post(REQUESTED, "ask-2", "/agents/ops-bot", request("ask-2", "press-9", "still noisy"))
                .statusCode(204);
        assertEquals(1, published(RAISED, "press-9").size());
        assertEquals(1, alerts("press-9").size());
    }

    @Test
    void thresholdsOwnDriftRequestIsIgnoredWhenItComesBack() {
        for (int i = 0; i < 30; i++) {
            post("io.livechain.sensor.reading.v1", "own-vib-" + i, "/test/sensors", """
                            {"deviceId": "dev-press-7", "assetId": "press-7", "metric": "vibration", "value": %s,
                             "unit": "MMT", "time": "%s"}""".formatted(
                                    i % 2 == 0 ? "2.05" : "1.95", T0.plus(Duration.ofMinutes(i))))
                    .statusCode(204);
        }
        post("io.livechain.sensor.reading.v1", "own-vib-drift", "/test/sensors", """
                {"deviceId": "dev-press-7", "assetId": "press-7", "metric": "vibration", "value": 3.0,
                 "unit": "MMT", "time": "%s"}""".formatted(
                                T0.plus(Duration.ofMinutes(31))))
                .statusCode(204);
        List<String> own = BrokerSinkResource.sink().requests().stream()
                .map(RecordingHttpServer.Request::body)
                .filter(body -> body.contains(REQUESTED) && body.contains("press-7"))
                .toList();
        assertEquals(1, own.size(), "the drift asked for maintenance");
        String ownId = JsonPath.from(own.get(0)).getString("id");

        // the event as threshold posted it, delivered back as a Trigger without the source filter would
        given().contentType("application/cloudevents+json")
                .body(own.get(0))
                .post("/")
                .then()
                .statusCode(204);

        assertEquals(0, published(RAISED, "press-7").size());
        assertEquals(List.of(), alerts("press-7"));
        assertEquals(0, count("select count(*) from threshold.inbox where event_id = $1", ownId), "not even recorded");
    }

    @Test
    void aRequestWithoutReasonIsRefusedNamingTheField() {
        post(
                        REQUESTED,
                        "ask-bad",
                        "/agents/planner-bot",
                        request("ask-bad", "press-8", "x").replace("\"reason\": \"x\", ", ""))
                .statusCode(400)
                .body(containsString("\"field\":\"reason\""));
        assertEquals(List.of(), alerts("press-8"));
    }
}
