package io.livechain.kit;

import java.time.Instant;

/**
 * An event decided in a transaction and stored with it, waiting to be posted to the broker: its
 * payload as the stored JSON text, {@code time} its CloudEvent time, {@code traceparent} the handling
 * that decided it (its cause's {@link TraceParent#of}; null for none), stored with it so a post long
 * after, by a redelivery or the sweep, still continues that trace.
 */
public record OutboxEvent(
        String id, String type, String partitionKey, String payload, Instant time, String traceparent) {}
