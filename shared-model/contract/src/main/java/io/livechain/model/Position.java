package io.livechain.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** Data of {@code io.livechain.position.v1}: a GPS fix (WGS 84 degrees) of a shipment. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Position(String shipmentId, String deviceId, double latitude, double longitude, Instant time) {}
