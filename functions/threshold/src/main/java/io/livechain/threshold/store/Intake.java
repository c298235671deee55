package io.livechain.threshold.store;

import io.livechain.kit.Inbox;
import io.livechain.model.SensorReading;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The first statements of every event: lock the asset (creating it, and registering its profile if it
 * had none), then record the event in the kit's {@link Inbox}, storing its reading in the same
 * statement when it is known up front that the reading is kept. Numbers travel as text so NUMERIC
 * keeps every digit.
 */
public final class Intake {

    /** Locks the asset's row (one event per asset at a time), creating it; returns its profile. */
    private static final String LOCK_ASSET = "insert into assets (asset_id, profile, updated_at) values ($1, $2, now())"
            + " on conflict (asset_id) do update set profile = coalesce(assets.profile, excluded.profile)"
            + " returning profile";

    private static final String READING_COLUMNS = "readings (asset_id, metric, event_time, value, raw_value, raw_unit,"
            + " device_id, shipment_id, event_source, event_id)";

    /** The inbox row and the reading together: a redelivery inserts neither and returns no id. */
    private static final String FIRST_TIME_WITH_READING = "with first as (" + Inbox.FIRST_TIME + ") insert into "
            + READING_COLUMNS
            + " select $3::text, $4::text, $5::timestamptz, $6::text::numeric, $7::text::numeric, $8::text,"
            + " $9::text, $10::text, $1, $2"
            + " from first returning id";

    private static final String STORE_READING = "insert into " + READING_COLUMNS
            + " values ($3, $4, $5, $6::text::numeric, $7::text::numeric, $8, $9, $10, $1, $2) returning id";

    private Intake() {}

    /** The asset's registered profile after the lock (null if none). */
    public static Uni<String> lockAsset(SqlConnection connection, String assetId, String profileIfNone) {
        return connection
                .preparedQuery(LOCK_ASSET)
                .execute(Tuple.of(assetId, profileIfNone))
                .map(rows -> rows.iterator().next().getString("profile"));
    }

    /** True the first time an event is seen; false for a redelivery. */
    public static Uni<Boolean> firstTime(SqlConnection connection, String source, String id) {
        return connection
                .preparedQuery(Inbox.FIRST_TIME)
                .execute(Tuple.of(source, id))
                .map(rows -> rows.rowCount() == 1);
    }

    /** Records the event and stores its reading (value in the metric's canonical unit); the reading's id, or null for a redelivery. */
    public static Uni<Long> firstTimeStoring(
            SqlConnection connection, SensorReading reading, BigDecimal value, String source, String id) {
        return connection
                .preparedQuery(FIRST_TIME_WITH_READING)
                .execute(reading(reading, value, source, id))
                .map(Intake::id);
    }

    /** Stores the reading of an event already recorded in the inbox; its id. */
    public static Uni<Long> store(
            SqlConnection connection, SensorReading reading, BigDecimal value, String source, String id) {
        return connection
                .preparedQuery(STORE_READING)
                .execute(reading(reading, value, source, id))
                .map(Intake::id);
    }

    private static Long id(RowSet<Row> rows) {
        return rows.rowCount() == 0 ? null : rows.iterator().next().getLong("id");
    }

    private static Tuple reading(SensorReading reading, BigDecimal value, String source, String id) {
        return Tuple.of(
                        source,
                        id,
                        reading.assetId(),
                        reading.metric(),
                        storedTime(reading).atOffset(ZoneOffset.UTC),
                        value.toPlainString())
                .addString(reading.value().toPlainString())
                .addString(reading.unit())
                .addString(reading.deviceId())
                .addString(reading.shipmentId());
    }

    /** PostgreSQL keeps microseconds: the aggregate must see the time the queries will find. */
    public static java.time.Instant storedTime(SensorReading reading) {
        return reading.time().truncatedTo(ChronoUnit.MICROS);
    }
}
