package io.livechain.readapi.deadletters;

import static io.livechain.readapi.deadletters.DeadLetterRequests.ERROR_BODY;
import static io.livechain.readapi.deadletters.DeadLetterRequests.ERROR_DEST;
import static io.livechain.readapi.deadletters.DeadLetterRequests.SOURCE;
import static io.livechain.readapi.deadletters.DeadLetterRequests.STRUCTURED;
import static io.livechain.readapi.deadletters.DeadLetterRequests.TYPE;
import static io.livechain.readapi.deadletters.DeadLetterRequests.binaryHeaders;
import static io.livechain.readapi.deadletters.DeadLetterRequests.movement;
import static io.livechain.readapi.deadletters.DeadLetterRequests.structured;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechain.readapi.access.Roles;
import io.livechain.readapi.owners.OwnersMigratedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Dead letters POSTed as the KafkaSource on the dead-letter topic delivers them, stored in a real
 * PostgreSQL, read back over HTTP.
 */
// Every role: these tests are about behaviour; AccessTest checks who may do what with real tokens.
@TestSecurity(
        user = "tester",
        roles = {Roles.VIEWER, Roles.OPERATOR, Roles.INTEGRATOR})
@QuarkusTest
@QuarkusTestResource(OwnersMigratedPostgresResource.class)
class DeadLetterResourceTest {

    private static void postBinary(String id, String data) {
        given().headers(binaryHeaders(id))
                .body(data)
                .post("/deadletters")
                .then()
                .statusCode(202);
    }

    private static List<Map<String, Object>> deadLetters() {
        return given().queryParam("limit", 1000)
                .get("/api/deadletters")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
    }

    private static List<Map<String, Object>> withId(String id) {
        return deadLetters().stream()
                .filter(letter -> id.equals(letter.get("id")))
                .toList();
    }

    private static Map<String, Object> listed(String id) {
        List<Map<String, Object>> letters = withId(id);
        assertEquals(1, letters.size(), id + " listed " + letters.size() + " times");
        return letters.get(0);
    }

    @Test
    @SuppressWarnings("unchecked")
    void binaryDeadLetterIsListedWithTheSubscribersDecodedError() {
        postBinary("dl-binary-1", movement("FN-1"));

        Map<String, Object> letter = listed("dl-binary-1");
        assertEquals(SOURCE, letter.get("source"));
        assertEquals(TYPE, letter.get("type"));
        assertEquals("2026-11-27T06:00:00Z", letter.get("time"));
        assertEquals(400, letter.get("errorCode"));
        assertEquals(ERROR_DEST, letter.get("errorDestination"));
        assertEquals(ERROR_BODY, letter.get("errorData"));
        assertEquals("application/json", letter.get("datacontenttype"));
        assertEquals("FN-1", ((Map<String, Object>) letter.get("data")).get("sku"));
        assertEquals(Map.of("partitionkey", "FN-1|DC-1"), letter.get("extensions"));
        assertFalse(letter.containsKey("subject"));
        assertNotNull(letter.get("receivedAt"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void structuredDeadLetterIsListedWithItsAttributes() {
        given().contentType(STRUCTURED)
                .body(structured("dl-structured-1", movement("FN-2")))
                .post("/deadletters")
                .then()
                .statusCode(202);

        Map<String, Object> letter = listed("dl-structured-1");
        assertEquals(TYPE, letter.get("type"));
        assertEquals("FN-2", letter.get("subject"));
        assertEquals(503, letter.get("errorCode"));
        assertEquals(ERROR_DEST, letter.get("errorDestination"));
        assertNull(letter.get("errorData"));
        assertNull(letter.get("time"));
        assertEquals("FN-2", ((Map<String, Object>) letter.get("data")).get("sku"));
        assertEquals(
                Map.of("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"),
                letter.get("extensions"));
    }

    @Test
    void recordThatWasNoCloudEventArrivesWrappedByTheSourceAndIsKept() {
        given().header("ce-specversion", "1.0")
                .header("ce-id", "partition:1/offset:42")
                .header(
                        "ce-source",
                        "/apis/v1/namespaces/livechain/kafkasources/livechain-deadletters#livechain-deadletters")
                .header("ce-type", "dev.knative.kafka.event")
                .header("ce-kafkaheaderorigin", "legacy")
                .contentType("text/plain")
                .body("not a cloud event")
                .post("/deadletters")
                .then()
                .statusCode(202);

        Map<String, Object> letter = listed("partition:1/offset:42");
        assertEquals("dev.knative.kafka.event", letter.get("type"));
        assertEquals("not a cloud event", letter.get("data"));
        assertEquals(Map.of("kafkaheaderorigin", "legacy"), letter.get("extensions"));
        assertNull(letter.get("errorCode"));
    }

    @Test
    void requestThatIsNoCloudEventIsRejectedNamingTheMissingAttributeAndNotStored() {
        Map<String, String> headers = binaryHeaders("dl-no-source");
        headers.remove("ce-source");

        given().headers(headers)
                .body(movement("FN-6"))
                .post("/deadletters")
                .then()
                .statusCode(400)
                .body("status", equalTo(400))
                .body("message", equalTo("ce-source: is required"));
        given().contentType(STRUCTURED)
                .body("{broken")
                .post("/deadletters")
                .then()
                .statusCode(400)
                .body("message", org.hamcrest.Matchers.startsWith("body: "));
        assertTrue(withId("dl-no-source").isEmpty());
    }

    @Test
    void redeliveredDeadLetterIsListedOnce() {
        postBinary("dl-twice-1", movement("FN-3"));
        postBinary("dl-twice-1", movement("FN-3"));

        listed("dl-twice-1");
    }

    @Test
    void newestIsListedFirst() {
        postBinary("dl-order-1", movement("FN-4"));
        postBinary("dl-order-2", movement("FN-4"));
        postBinary("dl-order-3", movement("FN-4"));

        List<Object> ids =
                deadLetters().stream().map(letter -> letter.get("id")).toList();
        assertTrue(ids.indexOf("dl-order-3") < ids.indexOf("dl-order-2"), ids::toString);
        assertTrue(ids.indexOf("dl-order-2") < ids.indexOf("dl-order-1"), ids::toString);
        assertTrue(ids.indexOf("dl-order-1") >= 0, ids::toString);
    }

    @Test
    void limitBoundsTheList() {
        postBinary("dl-limit-1", movement("FN-5"));
        postBinary("dl-limit-2", movement("FN-5"));

        List<Map<String, Object>> newest = given().queryParam("limit", 1)
                .get("/api/deadletters")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        assertEquals(1, newest.size());
    }
}
