package io.livechain.readapi.deadletters;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/** The data of a structured-mode envelope as bytes: {@code data_base64} decoded, or {@code data}. */
final class StructuredData {

    private static final String DATA = "data";
    private static final String DATA_BASE64 = "data_base64";

    private StructuredData() {}

    static boolean isDataField(String name) {
        return DATA.equals(name) || DATA_BASE64.equals(name);
    }

    /** Null when the envelope has no data; text data as its UTF-8 bytes, JSON data as JSON. */
    static byte[] bytes(JsonNode envelope, ObjectMapper mapper) {
        JsonNode base64 = envelope.get(DATA_BASE64);
        if (base64 != null && base64.isTextual()) {
            try {
                return Base64.getDecoder().decode(base64.asText());
            } catch (IllegalArgumentException e) {
                throw new InvalidDeadLetterException(DATA_BASE64, "is not base64: " + e.getMessage());
            }
        }
        JsonNode data = envelope.get(DATA);
        if (data == null || data.isNull()) {
            return null;
        }
        if (data.isTextual()
                && !isJson(envelope.path(CloudEventAttributes.DATACONTENTTYPE).asText(null))) {
            return data.asText().getBytes(StandardCharsets.UTF_8);
        }
        try {
            return mapper.writeValueAsBytes(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parsed JSON tree did not serialise", e);
        }
    }

    /** A structured envelope without datacontenttype carries JSON data. */
    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return true;
        }
        String base = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return base.equals("application/json") || base.endsWith("+json");
    }
}
