package io.livechain.inventory;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechain.testsupport.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The kit's per-event metrics, as Prometheus scrapes them from {@code /q/metrics}. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class EventMetricsTest {

    private static final String TYPE = "io.livechain.inventory.movement.v1";

    private static void post(String id, String body, int status) {
        given().contentType("application/json")
                .header("ce-id", id)
                .header("ce-specversion", "1.0")
                .header("ce-type", TYPE)
                .header("ce-source", "/test/metrics")
                .body(body)
                .post("/")
                .then()
                .statusCode(status);
    }

    @Test
    void aTypeOutsideTheCatalogueIsCountedAsOtherNotAsItsOwnSeries() {
        given().contentType("application/json")
                .header("ce-id", "metrics-unknown-1")
                .header("ce-specversion", "1.0")
                .header("ce-type", "io.example.made.up.v9")
                .header("ce-source", "/test/metrics")
                .body("{}")
                .post("/");
        String metrics =
                given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("type=\"other\""), metrics);
        assertTrue(!metrics.contains("io.example.made.up.v9"), "a series per made-up type");
    }

    private static double sample(String metrics, String name, String outcome) {
        Matcher m = Pattern.compile("(?m)^" + name + "\\{[^}]*function=\"inventory\"[^}]*outcome=\"" + outcome
                        + "\"[^}]*type=\"" + Pattern.quote(TYPE) + "\"[^}]*\\} ([0-9.E+]+)$")
                .matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    @Test
    void eventsAreCountedByTypeAndOutcomeAndTimed() {
        String before =
                given().get("/q/metrics").then().statusCode(200).extract().asString();
        post("metrics-ok-1", Movements.adjustment("FN-METRICS", "DC-1", "3", "2026-11-27T06:00:00Z"), 200);
        post("metrics-ok-2", Movements.adjustment("FN-METRICS", "DC-1", "4", "2026-11-27T06:01:00Z"), 200);
        post("metrics-bad-1", "{\"sku\": \"FN-METRICS\"}", 400);
        String after =
                given().get("/q/metrics").then().statusCode(200).extract().asString();

        assertTrue(
                sample(after, "livechain_events_total", "handled") - sample(before, "livechain_events_total", "handled")
                        == 2,
                after);
        assertTrue(
                sample(after, "livechain_events_total", "rejected")
                                - sample(before, "livechain_events_total", "rejected")
                        == 1,
                after);
        assertTrue(after.contains("livechain_event_handling_seconds_bucket{function=\"inventory\""), after);
    }
}
