package io.livechain.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Data of {@code io.livechain.maintenance.requested.v1}: a machine should be serviced. Threshold sends it
 * when a metric drifts (anomaly score or rate of change) before any hard limit is reached, with the
 * {@code value}, {@code baseline} and {@code zScore}; {@code dedupKey} is stable per asset and metric. An
 * agent or a person may ask too, without a measured value; their CloudEvent source says who asked.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MaintenanceRequested(
        String requestId,
        String dedupKey,
        String assetId,
        String metric,
        String reason,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal value,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal baseline,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal zScore,
        Instant requestedAt,
        List<SensorReading> readings) {}
