package io.livechain.reroute.whatif;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.livechain.model.Itinerary;
import java.time.Instant;
import java.util.List;

/**
 * The answer of {@code POST /what-if}: what reroute would decide for the shipment now under the
 * hypothetical condition. Routes have the shape of the {@code route} of route.planned.v1, whole from the
 * origin. {@code current} is the shipment's route with its rest timed under the conditions in force plus
 * the hypothetical one (as planned when it can no longer be driven, or the condition does not reach it);
 * {@code proposed} the route that would replace it, only for {@code REROUTE}. {@code etaChangeMinutes}:
 * the ETA the decision leads to (proposed, else current) against {@code plannedEta}, the ETA of the
 * shipment's plan now (negative: earlier).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WhatIfAnswer(
        String shipmentId,
        Decision decision,
        Instant judgedAt,
        Instant plannedEta,
        Itinerary current,
        Itinerary proposed,
        Long etaChangeMinutes,
        List<String> conditionIds,
        String reason) {

    /** Keep the current route (re-timed), or replace it. */
    public enum Decision {
        KEEP,
        REROUTE
    }
}
