package io.livechain.readapi.alerts;

import static io.livechain.readapi.ViewColumns.instant;
import static io.livechain.readapi.ViewColumns.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.livechain.readapi.UndefinedTable;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * Reads alerts through {@code threshold.alerts_v1}, the read view the threshold function publishes
 * (its migration V10__read_views.sql documents each column); never its tables. An ack is threshold's
 * own act: {@link #ack} asks threshold to record it ({@link ThresholdAcks}) and reads the alert back.
 */
@ApplicationScoped
public class AlertQueries {

    static final Set<String> STATUSES = Set.of("open", "resolved");

    // readings as text for Jackson: the stored JSON is passed on as it is, whatever its shape.
    private static final String COLUMNS = "alert_id, dedup_key, asset_id, shipment_id, rule, severity, status,"
            + " summary, raised_at, resolved_at, acked_at, acked_by, readings::text as readings";
    // An absent filter is a null parameter, so one statement serves every combination of filters.
    // Ties in byte order ("C"), not the database locale's, so the order is the same on every server.
    private static final String LIST = "select " + COLUMNS + " from threshold.alerts_v1"
            + " where ($1::text is null or status = $1) and ($2::text is null or asset_id = $2)"
            + " order by raised_at desc, alert_id collate \"C\" limit $3";
    private static final String BY_ID = "select " + COLUMNS + " from threshold.alerts_v1 where alert_id = $1";

    private final Pool pool;
    private final ObjectMapper mapper;
    private final ThresholdAcks acks;

    public AlertQueries(Pool pool, ObjectMapper mapper, ThresholdAcks acks) {
        this.pool = pool;
        this.mapper = mapper;
        this.acks = acks;
    }

    /**
     * Newest first, at most {@code limit}; a null status or asset does not filter. Fails with
     * {@link UnknownAlertStatusException} when the status is neither open nor resolved.
     */
    public Uni<List<Alert>> list(String status, String assetId, int limit) {
        if (status != null && !STATUSES.contains(status)) {
            return Uni.createFrom().failure(new UnknownAlertStatusException());
        }
        return pool.preparedQuery(LIST)
                .execute(Tuple.of(status, assetId, limit))
                .map(rows -> StreamSupport.stream(rows.spliterator(), false)
                        .map(this::toAlert)
                        .toList())
                .onFailure(UndefinedTable::is)
                .recoverWithItem(List.of());
    }

    /** Fails with {@link NoAlertException} when no alert has this id. */
    public Uni<Alert> byId(String alertId) {
        return single(pool.preparedQuery(BY_ID).execute(Tuple.of(alertId)), alertId);
    }

    /**
     * The alert acked by {@code by}, or as first acked. Fails with {@link NoAlertException} when threshold
     * knows no such alert, with {@link AckNotTakenException} when threshold did not record the ack.
     */
    public Uni<Alert> ack(String alertId, String by) {
        return acks.ack(alertId, by).chain(() -> byId(alertId));
    }

    private Uni<Alert> single(Uni<RowSet<Row>> query, String alertId) {
        return query.map(rows ->
                        rows.size() == 0 ? null : toAlert(rows.iterator().next()))
                .onFailure(UndefinedTable::is)
                .recoverWithNull()
                .onItem()
                .ifNull()
                .failWith(() -> new NoAlertException(alertId));
    }

    private Alert toAlert(Row row) {
        Instant ackedAt = instant(row.getOffsetDateTime("acked_at"));
        return new Alert(
                row.getString("alert_id"),
                row.getString("dedup_key"),
                row.getString("asset_id"),
                row.getString("shipment_id"),
                row.getString("rule"),
                row.getString("severity"),
                row.getString("status"),
                row.getString("summary"),
                instant(row.getOffsetDateTime("raised_at")),
                instant(row.getOffsetDateTime("resolved_at")),
                ackedAt != null,
                ackedAt,
                row.getString("acked_by"),
                json(mapper, row.getString("readings")));
    }
}
