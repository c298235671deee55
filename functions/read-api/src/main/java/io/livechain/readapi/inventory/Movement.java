package io.livechain.readapi.inventory;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.livechain.model.PlainDecimalSerializer;
import io.livechain.readapi.ViewColumns;
import io.vertx.mutiny.sqlclient.Row;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One movement of a position's history, a row of {@code inventory.stock_ledger_v1}: {@code uom} only for
 * a measured unit; {@code applied} and {@code onHandAfter} as of its arrival (a movement stamped at or
 * before a cycle count recorded earlier changed nothing); {@code cause} the movement event.
 */
public record Movement(
        Instant eventTime,
        String kind,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal quantity,
        @JsonInclude(JsonInclude.Include.NON_NULL) String uom,
        boolean applied,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal onHandAfter,
        String bizStep,
        long sequence,
        Instant recordedAt,
        Cause cause) {

    /** The CloudEvent that caused the movement. */
    public record Cause(String source, String id) {}

    static Movement of(Row row) {
        String uom = row.getString("uom");
        return new Movement(
                ViewColumns.instant(row.getOffsetDateTime("event_time")),
                row.getString("kind"),
                row.getBigDecimal("quantity"),
                uom.isEmpty() ? null : uom,
                row.getBoolean("applied"),
                row.getBigDecimal("on_hand_after"),
                row.getString("biz_step"),
                row.getLong("sequence"),
                ViewColumns.instant(row.getOffsetDateTime("recorded_at")),
                new Cause(row.getString("event_source"), row.getString("event_id")));
    }
}
