package io.livechain.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A partner captures a GS1 EPCIS 2.0 receiving document; the inventory API shows what it received
 * under the GTIN and GLN, and the same event captured again in another document counts once.
 */
class EpcisCaptureE2eTest {

    /** GTIN-14 of urn:epc:class:lgtin:4012345.012345.* (indicator 0, check digit 6). */
    private static final String GTIN = "04012345123456";
    /** GLN of urn:epc:id:sgln:9521141.00000.0 (check digit 7, extension 0 = none). */
    private static final String GLN = "9521141000007";

    private static E2eStack e2e;

    @BeforeAll
    static void startStack() {
        e2e = E2eStack.get();
    }

    private static String receiving(String documentId, String eventTime, int quantity) {
        return """
                {"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],
                 "type": "EPCISDocument", "schemaVersion": "2.0", "creationDate": "2026-11-20T09:00:00Z",
                 "id": "%s",
                 "epcisBody": {"eventList": [
                   {"type": "ObjectEvent", "eventTime": "%s", "eventTimeZoneOffset": "+01:00",
                    "action": "OBSERVE", "bizStep": "receiving", "disposition": "in_progress",
                    "epcList": [],
                    "quantityList": [{"epcClass": "urn:epc:class:lgtin:4012345.012345.LOT7", "quantity": %d}],
                    "readPoint": {"id": "urn:epc:id:sgln:9521141.00000.0"},
                    "bizLocation": {"id": "urn:epc:id:sgln:9521141.00000.0"}}]}}""".formatted(documentId, eventTime, quantity);
    }

    private static String capture(String document) {
        return e2e.api()
                .contentType("application/ld+json")
                .body(document)
                .post("/api/epcis/capture")
                .then()
                .statusCode(202)
                .header("Location", startsWith("/api/epcis/capture/"))
                .extract()
                .jsonPath()
                .getString("captureID");
    }

    @Test
    void receivingDocumentShowsInTheInventoryAndARepeatedEventCountsOnce() {
        String captureId = capture(receiving("urn:uuid:doc-1", "2026-11-20T08:00:00Z", 10));
        e2e.api()
                .get("/api/epcis/capture/" + captureId)
                .then()
                .statusCode(200)
                .body("success", equalTo(true))
                .body("running", equalTo(false));

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> e2e.api()
                        .get("/api/inventory/" + GTIN)
                        .then()
                        .statusCode(200)
                        .body("total", equalTo(10))
                        .body("locations.location", hasItem(GLN)));

        capture(receiving("urn:uuid:doc-2-same-event", "2026-11-20T08:00:00Z", 10));
        capture(receiving("urn:uuid:doc-3", "2026-11-20T08:30:00Z", 5));
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(
                        () -> e2e.api().get("/api/inventory/" + GTIN).then().body("total", equalTo(15)));
    }

    @Test
    void documentBreakingTheSchemaIsAFailedJobNamingThePath() {
        String broken = receiving("urn:uuid:doc-bad", "2026-11-20T08:00:00Z", 1).replace("\"OBSERVE\"", "\"MOVE\"");
        String captureId = capture(broken);
        e2e.api()
                .get("/api/epcis/capture/" + captureId)
                .then()
                .statusCode(200)
                .body("success", equalTo(false))
                .body("errors.field", hasItem(startsWith("$.epcisBody.eventList[0]")));
    }
}
