package io.livechain.cdcadapter;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What one legacy row contributes, as last applied: a stock row its signed quantity at its time, a
 * count row its counted figure as of its time, a shipment row only that it was created.
 */
public record RowImage(
        Kind kind,
        long lsn,
        boolean deleted,
        String sku,
        String location,
        String uom,
        BigDecimal quantity,
        Instant at) {

    public enum Kind {
        STOCK,
        COUNT,
        SHIPMENT
    }

    /** The same position and time: a change between two such images is one adjustment of the difference. */
    boolean samePlaceAndTime(RowImage other) {
        return sku.equals(other.sku) && location.equals(other.location) && uom.equals(other.uom) && at.equals(other.at);
    }

    RowImage deletedAt(long deletedLsn) {
        return new RowImage(kind, deletedLsn, true, sku, location, uom, quantity, at);
    }
}
