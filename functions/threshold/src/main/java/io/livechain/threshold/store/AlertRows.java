package io.livechain.threshold.store;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Table alerts: at most one open alert per dedup key; the read API reads it and sets the ack columns. */
public final class AlertRows {

    public static final String OPEN = "open";
    public static final String RESOLVED = "resolved";

    private static final String SELECT_OPEN =
            "select alert_id, dedup_key, asset_id, rule from alerts" + " where status = 'open' and dedup_key like $1";

    public static final String INSERT =
            "insert into alerts (alert_id, dedup_key, asset_id, shipment_id, rule, severity,"
                    + " status, summary, raised_at, readings, updated_at) values ($1, $2, $3, $4, $5, $6, 'open', $7, $8,"
                    + " $9::text::jsonb, $10)";

    public static final String RESOLVE =
            "update alerts set status = 'resolved', resolved_at = $2, updated_at = $3" + " where alert_id = $1";

    /** An open alert, as far as reconciling needs it. */
    public record Open(String alertId, String dedupKey, String assetId, String rule) {}

    private AlertRows() {}

    /** Open alerts whose dedup key starts with {@code prefix}, e.g. every cold-chain rule of an asset. */
    public static Uni<List<Open>> openWithKeyPrefix(SqlConnection connection, String prefix) {
        return connection
                .preparedQuery(SELECT_OPEN)
                .execute(Tuple.of(prefix.replace("%", "\\%") + "%"))
                .map(rows -> {
                    List<Open> open = new ArrayList<>(rows.size());
                    for (Row row : rows) {
                        open.add(new Open(
                                row.getString("alert_id"),
                                row.getString("dedup_key"),
                                row.getString("asset_id"),
                                row.getString("rule")));
                    }
                    return open;
                });
    }

    public static Tuple resolve(String alertId, Instant resolvedAt, Instant updatedAt) {
        return Tuple.of(alertId, resolvedAt.atOffset(ZoneOffset.UTC), updatedAt.atOffset(ZoneOffset.UTC));
    }
}
