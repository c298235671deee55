package io.livechain.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dead letters replayed once their cause is fixed, through the real chain: a movement that inventory
 * applies but another subscriber refuses ends, after its retries, in the dead-letter topic, reaches
 * read-api through the KafkaSource, and is replayed by {@code POST /api/deadletters/replay} into the
 * broker: the fixed subscriber gets it, and inventory, which had applied it, does not apply it twice.
 */
class DeadLetterReplayE2eTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static E2eStack e2e;

    @BeforeAll
    static void stack() {
        e2e = E2eStack.get();
    }

    private static int total(String sku) {
        return e2e.api()
                .get("/api/inventory/" + sku)
                .then()
                .statusCode(200)
                .extract()
                .path("total");
    }

    @Test
    void aDeadLetterReplayedAfterItsCauseIsFixedReachesItsSubscriberAndIsAppliedOnce() {
        String sku = "E2E-REPLAY-" + UUID.randomUUID().toString().substring(0, 8);
        String id = "replay-" + sku;
        given().baseUri(e2e.url())
                .header("ce-specversion", "1.0")
                .header("ce-id", id)
                .header("ce-source", E2eStack.REPLAY_SOURCE)
                .header("ce-type", "io.livechain.inventory.movement.v1")
                .header("ce-partitionkey", sku + "|DC-1")
                .contentType("application/json")
                .body("""
                        {"sku": "%s", "location": "DC-1", "kind": "ADJUSTMENT", "quantity": 5, "bizStep": "receiving", \
                        "eventTime": "2026-11-30T10:00:00Z"}""".formatted(sku))
                .post("/")
                .then()
                .statusCode(202);

        await().atMost(PATIENCE).ignoreExceptions().until(() -> total(sku) == 5);
        await().atMost(PATIENCE)
                .untilAsserted(() -> e2e.api()
                        .get("/api/deadletters")
                        .then()
                        .statusCode(200)
                        .body("find { it.id == '" + id + "' }.errorCode", equalTo(503)));

        e2e.replayTarget.fix();
        e2e.api()
                .contentType("application/json")
                .body("{\"id\": \"" + id + "\", \"source\": \"" + E2eStack.REPLAY_SOURCE + "\"}")
                .post("/api/deadletters/replay")
                .then()
                .statusCode(200)
                .body("replayed", equalTo(1));

        await().atMost(PATIENCE)
                .until(() -> e2e.replayTarget.received().stream().anyMatch(r -> id.equals(r.attribute("id"))));
        var replayed = e2e.replayTarget.received().stream()
                .filter(r -> id.equals(r.attribute("id")))
                .findFirst()
                .orElseThrow();
        assertEquals(E2eStack.REPLAY_SOURCE, replayed.attribute("source"));
        assertNull(replayed.attribute("knativeerrorcode"), "the error belonged to its death");
        // Inventory gets the replay too (its Trigger matches the type) and must recognise it.
        await().during(Duration.ofSeconds(3)).atMost(PATIENCE).until(() -> total(sku) == 5);
        e2e.api()
                .get("/api/deadletters")
                .then()
                .body("find { it.id == '" + id + "' }.replayedAt", org.hamcrest.Matchers.notNullValue());
    }
}
