package io.livechain.notify;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A CloudEvent as it arrived, kept whole: the webhook channel forwards it unchanged, and deliveries
 * are keyed by its source and id so a redelivery is recognised.
 *
 * @param time may be null, as may {@code subject} and {@code dataSchema}
 * @param extensions extension attributes by name (e.g. partitionkey, traceparent)
 * @param data the schema-valid event data
 */
public record ReceivedEvent(
        String id,
        String source,
        String type,
        OffsetDateTime time,
        String subject,
        String dataSchema,
        Map<String, String> extensions,
        JsonNode data) {}
