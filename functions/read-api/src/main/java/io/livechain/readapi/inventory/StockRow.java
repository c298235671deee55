package io.livechain.readapi.inventory;

import io.vertx.mutiny.sqlclient.Row;
import java.math.BigDecimal;

/** One row of {@code inventory.stock_on_hand_v1} for a sku: uom '' for counted items, else a measured unit. */
record StockRow(String location, String uom, BigDecimal onHand) {

    private static final String COUNTED = "";

    static StockRow of(Row row) {
        return new StockRow(row.getString("location"), row.getString("uom"), row.getBigDecimal("on_hand"));
    }

    boolean counted() {
        return COUNTED.equals(uom);
    }
}
