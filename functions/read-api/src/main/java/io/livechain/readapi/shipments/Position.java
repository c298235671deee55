package io.livechain.readapi.shipments;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Where a shipment was last reported, and when. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Position(double latitude, double longitude, Instant time) {
}
