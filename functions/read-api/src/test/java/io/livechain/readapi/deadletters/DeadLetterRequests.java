package io.livechain.readapi.deadletters;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** Dead letters as the KafkaSource on the dead-letter topic POSTs them to /deadletters, for tests. */
final class DeadLetterRequests {

    static final String SOURCE = "/livechain/scan-ingest";
    static final String TYPE = "io.livechain.inventory.movement.v1";
    static final String ERROR_DEST = "http://inventory.livechain.svc.cluster.local";
    static final String ERROR_BODY = "{\"status\":400,\"message\":\"quantity: is required\"}";

    private DeadLetterRequests() {}

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String movement(String sku) {
        return "{\"sku\": \"" + sku + "\", \"location\": \"DC-1\", \"kind\": \"ADJUSTMENT\"}";
    }

    /** Binary content mode: attributes in ce- headers (the body is the data). */
    static Map<String, String> binaryHeaders(String id) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce-specversion", "1.0");
        headers.put("ce-id", id);
        headers.put("ce-source", SOURCE);
        headers.put("ce-type", TYPE);
        headers.put("ce-time", "2026-11-27T06:00:00Z");
        headers.put("ce-partitionkey", "FN-1|DC-1");
        headers.put("ce-knativeerrorcode", "400");
        headers.put("ce-knativeerrordest", ERROR_DEST);
        headers.put("ce-knativeerrordata", Base64.getEncoder().encodeToString(utf8(ERROR_BODY)));
        headers.put("Content-Type", "application/json");
        return headers;
    }

    /** Structured content mode: one JSON envelope as the body, of {@link #STRUCTURED}. */
    static String structured(String id, String data) {
        return """
                {"specversion": "1.0", "id": "%s", "source": "%s", "type": "%s", "subject": "FN-2",
                 "datacontenttype": "application/json", "knativeerrorcode": "503", "knativeerrordest": "%s",
                 "traceparent": "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", "data": %s}""".formatted(id, SOURCE, TYPE, ERROR_DEST, data);
    }

    static final String STRUCTURED = "application/cloudevents+json; charset=UTF-8";
}
