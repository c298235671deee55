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
}
