package io.livechain.kit;

import io.livechain.model.EventType;
import io.livechain.model.Functions;
import io.quarkus.funqy.knative.events.CloudEvent;
import io.quarkus.funqy.knative.events.CloudEventBuilder;
import java.util.Map;

/** The reply event every function sends back into the broker. */
public final class Replies {

    private Replies() {}

    /**
     * A reply of {@code type} from {@code function} to {@code input}: its id derives from the input's
     * source and id (a redelivery replies with the same id), its source names the function, and the
     * {@code partitionkey} extension keeps replies of one key on one Kafka partition, in order; its
     * {@code traceparent} is the input's, which names the span handling it ({@link HandlingSpan}).
     */
    public static <T> CloudEvent<T> reply(
            String function, EventType type, CloudEvent<?> input, String partitionKey, T data) {
        return event(
                function,
                type,
                ReplyIds.replyTo(function, input.source(), input.id()),
                partitionKey,
                TraceParent.of(input),
                data);
    }

    /**
     * An event of {@code type} from {@code function} with an id the function derived itself (see {@link
     * ReplyIds}), in the trace of {@code traceparent} (the cause's {@link TraceParent#of}; null for none).
     */
    public static <T> CloudEvent<T> event(
            String function, EventType type, String id, String partitionKey, String traceparent, T data) {
        Map<String, String> extensions = traceparent == null
                ? Map.of("partitionkey", headerSafe(partitionKey))
                : Map.of("partitionkey", headerSafe(partitionKey), TraceParent.EXTENSION, traceparent);
        return CloudEventBuilder.create()
                .id(id)
                .type(type.type())
                .source(Functions.source(function))
                .extensions(extensions)
                .build(data);
    }

    /**
     * The key goes out as the {@code ce-partitionkey} header, which cannot carry control characters: a sku
     * with a line break failed the reply (a 500) after its movement was applied. They are percent-encoded,
     * as the CloudEvents HTTP binding encodes header values; a key without them is unchanged.
     */
    static String headerSafe(String key) {
        StringBuilder safe = new StringBuilder(key.length());
        for (char c : key.toCharArray()) {
            if (c < 0x20 || c == 0x7F) {
                safe.append('%').append(String.format("%02X", (int) c));
            } else {
                safe.append(c);
            }
        }
        return safe.toString();
    }
}
