package io.livechain.inventory;

import io.livechain.model.InventoryLevel;
import io.livechain.model.MovementKind;
import java.math.BigDecimal;
import java.time.Instant;

/** One row of the append-only stock ledger: a movement event and what it did to on-hand. */
record LedgerRow(
        MovementEvent event,
        StockPosition position,
        MovementKind kind,
        BigDecimal quantity,
        Instant eventTime,
        boolean applied,
        BigDecimal onHandBefore,
        BigDecimal onHandAfter,
        long sequence) {

    /** The level event this row stands for, with the movement's kind and quantity; a redelivery replays it unchanged. */
    InventoryLevel toLevel() {
        return new InventoryLevel(
                position.sku(),
                position.location(),
                position.eventUom(),
                onHandAfter,
                onHandBefore,
                event.id(),
                event.source(),
                eventTime,
                applied,
                sequence == 0 ? null : sequence,
                kind,
                quantity);
    }

    boolean isAppliedAdjustmentAfter(Instant time) {
        return applied && kind == MovementKind.ADJUSTMENT && eventTime.isAfter(time);
    }
}
