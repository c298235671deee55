package io.livechain.threshold.replenishment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A position's replenishment figures as stored and published: demand a day (D) and its sample standard
 * deviation (σD) over the window, the lead time (LT, σLT, days), the service level, and — once the
 * history is long enough — safety stock, reorder point and order-up-to level. The unrounded figures
 * keep {@link #SCALE} decimal places; reorder point and order-up-to are also given in whole units
 * (rounded up: counted items are ordered whole, and rounding up never orders too late). Null where not
 * known: D from one day of history, σD from two, the rest from the minimum history.
 */
public record Figures(
        BigDecimal demandPerDay,
        BigDecimal demandSd,
        int historyDays,
        BigDecimal leadTimeDays,
        BigDecimal leadTimeSdDays,
        BigDecimal serviceLevel,
        BigDecimal safetyStock,
        BigDecimal reorderPointUnrounded,
        BigDecimal orderUpToUnrounded) {

    /** Decimal places of the unrounded figures. */
    public static final int SCALE = 4;
    /** Decimal places of days of cover. */
    static final int COVER_SCALE = 2;

    /** Whether the reorder point is known (history long enough). */
    public boolean known() {
        return reorderPointUnrounded != null;
    }

    /** The reorder point in whole units, the one judged: on-hand below it is low; null while unknown. */
    public BigDecimal reorderPoint() {
        return whole(reorderPointUnrounded);
    }

    /** The order-up-to level in whole units; null while unknown. */
    public BigDecimal orderUpTo() {
        return whole(orderUpToUnrounded);
    }

    /** Whether {@code onHand} is below the known reorder point (false while it is unknown). */
    public boolean below(BigDecimal onHand) {
        return known() && onHand.compareTo(reorderPoint()) < 0;
    }

    /** Whole units bringing {@code onHand} up to the order-up-to level, never negative; null while unknown. */
    public BigDecimal suggestedQuantity(BigDecimal onHand) {
        return known() ? suggestedQuantity(orderUpToUnrounded, onHand) : null;
    }

    /** {@code onHand} over demand a day, to {@link #COVER_SCALE} places; null when demand is zero or unknown. */
    public BigDecimal daysOfCover(BigDecimal onHand) {
        return daysOfCover(onHand, demandPerDay);
    }

    private static BigDecimal suggestedQuantity(BigDecimal orderUpToUnrounded, BigDecimal onHand) {
        return orderUpToUnrounded
                .subtract(onHand)
                .setScale(0, RoundingMode.CEILING)
                .max(BigDecimal.ZERO);
    }

    private static BigDecimal daysOfCover(BigDecimal onHand, BigDecimal demandPerDay) {
        if (demandPerDay == null || demandPerDay.signum() == 0) {
            return null;
        }
        return onHand.divide(demandPerDay, COVER_SCALE, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal whole(BigDecimal figure) {
        return figure == null ? null : figure.setScale(0, RoundingMode.CEILING);
    }
}
