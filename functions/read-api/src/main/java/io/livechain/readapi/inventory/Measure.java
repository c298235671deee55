package io.livechain.readapi.inventory;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.livechain.model.PlainDecimalSerializer;
import java.math.BigDecimal;

/** On-hand of a measured unit (a UN/CEFACT code such as KGM) at one location. */
public record Measure(
        String uom,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal onHand) {}
