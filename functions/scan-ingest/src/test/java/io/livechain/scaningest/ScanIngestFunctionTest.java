package io.livechain.scaningest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ScanIngestFunctionTest {

    private static final String MOVEMENT = "io.livechain.inventory.movement.v1";
    private static final String SOURCE = "/livechain/scan-ingest";

    private static String scan(String quantity, String bizStep) {
        return """
                {"sku": "SKU-42", "location": "DC-BER", "quantity": %s, "bizStep": "%s",
                 "eventTime": "2026-11-27T06:00:00Z", "lot": "L1"}""".formatted(quantity, bizStep);
    }

    private static ValidatableResponse postBinary(String id, String data) {
        return given().contentType("application/json")
                .header("ce-id", id)
                .header("ce-specversion", "1.0")
                .header("ce-type", "io.livechain.scan.v1")
                .header("ce-source", "/dock/7")
                .body(data)
                .post("/")
                .then();
    }

    private static ValidatableResponse postStructured(String id, String data) {
        String event = """
                {"specversion": "1.0", "id": "%s", "type": "io.livechain.scan.v1", "source": "/dock/7",
                 "datacontenttype": "application/json", "data": %s}""".formatted(id, data);
        return given().contentType("application/cloudevents+json")
                .body(event)
                .post("/")
                .then();
    }

    @Test
    void binaryScanRepliesWithMovementInBinaryMode() {
        postBinary("b-1", scan("5", "receiving"))
                .statusCode(200)
                .header("ce-type", MOVEMENT)
                .header("ce-source", SOURCE)
                .header("ce-id", notNullValue())
                .header("ce-partitionkey", "SKU-42|DC-BER")
                .body("sku", equalTo("SKU-42"))
                .body("location", equalTo("DC-BER"))
                .body("kind", equalTo("ADJUSTMENT"))
                .body("quantity", equalTo(5))
                .body("bizStep", equalTo("receiving"))
                .body("scanSource", equalTo("/dock/7"))
                .body("scanId", equalTo("b-1"));
    }

    @Test
    void structuredScanRepliesWithMovementInStructuredMode() {
        postStructured("s-1", scan("3", "urn:epcglobal:cbv:bizstep:shipping"))
                .statusCode(200)
                .body("type", equalTo(MOVEMENT))
                .body("source", equalTo(SOURCE))
                .body("datacontenttype", equalTo("application/json"))
                .body("data.quantity", equalTo(-3))
                .body("data.bizStep", equalTo("shipping"))
                .body("data.scanId", equalTo("s-1"));
    }

    @Test
    void redeliveredScanGetsTheSameReplyId() {
        String first = postBinary("dup-1", scan("1", "receiving")).extract().header("ce-id");
        postBinary("dup-1", scan("1", "receiving")).header("ce-id", equalTo(first));
        postBinary("dup-2", scan("1", "receiving")).header("ce-id", org.hamcrest.Matchers.not(equalTo(first)));
    }

    @Test
    void measuredQuantityKeepsItsDecimalsAndUnit() {
        postBinary("kg-1", """
                {"sku": "FLOUR", "location": "DC-BER", "quantity": 12.5, "uom": "KGM", "bizStep": "receiving",
                 "eventTime": "2026-11-27T06:00:00Z"}""").statusCode(200).body("uom", equalTo("KGM")).body("quantity", equalTo(12.5f));
    }

    @Test
    void missingFieldIsNamed() {
        postBinary(
                        "bad-1",
                        "{\"location\": \"DC\", \"quantity\": 1, \"bizStep\": \"receiving\", "
                                + "\"eventTime\": \"2026-11-27T06:00:00Z\"}")
                .statusCode(400)
                .body("errors.field", hasItem("sku"))
                .body("message", containsString("sku"));
    }

    @Test
    void mistypedFieldIsNamed() {
        postBinary("bad-2", scan("\"five\"", "receiving")).statusCode(400).body("errors.field", hasItem("quantity"));
    }

    @Test
    void negativeQuantityIsRejected() {
        postBinary("bad-3", scan("-2", "receiving")).statusCode(400).body("errors.field", hasItem("quantity"));
    }

    @Test
    void fractionalCountWithoutUomIsRejected() {
        postBinary("bad-4", scan("1.5", "receiving"))
                .statusCode(400)
                .body("errors.field", hasItem("quantity"))
                .body("message", containsString("whole"));
    }

    @Test
    void zeroQuantityIsRejectedButAZeroCycleCountIsNot() {
        postBinary("bad-5", scan("0", "shipping")).statusCode(400).body("errors.field", hasItem("quantity"));
        postBinary("ok-5", scan("0", "cycle_counting")).statusCode(200).body("kind", equalTo("COUNT"));
    }

    @Test
    void unknownBizStepIsRejected() {
        postBinary("bad-6", scan("1", "teleporting")).statusCode(400).body("errors.field", hasItem("bizStep"));
    }

    @Test
    void unparseableTimeIsRejected() {
        postBinary("bad-7", scan("1", "receiving").replace("2026-11-27T06:00:00Z", "yesterday"))
                .statusCode(400)
                .body("errors.field", hasItem("eventTime"));
    }

    @Test
    void farFutureTimeIsRejected() {
        String nextWeek = Instant.now()
                .plus(7, ChronoUnit.DAYS)
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
        postBinary("bad-8", scan("1", "receiving").replace("2026-11-27T06:00:00Z", nextWeek))
                .statusCode(400)
                .body("errors.field", hasItem("eventTime"))
                .body("message", containsString("future"));
    }

    @Test
    void malformedJsonIsRejectedInBothModes() {
        postBinary("bad-9", "{\"sku\": ")
                .statusCode(400)
                .body("errors.field", hasItem("data"))
                .body("message", containsString("malformed JSON"));
        given().contentType("application/cloudevents+json")
                .body("{\"specversion\": ")
                .post("/")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("data"));
    }

    @Test
    void payloadOver256KiBIsRejected() {
        String padding = "x".repeat(300 * 1024);
        postBinary("bad-10", scan("1", "receiving").replace("\"L1\"", "\"" + padding + "\""))
                .statusCode(400)
                .body("errors.field", hasItem("data"))
                .body("message", containsString("256 KiB"));
    }

    @Test
    void nonJsonDataIsUnsupportedMediaType() {
        given().contentType("text/plain")
                .header("ce-id", "txt-1")
                .header("ce-specversion", "1.0")
                .header("ce-type", "io.livechain.scan.v1")
                .header("ce-source", "/dock/7")
                .body("SKU-42 x5")
                .post("/")
                .then()
                .statusCode(415)
                .body("errors.field", hasItem("datacontenttype"));
    }

    /** Funqy passed these on to the function (missing attributes), or answered 404 without a word. */
    @Test
    void requestsThatAreNoCloudEventAreRefusedNamingWhatIsMissing() {
        given().contentType("application/json")
                .header("ce-id", "no-spec-1")
                .header("ce-type", "io.livechain.scan.v1")
                .header("ce-source", "/dock/7")
                .body(scan("5", "receiving"))
                .post("/")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("specversion"));
        given().contentType("application/json")
                .header("ce-id", "bad-time-1")
                .header("ce-specversion", "1.0")
                .header("ce-type", "io.livechain.scan.v1")
                .header("ce-source", "/dock/7")
                .header("ce-time", "yesterday")
                .body(scan("5", "receiving"))
                .post("/")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("time"));
        given().contentType("application/json")
                .header("ce-specversion", "1.0")
                .header("ce-type", "io.livechain.scan.v1")
                .header("ce-source", "/dock/7")
                .body(scan("5", "receiving"))
                .post("/")
                .then()
                .statusCode(404)
                .body("errors.field", hasItem("id"));
        // Structured, without the type Funqy routes by (was a NullPointerException inside Funqy: 500).
        given().contentType("application/cloudevents+json")
                .body("""
                        {"specversion": "1.0", "id": "no-type-1", "source": "/dock/7",
                         "datacontenttype": "application/json", "data": %s}""".formatted(scan("5", "receiving")))
                .post("/")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("data"));
    }

    @Test
    void anUnknownTypeIsRefusedNamingTheType() {
        given().contentType("application/json")
                .header("ce-id", "unknown-1")
                .header("ce-specversion", "1.0")
                .header("ce-type", "io.livechain.scan.v2")
                .header("ce-source", "/dock/7")
                .body(scan("5", "receiving"))
                .post("/")
                .then()
                .statusCode(404)
                .body("message", containsString("io.livechain.scan.v2"));
    }

    /** Was a 415 saying that application/json is not supported. */
    @Test
    void anEventWithoutDataIsRefusedSayingSo() {
        given().contentType("application/json")
                .header("ce-id", "no-data-1")
                .header("ce-specversion", "1.0")
                .header("ce-type", "io.livechain.scan.v1")
                .header("ce-source", "/dock/7")
                .post("/")
                .then()
                .statusCode(400)
                .body("message", equalTo("data: is required"));
    }

    @Test
    void aNumberNoDecimalHoldsIsRefusedNamingTheData() {
        // Funqy's parser reads fractions as BigDecimal (ExactNumbers) and fails on an exponent beyond 2^31.
        given().contentType("application/json")
                .header("ce-id", "huge-exponent-1")
                .header("ce-specversion", "1.0")
                .header("ce-type", "io.livechain.scan.v1")
                .header("ce-source", "/dock/7")
                .body("{\"sku\": \"S\", \"location\": \"DC-1\", \"quantity\": 1E-2147483649,"
                        + " \"bizStep\": \"receiving\", \"eventTime\": \"2026-11-20T06:00:00Z\"}")
                .post("/")
                .then()
                .statusCode(400)
                .body("message", org.hamcrest.Matchers.startsWith("data: holds a number out of range"));
    }
}
