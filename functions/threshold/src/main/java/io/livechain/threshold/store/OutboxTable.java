package io.livechain.threshold.store;

import io.livechain.kit.OutboxEvent;
import io.livechain.kit.OutboxStore;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The outbox table, for the kit's publisher: a row is deleted once the broker took its event. Payloads
 * travel as text and are cast, so a JSON document is not sent as a JSON string.
 */
public final class OutboxTable implements OutboxStore {

    /** Written with the event's other writes, in its transaction (see EventTx). */
    public static final String INSERT = "insert into outbox (event_id, event_type, partition_key, payload, created_at,"
            + " cause_source, cause_id, traceparent) values ($1, $2, $3, $4::text::jsonb, $5, $6, $7, $8)";

    private static final String COLUMNS =
            "select event_id, event_type, partition_key, payload::text as payload, created_at, traceparent"
                    + " from outbox ";

    private static final String SELECT_BY_CAUSE =
            COLUMNS + "where cause_source = $1 and cause_id = $2 order by created_at, event_id";

    private static final String SELECT_OLDER = COLUMNS + "where created_at < $1 order by created_at, event_id limit $2";

    private static final String DELETE = "delete from outbox where event_id = any($1::text[])";

    private final Pool pool;

    public OutboxTable(Pool pool) {
        this.pool = pool;
    }

    public static Tuple insert(OutboxEvent event, String causeSource, String causeId) {
        return Tuple.of(
                        event.id(),
                        event.type(),
                        event.partitionKey(),
                        event.payload(),
                        event.time().atOffset(ZoneOffset.UTC))
                .addString(causeSource)
                .addString(causeId)
                .addString(event.traceparent());
    }

    @Override
    public Uni<List<OutboxEvent>> decidedBy(String causeSource, String causeId) {
        return pool.preparedQuery(SELECT_BY_CAUSE)
                .execute(Tuple.of(causeSource, causeId))
                .map(OutboxTable::events);
    }

    @Override
    public Uni<List<OutboxEvent>> leftBehind(Instant before, int limit) {
        return pool.preparedQuery(SELECT_OLDER)
                .execute(Tuple.of(before.atOffset(ZoneOffset.UTC), (long) limit))
                .map(OutboxTable::events);
    }

    @Override
    public Uni<Void> markPosted(List<String> eventIds) {
        return pool.preparedQuery(DELETE)
                .execute(Tuple.tuple().addArrayOfString(eventIds.toArray(String[]::new)))
                .replaceWithVoid();
    }

    private static List<OutboxEvent> events(RowSet<Row> rows) {
        List<OutboxEvent> events = new ArrayList<>(rows.size());
        rows.forEach(row -> events.add(new OutboxEvent(
                row.getString("event_id"),
                row.getString("event_type"),
                row.getString("partition_key"),
                row.getString("payload"),
                row.getOffsetDateTime("created_at").toInstant(),
                row.getString("traceparent"))));
        return events;
    }
}
