package io.livechain.readapi.deadletters;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Set;

/**
 * Which dead letters {@code POST /api/deadletters/replay} posts back to the broker: one by {@code id}
 * (and {@code source} when ids repeat across sources), or all that match {@code type}, {@code source}
 * and the time they arrived ({@code receivedFrom} inclusive, {@code receivedTo} exclusive, ISO-8601).
 * At least one is required: replaying everything by accident would flood the broker.
 */
public record ReplayRequest(
        String id, String source, String type, OffsetDateTime receivedFrom, OffsetDateTime receivedTo) {

    private static final Set<String> FIELDS = Set.of("id", "source", "type", "receivedFrom", "receivedTo");

    /** Reads a request body; a bad one is an {@link InvalidReplayRequestException} naming the field. */
    public static ReplayRequest parse(byte[] body, ObjectMapper mapper) {
        JsonNode json;
        try {
            json = body == null || body.length == 0 ? null : mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw new InvalidReplayRequestException("body", "not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidReplayRequestException("body", "unreadable: " + e.getMessage());
        }
        if (json == null || !json.isObject()) {
            throw new InvalidReplayRequestException(
                    "body", "must be a JSON object with id, source, type, receivedFrom or receivedTo");
        }
        for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new InvalidReplayRequestException(name, "unknown field; use " + String.join(", ", FIELDS));
            }
        }
        ReplayRequest request = new ReplayRequest(
                text(json, "id"),
                text(json, "source"),
                text(json, "type"),
                instant(json, "receivedFrom"),
                instant(json, "receivedTo"));
        if (request.id == null
                && request.source == null
                && request.type == null
                && request.receivedFrom == null
                && request.receivedTo == null) {
            throw new InvalidReplayRequestException(
                    "body", "give id, or at least one of source, type, receivedFrom, receivedTo");
        }
        if (request.receivedFrom != null
                && request.receivedTo != null
                && !request.receivedFrom.isBefore(request.receivedTo)) {
            throw new InvalidReplayRequestException("receivedTo", "must be after receivedFrom");
        }
        return request;
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new InvalidReplayRequestException(field, "must be a non-empty string");
        }
        return value.asText();
    }

    private static OffsetDateTime instant(JsonNode json, String field) {
        String value = text(json, field);
        try {
            return value == null ? null : OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidReplayRequestException(
                    field, "not an ISO-8601 date-time with offset (e.g. 2026-12-01T10:00:00Z): " + value);
        }
    }
}
