package io.livechain.readapi.owners;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * Fills the cdc-adapter's own table (migrated by {@link OwnersMigratedPostgresResource}) so its read
 * view {@code cdc.legacy_on_hand_v1} shows a given legacy book stock: one count row per position.
 */
public final class CdcAdapterStandIn {

    private static final String COUNT = "insert into cdc.legacy_rows (source_table, row_key, lsn, kind, sku, location,"
            + " uom, quantity, at, changed_at) values ('test.counts', $1 || '|' || $2 || '|' || $3, 1, 'count', $1, $2,"
            + " $3, $4, timestamptz '2020-01-01 00:00Z', $5) on conflict (source_table, row_key)"
            + " do update set quantity = $4, changed_at = $5";

    private CdcAdapterStandIn() {}

    /** The legacy book stock of one position, as a count the cdc-adapter applied. */
    public static void legacy(
            Pool pool, String sku, String location, String uom, String onHand, OffsetDateTime lastChangedAt) {
        pool.preparedQuery(COUNT)
                .execute(Tuple.of(sku, location, uom, new BigDecimal(onHand), lastChangedAt))
                .await()
                .indefinitely();
    }

    /** {@code count} legacy positions at {@code location}, one per sku, a second apart. */
    public static void many(Pool pool, String location, int count) {
        pool.preparedQuery("insert into cdc.legacy_rows (source_table, row_key, lsn, kind, sku, location, uom,"
                        + " quantity, at, changed_at) select 'test.counts', 'MANY-' || n || '|' || $1, 1, 'count',"
                        + " 'MANY-' || n, $1, '', 1, timestamptz '2020-01-01 00:00Z',"
                        + " timestamptz '2020-01-01 00:00Z' + n * interval '1 second'"
                        + " from generate_series(1, $2) n on conflict do nothing")
                .execute(Tuple.of(location, count))
                .await()
                .indefinitely();
    }
}
