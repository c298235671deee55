package io.livechain.threshold;

import io.livechain.kit.OutboxEvent;
import io.livechain.threshold.store.OutboxTable;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One event's transaction: its connection, its cause (CloudEvent source and id, and the traceparent of
 * the span handling it, which the events it decides carry), the writes it
 * decided and the outbox rows among them. Writes are queued while the event is judged and sent
 * together at the end, so the connection pipelines them in one round trip before COMMIT.
 */
final class EventTx {

    private static final Comparator<OutboxEvent> POST_ORDER =
            Comparator.comparing(OutboxEvent::time).thenComparing(OutboxEvent::id);

    final SqlConnection connection;
    final String source;
    final String id;
    final String traceparent;
    private final List<Uni<?>> writes = new ArrayList<>();
    private final List<OutboxEvent> decided = new ArrayList<>();

    EventTx(SqlConnection connection, String source, String id, String traceparent) {
        this.connection = connection;
        this.source = source;
        this.id = id;
        this.traceparent = traceparent;
    }

    /** Queues a statement; Unis are lazy, so nothing is sent before {@link #writeAll}. */
    void write(String sql, Tuple arguments) {
        writes.add(connection.preparedQuery(sql).execute(arguments));
    }

    /** Records an event decided by this one, written to the outbox with the other writes. */
    void decide(OutboxEvent event) {
        decided.add(event);
    }

    /** Sends every queued write at once (pipelined, in order); completes when all are done. */
    Uni<Void> writeAll() {
        if (!decided.isEmpty()) {
            writes.add(connection
                    .preparedQuery(OutboxTable.INSERT)
                    .executeBatch(decided.stream()
                            .map(event -> OutboxTable.insert(event, source, id))
                            .toList()));
        }
        if (writes.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Uni.combine().all().unis(writes).discardItems();
    }

    /** The decided events in the order the outbox posts them (created, then id). */
    List<OutboxEvent> decided() {
        return decided.stream().sorted(POST_ORDER).toList();
    }
}
