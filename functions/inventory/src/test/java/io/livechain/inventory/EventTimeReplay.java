package io.livechain.inventory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The reference for the as-of answers, written plainly and apart from the production SQL: the movements
 * of one position stamped at or before an instant, replayed in arrival order through the event-time rules
 * as InventoryLedger states them (an adjustment stamped at or before the latest applied count changes
 * nothing; an applied count sets on-hand to its figure plus the applied adjustments stamped after it).
 */
final class EventTimeReplay {

    /** One movement as sent, in arrival order; a redelivery is sent again with the same id. */
    record Sent(String id, boolean count, BigDecimal quantity, Instant eventTime) {}

    private record Adjustment(Instant eventTime, BigDecimal quantity, boolean applied) {}

    private EventTimeReplay() {}

    /** On-hand as of {@code asOf}; empty when nothing stamped at or before it was sent. */
    static Optional<BigDecimal> onHandAsOf(List<Sent> arrivals, Instant asOf) {
        BigDecimal onHand = BigDecimal.ZERO;
        Instant countedAt = null;
        List<Adjustment> adjustments = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean any = false;
        for (Sent sent : arrivals) {
            if (sent.eventTime().isAfter(asOf) || !seen.add(sent.id())) {
                continue;
            }
            any = true;
            boolean applied = countedAt == null || sent.eventTime().isAfter(countedAt);
            if (!sent.count()) {
                adjustments.add(new Adjustment(sent.eventTime(), sent.quantity(), applied));
                if (applied) {
                    onHand = onHand.add(sent.quantity());
                }
            } else if (applied) {
                onHand = sent.quantity();
                for (Adjustment adjustment : adjustments) {
                    if (adjustment.applied() && adjustment.eventTime().isAfter(sent.eventTime())) {
                        onHand = onHand.add(adjustment.quantity());
                    }
                }
                countedAt = sent.eventTime();
            }
        }
        return any ? Optional.of(onHand) : Optional.empty();
    }
}
