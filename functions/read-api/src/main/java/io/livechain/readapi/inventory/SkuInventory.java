package io.livechain.readapi.inventory;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.livechain.model.PlainDecimalSerializer;
import java.math.BigDecimal;
import java.util.List;

/**
 * A sku's stock everywhere. {@code total} adds up counted items only: kilograms and pieces do not
 * add, so measured units are listed per location but left out of it.
 */
public record SkuInventory(
        String sku,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal total,
        List<LocationStock> locations) {

    static SkuInventory of(String sku, List<StockRow> rows) {
        BigDecimal total =
                rows.stream().filter(StockRow::counted).map(StockRow::onHand).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new SkuInventory(sku, total, rows.stream().map(LocationStock::of).toList());
    }
}
