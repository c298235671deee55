package io.livechain.inventory;

import java.math.BigDecimal;
import java.time.Instant;

/** On-hand of one locked stock position while a group is computed; {@code changed} says it must be written. */
final class PositionState {

    BigDecimal onHand;
    /** Event time of the latest applied cycle count; null before the first count. */
    Instant countedAt;
    boolean changed;

    PositionState(BigDecimal onHand, Instant countedAt) {
        this.onHand = onHand;
        this.countedAt = countedAt;
    }

    /** Whether a movement stamped {@code eventTime} is already covered by the latest cycle count. */
    boolean coveredByCount(Instant eventTime) {
        return countedAt != null && !eventTime.isAfter(countedAt);
    }
}
