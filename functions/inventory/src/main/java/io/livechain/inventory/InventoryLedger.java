package io.livechain.inventory;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.livechain.model.InventoryLevel;
import io.livechain.model.InventoryMovement;
import io.livechain.model.MovementKind;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Applies movements to the ledger and on-hand, one PostgreSQL transaction each. Exactly-once in
 * effect: the stock position's row lock serialises movements of one position, and under it a known
 * (source, id) only replays its recorded result. Event time rules: a cycle count at T sets on-hand
 * to the count plus the adjustments stamped after T; anything stamped at or before the latest count
 * is kept in the ledger but changes nothing.
 */
@ApplicationScoped
public class InventoryLedger {

    /** Returns the level after {@code movement}; the same level again for a redelivered event. */
    public Uni<InventoryLevel> apply(InventoryMovement movement, String eventSource, String eventId) {
        StockPosition position = StockPosition.of(movement.sku(), movement.location(), movement.uom());
        return Panache.withTransaction(() -> OnHand.lockOrCreate(position)
                .chain(onHand -> LedgerEntry.findByEvent(eventSource, eventId)
                        .chain(known -> known != null
                                ? Uni.createFrom().item(known)
                                : record(onHand, LedgerEntry.of(movement, eventSource, eventId))))
                .map(LedgerEntry::toLevel));
    }

    private Uni<LedgerEntry> record(OnHand onHand, LedgerEntry entry) {
        entry.onHandBefore = onHand.onHand;
        entry.applied = !onHand.coveredByCount(entry.eventTime);
        Uni<BigDecimal> after = !entry.applied ? Uni.createFrom().item(onHand.onHand)
                : entry.kind == MovementKind.COUNT
                        ? LedgerEntry.adjustmentsAfter(onHand.position, entry.eventTime).map(entry.quantity::add)
                        : Uni.createFrom().item(onHand.onHand.add(entry.quantity));
        return after.chain(onHandAfter -> {
            entry.onHandAfter = onHandAfter;
            if (entry.applied) {
                onHand.onHand = onHandAfter;
                onHand.updatedAt = Instant.now();
                if (entry.kind == MovementKind.COUNT) {
                    onHand.countedAt = entry.eventTime;
                }
            }
            return entry.persist();
        });
    }
}
