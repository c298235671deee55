package io.livechain.readapi.deadletters;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;

/**
 * A dead letter as listed: its attributes, {@code data} embedded as JSON when it is JSON and as a
 * string otherwise, when it arrived, and when it was last replayed ({@code replayedAt}, null until then;
 * null again when it died again after that). {@code subject} is left out when the event had none.
 */
public record StoredDeadLetter(
        String id,
        String source,
        String type,
        Instant time,
        Integer errorCode,
        String errorDestination,
        String errorData,
        @JsonInclude(JsonInclude.Include.NON_NULL) String subject,
        String datacontenttype,
        JsonNode data,
        Map<String, String> extensions,
        Instant receivedAt,
        Instant replayedAt) {}
