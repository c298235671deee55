package io.livechain.model;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Data of {@code io.livechain.shipment.created.v1}: origin and destination are facility ids. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ShipmentCreated(
        String shipmentId,
        String origin,
        String destination,
        String cargoProfile,
        boolean reeferRequired,
        Instant deadline) {
}
