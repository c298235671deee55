package io.livechain.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Data of {@code io.livechain.condition.v1}: a live condition on one facility or lane, adding
 * {@code extraDelayMinutes} and/or multiplying transit time by {@code factor} while valid.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Condition(
        String conditionId,
        Kind kind,
        String facilityId,
        String laneId,
        Integer extraDelayMinutes,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal factor,
        Instant validFrom,
        Instant validUntil,
        String source) {

    public enum Kind {
        WEATHER,
        PORT_CONGESTION,
        TRAFFIC,
        CLOSURE,
        STRIKE
    }
}
