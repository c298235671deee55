package io.livechain.inventory;

import java.math.BigDecimal;
import java.time.Instant;

/** On-hand of one locked stock position while a group is computed; {@code changed} says it must be written. */
final class PositionState {

    BigDecimal onHand;
    /** Event time of the latest applied cycle count; null before the first count. */
    Instant countedAt;
    /** Movements recorded for the position so far: each new ledger row takes the next. */
    long sequence;

    boolean changed;

    PositionState(BigDecimal onHand, Instant countedAt, long sequence) {
        this.onHand = onHand;
        this.countedAt = countedAt;
        this.sequence = sequence;
    }

    /** Whether a movement stamped {@code eventTime} is already covered by the latest cycle count. */
    boolean coveredByCount(Instant eventTime) {
        return countedAt != null && !eventTime.isAfter(countedAt);
    }
}
