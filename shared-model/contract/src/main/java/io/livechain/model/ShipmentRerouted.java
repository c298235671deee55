package io.livechain.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * Data of {@code io.livechain.shipment.rerouted.v1}: routes are ordered facility ids and lane ids
 * from where the shipment is to where it ends; {@code etaChangeMinutes} is new ETA minus the old
 * route's ETA under the same conditions (negative: earlier). {@code trigger} is what asked for the
 * replan ({@code condition} or {@code reroute-requested}); {@code conditions} are the live
 * conditions the new plan used.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ShipmentRerouted(
        String shipmentId,
        List<String> oldRoute,
        List<String> newRoute,
        List<String> oldLanes,
        List<String> newLanes,
        Instant oldEta,
        Instant newEta,
        long etaChangeMinutes,
        String trigger,
        String reason,
        String newDestination,
        List<String> conditionIds,
        List<Condition> conditions) {}
