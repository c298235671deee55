package io.livechain.readapi.inventory;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * Writes movements into the inventory function's migrated tables as it records them: the position's
 * stock_on_hand row first (inventory creates it before its first ledger row), then one ledger row.
 */
final class InventoryLedgerRows {

    private final Pool pool;
    private final String sku;
    private final String location;

    InventoryLedgerRows(Pool pool, String sku, String location) {
        this.pool = pool;
        this.sku = sku;
        this.location = location;
    }

    /** One movement; {@code uom} '' for counted items; applied with on_hand_after as given. */
    InventoryLedgerRows movement(
            String id, String uom, String kind, String quantity, String eventTime, long sequence, String onHandAfter) {
        return movement(id, uom, kind, quantity, eventTime, sequence, true, onHandAfter);
    }

    InventoryLedgerRows movement(
            String id,
            String uom,
            String kind,
            String quantity,
            String eventTime,
            long sequence,
            boolean applied,
            String onHandAfter) {
        pool.preparedQuery("insert into inventory.stock_on_hand (sku, location, uom, on_hand, updated_at)"
                        + " values ($1, $2, $3, 0, now()) on conflict (sku, location, uom) do nothing")
                .execute(Tuple.of(sku, location, uom))
                .await()
                .indefinitely();
        pool.preparedQuery("insert into inventory.stock_ledger (event_source, event_id, sku, location, uom, kind,"
                        + " quantity, biz_step, event_time, applied, on_hand_before, on_hand_after, sequence)"
                        + " values ('/livechain/scan-ingest', $1, $2, $3, $4, $5, $6, $7, $8, $9, 0, $10, $11)")
                .execute(Tuple.tuple()
                        .addString(id)
                        .addString(sku)
                        .addString(location)
                        .addString(uom)
                        .addString(kind)
                        .addBigDecimal(new BigDecimal(quantity))
                        .addString(bizStep(kind, quantity))
                        .addOffsetDateTime(OffsetDateTime.parse(eventTime))
                        .addBoolean(applied)
                        .addBigDecimal(new BigDecimal(onHandAfter))
                        .addLong(sequence))
                .await()
                .indefinitely();
        return this;
    }

    private static String bizStep(String kind, String quantity) {
        if (kind.equals("COUNT")) {
            return "cycle_counting";
        }
        return quantity.startsWith("-") ? "shipping" : "receiving";
    }
}
