package io.livechain.readapi.deadletters;

import static io.livechain.readapi.deadletters.DeadLetterRequests.SOURCE;
import static io.livechain.readapi.deadletters.DeadLetterRequests.binaryHeaders;
import static io.livechain.readapi.deadletters.DeadLetterRequests.movement;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.livechain.readapi.access.Roles;
import io.livechain.readapi.owners.OwnersMigratedPostgresResource;
import io.livechain.testsupport.BrokerSinkResource;
import io.livechain.testsupport.RecordingHttpServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Dead letters replayed into the broker: a real PostgreSQL holds them, a real HTTP server stands in
 * for the broker ingress (K_SINK) and records what the replay posted.
 */
// Every role: these tests are about behaviour; AccessTest checks who may do what with real tokens.
@TestSecurity(
        user = "tester",
        roles = {Roles.VIEWER, Roles.OPERATOR, Roles.INTEGRATOR})
@QuarkusTest
@QuarkusTestResource(OwnersMigratedPostgresResource.class)
@QuarkusTestResource(
        value = BrokerSinkResource.class,
        initArgs = @ResourceArg(name = "property", value = "livechain.read-api.sink"))
class DeadLetterReplayTest {

    private static RecordingHttpServer broker() {
        return BrokerSinkResource.sink();
    }

    @BeforeEach
    void brokerTakesEverything() {
        broker().answer(202);
        broker().clear();
    }

    /** A dead letter as the KafkaSource delivers it, of {@code type}, with a subscriber's 400. */
    private static void deadLetter(String id, String type, String sku) {
        Map<String, String> headers = binaryHeaders(id);
        headers.put("ce-type", type);
        given().headers(headers).body(movement(sku)).post("/deadletters").then().statusCode(202);
    }

    private static String uniqueType() {
        return "io.livechain.test.replay" + UUID.randomUUID().toString().replace("-", "") + ".v1";
    }

    private static io.restassured.response.ValidatableResponse replay(String body) {
        return given().contentType("application/json")
                .body(body)
                .post("/api/deadletters/replay")
                .then();
    }

    private static Map<String, Object> listed(String id) {
        List<Map<String, Object>> letters = given().queryParam("limit", 1000)
                .get("/api/deadletters")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("findAll { it.id == '" + id + "' }");
        assertEquals(1, letters.size(), id + " listed " + letters.size() + " times");
        return letters.get(0);
    }

    @Test
    void replayByIdPostsTheEventAsFirstSentAndMarksIt() {
        String id = "dl-replay-" + UUID.randomUUID();
        deadLetter(id, DeadLetterRequests.TYPE, "RP-1");

        replay("{\"id\": \"" + id + "\", \"source\": \"" + SOURCE + "\"}")
                .statusCode(200)
                .body("replayed", equalTo(1))
                .body("more", equalTo(false));

        assertEquals(1, broker().requests().size());
        RecordingHttpServer.Request posted = broker().requests().get(0);
        assertEquals(id, posted.header("ce-id"));
        assertEquals(SOURCE, posted.header("ce-source"));
        assertEquals(DeadLetterRequests.TYPE, posted.header("ce-type"));
        assertEquals("2026-11-27T06:00:00Z", posted.header("ce-time"));
        assertEquals("FN-1|DC-1", posted.header("ce-partitionkey"));
        assertEquals("application/json", posted.header("content-type"));
        assertNull(posted.header("ce-knativeerrorcode"), "the error belonged to its death, not to the event");
        assertEquals(movement("RP-1"), posted.body());
        assertNotNull(listed(id).get("replayedAt"));

        // Replayed once: asking again finds nothing left to replay, and posts nothing.
        replay("{\"id\": \"" + id + "\"}").statusCode(404).body("message", startsWith("no dead letter with id"));
        assertEquals(1, broker().requests().size());
    }

    @Test
    void aLetterThatDiesAgainAfterItsReplayIsListedAgain() {
        String id = "dl-again-" + UUID.randomUUID();
        deadLetter(id, DeadLetterRequests.TYPE, "RP-2");
        deadLetter(id, DeadLetterRequests.TYPE, "RP-2"); // the KafkaSource redelivers: still one letter
        replay("{\"id\": \"" + id + "\"}").statusCode(200).body("replayed", equalTo(1));

        deadLetter(id, DeadLetterRequests.TYPE, "RP-2"); // its cause was not fixed after all

        assertNull(listed(id).get("replayedAt"));
        replay("{\"id\": \"" + id + "\"}").statusCode(200).body("replayed", equalTo(1));
        assertEquals(2, broker().requests().size());
    }

    @Test
    void replayByTypeAndTimePostsEveryMatchInTheOrderTheyDied() {
        String type = uniqueType();
        String before = Instant.now().minusSeconds(1).toString();
        deadLetter("dl-type-1-" + type, type, "RP-3");
        deadLetter("dl-type-2-" + type, type, "RP-4");
        deadLetter("dl-type-3-" + type, type, "RP-5");
        deadLetter("dl-other-" + type, uniqueType(), "RP-6");

        replay("{\"type\": \"" + type + "\", \"receivedFrom\": \"" + before + "\"}")
                .statusCode(200)
                .body("replayed", equalTo(3));

        assertEquals(
                List.of("dl-type-1-" + type, "dl-type-2-" + type, "dl-type-3-" + type),
                broker().requests().stream().map(r -> r.header("ce-id")).toList());
        // A time window that ended before they died selects none of them.
        replay("{\"type\": \"" + type + "\", \"receivedTo\": \"" + before + "\"}")
                .statusCode(200)
                .body("replayed", equalTo(0));
    }

    @Test
    void aBrokerThatRefusesLeavesTheLetterForTheNextCall() {
        String id = "dl-refused-" + UUID.randomUUID();
        deadLetter(id, DeadLetterRequests.TYPE, "RP-7");
        broker().answer(503);

        replay("{\"id\": \"" + id + "\"}")
                .statusCode(503)
                .body("message", startsWith("the broker answered 503 for ce-id " + id));
        assertNull(listed(id).get("replayedAt"));

        broker().answer(202);
        replay("{\"id\": \"" + id + "\"}").statusCode(200).body("replayed", equalTo(1));
        assertNotNull(listed(id).get("replayedAt"));
    }

    @Test
    void aBadRequestIsAnsweredWithTheFieldAndTheProblem() {
        replay("{}").statusCode(400).body("message", startsWith("body: give id, or at least one of"));
        replay("not json").statusCode(400).body("message", startsWith("body: not JSON"));
        replay("[]").statusCode(400).body("message", startsWith("body: must be a JSON object"));
        replay("{\"colour\": \"red\"}").statusCode(400).body("message", startsWith("colour: unknown field"));
        replay("{\"type\": 7}").statusCode(400).body("message", equalTo("type: must be a non-empty string"));
        replay("{\"receivedFrom\": \"yesterday\"}")
                .statusCode(400)
                .body("message", startsWith("receivedFrom: not an ISO-8601 date-time"));
        replay("{\"receivedFrom\": \"2026-12-01T10:00:00Z\", \"receivedTo\": \"2026-12-01T09:00:00Z\"}")
                .statusCode(400)
                .body("message", equalTo("receivedTo: must be after receivedFrom"));
        assertEquals(0, broker().requests().size());
    }
}
