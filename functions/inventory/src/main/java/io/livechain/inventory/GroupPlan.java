package io.livechain.inventory;

import io.livechain.model.InventoryLevel;
import io.livechain.model.InventoryMovement;
import io.livechain.model.MovementKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A group's movements computed in memory, in arrival order, over its locked positions: exactly what
 * one transaction per movement in that order would have stored. An event already recorded, or seen
 * earlier in the group, replays its recorded level and adds no row.
 */
final class GroupPlan {

    final List<LedgerRow> newRows = new ArrayList<>();
    final List<InventoryLevel> levels = new ArrayList<>();
    private final Map<StockPosition, PositionState> positions;
    private final Map<MovementEvent.Key, LedgerRow> recorded;

    private GroupPlan(Map<StockPosition, PositionState> positions, Map<MovementEvent.Key, LedgerRow> recorded) {
        this.positions = positions;
        this.recorded = new HashMap<>(recorded);
    }

    /**
     * {@code storedAdjustmentsAfterCount} holds, by index in {@code events}, each cycle count's sum of
     * applied adjustments already stored for its position and stamped after it.
     */
    static GroupPlan compute(
            List<MovementEvent> events,
            Map<StockPosition, PositionState> positions,
            Map<MovementEvent.Key, LedgerRow> recorded,
            Map<Integer, BigDecimal> storedAdjustmentsAfterCount) {
        GroupPlan plan = new GroupPlan(positions, recorded);
        for (int i = 0; i < events.size(); i++) {
            MovementEvent event = events.get(i);
            LedgerRow row = plan.recorded.get(event.key());
            if (row == null) {
                row = plan.record(event, storedAdjustmentsAfterCount.get(i));
                plan.recorded.put(event.key(), row);
                plan.newRows.add(row);
            }
            plan.levels.add(row.toLevel());
        }
        return plan;
    }

    List<Map.Entry<StockPosition, PositionState>> changedPositions() {
        return positions.entrySet().stream()
                .filter(position -> position.getValue().changed)
                .toList();
    }

    private LedgerRow record(MovementEvent event, BigDecimal storedAdjustmentsAfter) {
        InventoryMovement movement = event.movement();
        StockPosition position = event.position();
        PositionState state = positions.get(position);
        boolean applied = !state.coveredByCount(movement.eventTime());
        state.sequence++;
        state.changed = true;
        BigDecimal before = state.onHand;
        BigDecimal after = before;
        if (applied) {
            after = movement.kind() == MovementKind.COUNT
                    ? movement.quantity().add(storedAdjustmentsAfter).add(adjustmentsInGroupAfter(position, movement))
                    : before.add(movement.quantity());
            state.onHand = after;
            if (movement.kind() == MovementKind.COUNT) {
                state.countedAt = movement.eventTime();
            }
        }
        return new LedgerRow(
                event,
                position,
                movement.kind(),
                movement.quantity(),
                movement.eventTime(),
                applied,
                before,
                after,
                state.sequence);
    }

    /** Adjustments earlier in this group, not stored yet, that a count stamped before them keeps. */
    private BigDecimal adjustmentsInGroupAfter(StockPosition position, InventoryMovement count) {
        return newRows.stream()
                .filter(row -> row.position().equals(position) && row.isAppliedAdjustmentAfter(count.eventTime()))
                .map(LedgerRow::quantity)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
