package io.livechain.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.Instant;

/** Data of {@code io.livechain.sensor.reading.v1}; {@code unit} is a UN/CEFACT code (CEL, FAH, KEL, ...). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SensorReading(
        String deviceId,
        String assetId,
        String shipmentId,
        String metric,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal value,
        String unit,
        Instant time,
        String profile) {}
