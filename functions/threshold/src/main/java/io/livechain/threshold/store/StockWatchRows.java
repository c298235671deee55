package io.livechain.threshold.store;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Table stock_watch: the newest level seen per stock position, by its sequence (the position's
 * movement count), or its event time for levels without one. An older level arriving late is ignored.
 */
public final class StockWatchRows {

    private static final String SELECT =
            "select level_time, sequence from stock_watch where sku = $1 and location = $2";

    public static final String UPSERT = "insert into stock_watch (sku, location, level_time, sequence)"
            + " values ($1, $2, $3, $4) on conflict (sku, location)"
            + " do update set level_time = excluded.level_time, sequence = excluded.sequence";

    /** The level seen last; {@code sequence} is null until a level that carries one is seen. */
    public record Seen(Instant levelTime, Long sequence) {

        /** Whether {@code levelSequence} and {@code eventTime} describe a level older than this one. */
        public boolean isNewerThan(Long levelSequence, Instant eventTime) {
            return sequence != null && levelSequence != null
                    ? sequence >= levelSequence
                    : eventTime.isBefore(levelTime);
        }
    }

    private StockWatchRows() {}

    /** The level seen last at the position, or null. */
    public static Uni<Seen> find(SqlConnection connection, String sku, String location) {
        return connection.preparedQuery(SELECT).execute(Tuple.of(sku, location)).map(rows -> {
            if (rows.size() == 0) {
                return null;
            }
            Row row = rows.iterator().next();
            return new Seen(row.getOffsetDateTime("level_time").toInstant(), row.getLong("sequence"));
        });
    }

    public static Tuple values(String sku, String location, Instant levelTime, Long sequence) {
        return Tuple.of(sku, location, levelTime.atOffset(ZoneOffset.UTC), sequence);
    }
}
