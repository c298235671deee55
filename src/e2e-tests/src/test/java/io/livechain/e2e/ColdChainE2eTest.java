package io.livechain.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A reefer warms up: one alert reaches the on-call webhook, and its resolution follows when it cools. */
class ColdChainE2eTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");
    private static E2eStack e2e;

    @BeforeAll
    static void startStack() {
        e2e = E2eStack.get();
    }

    private static void reading(String asset, String id, String celsius, int minute) {
        Scans.sendEvent(e2e.url(), id, "io.livechain.sensor.reading.v1", """
                {"deviceId": "logger-1", "assetId": "%s", "metric": "temperature", "value": %s, "unit": "CEL",
                 "time": "%s", "profile": "refrigerated"}""".formatted(
                                asset, celsius, T0.plus(Duration.ofMinutes(minute))))
                .statusCode(202);
    }

    /** What the on-call webhook received about {@code asset}, of one type. */
    private static List<JsonPath> webhook(String type, String asset) {
        return e2e.oncall.received().stream()
                .map(r -> JsonPath.from(r.data()))
                .filter(e -> type.equals(e.getString("type")) && asset.equals(e.getString("data.assetId")))
                .toList();
    }

    @Test
    void excursionRaisesOneAlertAtTheWebhookAndRecoveryResolvesIt() {
        String asset = "e2e-reefer-1";
        reading(asset, "cc-0", "5.0", 0);
        for (int minute = 10; minute <= 50; minute += 10) {
            reading(asset, "cc-" + minute, "9.5", minute);
        }

        await().atMost(PATIENCE)
                .until(() -> webhook("io.livechain.alert.raised.v1", asset).size() == 1);
        JsonPath raised = webhook("io.livechain.alert.raised.v1", asset).get(0);
        assertEquals("excursion", raised.getString("data.rule"));
        assertEquals("CRITICAL", raised.getString("data.severity"));

        reading(asset, "cc-60", "5.5", 60);
        await().atMost(PATIENCE)
                .until(() -> webhook("io.livechain.alert.resolved.v1", asset).size() == 1);
        assertEquals(
                raised.getString("data.alertId"),
                webhook("io.livechain.alert.resolved.v1", asset).get(0).getString("data.alertId"));
        assertEquals(1, webhook("io.livechain.alert.raised.v1", asset).size(), "one alert, not one per reading");

        String alertId = raised.getString("data.alertId");
        e2e.api()
                .get("/api/alerts?asset=" + asset + "&status=resolved")
                .then()
                .statusCode(200)
                .body("[0].alertId", equalTo(alertId))
                .body("[0].rule", equalTo("excursion"));
        e2e.api()
                .contentType("application/json")
                .body("{\"by\": \"e2e\"}")
                .post("/api/alerts/" + alertId + "/ack")
                .then()
                .statusCode(200)
                .body("acknowledged", equalTo(true))
                .body("ackedBy", equalTo("e2e"));
    }
}
