package io.livechain.cdcadapter;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One Debezium change of a legacy row: the table ({@code <schema>.<table>}), the operation (c, u, d, r,
 * t, m), the row's primary key (the Kafka record key, as JSON text), its LSN and the row images.
 */
public record Change(String database, String table, String op, String key, long lsn, JsonNode before, JsonNode after) {

    static Change of(JsonNode envelope, String key) {
        JsonNode source = envelope.path("source");
        return new Change(
                source.path("db").asText(""),
                source.path("schema").asText() + "." + source.path("table").asText(),
                envelope.path("op").asText(),
                key,
                source.path("lsn").asLong(),
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
