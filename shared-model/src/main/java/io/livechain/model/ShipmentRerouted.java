package io.livechain.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Data of {@code io.livechain.shipment.rerouted.v1}: routes are ordered facility ids. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ShipmentRerouted(
        String shipmentId,
        List<String> oldRoute,
        List<String> newRoute,
        long etaChangeMinutes,
        String reason,
        List<String> conditionIds) {
}
