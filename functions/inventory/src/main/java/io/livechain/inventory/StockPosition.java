package io.livechain.inventory;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One stock position: a sku at a location in one unit ('' for counted items). */
@Embeddable
public record StockPosition(
        @Column(name = "sku") String sku,
        @Column(name = "location") String location,
        @Column(name = "uom") String uom) implements Serializable {

    static final String COUNTED = "";

    static StockPosition of(String sku, String location, String uom) {
        return new StockPosition(sku, location, uom == null ? COUNTED : uom);
    }

    /** The unit as events carry it: null for counted items. */
    String eventUom() {
        return COUNTED.equals(uom) ? null : uom;
    }
}
