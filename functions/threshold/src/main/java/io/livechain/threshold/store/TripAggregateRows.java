package io.livechain.threshold.store;

import static io.livechain.threshold.store.TripReadings.utc;

import io.livechain.threshold.rules.Sample;
import io.livechain.threshold.rules.TripAggregate;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/** A trip's running cold-chain figures in table trip_aggregates, and the profile they were computed under. */
public final class TripAggregateRows {

    private static final String SELECT = "select profile, latest_time, latest_seq, latest_celsius, out_of_range_micros,"
            + " run_start_time, run_start_seq, run_start_celsius, mkt_sum::text as mkt_sum, mkt_count, window_first"
            + " from trip_aggregates where asset_id = $1 and metric = $2 and trip = $3";

    /** Writes the figures, inserting the row for a new trip. */
    public static final String UPSERT = "insert into trip_aggregates (asset_id, metric, trip, profile, latest_time,"
            + " latest_seq, latest_celsius, out_of_range_micros, run_start_time, run_start_seq, run_start_celsius, mkt_sum,"
            + " mkt_count, window_first) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::text::numeric, $13, $14)"
            + " on conflict (asset_id, metric, trip) do update set profile = excluded.profile,"
            + " latest_time = excluded.latest_time, latest_seq = excluded.latest_seq,"
            + " latest_celsius = excluded.latest_celsius, out_of_range_micros = excluded.out_of_range_micros,"
            + " run_start_time = excluded.run_start_time, run_start_seq = excluded.run_start_seq,"
            + " run_start_celsius = excluded.run_start_celsius, mkt_sum = excluded.mkt_sum,"
            + " mkt_count = excluded.mkt_count, window_first = excluded.window_first";

    /** The stored figures and the profile (with its limits) they were judged under. */
    public record Stored(String profile, TripAggregate aggregate) {}

    private TripAggregateRows() {}

    /** The trip's stored figures, or null for a trip without a row. */
    public static Uni<Stored> find(SqlConnection connection, TripKey key) {
        return connection
                .preparedQuery(SELECT)
                .execute(key.tuple())
                .map(rows -> rows.size() == 0 ? null : stored(rows.iterator().next()));
    }

    public static io.vertx.mutiny.sqlclient.Tuple values(TripKey key, String profile, TripAggregate aggregate) {
        Sample runStart = aggregate.runStart();
        return key.tuple(
                profile,
                utc(aggregate.latest().time()),
                aggregate.latest().seq(),
                aggregate.latest().celsius(),
                // Stored times are whole microseconds, so the total is too.
                aggregate.outOfRange().toNanos() / 1000,
                runStart == null ? null : utc(runStart.time()),
                runStart == null ? null : runStart.seq(),
                runStart == null ? null : runStart.celsius(),
                aggregate.mktSum().toPlainString(),
                aggregate.mktCount(),
                utc(aggregate.windowFirst()));
    }

    private static Stored stored(Row row) {
        OffsetDateTime runStartTime = row.getOffsetDateTime("run_start_time");
        Sample runStart = runStartTime == null
                ? null
                : new Sample(
                        runStartTime.toInstant(), row.getLong("run_start_seq"), row.getDouble("run_start_celsius"));
        return new Stored(
                row.getString("profile"),
                new TripAggregate(
                        new Sample(
                                row.getOffsetDateTime("latest_time").toInstant(),
                                row.getLong("latest_seq"),
                                row.getDouble("latest_celsius")),
                        Duration.of(row.getLong("out_of_range_micros"), ChronoUnit.MICROS),
                        runStart,
                        new BigDecimal(row.getString("mkt_sum")),
                        row.getLong("mkt_count"),
                        row.getOffsetDateTime("window_first").toInstant()));
    }
}
