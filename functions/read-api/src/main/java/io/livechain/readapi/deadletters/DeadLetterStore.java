package io.livechain.readapi.deadletters;

import static io.livechain.readapi.ViewColumns.instant;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.StreamSupport;

/** Dead letters in {@code read_api.dead_letters}: stored once per (source, id), listed newest first. */
@ApplicationScoped
public class DeadLetterStore {

    private static final String INSERT = "insert into read_api.dead_letters (id, source, type, time, subject,"
            + " datacontenttype, error_code, error_dest, error_data, extensions, data)"
            + " values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) on conflict (source, id) do update set"
            + " type = excluded.type, time = excluded.time, subject = excluded.subject,"
            + " datacontenttype = excluded.datacontenttype, error_code = excluded.error_code,"
            + " error_dest = excluded.error_dest, error_data = excluded.error_data, extensions = excluded.extensions,"
            + " data = excluded.data, received_at = now(), replayed_at = null"
            // A redelivered dead letter stays stored once; one that died again after its replay counts anew.
            + " where read_api.dead_letters.replayed_at is not null";
    // seq breaks ties between letters received within the same microsecond.
    private static final String NEWEST_FIRST = "select id, source, type, time, subject, datacontenttype, error_code,"
            + " error_dest, error_data, extensions, data, received_at, replayed_at from read_api.dead_letters"
            + " order by received_at desc, seq desc limit $1";
    // Oldest first, so a replay posts events in the order they died.
    private static final String NOT_REPLAYED = "select seq, id, source, type, time, subject, datacontenttype,"
            + " extensions, data from read_api.dead_letters where replayed_at is null"
            + " and ($1::text is null or id = $1) and ($2::text is null or source = $2)"
            + " and ($3::text is null or type = $3) and ($4::timestamptz is null or received_at >= $4)"
            + " and ($5::timestamptz is null or received_at < $5) order by seq limit $6";
    private static final String MARK_REPLAYED = "update read_api.dead_letters set replayed_at = now() where seq = $1";

    private final Pool pool;
    private final EventDataJson dataJson;

    public DeadLetterStore(Pool pool, ObjectMapper mapper) {
        this.pool = pool;
        this.dataJson = new EventDataJson(mapper);
    }

    /** True when stored, false when this (source, id) is stored and not yet replayed (a redelivery). */
    public Uni<Boolean> store(DeadLetter letter) {
        Tuple values = Tuple.tuple()
                .addString(letter.id())
                .addString(letter.source())
                .addString(letter.type())
                .addOffsetDateTime(letter.time())
                .addString(letter.subject())
                .addString(letter.datacontenttype())
                .addInteger(letter.errorCode())
                .addString(letter.errorDestination())
                .addString(letter.errorData())
                .addJsonObject(new JsonObject(Map.copyOf(letter.extensions())))
                // Not addBuffer: Mutiny's unwraps its argument, so a letter without data failed with a
                // NullPointerException (500, redelivered by the KafkaSource for an hour, never stored).
                .addValue(letter.data() == null ? null : io.vertx.core.buffer.Buffer.buffer(letter.data()));
        return pool.preparedQuery(INSERT).execute(values).map(result -> result.rowCount() == 1);
    }

    public Uni<List<StoredDeadLetter>> newestFirst(int limit) {
        return pool.preparedQuery(NEWEST_FIRST)
                .execute(Tuple.of(limit))
                .map(rows -> StreamSupport.stream(rows.spliterator(), false)
                        .map(this::toStored)
                        .toList());
    }

    /** Letters not yet replayed that {@code request} selects, oldest first, at most {@code limit}. */
    public Uni<List<ReplayableLetter>> notReplayed(ReplayRequest request, int limit) {
        Tuple values = Tuple.tuple()
                .addString(request.id())
                .addString(request.source())
                .addString(request.type())
                .addOffsetDateTime(request.receivedFrom())
                .addOffsetDateTime(request.receivedTo())
                .addInteger(limit);
        return pool.preparedQuery(NOT_REPLAYED)
                .execute(values)
                .map(rows -> StreamSupport.stream(rows.spliterator(), false)
                        .map(DeadLetterStore::toReplayable)
                        .toList());
    }

    public Uni<Void> markReplayed(long seq) {
        return pool.preparedQuery(MARK_REPLAYED).execute(Tuple.of(seq)).replaceWithVoid();
    }

    private static ReplayableLetter toReplayable(Row row) {
        Buffer data = row.getBuffer("data");
        return new ReplayableLetter(
                row.getLong("seq"),
                new DeadLetter(
                        row.getString("id"),
                        row.getString("source"),
                        row.getString("type"),
                        row.getOffsetDateTime("time"),
                        row.getString("subject"),
                        row.getString("datacontenttype"),
                        null,
                        null,
                        null,
                        strings(row.getJsonObject("extensions")),
                        data == null ? null : data.getBytes()));
    }

    private StoredDeadLetter toStored(Row row) {
        Buffer data = row.getBuffer("data");
        return new StoredDeadLetter(
                row.getString("id"),
                row.getString("source"),
                row.getString("type"),
                instant(row.getOffsetDateTime("time")),
                row.getInteger("error_code"),
                row.getString("error_dest"),
                row.getString("error_data"),
                row.getString("subject"),
                row.getString("datacontenttype"),
                dataJson.toJson(data == null ? null : data.getBytes()),
                strings(row.getJsonObject("extensions")),
                instant(row.getOffsetDateTime("received_at")),
                instant(row.getOffsetDateTime("replayed_at")));
    }

    private static Map<String, String> strings(JsonObject json) {
        Map<String, String> map = new TreeMap<>();
        json.forEach(entry -> map.put(entry.getKey(), String.valueOf(entry.getValue())));
        return map;
    }
}
