package io.livechain.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

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
        List<String> conditionIds) {}
