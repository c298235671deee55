package io.livechain.readapi.shipments;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One plan in a shipment's history: the first ({@code planned}) or a later {@code rerouted}, with what
 * triggered it and why; facility and lane ids are those of that plan's route, as stored. {@code requestedBy}:
 * who asked for a requested reroute (the request's CloudEvent source, e.g. {@code /agents/planner-bot});
 * left out for plans no one asked for.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlanEntry(
        int seq,
        String kind,
        Instant decidedAt,
        String trigger,
        String reason,
        JsonNode facilityIds,
        JsonNode laneIds,
        Instant eta,
        Long etaChangeMinutes,
        JsonNode conditionIds,
        String eventId,
        String requestedBy) {}
