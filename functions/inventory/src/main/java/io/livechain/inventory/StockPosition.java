package io.livechain.inventory;

import java.util.Comparator;

/** One stock position: a sku at a location in one unit ('' for counted items). */
public record StockPosition(String sku, String location, String uom) {

    static final String COUNTED = "";

    /** The order every group locks positions in, so two groups never wait on each other in a cycle. */
    static final Comparator<StockPosition> LOCK_ORDER = Comparator.comparing(StockPosition::sku)
            .thenComparing(StockPosition::location)
            .thenComparing(StockPosition::uom);

    static StockPosition of(String sku, String location, String uom) {
        return new StockPosition(sku, location, uom == null ? COUNTED : uom);
    }

    /** The unit as events carry it: null for counted items. */
    String eventUom() {
        return COUNTED.equals(uom) ? null : uom;
    }
}
