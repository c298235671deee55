package io.livechain.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Data of {@code io.livechain.inventory.movement.v1}. {@code uom} is absent for counted items.
 * {@code scanSource} and {@code scanId} name the scan event that caused it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InventoryMovement(
        String sku,
        String location,
        String uom,
        MovementKind kind,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal quantity,
        String bizStep,
        Instant eventTime,
        String epc,
        String lot,
        String deviceId,
        String scanSource,
        String scanId) {}
