package io.livechain.inventory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.livechain.testsupport.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class InventoryFunctionTest {

    private static final String LEVEL = "io.livechain.inventory.level.v1";
    private static final String SOURCE = "/livechain/inventory";

    @Test
    void binaryMovementRepliesWithLevelInBinaryMode() {
        given().contentType("application/json")
                .header("ce-id", "m-bin-1")
                .header("ce-specversion", "1.0")
                .header("ce-type", "io.livechain.inventory.movement.v1")
                .header("ce-source", "/livechain/scan-ingest")
                .body(Movements.adjustment("FN-BIN", "DC-1", "7", "2026-11-27T06:00:00Z"))
                .post("/")
                .then()
                .statusCode(200)
                .header("ce-type", LEVEL)
                .header("ce-source", SOURCE)
                .header("ce-partitionkey", "FN-BIN|DC-1")
                .body("sku", equalTo("FN-BIN"))
                .body("location", equalTo("DC-1"))
                .body("onHand", equalTo(7))
                .body("previousOnHand", equalTo(0))
                .body("causeId", equalTo("m-bin-1"))
                .body("causeSource", equalTo("/livechain/scan-ingest"))
                .body("applied", equalTo(true));
    }

    @Test
    void aMeasuredQuantityKeepsEveryDigit() {
        // Read as a double, this would be 2.0: quantities are decimals end to end, never floating point.
        given().contentType("application/json")
                .header("ce-id", "m-exact-1")
                .header("ce-specversion", "1.0")
                .header("ce-type", "io.livechain.inventory.movement.v1")
                .header("ce-source", "/livechain/scan-ingest")
                .body(Movements.movement(
                        "FN-EXACT",
                        "DC-1",
                        "ADJUSTMENT",
                        "2.000000000000000000001",
                        "receiving",
                        "2026-11-27T06:00:00Z",
                        "KGM"))
                .post("/")
                .then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.containsString("\"onHand\":2.000000000000000000001"));
    }

    @Test
    void structuredMovementRepliesWithLevelInStructuredMode() {
        String event = """
                {"specversion": "1.0", "id": "m-str-1", "type": "io.livechain.inventory.movement.v1",
                 "source": "/livechain/scan-ingest", "datacontenttype": "application/json", "data": %s}""".formatted(Movements.adjustment("FN-STR", "DC-1", "4", "2026-11-27T06:00:00Z"));
        given().contentType("application/cloudevents+json")
                .body(event)
                .post("/")
                .then()
                .statusCode(200)
                .body("type", equalTo(LEVEL))
                .body("source", equalTo(SOURCE))
                .body("data.onHand", equalTo(4))
                .body("data.causeId", equalTo("m-str-1"));
    }

    @Test
    void movementBreakingItsSchemaIsRejectedWithTheField() {
        given().contentType("application/json")
                .header("ce-id", "m-bad-1")
                .header("ce-specversion", "1.0")
                .header("ce-type", "io.livechain.inventory.movement.v1")
                .header("ce-source", "/test")
                .body("{\"sku\": \"X\", \"location\": \"DC-1\", \"kind\": \"TELEPORT\", \"quantity\": 1,"
                        + " \"bizStep\": \"receiving\", \"eventTime\": \"2026-11-27T06:00:00Z\"}")
                .post("/")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("kind"));
    }

    @Test
    void nonJsonDataIsUnsupportedMediaType() {
        given().contentType("text/plain")
                .header("ce-id", "m-txt-1")
                .header("ce-specversion", "1.0")
                .header("ce-type", "io.livechain.inventory.movement.v1")
                .header("ce-source", "/test")
                .body("SKU 7 DC-1")
                .post("/")
                .then()
                .statusCode(415)
                .body("errors.field", hasItem("datacontenttype"));
    }

    /** Funqy passes a binary-mode event without ce-source on; the ledger's key needs it (was a 500). */
    @Test
    void movementWithoutSourceIsRejectedNamingTheAttribute() {
        given().contentType("application/json")
                .header("ce-id", "m-nosource-1")
                .header("ce-specversion", "1.0")
                .header("ce-type", "io.livechain.inventory.movement.v1")
                .body(Movements.adjustment("FN-NOSOURCE", "DC-1", "1", "2026-11-27T06:00:00Z"))
                .post("/")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("source"));
    }

    /** RFC 3339 allows the year 0000; PostgreSQL has no year 0 (was a 500). */
    @Test
    void movementStampedInTheYearZeroIsRejected() {
        given().contentType("application/json")
                .header("ce-id", "m-year0-1")
                .header("ce-specversion", "1.0")
                .header("ce-type", "io.livechain.inventory.movement.v1")
                .header("ce-source", "/test")
                .body(Movements.adjustment("FN-YEAR0", "DC-1", "1", "0000-01-01T00:00:00Z"))
                .post("/")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("eventTime"));
    }

    /** The reply's partition key is a header: a line break in it failed the reply (500) after the movement was applied. */
    @Test
    void aSkuWithALineBreakIsAppliedAndItsReplyKeyIsEncoded() {
        given().contentType("application/json")
                .header("ce-id", "m-crlf-1")
                .header("ce-specversion", "1.0")
                .header("ce-type", "io.livechain.inventory.movement.v1")
                .header("ce-source", "/test")
                .body(Movements.adjustment("FN-CRLF\\r\\nX", "DC-1", "2", "2026-11-27T06:00:00Z"))
                .post("/")
                .then()
                .statusCode(200)
                .header("ce-partitionkey", "FN-CRLF%0D%0AX|DC-1")
                .body("sku", equalTo("FN-CRLF\r\nX"))
                .body("onHand", equalTo(2));
    }

    /** PostgreSQL's text holds no U+0000: the insert failed (500). */
    @Test
    void aSkuWithANulIsRejected() {
        given().contentType("application/json")
                .header("ce-id", "m-nul-1")
                .header("ce-specversion", "1.0")
                .header("ce-type", "io.livechain.inventory.movement.v1")
                .header("ce-source", "/test")
                .body(Movements.adjustment("FN-NUL\\u0000", "DC-1", "1", "2026-11-27T06:00:00Z"))
                .post("/")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("sku"));
    }
}
