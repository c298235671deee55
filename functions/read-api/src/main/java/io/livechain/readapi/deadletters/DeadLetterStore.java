package io.livechain.readapi.deadletters;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.StreamSupport;

/** Dead letters in {@code read_api.dead_letters}: stored once per (source, id), listed newest first. */
@ApplicationScoped
public class DeadLetterStore {

    private static final String INSERT = "insert into read_api.dead_letters (id, source, type, time, subject,"
            + " datacontenttype, error_code, error_dest, error_data, extensions, data)"
            + " values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) on conflict (source, id) do nothing";
    // seq breaks ties between letters received within the same microsecond.
    private static final String NEWEST_FIRST = "select id, source, type, time, subject, datacontenttype, error_code,"
            + " error_dest, error_data, extensions, data, received_at from read_api.dead_letters"
            + " order by received_at desc, seq desc limit $1";

    private final Pool pool;
    private final EventDataJson dataJson;

    public DeadLetterStore(Pool pool, ObjectMapper mapper) {
        this.pool = pool;
        this.dataJson = new EventDataJson(mapper);
    }

    /** True when stored, false when this (source, id) was stored before (a redelivery). */
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
                .addBuffer(letter.data() == null ? null : Buffer.buffer(letter.data()));
        return pool.preparedQuery(INSERT).execute(values).map(result -> result.rowCount() == 1);
    }

    public Uni<List<StoredDeadLetter>> newestFirst(int limit) {
        return pool.preparedQuery(NEWEST_FIRST)
                .execute(Tuple.of(limit))
                .map(rows -> StreamSupport.stream(rows.spliterator(), false)
                        .map(this::toStored)
                        .toList());
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
                instant(row.getOffsetDateTime("received_at")));
    }

    private static Map<String, String> strings(JsonObject json) {
        Map<String, String> map = new TreeMap<>();
        json.forEach(entry -> map.put(entry.getKey(), String.valueOf(entry.getValue())));
        return map;
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
