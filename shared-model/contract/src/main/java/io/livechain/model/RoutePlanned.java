package io.livechain.model;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Data of {@code io.livechain.route.planned.v1}: the fastest route for a new shipment, the
 * alternatives it asked for (next fastest, loop-free), and the live conditions the plan took into account.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RoutePlanned(
        String shipmentId,
        Itinerary route,
        List<Itinerary> alternatives,
        Instant deadline,
        Boolean deadlineMet,
        List<String> conditionIds) {
}
