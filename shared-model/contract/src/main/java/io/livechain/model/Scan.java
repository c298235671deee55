package io.livechain.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Data of {@code io.livechain.scan.v1}. {@code quantity} is a whole count unless {@code uom} names a
 * UN/CEFACT measure unit; {@code bizStep} is a GS1 CBV step, bare or as URN.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Scan(
        String sku,
        String location,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal quantity,
        String bizStep,
        Instant eventTime,
        String epc,
        String lot,
        String uom,
        String deviceId) {}
