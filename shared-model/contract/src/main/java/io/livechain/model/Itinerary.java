package io.livechain.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A route through the network: the ordered facility ids, the lane ids between them, and its
 * schedule under the conditions known when it was planned.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Itinerary(
        List<String> facilityIds,
        List<String> laneIds,
        Instant departAt,
        Instant eta,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal cost,
        List<RouteLeg> legs) {}
