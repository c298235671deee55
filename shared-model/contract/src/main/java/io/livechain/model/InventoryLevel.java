package io.livechain.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Data of {@code io.livechain.inventory.level.v1}: on-hand after the movement {@code causeId}.
 * {@code applied} is false when the movement was older than the last cycle count (kept in the
 * ledger, on-hand unchanged). {@code sequence} counts the position's movements up to this one, so
 * of two levels of one position the higher sequence is the newer, in whatever order they arrive.
 * {@code kind} and {@code quantity} repeat the movement's own (an adjustment's signed change, a count's
 * figure), so a consumer can follow the flow (demand: adjustments below zero) without the ledger; absent
 * in levels of inventory builds before they were added.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InventoryLevel(
        String sku,
        String location,
        String uom,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal onHand,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal previousOnHand,
        String causeId,
        String causeSource,
        Instant eventTime,
        boolean applied,
        Long sequence,
        MovementKind kind,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal quantity) {}
