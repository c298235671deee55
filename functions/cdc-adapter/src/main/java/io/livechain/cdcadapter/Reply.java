package io.livechain.cdcadapter;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.livechain.model.EventType;

/** The catalogue event a change becomes: its type, partition key and data (JSON text, decimals as written). */
public record Reply(EventType type, String partitionKey, String data) {

    /** Replies as a JSON array, kept with the change (text, not jsonb: jsonb would not keep 10.500 as written). */
    static String stored(java.util.List<Reply> replies) {
        return replies.stream().map(Reply::stored).collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }

    String stored() {
        return "{\"type\":" + quoted(type.type()) + ",\"partitionKey\":" + quoted(partitionKey) + ",\"data\":" + data
                + "}";
    }

    private static String quoted(String text) {
        return JsonNodeFactory.instance.textNode(text).toString();
    }
}
