package io.livechain.scaningest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.livechain.testsupport.BrokerSinkResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** EPCIS 2.0 in as a CloudEvent; its movements posted to the broker, deduplicated by event hash. */
@QuarkusTest
@QuarkusTestResource(
        value = BrokerSinkResource.class,
        initArgs = @ResourceArg(name = "property", value = "livechain.scan-ingest.sink"))
class EpcisIngestFunctionTest {

    private static final String EPCIS = "io.livechain.epcis.v2";
    private static final String MOVEMENT = "io.livechain.inventory.movement.v1";

    @BeforeEach
    void reset() {
        BrokerSinkResource.sink().answer(202);
        BrokerSinkResource.sink().clear();
    }

    /** One receiving ObjectEvent of 10 units of LGTIN 4012345.012345 at SGLN 9521141.00000.0. */
    private static String document(String id, String action) {
        return """
                {"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],
                 "type": "EPCISDocument", "schemaVersion": "2.0", "creationDate": "2026-11-20T09:00:00Z", "id": "%s",
                 "epcisBody": {"eventList": [
                   {"type": "ObjectEvent", "eventTime": "2026-11-20T08:00:00Z", "eventTimeZoneOffset": "+01:00",
                    "action": "%s", "bizStep": "receiving", "epcList": [],
                    "quantityList": [{"epcClass": "urn:epc:class:lgtin:4012345.012345.LOT7", "quantity": 10}],
                    "bizLocation": {"id": "urn:epc:id:sgln:9521141.00000.0"}}]}}""".formatted(id, action);
    }

    private static ValidatableResponse post(String id, String contentType, String data) {
        return given().contentType(contentType)
                .header("ce-id", id)
                .header("ce-specversion", "1.0")
                .header("ce-type", EPCIS)
                .header("ce-source", "/partners/acme")
                .body(data)
                .post("/")
                .then();
    }

    private static List<JsonPath> movements() {
        return BrokerSinkResource.sink().requests().stream()
                .map(r -> JsonPath.from(r.body()))
                .filter(e -> MOVEMENT.equals(e.getString("type")))
                .toList();
    }

    @Test
    void receivingDocumentBecomesAMovementOnTheGtinAndGln() {
        post("doc-1", "application/ld+json", document("urn:uuid:1", "OBSERVE")).statusCode(204);

        List<JsonPath> movements = movements();
        assertEquals(1, movements.size());
        JsonPath movement = movements.get(0);
        assertEquals("04012345123456", movement.getString("data.sku"));
        assertEquals("9521141000007", movement.getString("data.location"));
        assertEquals(10, movement.getInt("data.quantity"));
        assertEquals("ADJUSTMENT", movement.getString("data.kind"));
        assertEquals("/livechain/scan-ingest", movement.getString("source"));
        assertEquals("04012345123456|9521141000007", movement.getString("partitionkey"));
    }

    @Test
    void sameEpcisEventInAnotherDocumentGetsTheSameMovementId() {
        post("doc-a", "application/json", document("urn:uuid:a", "OBSERVE")).statusCode(204);
        post("doc-b", "application/ld+json", document("urn:uuid:b-other-document", "OBSERVE"))
                .statusCode(204);

        List<JsonPath> movements = movements();
        assertEquals(2, movements.size());
        assertEquals(movements.get(0).getString("id"), movements.get(1).getString("id"));
    }

    @Test
    void structuredModeWorksToo() {
        String event = """
                {"specversion": "1.0", "id": "doc-s", "type": "%s", "source": "/partners/acme",
                 "datacontenttype": "application/ld+json", "data": %s}""".formatted(EPCIS, document("urn:uuid:s", "OBSERVE"));
        given().contentType("application/cloudevents+json")
                .body(event)
                .post("/")
                .then()
                .statusCode(204);
        assertEquals(1, movements().size());
    }

    @Test
    void documentBreakingTheSchemaIsRejectedWholeNamingThePath() {
        post("doc-bad", "application/ld+json", document("urn:uuid:bad", "MOVE"))
                .statusCode(400)
                .body("errors.field", hasItem(startsWith("$.epcisBody.eventList[0]")));
        assertEquals(0, movements().size());
    }

    @Test
    void nonJsonDataIs415() {
        post("doc-xml", "application/xml", "<epcis/>").statusCode(415);
    }

    @Test
    void brokerDownIs503SoTheBrokerRetries() {
        BrokerSinkResource.sink().answer(503);
        post("doc-down", "application/ld+json", document("urn:uuid:down", "OBSERVE"))
                .statusCode(503);
    }

    /** Funqy hands a byte[] function no data for an empty body but fails reading it (was a 500). */
    @Test
    void aDocumentWithoutDataIsRefusedSayingSo() {
        given().contentType("application/json")
                .header("ce-id", "e-no-data")
                .header("ce-specversion", "1.0")
                .header("ce-type", EPCIS)
                .header("ce-source", "/partners/acme")
                .post("/")
                .then()
                .statusCode(400)
                .body("message", equalTo("data: is required"));
    }

    @Test
    void aNumberNoDecimalHoldsIsRefusedNotAFailure() {
        // Read as BigDecimal (ExactNumbers), an exponent beyond 2^31 fits nothing: the sender's fault, not ours.
        given().contentType("application/json")
                .header("ce-id", "e-huge-exponent")
                .header("ce-specversion", "1.0")
                .header("ce-type", EPCIS)
                .header("ce-source", "/partners/acme")
                .body("{\"type\": 1E-2147483649, \"schemaVersion\": \"2.0\"}")
                .post("/")
                .then()
                .statusCode(400)
                .body("message", org.hamcrest.Matchers.startsWith("data: holds a number out of range"));
    }
}
