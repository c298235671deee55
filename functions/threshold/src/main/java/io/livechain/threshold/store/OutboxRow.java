package io.livechain.threshold.store;

import java.time.Instant;

/**
 * An event decided in a transaction, waiting to be posted to the broker: its payload as the JSON text
 * stored, {@code createdAt} in whole microseconds, as stored.
 */
public record OutboxRow(String eventId, String eventType, String partitionKey, String payload, Instant createdAt) {
}
