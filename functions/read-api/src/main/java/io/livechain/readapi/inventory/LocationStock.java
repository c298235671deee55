package io.livechain.readapi.inventory;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.livechain.model.PlainDecimalSerializer;
import java.math.BigDecimal;

/** Stock of a sku at one location; {@code uom} is set only for measured units, absent for counted items. */
public record LocationStock(
        String location,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal onHand,
        @JsonInclude(JsonInclude.Include.NON_NULL) String uom) {

    static LocationStock of(StockRow row) {
        return new LocationStock(row.location(), row.onHand(), row.counted() ? null : row.uom());
    }
}
