package io.livechain.threshold.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** SQL of the outbox table. Payloads travel as text and are cast, so a JSON document is not sent as a JSON string. */
public final class OutboxStatements {

    public static final String INSERT = "insert into outbox (event_id, event_type, partition_key, payload, created_at,"
            + " cause_source, cause_id) values ($1, $2, $3, $4::text::jsonb, $5, $6, $7)";

    private static final String COLUMNS = "select event_id, event_type, partition_key, payload::text as payload, created_at"
            + " from outbox ";

    /** The rows a handled event decided, still pending (its redelivery posts them). */
    public static final String SELECT_BY_CAUSE = COLUMNS
            + "where cause_source = $1 and cause_id = $2 order by created_at, event_id";

    /** Rows left behind by handlings that did not post them. */
    public static final String SELECT_OLDER = COLUMNS + "where created_at < $1 order by created_at, event_id limit $2";

    public static final String DELETE = "delete from outbox where event_id = any($1::text[])";

    private OutboxStatements() {
    }

    public static Tuple insert(OutboxRow row, String causeSource, String causeId) {
        return Tuple.of(row.eventId(), row.eventType(), row.partitionKey(), row.payload(),
                row.createdAt().atOffset(ZoneOffset.UTC)).addString(causeSource).addString(causeId);
    }

    public static Tuple olderThan(Instant before, long limit) {
        return Tuple.of(before.atOffset(ZoneOffset.UTC), limit);
    }

    public static Tuple delete(List<String> eventIds) {
        return Tuple.tuple().addArrayOfString(eventIds.toArray(String[]::new));
    }

    public static OutboxRow row(Row row) {
        return new OutboxRow(row.getString("event_id"), row.getString("event_type"), row.getString("partition_key"),
                row.getString("payload"), row.getOffsetDateTime("created_at").toInstant());
    }
}
