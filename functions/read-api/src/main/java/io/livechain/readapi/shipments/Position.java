package io.livechain.readapi.shipments;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** Where a shipment was last reported, and when. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Position(double latitude, double longitude, Instant time) {}
