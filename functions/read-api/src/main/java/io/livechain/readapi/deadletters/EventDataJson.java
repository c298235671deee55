package io.livechain.readapi.deadletters;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Event data bytes as a JSON value for listing: the JSON itself when the bytes are one JSON
 * document, else the UTF-8 text as a string, else (binary data) the bytes base64-encoded.
 */
final class EventDataJson {

    private final ObjectReader reader;

    EventDataJson(ObjectMapper mapper) {
        // "12 apples" must stay text, not become the number 12.
        this.reader = mapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** Null for no or empty data. */
    JsonNode toJson(byte[] data) {
        if (data == null || data.length == 0) {
            return null;
        }
        try {
            JsonNode json = reader.readTree(data);
            if (json != null && !json.isMissingNode()) {
                return json;
            }
        } catch (IOException notJson) {
            // falls through to text
        }
        try {
            return TextNode.valueOf(StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(data))
                    .toString());
        } catch (CharacterCodingException binary) {
            return TextNode.valueOf(Base64.getEncoder().encodeToString(data));
        }
    }
}
