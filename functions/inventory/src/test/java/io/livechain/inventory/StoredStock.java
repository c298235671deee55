package io.livechain.inventory;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** What the inventory tables hold, read straight from PostgreSQL for assertions. */
@ApplicationScoped
class StoredStock {

    /** A stored ledger row's effect on on-hand. */
    record Effect(String eventId, boolean applied, BigDecimal before, BigDecimal after) {}

    private final Pool pool;

    StoredStock(Pool pool) {
        this.pool = pool;
    }

    /** On-hand of a position; null when it has none. */
    BigDecimal onHand(String sku, String location, String uom) {
        var rows = pool.preparedQuery("select on_hand from stock_on_hand where sku = $1 and location = $2 and uom = $3")
                .execute(Tuple.of(sku, location, uom == null ? "" : uom))
                .await()
                .indefinitely();
        return rows.size() == 0 ? null : rows.iterator().next().getBigDecimal("on_hand");
    }

    long ledgerRows(String sku) {
        return ledger(sku, "DC-1", null).size();
    }

    /** The position's ledger rows in the order they were stored. */
    List<Effect> ledger(String sku, String location, String uom) {
        List<Effect> effects = new ArrayList<>();
        for (Row row : pool.preparedQuery("select event_id, applied, on_hand_before, on_hand_after from stock_ledger"
                        + " where sku = $1 and location = $2 and uom = $3 order by id")
                .execute(Tuple.of(sku, location, uom == null ? "" : uom))
                .await()
                .indefinitely()) {
            effects.add(new Effect(
                    row.getString("event_id"),
                    row.getBoolean("applied"),
                    row.getBigDecimal("on_hand_before"),
                    row.getBigDecimal("on_hand_after")));
        }
        return effects;
    }
}
