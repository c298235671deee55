package io.livechain.inventory;

import static io.livechain.inventory.LedgerStatements.LOCK_POSITIONS;
import static io.livechain.inventory.LedgerStatements.SELECT_POSITIONS;
import static io.livechain.inventory.LedgerStatements.SELECT_RECORDED;
import static io.livechain.inventory.LedgerStatements.SUM_ADJUSTMENTS_AFTER;

import io.livechain.model.InventoryLevel;
import io.livechain.model.MovementKind;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jboss.logging.Logger;

/**
 * Stores a group of movements in one PostgreSQL transaction with plain reactive SQL. Statements that
 * do not wait on each other's results are pipelined on the connection: BEGIN, then lock and read
 * (positions, recorded events, cycle-count sums), then the ledger insert with the on-hand update,
 * then COMMIT. Reads follow the lock, so they see every group committed before on those positions.
 */
@ApplicationScoped
public class StockLedgerStore {

    private static final Logger LOG = Logger.getLogger(StockLedgerStore.class);

    private final Pool pool;

    public StockLedgerStore(Pool pool) {
        this.pool = pool;
    }

    /** Returns each event's level in order; fails, storing nothing, when the transaction fails. */
    public Uni<List<InventoryLevel>> apply(List<MovementEvent> events) {
        List<StockPosition> positions = events.stream()
                .map(MovementEvent::position)
                .distinct()
                .sorted(StockPosition.LOCK_ORDER)
                .toList();
        return pool.withTransaction(connection -> lockAndPlan(connection, events, positions)
                        .call(plan -> write(connection, plan))
                        .map(plan -> plan.levels))
                .onFailure()
                .invoke(failure -> LOG.warnf(
                        failure,
                        "group failed, rolled back: size=%d first-ce-id=%s",
                        events.size(),
                        events.get(0).id()));
    }

    private static Uni<GroupPlan> lockAndPlan(
            SqlConnection connection, List<MovementEvent> events, List<StockPosition> positions) {
        List<Integer> counts = IntStream.range(0, events.size())
                .filter(i -> events.get(i).movement().kind() == MovementKind.COUNT)
                .boxed()
                .toList();
        Uni<RowSet<Row>> lock = connection.preparedQuery(LOCK_POSITIONS).execute(LedgerStatements.positions(positions));
        Uni<RowSet<Row>> stock =
                connection.preparedQuery(SELECT_POSITIONS).execute(LedgerStatements.positions(positions));
        Uni<RowSet<Row>> recorded =
                connection.preparedQuery(SELECT_RECORDED).execute(LedgerStatements.eventKeys(events));
        Uni<Map<Integer, BigDecimal>> countSums = counts.isEmpty()
                ? Uni.createFrom().item(Map.of())
                : connection
                        .preparedQuery(SUM_ADJUSTMENTS_AFTER)
                        .execute(LedgerStatements.counts(
                                counts.stream().map(events::get).toList()))
                        .map(rows -> byEventIndex(rows, counts));
        return Uni.combine()
                .all()
                .unis(lock, stock, recorded, countSums)
                .asTuple()
                .map(read -> GroupPlan.compute(
                        events,
                        positionStates(read.getItem2()),
                        recordedRows(read.getItem3(), events),
                        read.getItem4()));
    }

    private static Uni<Void> write(SqlConnection connection, GroupPlan plan) {
        if (plan.newRows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        var changed = plan.changedPositions();
        Uni<RowSet<Row>> insert =
                connection.preparedQuery(LedgerStatements.INSERT_ROWS).execute(LedgerStatements.rows(plan.newRows));
        Uni<RowSet<Row>> update = changed.isEmpty()
                ? Uni.createFrom().nullItem()
                : connection.preparedQuery(LedgerStatements.UPDATE_ON_HAND).execute(LedgerStatements.onHand(changed));
        return Uni.combine().all().unis(insert, update).discardItems();
    }

    private static Map<StockPosition, PositionState> positionStates(RowSet<Row> rows) {
        Map<StockPosition, PositionState> states = new HashMap<>();
        rows.forEach(row -> states.put(LedgerStatements.position(row), LedgerStatements.positionState(row)));
        return states;
    }

    private static Map<MovementEvent.Key, LedgerRow> recordedRows(RowSet<Row> rows, List<MovementEvent> events) {
        Map<MovementEvent.Key, MovementEvent> byKey = new HashMap<>();
        events.forEach(event -> byKey.putIfAbsent(event.key(), event));
        Map<MovementEvent.Key, LedgerRow> recorded = new HashMap<>();
        rows.forEach(row -> {
            MovementEvent.Key key = LedgerStatements.key(row);
            recorded.put(key, LedgerStatements.recorded(row, byKey.get(key)));
        });
        return recorded;
    }

    private static Map<Integer, BigDecimal> byEventIndex(RowSet<Row> rows, List<Integer> counts) {
        Map<Integer, BigDecimal> sums = new HashMap<>();
        rows.forEach(row -> sums.put(counts.get(row.getLong("i").intValue() - 1), LedgerStatements.sum(row)));
        return sums;
    }
}
