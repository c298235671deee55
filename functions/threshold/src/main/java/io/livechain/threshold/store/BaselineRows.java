package io.livechain.threshold.store;

import io.livechain.threshold.rules.DriftDetector;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.ZoneOffset;

/** Table baselines: the EWMA baseline of one asset's metric, and whether a maintenance request is open. */
public final class BaselineRows {

    private static final String SELECT = "select mean, variance, count, last_time, last_value, request_open"
            + " from baselines where asset_id = $1 and metric = $2";

    public static final String UPSERT = "insert into baselines (asset_id, metric, mean, variance, count, last_time,"
            + " last_value, request_open) values ($1, $2, $3, $4, $5, $6, $7, $8) on conflict (asset_id, metric)"
            + " do update set mean = excluded.mean, variance = excluded.variance, count = excluded.count,"
            + " last_time = excluded.last_time, last_value = excluded.last_value, request_open = excluded.request_open";

    /** A stored baseline and its request flag. */
    public record Stored(DriftDetector.Baseline baseline, boolean requestOpen) {}

    private BaselineRows() {}

    /** The stored baseline, or null if the asset's metric has none yet. */
    public static Uni<Stored> find(SqlConnection connection, String assetId, String metric) {
        return connection
                .preparedQuery(SELECT)
                .execute(Tuple.of(assetId, metric))
                .map(rows -> {
                    if (rows.size() == 0) {
                        return null;
                    }
                    Row row = rows.iterator().next();
                    return new Stored(
                            new DriftDetector.Baseline(
                                    row.getDouble("mean"),
                                    row.getDouble("variance"),
                                    row.getLong("count"),
                                    row.getOffsetDateTime("last_time").toInstant(),
                                    row.getDouble("last_value")),
                            row.getBoolean("request_open"));
                });
    }

    public static Tuple values(String assetId, String metric, DriftDetector.Baseline baseline, boolean requestOpen) {
        return Tuple.of(
                        assetId,
                        metric,
                        baseline.mean(),
                        baseline.variance(),
                        baseline.count(),
                        baseline.lastTime().atOffset(ZoneOffset.UTC))
                .addDouble(baseline.lastValue())
                .addBoolean(requestOpen);
    }
}
