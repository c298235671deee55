package io.livechain.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/** Data of {@code io.livechain.alert.raised.v1}; {@code dedupKey} is stable per asset and rule. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AlertRaised(
        String alertId,
        String dedupKey,
        String assetId,
        String shipmentId,
        String rule,
        Severity severity,
        String summary,
        Instant raisedAt,
        List<SensorReading> readings) {

    public enum Severity {
        INFO,
        WARNING,
        CRITICAL
    }
}
