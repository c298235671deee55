package io.livechain.readapi.alerts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * An alert of the threshold function as listed. {@code acknowledged} is true once anyone acked it;
 * {@code shipmentId}, {@code resolvedAt}, {@code ackedAt} and {@code ackedBy} are left out when unset;
 * {@code readings} is the stored JSON array as is.
 */
public record Alert(
        String alertId,
        String dedupKey,
        String assetId,
        @JsonInclude(JsonInclude.Include.NON_NULL) String shipmentId,
        String rule,
        String severity,
        String status,
        String summary,
        Instant raisedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant resolvedAt,
        boolean acknowledged,
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant ackedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String ackedBy,
        JsonNode readings) {}
