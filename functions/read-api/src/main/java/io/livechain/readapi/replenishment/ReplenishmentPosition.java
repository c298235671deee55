package io.livechain.readapi.replenishment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.livechain.model.PlainDecimalSerializer;
import java.math.BigDecimal;

/**
 * One counted stock position at a location with a lead time. Threshold's figures as it last computed
 * them ({@code threshold.replenishment_v1}); {@code onHand} is inventory's current figure, and the three
 * that depend on it are worked out from it ({@link OnHandFigures}). Figures not known yet (too little
 * history, or no on-hand recorded) are absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReplenishmentPosition(
        String sku,
        String location,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal onHand,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal demandPerDay,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal demandSd,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal leadTimeDays,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal leadTimeSdDays,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal serviceLevel,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal safetyStock,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal reorderPoint,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal daysOfCover,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal suggestedQuantity,
        Boolean belowReorderPoint) {}
