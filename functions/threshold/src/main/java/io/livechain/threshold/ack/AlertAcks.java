package io.livechain.threshold.ack;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Records acks on threshold's alerts: the only writer of the ack columns. Plain reactive SQL, one
 * statement, so it is independent of how the rest of threshold maps its state.
 */
@ApplicationScoped
public class AlertAcks {

    // coalesce: a second ack changes nothing, the first who and when stay. Resolved alerts can be acked too.
    private static final String ACK = "update threshold.alerts set acked_at = coalesce(acked_at, now()),"
            + " acked_by = coalesce(acked_by, $2), updated_at = now() where alert_id = $1"
            + " returning alert_id, acked_at, acked_by";

    private final Pool pool;

    public AlertAcks(Pool pool) {
        this.pool = pool;
    }

    /** The ack as first recorded, by {@code by} if this is the first; a null item when no alert has the id. */
    public Uni<Ack> ack(String alertId, String by) {
        return pool.preparedQuery(ACK)
                .execute(Tuple.of(alertId, by))
                .map(rows -> rows.size() == 0 ? null : toAck(rows.iterator().next()));
    }

    private static Ack toAck(Row row) {
        return new Ack(
                row.getString("alert_id"), row.getOffsetDateTime("acked_at").toInstant(), row.getString("acked_by"));
    }
}
