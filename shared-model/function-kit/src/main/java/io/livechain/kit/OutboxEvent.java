package io.livechain.kit;

import java.time.Instant;

/**
 * An event decided in a transaction and stored with it, waiting to be posted to the broker: its
 * payload as the stored JSON text, {@code time} its CloudEvent time.
 */
public record OutboxEvent(String id, String type, String partitionKey, String payload, Instant time) {}
