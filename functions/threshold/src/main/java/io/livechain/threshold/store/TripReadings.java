package io.livechain.threshold.store;

import io.livechain.model.SensorReading;
import io.livechain.threshold.rules.EvidenceScope;
import io.livechain.threshold.rules.Sample;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The bounded queries over one trip's stored readings (index readings_trip_time). Values come back as
 * text and become doubles through BigDecimal, exactly as the stored value.
 */
public final class TripReadings {

    private static final String TRIP = " from readings where asset_id = $1 and metric = $2 and trip = $3";
    private static final String SAMPLE = "select event_time, id, value::text as value" + TRIP;

    private static final String ALL = SAMPLE + " order by event_time, id";

    /** The values stamped in ($4, $5] (leaving the MKT window) and the first time after $5, in one statement. */
    private static final String WINDOW_SLIDE = "select array(select value::text" + TRIP
            + " and event_time > $4 and event_time <= $5) as leaving, (select event_time" + TRIP
            + " and event_time > $5 order by event_time, id limit 1) as first";

    private static final String JUST_BEFORE = SAMPLE + " and (event_time < $4 or (event_time = $4 and id < $5))"
            + " order by event_time desc, id desc limit 1";
    private static final String JUST_AFTER =
            SAMPLE + " and (event_time > $4 or (event_time = $4 and id > $5))" + " order by event_time, id limit 1";

    private static final String EVIDENCE =
            "select device_id, asset_id, shipment_id, metric, raw_value, raw_unit, event_time" + TRIP
                    + " and (%s) order by event_time desc, id desc limit " + EvidenceScope.LIMIT;
    private static final String EVIDENCE_FROM = EVIDENCE.formatted("event_time > $4 or (event_time = $4 and id >= $5)");
    private static final String EVIDENCE_OUT_OF_RANGE =
            EVIDENCE.formatted("cast(value as double precision) < $4 or cast(value as double precision) > $5");
    private static final String EVIDENCE_AFTER = EVIDENCE.formatted("event_time > $4");
    private static final String EVIDENCE_LATEST = EVIDENCE.formatted("id = $4");

    /** What leaves the MKT window as it slides, and where the window then begins. */
    public record Slide(List<Double> leaving, Instant first) {}

    private TripReadings() {}

    /** A trip's readings, oldest first: for replaying a trip once, never per reading. */
    public static Uni<List<Sample>> all(SqlConnection connection, TripKey key) {
        return connection.preparedQuery(ALL).execute(key.tuple()).map(TripReadings::samples);
    }

    public static Uni<Slide> slide(SqlConnection connection, TripKey key, Instant after, Instant upTo) {
        return connection
                .preparedQuery(WINDOW_SLIDE)
                .execute(key.tuple(utc(after), utc(upTo)))
                .map(rows -> {
                    Row row = rows.iterator().next();
                    List<Double> leaving = new ArrayList<>();
                    for (String value : row.getArrayOfStrings("leaving")) {
                        leaving.add(new BigDecimal(value).doubleValue());
                    }
                    return new Slide(leaving, row.getOffsetDateTime("first").toInstant());
                });
    }

    /** The reading just before {@code sample} in the trip's order (time, then id), or null. */
    public static Uni<Sample> justBefore(SqlConnection connection, TripKey key, Sample sample) {
        return neighbour(connection, JUST_BEFORE, key, sample);
    }

    /** The reading just after {@code sample} in the trip's order (time, then id), or null. */
    public static Uni<Sample> justAfter(SqlConnection connection, TripKey key, Sample sample) {
        return neighbour(connection, JUST_AFTER, key, sample);
    }

    /** The last readings in {@code scope} (oldest first), with one LIMIT query; as events of {@code profile}. */
    public static Uni<List<SensorReading>> evidence(
            SqlConnection connection, TripKey key, EvidenceScope scope, Sample latest, String profile) {
        Uni<RowSet<Row>> newestFirst;
        if (scope instanceof EvidenceScope.From from) {
            newestFirst = connection
                    .preparedQuery(EVIDENCE_FROM)
                    .execute(key.tuple(utc(from.first().time()), from.first().seq()));
        } else if (scope instanceof EvidenceScope.OutOfRange range) {
            newestFirst = connection.preparedQuery(EVIDENCE_OUT_OF_RANGE).execute(key.tuple(range.min(), range.max()));
        } else if (scope instanceof EvidenceScope.After after) {
            newestFirst = connection.preparedQuery(EVIDENCE_AFTER).execute(key.tuple(utc(after.after())));
        } else {
            newestFirst = connection.preparedQuery(EVIDENCE_LATEST).execute(key.tuple(latest.seq()));
        }
        return newestFirst.map(rows -> {
            List<SensorReading> readings = new ArrayList<>(rows.size());
            for (Row row : rows) {
                readings.add(new SensorReading(
                        row.getString("device_id"),
                        row.getString("asset_id"),
                        row.getString("shipment_id"),
                        row.getString("metric"),
                        row.getBigDecimal("raw_value"),
                        row.getString("raw_unit"),
                        row.getOffsetDateTime("event_time").toInstant(),
                        profile));
            }
            Collections.reverse(readings);
            return readings;
        });
    }

    private static Uni<Sample> neighbour(SqlConnection connection, String sql, TripKey key, Sample sample) {
        return connection
                .preparedQuery(sql)
                .execute(key.tuple(utc(sample.time()), sample.seq()))
                .map(rows -> rows.size() == 0 ? null : sample(rows.iterator().next()));
    }

    private static List<Sample> samples(RowSet<Row> rows) {
        List<Sample> samples = new ArrayList<>(rows.size());
        rows.forEach(row -> samples.add(sample(row)));
        return samples;
    }

    private static Sample sample(Row row) {
        return new Sample(
                row.getOffsetDateTime("event_time").toInstant(),
                row.getLong("id"),
                new BigDecimal(row.getString("value")).doubleValue());
    }

    static java.time.OffsetDateTime utc(Instant time) {
        return time.atOffset(ZoneOffset.UTC);
    }
}
