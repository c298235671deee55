package io.livechain.model;

import java.time.Instant;

/** One lane of a route, with when the shipment leaves and reaches its ends (waiting included). */
public record RouteLeg(String laneId, String from, String to, String mode, Instant departAt, Instant arriveAt) {}
