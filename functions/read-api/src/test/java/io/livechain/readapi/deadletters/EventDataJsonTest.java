package io.livechain.readapi.deadletters;

import static io.livechain.readapi.deadletters.DeadLetterRequests.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class EventDataJsonTest {

    private final EventDataJson dataJson = new EventDataJson(new ObjectMapper());

    @Test
    void jsonDataIsEmbeddedAsJson() {
        JsonNode data = dataJson.toJson(utf8("{\"sku\": \"FN-1\"}"));

        assertEquals("FN-1", data.get("sku").asText());
    }

    @Test
    void textStartingLikeJsonStaysText() {
        JsonNode data = dataJson.toJson(utf8("12 apples"));

        assertTrue(data.isTextual());
        assertEquals("12 apples", data.asText());
    }

    @Test
    void bytesThatAreNotTextAreBase64() {
        assertEquals("/wA=", dataJson.toJson(new byte[] {(byte) 0xff, 0}).asText());
    }

    @Test
    void noDataIsNull() {
        assertNull(dataJson.toJson(new byte[0]));
    }
}
