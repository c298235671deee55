package io.livechain.inventory;

import io.livechain.model.MovementKind;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The SQL of one group, each statement over whole arrays (unnest) so a group costs the same few
 * statements whatever its size. Exact quantities and times travel as text and are cast in SQL, so
 * NUMERIC keeps every digit.
 */
final class LedgerStatements {

    private static final String POSITIONS = "unnest($1::text[], $2::text[], $3::text[]) as p(sku, location, uom)";

    /** Creates missing positions at zero and locks every one, in one order for all groups. */
    static final String LOCK_POSITIONS = "insert into stock_on_hand (sku, location, uom, on_hand, updated_at)"
            + " select p.sku, p.location, p.uom, 0, now() from " + POSITIONS + " order by 1, 2, 3"
            + " on conflict (sku, location, uom) do update set on_hand = stock_on_hand.on_hand where false";

    static final String SELECT_POSITIONS = "select s.sku, s.location, s.uom, s.on_hand, s.counted_at, s.sequence"
            + " from stock_on_hand s join " + POSITIONS
            + " on s.sku = p.sku and s.location = p.location and s.uom = p.uom";

    static final String SELECT_RECORDED = "select l.event_source, l.event_id, l.sku, l.location, l.uom, l.kind,"
            + " l.quantity, l.event_time, l.applied, l.on_hand_before, l.on_hand_after, l.sequence from stock_ledger l"
            + " join unnest($1::text[], $2::text[]) as k(source, id) on l.event_source = k.source and l.event_id = k.id";

    /** Per cycle count (by its 1-based place in the arrays): applied adjustments stored after its time. */
    static final String SUM_ADJUSTMENTS_AFTER = "select c.i, coalesce(sum(l.quantity), 0) as after"
            + " from unnest($1::text[], $2::text[], $3::text[], $4::text[]::timestamptz[])"
            + " with ordinality as c(sku, location, uom, counted_at, i)"
            + " left join stock_ledger l on l.sku = c.sku and l.location = c.location and l.uom = c.uom"
            + " and l.kind = 'ADJUSTMENT' and l.applied and l.event_time > c.counted_at group by c.i";

    static final String INSERT_ROWS = "insert into stock_ledger (event_source, event_id, sku, location, uom, kind,"
            + " quantity, biz_step, event_time, applied, on_hand_before, on_hand_after, lot, epc, device_id,"
            + " scan_source, scan_id, sequence) select * from unnest($1::text[], $2::text[], $3::text[], $4::text[],"
            + " $5::text[], $6::text[], $7::text[]::numeric[], $8::text[], $9::text[]::timestamptz[], $10::bool[],"
            + " $11::text[]::numeric[], $12::text[]::numeric[], $13::text[], $14::text[], $15::text[], $16::text[],"
            + " $17::text[], $18::bigint[])";

    static final String UPDATE_ON_HAND = "update stock_on_hand s set on_hand = u.on_hand, counted_at = u.counted_at,"
            + " sequence = u.sequence, updated_at = now() from unnest($1::text[], $2::text[], $3::text[],"
            + " $4::text[]::numeric[], $5::text[]::timestamptz[], $6::bigint[])"
            + " as u(sku, location, uom, on_hand, counted_at, sequence)"
            + " where s.sku = u.sku and s.location = u.location and s.uom = u.uom";

    private LedgerStatements() {}

    static Tuple positions(List<StockPosition> positions) {
        return Tuple.tuple()
                .addArrayOfString(column(positions, StockPosition::sku))
                .addArrayOfString(column(positions, StockPosition::location))
                .addArrayOfString(column(positions, StockPosition::uom));
    }

    static Tuple eventKeys(List<MovementEvent> events) {
        return Tuple.tuple()
                .addArrayOfString(column(events, MovementEvent::source))
                .addArrayOfString(column(events, MovementEvent::id));
    }

    static Tuple counts(List<MovementEvent> counts) {
        return positions(counts.stream().map(MovementEvent::position).toList())
                .addArrayOfString(
                        column(counts, count -> count.movement().eventTime().toString()));
    }

    static Tuple rows(List<LedgerRow> rows) {
        return Tuple.tuple()
                .addArrayOfString(column(rows, row -> row.event().source()))
                .addArrayOfString(column(rows, row -> row.event().id()))
                .addArrayOfString(column(rows, row -> row.position().sku()))
                .addArrayOfString(column(rows, row -> row.position().location()))
                .addArrayOfString(column(rows, row -> row.position().uom()))
                .addArrayOfString(column(rows, row -> row.kind().name()))
                .addArrayOfString(column(rows, row -> row.quantity().toPlainString()))
                .addArrayOfString(column(rows, row -> row.event().movement().bizStep()))
                .addArrayOfString(column(rows, row -> row.eventTime().toString()))
                .addArrayOfBoolean(rows.stream().map(LedgerRow::applied).toArray(Boolean[]::new))
                .addArrayOfString(column(rows, row -> row.onHandBefore().toPlainString()))
                .addArrayOfString(column(rows, row -> row.onHandAfter().toPlainString()))
                .addArrayOfString(column(rows, row -> row.event().movement().lot()))
                .addArrayOfString(column(rows, row -> row.event().movement().epc()))
                .addArrayOfString(column(rows, row -> row.event().movement().deviceId()))
                .addArrayOfString(column(rows, row -> row.event().movement().scanSource()))
                .addArrayOfString(column(rows, row -> row.event().movement().scanId()))
                .addArrayOfLong(rows.stream().map(LedgerRow::sequence).toArray(Long[]::new));
    }

    static Tuple onHand(List<Map.Entry<StockPosition, PositionState>> changed) {
        return positions(changed.stream().map(Map.Entry::getKey).toList())
                .addArrayOfString(
                        column(changed, entry -> entry.getValue().onHand.toPlainString()))
                .addArrayOfString(column(changed, entry -> text(entry.getValue().countedAt)))
                .addArrayOfLong(
                        changed.stream().map(entry -> entry.getValue().sequence).toArray(Long[]::new));
    }

    static StockPosition position(Row row) {
        return new StockPosition(row.getString("sku"), row.getString("location"), row.getString("uom"));
    }

    static PositionState positionState(Row row) {
        return new PositionState(row.getBigDecimal("on_hand"), instant(row, "counted_at"), row.getLong("sequence"));
    }

    /** A recorded row as far as replaying its level needs; {@code event} is the redelivery's own. */
    static LedgerRow recorded(Row row, MovementEvent event) {
        return new LedgerRow(
                event,
                position(row),
                MovementKind.valueOf(row.getString("kind")),
                row.getBigDecimal("quantity"),
                instant(row, "event_time"),
                row.getBoolean("applied"),
                row.getBigDecimal("on_hand_before"),
                row.getBigDecimal("on_hand_after"),
                row.getLong("sequence"));
    }

    static MovementEvent.Key key(Row row) {
        return new MovementEvent.Key(row.getString("event_source"), row.getString("event_id"));
    }

    static BigDecimal sum(Row row) {
        return row.getBigDecimal("after");
    }

    private static <T> String[] column(List<T> items, Function<T, String> value) {
        return items.stream().map(value).toArray(String[]::new);
    }

    private static String text(Instant time) {
        return time == null ? null : time.toString();
    }

    private static Instant instant(Row row, String column) {
        var time = row.getOffsetDateTime(column);
        return time == null ? null : time.toInstant();
    }
}
