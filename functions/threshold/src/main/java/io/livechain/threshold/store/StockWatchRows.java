package io.livechain.threshold.store;

import io.livechain.threshold.replenishment.Figures;
import io.livechain.threshold.replenishment.PositionHistory;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * Table stock_watch: the newest level seen per stock position, by its sequence (the position's
 * movement count), or its event time for levels without one. An older level arriving late is not
 * judged. For a position at a location with a lead time it also keeps the first and newest day seen
 * and the replenishment figures; its window's daily outbound (table demand_days) is read in the same
 * statement. Numbers travel as text so NUMERIC keeps every digit.
 */
public final class StockWatchRows {

    // The window ends at the newer of the stored newest day and the level's own ($3); $4 is its length
    // in days (0 reads none). Both arrays come from the primary key's range, oldest day first.
    private static final String DAYS_IN_WINDOW = " from demand_days d where d.sku = $1 and d.location = $2"
            + " and d.day > greatest(w.last_day, $3::date) - $4::int order by d.day";
    private static final String SELECT = "select w.level_time, w.sequence, w.below, w.first_day, w.last_day,"
            + " array(select d.day::text" + DAYS_IN_WINDOW + ") as days,"
            + " array(select d.outbound::text" + DAYS_IN_WINDOW + ") as outbound"
            + " from stock_watch w where w.sku = $1 and w.location = $2";

    private static final String FIGURE_COLUMNS = "first_day, last_day, history_days, demand_per_day, demand_sd,"
            + " lead_time_days, lead_time_sd_days, service_level, safety_stock, reorder_point_unrounded,"
            + " reorder_point, order_up_to_unrounded, order_up_to";
    private static final String FIGURE_VALUES = "$3::date, $4::date, $5::int, $6::text::numeric, $7::text::numeric,"
            + " $8::text::numeric, $9::text::numeric, $10::text::numeric, $11::text::numeric, $12::text::numeric,"
            + " $13::text::numeric, $14::text::numeric, $15::text::numeric";

    /** The newest level and its judgement: $1 sku, $2 location, figures (see {@link #newest}), $16.. the level. */
    public static final String UPSERT = "insert into stock_watch (sku, location, " + FIGURE_COLUMNS
            + ", level_time, sequence, below, figures_at) values ($1, $2, " + FIGURE_VALUES + ", $16, $17, $18, now())"
            + " on conflict (sku, location) do update set (" + FIGURE_COLUMNS
            + ", level_time, sequence, below, figures_at) = (" + excluded(FIGURE_COLUMNS)
            + ", excluded.level_time, excluded.sequence, excluded.below, excluded.figures_at)";

    /** A late level: new history and figures, the newest level and its judgement kept. */
    public static final String UPDATE_FIGURES = "update stock_watch set (" + FIGURE_COLUMNS + ", figures_at) = ("
            + FIGURE_VALUES + ", now()) where sku = $1 and location = $2";

    /** The level seen last; {@code sequence} is null until a level that carries one is seen. */
    public record Seen(Instant levelTime, Long sequence, boolean below, PositionHistory history) {

        /** Whether {@code levelSequence} and {@code eventTime} describe a level older than this one. */
        public boolean isNewerThan(Long levelSequence, Instant eventTime) {
            return sequence != null && levelSequence != null
                    ? sequence >= levelSequence
                    : eventTime.isBefore(levelTime);
        }
    }

    private StockWatchRows() {}

    /**
     * The level seen last at the position with its history and the outbound of the {@code windowDays}
     * days ending at the newer of its newest day and {@code day}; null if none was seen.
     */
    public static Uni<Seen> find(SqlConnection connection, String sku, String location, LocalDate day, int windowDays) {
        return connection
                .preparedQuery(SELECT)
                .execute(Tuple.of(sku, location, day, windowDays))
                .map(rows -> rows.size() == 0 ? null : seen(rows.iterator().next()));
    }

    /** Values of {@link #UPSERT}. */
    public static Tuple newest(
            String sku,
            String location,
            PositionHistory history,
            Figures figures,
            Instant levelTime,
            Long sequence,
            boolean below) {
        return figures(sku, location, history, figures)
                .addOffsetDateTime(levelTime.atOffset(ZoneOffset.UTC))
                .addLong(sequence)
                .addBoolean(below);
    }

    /** Values of {@link #UPDATE_FIGURES}; also the first fifteen of {@link #UPSERT}. Figures may be null. */
    public static Tuple figures(String sku, String location, PositionHistory history, Figures figures) {
        boolean none = figures == null;
        return Tuple.of(sku, location, history.firstDay(), history.lastDay())
                .addInteger(none ? null : figures.historyDays())
                .addString(text(none ? null : figures.demandPerDay()))
                .addString(text(none ? null : figures.demandSd()))
                .addString(text(none ? null : figures.leadTimeDays()))
                .addString(text(none ? null : figures.leadTimeSdDays()))
                .addString(text(none ? null : figures.serviceLevel()))
                .addString(text(none ? null : figures.safetyStock()))
                .addString(text(none ? null : figures.reorderPointUnrounded()))
                .addString(text(none ? null : figures.reorderPoint()))
                .addString(text(none ? null : figures.orderUpToUnrounded()))
                .addString(text(none ? null : figures.orderUpTo()));
    }

    private static Seen seen(Row row) {
        String[] days = row.getArrayOfStrings("days");
        String[] outbound = row.getArrayOfStrings("outbound");
        Map<LocalDate, BigDecimal> daily = new HashMap<>();
        for (int i = 0; i < days.length; i++) {
            daily.put(LocalDate.parse(days[i]), new BigDecimal(outbound[i]));
        }
        return new Seen(
                row.getOffsetDateTime("level_time").toInstant(),
                row.getLong("sequence"),
                row.getBoolean("below"),
                new PositionHistory(row.getLocalDate("first_day"), row.getLocalDate("last_day"), daily));
    }

    private static String excluded(String columns) {
        return "excluded." + columns.replace(", ", ", excluded.");
    }

    private static String text(BigDecimal figure) {
        return figure == null ? null : figure.toPlainString();
    }
}
