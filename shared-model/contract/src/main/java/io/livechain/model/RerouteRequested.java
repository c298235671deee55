package io.livechain.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * Data of {@code io.livechain.reroute.requested.v1}: a shipment in transit should change course. With
 * {@code requiredCapability} (a cold-chain alert names cold-storage) to the nearest reachable facility
 * that has it; without, to the fastest route to its destination now. Threshold's requests come from an
 * alert and carry {@code assetId}, {@code alertId} and {@code rule}; an agent's or a person's need only
 * {@code shipmentId}, {@code reason} and {@code requestedAt}, and their CloudEvent source says who asked.
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
