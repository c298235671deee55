package io.livechain.threshold.replenishment;

import io.livechain.model.InventoryLevel;
import io.livechain.model.MovementKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Demand as the ledger records it: the outbound of a counted item's level, by UTC day of event time. */
public final class Outbound {

    private Outbound() {}

    /**
     * What left the position with this level: an adjustment below zero of a counted item, as a positive
     * figure, applied or not (a shipment older than the last count still happened); zero for anything else,
     * a count included (its difference is a correction, not demand).
     */
    public static BigDecimal of(InventoryLevel level) {
        boolean outbound = level.uom() == null
                && level.kind() == MovementKind.ADJUSTMENT
                && level.quantity() != null
                && level.quantity().signum() < 0;
        return outbound ? level.quantity().negate() : BigDecimal.ZERO;
    }

    /** The UTC day of event time a level's outbound counts in. */
    public static LocalDate day(InventoryLevel level) {
        return LocalDate.ofInstant(level.eventTime(), ZoneOffset.UTC);
    }
}
