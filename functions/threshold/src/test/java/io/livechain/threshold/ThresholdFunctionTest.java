package io.livechain.threshold;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(
        value = BrokerSinkResource.class,
        initArgs = @ResourceArg(name = "property", value = "livechain.threshold.sink"))
class ThresholdFunctionTest {

    private static final Instant T0 = Instant.parse("2026-11-20T00:00:00Z");
    private static final String READING = "io.livechain.sensor.reading.v1";
    private static final String LEVEL = "io.livechain.inventory.level.v1";

    @BeforeEach
    void clearSink() {
        BrokerSinkResource.sink().answer(202);
    }

    private static String reading(
            String asset, String shipment, String metric, String value, String unit, Instant time, String profile) {
        return """
                {"deviceId": "dev-%s", "assetId": "%s", %s"metric": "%s", "value": %s, "unit": "%s", "time": "%s"%s}""".formatted(
                        asset,
                        asset,
                        shipment == null ? "" : "\"shipmentId\": \"" + shipment + "\", ",
                        metric,
                        value,
                        unit,
                        time,
                        profile == null ? "" : ", \"profile\": \"" + profile + "\"");
    }

    private static String temperature(String asset, String celsius, int minute) {
        return reading(asset, null, "temperature", celsius, "CEL", T0.plus(Duration.ofMinutes(minute)), "refrigerated");
    }

    private static ValidatableResponse post(String type, String id, String data) {
        return given().contentType("application/json")
                .header("ce-id", id)
                .header("ce-specversion", "1.0")
                .header("ce-type", type)
                .header("ce-source", "/test/sensors")
                .body(data)
                .post("/")
                .then();
    }

    /** The events the broker received about {@code asset}, by type. */
    private static List<JsonPath> published(String type, String asset) {
        List<JsonPath> events = new ArrayList<>();
        for (RecordingHttpServer.Request request : BrokerSinkResource.sink().requests()) {
            JsonPath event = JsonPath.from(request.body());
            if (type.equals(event.getString("type")) && request.body().contains("\"" + asset)) {
                events.add(event);
            }
        }
        return events;
    }

    @Test
    void sustainedExcursionRaisesOneAlertAndRecoveryResolvesIt() {
        for (int minute = 0; minute <= 40; minute += 10) {
            post(READING, "exc-" + minute, temperature("reefer-exc", minute == 0 ? "5" : "9.5", minute))
                    .statusCode(204);
        }
        post(READING, "exc-50", temperature("reefer-exc", "9.6", 50)).statusCode(204);

        List<JsonPath> raised = published("io.livechain.alert.raised.v1", "reefer-exc");
        assertEquals(1, raised.size(), "one alert per asset and rule, not one per reading");
        assertEquals("excursion", raised.get(0).getString("data.rule"));
        assertEquals("CRITICAL", raised.get(0).getString("data.severity"));
        assertEquals("reefer-exc/excursion", raised.get(0).getString("data.dedupKey"));
        assertEquals("/livechain/threshold", raised.get(0).getString("source"));
        assertTrue(raised.get(0).getList("data.readings").size() >= 3);

        post(READING, "exc-60", temperature("reefer-exc", "6", 60)).statusCode(204);
        List<JsonPath> resolved = published("io.livechain.alert.resolved.v1", "reefer-exc");
        assertEquals(1, resolved.size());
        assertEquals(raised.get(0).getString("data.alertId"), resolved.get(0).getString("data.alertId"));
    }

    @Test
    void outOfOrderReadingsAreJudgedByEventTime() {
        List<Integer> minutes = new ArrayList<>(List.of(0, 10, 20, 30, 40));
        Collections.reverse(minutes);
        for (int minute : minutes) {
            post(READING, "ooo-" + minute, temperature("reefer-ooo", minute == 0 ? "5" : "9", minute))
                    .statusCode(204);
        }
        // Arrived newest first: only once the 10-minute reading lands is there a 30-minute run (10..40).
        assertEquals(1, published("io.livechain.alert.raised.v1", "reefer-ooo").size());
        // A late in-range reading stamped inside the run splits it: 20..40 is under 30 minutes, so it resolves.
        post(READING, "ooo-late", temperature("reefer-ooo", "5", 15)).statusCode(204);
        assertEquals(
                1, published("io.livechain.alert.resolved.v1", "reefer-ooo").size());
    }

    @Test
    void redeliveredReadingsCountOnce() {
        // 25 minutes out of range, sent twice: still under the 30-minute limit if duplicates are ignored.
        for (int round = 0; round < 2; round++) {
            post(READING, "dup-0", temperature("reefer-dup", "9", 0)).statusCode(204);
            post(READING, "dup-25", temperature("reefer-dup", "9", 25)).statusCode(204);
        }
        post(READING, "dup-29", temperature("reefer-dup", "9", 29)).statusCode(204);
        assertEquals(0, published("io.livechain.alert.raised.v1", "reefer-dup").size());
        post(READING, "dup-30", temperature("reefer-dup", "9", 30)).statusCode(204);
        assertEquals(1, published("io.livechain.alert.raised.v1", "reefer-dup").size());
    }

    @Test
    void hardLimitOnAShipmentAlarmsAtOnceAndAsksForAReroute() {
        post(READING, "hard-1", reading("reefer-hard", "shp-77", "temperature", "60", "FAH", T0, "refrigerated"))
                .statusCode(204);

        List<JsonPath> raised = published("io.livechain.alert.raised.v1", "reefer-hard");
        assertEquals(1, raised.size());
        assertEquals("hard-limit", raised.get(0).getString("data.rule"));
        List<JsonPath> reroutes = published("io.livechain.reroute.requested.v1", "reefer-hard");
        assertEquals(1, reroutes.size());
        assertEquals("shp-77", reroutes.get(0).getString("data.shipmentId"));
        assertEquals("cold-storage", reroutes.get(0).getString("data.requiredCapability"));
    }

    @Test
    void registeredProfileAppliesWhenTheReadingNamesNone() {
        // reefer-registered is configured as frozen (-25..-15 °C, hard high -10 °C): 2 °C is a hard-limit breach.
        post(READING, "reg-1", reading("reefer-registered", null, "temperature", "2", "CEL", T0, null))
                .statusCode(204);
        assertEquals(
                "hard-limit",
                published("io.livechain.alert.raised.v1", "reefer-registered")
                        .get(0)
                        .getString("data.rule"));
    }

    @Test
    void lowStockRaisesBelowTheReorderPointAndResolvesOnRecovery() {
        post(LEVEL, "lvl-1", level("9", "2026-11-20T06:00:00Z")).statusCode(204);
        assertEquals(
                1, published("io.livechain.alert.raised.v1", "SKU-LOW@DC-1").size());
        post(LEVEL, "lvl-old", level("50", "2026-11-20T05:00:00Z")).statusCode(204);
        assertEquals(
                0, published("io.livechain.alert.resolved.v1", "SKU-LOW@DC-1").size(), "an older level is ignored");
        post(LEVEL, "lvl-2", level("12", "2026-11-20T07:00:00Z")).statusCode(204);
        assertEquals(
                1, published("io.livechain.alert.resolved.v1", "SKU-LOW@DC-1").size());
    }

    @Test
    void theLevelWithTheHigherSequenceIsTheNewestWhateverItsEventTime() {
        // Unordered delivery: levels of one position may arrive in any order; the sequence tells the newest.
        post(LEVEL, "seq-2", sequencedLevel("9", "2026-11-20T06:00:00Z", 2)).statusCode(204);
        assertEquals(
                1, published("io.livechain.alert.raised.v1", "SKU-SEQ@DC-1").size());
        post(LEVEL, "seq-1", sequencedLevel("50", "2026-11-20T08:00:00Z", 1)).statusCode(204);
        assertEquals(
                0, published("io.livechain.alert.resolved.v1", "SKU-SEQ@DC-1").size(), "sequence 1 is older");
        post(LEVEL, "seq-3", sequencedLevel("12", "2026-11-20T05:00:00Z", 3)).statusCode(204);
        assertEquals(
                1,
                published("io.livechain.alert.resolved.v1", "SKU-SEQ@DC-1").size(),
                "a late adjustment's level is the newest on-hand");
    }

    private static String sequencedLevel(String onHand, String time, long sequence) {
        return """
                {"sku": "SKU-SEQ", "location": "DC-1", "onHand": %s, "previousOnHand": 20, "causeId": "m-%d",
                 "eventTime": "%s", "applied": true, "sequence": %d}""".formatted(onHand, sequence, time, sequence);
    }

    private static String level(String onHand, String time) {
        return """
                {"sku": "SKU-LOW", "location": "DC-1", "onHand": %s, "previousOnHand": 20, "causeId": "m-1",
                 "eventTime": "%s", "applied": true}""".formatted(onHand, time);
    }

    @Test
    void vibrationDriftRequestsMaintenanceOnce() {
        for (int i = 0; i < 30; i++) {
            post(
                            READING,
                            "vib-" + i,
                            reading(
                                    "press-4",
                                    null,
                                    "vibration",
                                    i % 2 == 0 ? "2.05" : "1.95",
                                    "MMT",
                                    T0.plus(Duration.ofMinutes(i)),
                                    null))
                    .statusCode(204);
        }
        post(
                READING,
                "vib-drift-1",
                reading("press-4", null, "vibration", "2.9", "MMT", T0.plus(Duration.ofMinutes(31)), null));
        post(
                READING,
                "vib-drift-2",
                reading("press-4", null, "vibration", "3.0", "MMT", T0.plus(Duration.ofMinutes(32)), null));

        List<JsonPath> requests = published("io.livechain.maintenance.requested.v1", "press-4");
        assertEquals(1, requests.size());
        assertEquals("vibration", requests.get(0).getString("data.metric"));
    }

    @Test
    void brokerDownAnswers503AndARedeliveryPublishesTheDecidedEvents() {
        BrokerSinkResource.sink().answer(503);
        post(READING, "down-1", reading("reefer-down", null, "temperature", "16", "CEL", T0, "refrigerated"))
                .statusCode(503);
        assertEquals(0, published("io.livechain.alert.raised.v1", "reefer-down").size());

        BrokerSinkResource.sink().answer(202);
        post(READING, "down-1", reading("reefer-down", null, "temperature", "16", "CEL", T0, "refrigerated"))
                .statusCode(204);
        await().atMost(Duration.ofSeconds(10))
                .until(() ->
                        published("io.livechain.alert.raised.v1", "reefer-down").size() == 1);
    }

    @Test
    void anEventPostsOnlyTheEventsItDecidedNotOthersStillPending() {
        BrokerSinkResource.sink().answer(503);
        post(READING, "pending-x", reading("reefer-px", null, "temperature", "16", "CEL", T0, "refrigerated"))
                .statusCode(503);
        BrokerSinkResource.sink().answer(202);
        post(READING, "pending-y", reading("reefer-py", null, "temperature", "16", "CEL", T0, "refrigerated"))
                .statusCode(204);

        assertEquals(1, published("io.livechain.alert.raised.v1", "reefer-py").size());
        assertEquals(
                0,
                published("io.livechain.alert.raised.v1", "reefer-px").size(),
                "x's events wait for x's redelivery (or the periodic flush), not for any other event");
        post(READING, "pending-x", reading("reefer-px", null, "temperature", "16", "CEL", T0, "refrigerated"))
                .statusCode(204);
        assertEquals(1, published("io.livechain.alert.raised.v1", "reefer-px").size());
    }

    @Test
    void structuredModeWorksToo() {
        String event =
                """
                {"specversion": "1.0", "id": "str-1", "type": "%s", "source": "/test/sensors",
                 "datacontenttype": "application/json", "data": %s}""".formatted(READING, reading("reefer-str", null, "temperature", "20", "CEL", T0, "refrigerated"));
        given().contentType("application/cloudevents+json")
                .body(event)
                .post("/")
                .then()
                .statusCode(204);
        assertEquals(1, published("io.livechain.alert.raised.v1", "reefer-str").size());
    }

    @Test
    void unknownProfileAndNonTemperatureUnitAreRejected() {
        post(READING, "bad-1", reading("reefer-bad", null, "temperature", "5", "CEL", T0, "tropical"))
                .statusCode(400)
                .body("errors.field", hasItem("profile"));
        post(READING, "bad-2", reading("reefer-bad", null, "temperature", "5", "KGM", T0, "refrigerated"))
                .statusCode(400)
                .body("errors.field", hasItem("unit"));
    }

    @Test
    void nonJsonDataIsUnsupportedMediaType() {
        given().contentType("text/csv")
                .header("ce-id", "csv-1")
                .header("ce-specversion", "1.0")
                .header("ce-type", READING)
                .header("ce-source", "/test/sensors")
                .body("reefer-1,temperature,5,CEL")
                .post("/")
                .then()
                .statusCode(415)
                .body("errors.field", hasItem("datacontenttype"));
    }
}
