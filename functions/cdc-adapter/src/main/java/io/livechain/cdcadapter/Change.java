package io.livechain.cdcadapter;

import com.fasterxml.jackson.databind.JsonNode;
import io.livechain.kit.CloudEventReader;
import io.livechain.model.InvalidEventException;
import java.nio.charset.StandardCharsets;

/**
 * One Debezium change of a legacy row: the table ({@code <schema>.<table>}), the operation (c, u, d, r,
 * t, m), the row's primary key (the Kafka record key, as JSON text), its LSN and the row images.
 */
public record Change(String database, String table, String op, String key, long lsn, JsonNode before, JsonNode after) {

    /**
     * Most UTF-8 bytes of a record key and of a database name: the row's key and the change's id are
     * indexed whole, and a PostgreSQL btree entry holds at most 2704 bytes (as the legacy table's own
     * primary key index does: a real key is shorter).
     */
    static final int MAX_KEY_BYTES = 2048;

    static final int MAX_DATABASE_BYTES = 256;

    /** The change of a valid envelope; refuses what cannot be kept or ordered, naming the field. */
    static Change of(JsonNode envelope, String key) {
        JsonNode source = envelope.path("source");
        String database = source.path("db").asText("");
        JsonNode lsn = source.path("lsn");
        if (!CloudEventReader.storable(key)) {
            throw new InvalidEventException(
                    "key", "contains U+0000 or an unpaired surrogate, which cannot be stored as text");
        }
        if (key.getBytes(StandardCharsets.UTF_8).length > MAX_KEY_BYTES) {
            throw new InvalidEventException(
                    "key", "is longer than " + MAX_KEY_BYTES + " bytes, more than a row's primary key can be");
        }
        if (database.getBytes(StandardCharsets.UTF_8).length > MAX_DATABASE_BYTES) {
            throw new InvalidEventException(
                    "source.db", "is longer than " + MAX_DATABASE_BYTES + " bytes, more than a database's name");
        }
        if (!lsn.canConvertToLong()) {
            // asLong() would wrap it (2^64 to 0): the row's changes compared in a wrong order.
            throw new InvalidEventException(
                    "source.lsn", "is beyond Debezium's 64-bit LSN: no order of the row's changes can be told by it");
        }
        return new Change(
                database,
                source.path("schema").asText() + "." + source.path("table").asText(),
                envelope.path("op").asText(),
                key,
                lsn.asLong(),
                envelope.path("before"),
                envelope.path("after"));
    }

    /**
     * The id of what this change means, from its source position: database, table, key and LSN (a
     * snapshot read is marked apart: it shares the snapshot's LSN with every other row). Debezium
     * re-sending it after a restart, or the broker redelivering it, yields the same id.
     */
    String id() {
        return String.join("|", database, table, key, "r".equals(op) ? "snapshot@" + lsn : Long.toString(lsn));
    }
}
