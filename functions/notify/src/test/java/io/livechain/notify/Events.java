package io.livechain.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.Map;

/** Event data of each type notify takes, for tests. */
public final class Events {

    public static final String SOURCE = "/livechain/threshold";
    public static final String TIME = "2026-11-27T06:00:05Z";
    private static final ObjectMapper MAPPER =
            JsonMapper.builder().addModule(new JavaTimeModule()).build();

    private Events() {}

    public static String alertRaised(String alertId, String severity) {
        return """
                {"alertId": "%s", "dedupKey": "reefer-7/cold-chain-temperature", "assetId": "reefer-7",
                 "shipmentId": "SHP-1", "rule": "cold-chain-temperature", "severity": "%s",
                 "summary": "temperature 9.4 CEL above 8 CEL for 10 min", "raisedAt": "2026-11-27T06:00:00Z",
                 "readings": [{"deviceId": "dev-1", "assetId": "reefer-7", "metric": "temperature", "value": 9.4,
                   "unit": "CEL", "time": "2026-11-27T05:59:00Z"}]}""".formatted(alertId, severity);
    }

    public static String alertResolved(String alertId) {
        return """
                {"alertId": "%s", "dedupKey": "reefer-7/cold-chain-temperature", "assetId": "reefer-7",
                 "rule": "cold-chain-temperature", "summary": "temperature back to 5.1 CEL",
                 "resolvedAt": "2026-11-27T06:30:00Z"}""".formatted(alertId);
    }

    public static String maintenanceRequested(String requestId) {
        return """
                {"requestId": "%s", "dedupKey": "press-4/vibration", "assetId": "press-4", "metric": "vibration",
                 "reason": "anomaly score 4.2 over 24 h", "value": 7.9, "baseline": 3.1, "zScore": 4.2,
                 "requestedAt": "2026-11-27T07:00:00Z"}""".formatted(requestId);
    }

    public static String rerouteRequested(String shipmentId) {
        return """
                {"shipmentId": "%s", "assetId": "reefer-7", "alertId": "a-1",
                 "dedupKey": "reefer-7/cold-chain-temperature", "rule": "cold-chain-temperature",
                 "profile": "pharma-2-8", "requiredCapability": "cold-storage", "reason": "temperature excursion",
                 "requestedAt": "2026-11-27T06:01:00Z"}""".formatted(shipmentId);
    }

    public static String shipmentRerouted(String shipmentId) {
        return """
                {"shipmentId": "%s", "oldRoute": ["DC-HAM", "DC-BER"], "newRoute": ["DC-HAM", "CS-HAN", "DC-BER"],
                 "etaChangeMinutes": 45, "reason": "cold storage at CS-HAN", "conditionIds": ["c-9"]}""".formatted(shipmentId);
    }

    /** The event as the function hands it on: from {@link #SOURCE} at {@link #TIME} with a partition key. */
    public static ReceivedEvent received(String id, String type, String data) {
        return new ReceivedEvent(
                id,
                SOURCE,
                type,
                OffsetDateTime.parse(TIME),
                null,
                null,
                Map.of("partitionkey", "reefer-7"),
                json(data));
    }

    public static <T> T record(String data, Class<T> type) {
        try {
            return MAPPER.treeToValue(json(data), type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
