package io.livechain.inventory;

import io.livechain.inventory.config.InventoryConfig;
import io.livechain.model.InventoryLevel;
import io.livechain.model.InventoryMovement;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Applies movements to the ledger and on-hand. Movements arriving together are applied as one group
 * in one PostgreSQL transaction, computed in arrival order, as if each had its own transaction; each
 * caller gets its level once the group commits, or the group's failure, so the broker redelivers
 * (at-least-once). Exactly-once in effect: a group locks its stock positions' rows (serialising it
 * with every other group on them), and under those locks a known (source, id) only replays its
 * recorded result, also when it comes twice in one group. Event time rules: a cycle count at T sets
 * on-hand to the count plus the adjustments stamped after T; anything stamped at or before the latest
 * count is kept in the ledger but changes nothing.
 */
@ApplicationScoped
public class InventoryLedger {

    private final GroupCommit<MovementEvent, InventoryLevel> groups;

    public InventoryLedger(StockLedgerStore store, InventoryConfig config) {
        this.groups = new GroupCommit<>(config.maxGroupSize(), config.groupsInFlight(), store::apply);
    }

    /** Returns the level after {@code movement}; the same level again for a redelivered event. */
    public Uni<InventoryLevel> apply(InventoryMovement movement, String eventSource, String eventId) {
        return groups.submit(new MovementEvent(movement, eventSource, eventId));
    }
}
