package io.livechain.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * Data of {@code io.livechain.reroute.requested.v1}: a cold-chain alert on a shipment in transit
 * asks for the nearest reachable facility with {@code requiredCapability} (e.g. cold-storage).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RerouteRequested(
        String shipmentId,
        String assetId,
        String alertId,
        String dedupKey,
        String rule,
        String profile,
        String requiredCapability,
        String reason,
        Instant requestedAt) {}
