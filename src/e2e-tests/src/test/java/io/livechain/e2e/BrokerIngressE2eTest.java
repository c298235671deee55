package io.livechain.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The broker ingress takes CloudEvents in every HTTP mode, at both of its paths, and refuses what is none. */
class BrokerIngressE2eTest {

    private static E2eStack e2e;

    @BeforeAll
    static void startStack() {
        e2e = E2eStack.get();
    }

    @Test
    void structuredModeAtTheBrokerPath() {
        String event = """
                {"specversion": "1.0", "id": "str-1", "source": "/e2e", "type": "io.livechain.scan.v1",
                 "datacontenttype": "application/json",
                 "data": {"sku": "E2E-STRUCT", "location": "DC-1", "quantity": 2, "bizStep": "receiving",
                          "eventTime": "2026-11-20T06:00:00Z"}}""";
        given().baseUri(e2e.url())
                .contentType("application/cloudevents+json")
                .body(event)
                .post("/livechain/default")
                .then()
                .statusCode(202);
        awaitTotal("E2E-STRUCT", 2);
    }

    @Test
    void batchModeStoresEveryEvent() {
        String batch = """
                [{"specversion": "1.0", "id": "batch-1", "source": "/e2e", "type": "io.livechain.scan.v1",
                  "datacontenttype": "application/json",
                  "data": {"sku": "E2E-BATCH", "location": "DC-1", "quantity": 2, "bizStep": "receiving", "eventTime": "2026-11-20T06:00:00Z"}},
                 {"specversion": "1.0", "id": "batch-2", "source": "/e2e", "type": "io.livechain.scan.v1",
                  "datacontenttype": "application/json",
                  "data": {"sku": "E2E-BATCH", "location": "DC-2", "quantity": 3, "bizStep": "receiving", "eventTime": "2026-11-20T06:00:00Z"}}]""";
        given().baseUri(e2e.url())
                .contentType("application/cloudevents-batch+json")
                .body(batch)
                .post("/")
                .then()
                .statusCode(202);
        awaitTotal("E2E-BATCH", 5);
    }

    @Test
    void requestThatIsNoCloudEventIs400() {
        given().baseUri(e2e.url())
                .contentType("application/json")
                .body("{\"sku\": \"x\"}")
                .post("/")
                .then()
                .statusCode(400);
        given().baseUri(e2e.url())
                .contentType("application/cloudevents+json")
                .body("{\"specversion\": \"1.0\"}")
                .post("/")
                .then()
                .statusCode(400);
        given().baseUri(e2e.url())
                .contentType("application/cloudevents-batch+json")
                .body("[{\"id\": 1}]")
                .post("/")
                .then()
                .statusCode(400);
        for (String notObjects : new String[] {"[null]", "[1, 2]", "[[]]"}) {
            given().baseUri(e2e.url())
                    .contentType("application/cloudevents-batch+json")
                    .body(notObjects)
                    .post("/")
                    .then()
                    .statusCode(400)
                    .body(org.hamcrest.Matchers.containsString("no JSON object"));
        }
    }

    @Test
    void eventOverThePayloadLimitIs413NotARetryable503() {
        String big = "x".repeat(2 * 1024 * 1024);
        given().baseUri(e2e.url())
                .header("ce-specversion", "1.0")
                .header("ce-id", "big-1")
                .header("ce-source", "/e2e")
                .header("ce-type", "io.livechain.scan.v1")
                .contentType("application/json")
                .body("{\"sku\": \"" + big + "\"}")
                .post("/livechain/default")
                .then()
                .statusCode(413)
                .body("status", equalTo(413))
                .body("message", containsString("1000000 bytes"));
        // Under the limit (but over Kafka's default batch size) still goes through.
        String large = "y".repeat(900_000);
        given().baseUri(e2e.url())
                .header("ce-specversion", "1.0")
                .header("ce-id", "large-1")
                .header("ce-source", "/e2e")
                .header("ce-type", "io.livechain.e2e.large.v1")
                .contentType("application/json")
                .body("{\"note\": \"" + large + "\"}")
                .post("/livechain/default")
                .then()
                .statusCode(202);
    }

    @Test
    void aSourceOverItsRateLimitGets429WithRetryAfterAndOtherSourcesDoNot() throws InterruptedException {
        String flooder = "/e2e/flood/" + java.util.UUID.randomUUID();
        StringBuilder batch = new StringBuilder("[");
        // Three seconds' worth in one batch: taken on a full bucket, it leaves two seconds of debt.
        for (int i = 0; i < 3 * E2eStack.RATE_LIMIT_PER_SOURCE; i++) {
            batch.append(i == 0 ? "" : ",")
                    .append(
                            "{\"specversion\": \"1.0\", \"id\": \"flood-%d\", \"source\": \"%s\", \"type\": \"io.livechain.e2e.flood.v1\"}"
                                    .formatted(i, flooder));
        }
        given().baseUri(e2e.url())
                .contentType("application/cloudevents-batch+json")
                .body(batch.append("]").toString())
                .post("/")
                .then()
                .statusCode(202);

        String retryAfter = given().baseUri(e2e.url())
                .contentType("application/cloudevents+json")
                .body(event("flood-one-more", flooder))
                .post("/")
                .then()
                .statusCode(429)
                .body("message", containsString("source " + flooder + " sends more than"))
                .extract()
                .header("Retry-After");
        given().baseUri(e2e.url())
                .contentType("application/cloudevents+json")
                .body(event("calm-1", "/e2e/calm/" + java.util.UUID.randomUUID()))
                .post("/")
                .then()
                .statusCode(202);

        Thread.sleep(Long.parseLong(retryAfter) * 1000);
        given().baseUri(e2e.url())
                .contentType("application/cloudevents+json")
                .body(event("flood-one-more", flooder))
                .post("/")
                .then()
                .statusCode(202);
    }

    private static String event(String id, String source) {
        return """
                {"specversion": "1.0", "id": "%s", "source": "%s", "type": "io.livechain.e2e.flood.v1"}""".formatted(id, source);
    }

    private static void awaitTotal(String sku, int total) {
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> e2e.api()
                        .get("/api/inventory/" + sku)
                        .then()
                        .statusCode(200)
                        .body("total", equalTo(total)));
    }
}
