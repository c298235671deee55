package io.livechain.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Data of {@code io.livechain.replenishment.suggested.v1}: the newest level of a counted stock position
 * fell below its dynamic reorder point (it was at or above it before), so an order is suggested.
 * Demand is per day of event time over the rolling window, lead times are in days. {@code reorderPoint}
 * and {@code suggestedQuantity} are whole units (rounded up); the other figures are unrounded (to four
 * decimal places). {@code suggestedQuantity} brings on-hand up to the reorder point plus the demand of
 * one review period. {@code daysOfCover} is on-hand over demand per day, absent when demand is zero.
 * {@code causeSource} and {@code causeId} name the level event that crossed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReplenishmentSuggested(
        String sku,
        String location,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal onHand,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal reorderPoint,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal safetyStock,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal demandPerDay,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal demandSd,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal leadTimeDays,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal leadTimeSdDays,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal serviceLevel,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal suggestedQuantity,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal daysOfCover,
        Instant eventTime,
        String causeSource,
        String causeId) {}
