package io.livechain.readapi.inventory;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.livechain.model.PlainDecimalSerializer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A sku's stock at one location: {@code onHand} counts items (0 when only measured units are kept
 * there); {@code measures} lists the measured units and is absent when there are none; {@code asOf} is
 * the event time the figures stand at, absent for the current on-hand.
 */
public record LocationInventory(
        String sku,
        String location,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal onHand,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Measure> measures,
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant asOf) {

    static LocationInventory of(String sku, String location, List<StockRow> rows) {
        BigDecimal counted = rows.stream()
                .filter(StockRow::counted)
                .map(StockRow::onHand)
                .findFirst()
                .orElse(BigDecimal.ZERO);
        List<Measure> measures = rows.stream()
                .filter(row -> !row.counted())
                .map(row -> new Measure(row.uom(), row.onHand()))
                .toList();
        return new LocationInventory(sku, location, counted, measures, null);
    }

    LocationInventory asOf(Instant time) {
        return new LocationInventory(sku, location, onHand, measures, time);
    }
}
