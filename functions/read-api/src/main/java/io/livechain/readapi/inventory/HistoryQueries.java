package io.livechain.readapi.inventory;

import io.livechain.readapi.UndefinedTable;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.StreamSupport;

/**
 * Reads a position's movements through {@code inventory.stock_ledger_v1}, the ledger view the inventory
 * function publishes (V4__ledger_read_view.sql documents each column); never its tables. An unbounded side
 * of the window is passed as -infinity or infinity, so the range stays an index condition on
 * (sku, location, uom, event_time) whatever the plan.
 */
@ApplicationScoped
public class HistoryQueries {

    // Ties of event time in arrival order; across units (each numbers its own sequence) in byte order.
    private static final String MOVEMENTS = "select event_time, kind, quantity, uom, applied, on_hand_after,"
            + " biz_step, sequence, recorded_at, event_source, event_id from inventory.stock_ledger_v1"
            + " where sku = $1 and location = $2 and event_time >= $3 and event_time < $4"
            + " order by event_time, sequence, uom collate \"C\" limit $5";
    private static final String ANY_MOVEMENT =
            "select exists (select 1 from inventory.stock_ledger_v1" + " where sku = $1 and location = $2) as recorded";

    private final Pool pool;

    public HistoryQueries(Pool pool) {
        this.pool = pool;
    }

    /** Fails with {@link NoInventoryException} when the position has no movement at all. */
    public Uni<PositionHistory> history(String sku, String location, HistoryWindow window) {
        Tuple values = Tuple.of(
                sku,
                location,
                bound(window.from(), OffsetDateTime.MIN),
                bound(window.to(), OffsetDateTime.MAX),
                window.limit() + 1);
        return pool.preparedQuery(MOVEMENTS)
                .execute(values)
                .map(rows -> StreamSupport.stream(rows.spliterator(), false)
                        .map(Movement::of)
                        .toList())
                .onFailure(UndefinedTable::is)
                .recoverWithItem(List.of())
                .call(movements -> movements.isEmpty()
                        ? requireRecorded(sku, location)
                        : Uni.createFrom().voidItem())
                .map(movements -> new PositionHistory(
                        sku,
                        location,
                        window.from(),
                        window.to(),
                        movements.subList(0, Math.min(movements.size(), window.limit())),
                        movements.size() > window.limit()));
    }

    private Uni<Void> requireRecorded(String sku, String location) {
        return pool.preparedQuery(ANY_MOVEMENT)
                .execute(Tuple.of(sku, location))
                .map(rows -> rows.iterator().next().getBoolean("recorded"))
                .onFailure(UndefinedTable::is)
                .recoverWithItem(false)
                .invoke(recorded -> {
                    if (!recorded) {
                        throw NoInventoryException.forSkuAt(sku, location);
                    }
                })
                .replaceWithVoid();
    }

    // The pg client sends a time beyond PostgreSQL's range (OffsetDateTime.MIN, MAX) as -infinity, infinity.
    private static OffsetDateTime bound(Instant time, OffsetDateTime unbounded) {
        return time == null ? unbounded : time.atOffset(ZoneOffset.UTC);
    }
}
