package io.livechain.readapi.reconciliation;

import io.livechain.readapi.UndefinedTable;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.stream.StreamSupport;

/**
 * Sets the legacy WMS's book stock, {@code cdc.legacy_on_hand_v1} (the cdc-adapter's read view), beside
 * Livechain's, {@code inventory.stock_on_hand_v1} (inventory's); never their tables. Every legacy position
 * is listed; a position only Livechain knows is not, as there is nothing in the legacy system to set it
 * against.
 */
@ApplicationScoped
public class ReconciliationQueries {

    static final String LEGACY_VIEW = "cdc.legacy_on_hand_v1";
    static final String STOCK_VIEW = "inventory.stock_on_hand_v1";

    // Exact numeric arithmetic in the database, so filter, order and limit agree with the figures shown.
    // greatest() skips the null updated_at of a position Livechain never saw. An absent filter is a null
    // parameter; ties in byte order ("C"), not the database locale's, so the order is the same everywhere.
    private static final String LIVECHAIN = "coalesce(i.on_hand, 0)";
    private static final String CHANGED = "greatest(l.last_changed_at, i.updated_at)";
    private static final String RECONCILE = "select l.sku, l.location, l.uom, l.on_hand as legacy_on_hand, "
            + LIVECHAIN + " as livechain_on_hand, " + LIVECHAIN + " - l.on_hand as difference, "
            + CHANGED + " as last_changed_at"
            + " from " + LEGACY_VIEW + " l left join " + STOCK_VIEW + " i"
            + " on i.sku = l.sku and i.location = l.location and i.uom = l.uom"
            + " where (not $1::boolean or " + LIVECHAIN + " <> l.on_hand)"
            + " and ($2::text is null or l.location = $2) and ($3::text is null or l.sku = $3)"
            + " order by " + CHANGED + " desc nulls last, l.sku collate \"C\", l.location collate \"C\","
            + " l.uom collate \"C\" limit $4";
    private static final String LEGACY_VIEW_EXISTS = "select to_regclass('" + LEGACY_VIEW + "') is not null as present";

    private final Pool pool;

    public ReconciliationQueries(Pool pool) {
        this.pool = pool;
    }

    /** Fails with {@link MissingReadViewException} while either view is missing. */
    public Uni<Reconciliation> reconcile(ReconciliationFilter filter) {
        Tuple values = Tuple.of(filter.onlyDifferent(), filter.location(), filter.sku(), filter.limit());
        return pool.preparedQuery(RECONCILE)
                .execute(values)
                .map(rows -> new Reconciliation(StreamSupport.stream(rows.spliterator(), false)
                        .map(ReconciliationQueries::toPosition)
                        .toList()))
                .onFailure(UndefinedTable::is)
                .recoverWithUni(() -> missingView());
    }

    // The error names only the relation PostgreSQL met first; ask which one is missing instead.
    private Uni<Reconciliation> missingView() {
        return pool.query(LEGACY_VIEW_EXISTS).execute().map(rows -> {
            throw rows.iterator().next().getBoolean("present")
                    ? MissingReadViewException.stockOnHand()
                    : MissingReadViewException.legacyOnHand();
        });
    }

    private static ReconciledPosition toPosition(Row row) {
        OffsetDateTime changed = row.getOffsetDateTime("last_changed_at");
        return new ReconciledPosition(
                row.getString("sku"),
                row.getString("location"),
                row.getString("uom"),
                row.getBigDecimal("legacy_on_hand"),
                row.getBigDecimal("livechain_on_hand"),
                row.getBigDecimal("difference"),
                changed == null ? null : changed.toInstant());
    }
}
