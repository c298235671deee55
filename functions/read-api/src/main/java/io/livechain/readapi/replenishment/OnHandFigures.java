package io.livechain.readapi.replenishment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What depends on the current on-hand, worked out as threshold does for its suggestion: null when an
 * input is unknown (null), so the answer leaves the field out.
 */
final class OnHandFigures {

    private static final int COVER_SCALE = 2;

    private OnHandFigures() {}

    /** onHand / demand a day, two places; null when demand is zero. */
    static BigDecimal daysOfCover(BigDecimal onHand, BigDecimal demandPerDay) {
        if (onHand == null || demandPerDay == null || demandPerDay.signum() == 0) {
            return null;
        }
        return onHand.divide(demandPerDay, COVER_SCALE, RoundingMode.HALF_EVEN);
    }

    /** The order-up-to level minus onHand, rounded up to whole units (counted items), never negative. */
    static BigDecimal suggestedQuantity(BigDecimal orderUpToUnrounded, BigDecimal onHand) {
        if (onHand == null || orderUpToUnrounded == null) {
            return null;
        }
        return orderUpToUnrounded
                .subtract(onHand)
                .setScale(0, RoundingMode.CEILING)
                .max(BigDecimal.ZERO);
    }

    /** onHand below the (whole) reorder point. */
    static Boolean below(BigDecimal onHand, BigDecimal reorderPoint) {
        return onHand == null || reorderPoint == null ? null : onHand.compareTo(reorderPoint) < 0;
    }
}
