package io.livechain.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.livechain.model.EventType;
import io.quarkus.funqy.knative.events.CloudEvent;
import io.quarkus.funqy.knative.events.CloudEventBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A reply continues its input's trace: the input's traceparent (its handling span's) goes along. */
class ReplyTraceTest {

    private static final String HANDLING = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    private static CloudEvent<String> input(Map<String, String> extensions) {
        return CloudEventBuilder.create()
                .id("scan-1")
                .source("/e2e/scanner")
                .type(EventType.SCAN.type())
                .extensions(extensions)
                .build("{}");
    }

    @Test
    void aReplyCarriesTheInputsTraceparent() {
        CloudEvent<String> reply = Replies.reply(
                "scan-ingest",
                EventType.INVENTORY_MOVEMENT,
                input(Map.of(TraceParent.EXTENSION, HANDLING)),
                "SKU|DC",
                "{}");

        assertEquals(HANDLING, reply.extensions().get(TraceParent.EXTENSION));
        assertEquals("SKU|DC", reply.extensions().get("partitionkey"));
    }

    @Test
    void anUntracedInputGetsAnUntracedReply() {
        CloudEvent<String> reply =
                Replies.reply("scan-ingest", EventType.INVENTORY_MOVEMENT, input(Map.of()), "SKU|DC", "{}");

        assertFalse(reply.extensions().containsKey(TraceParent.EXTENSION));
    }
}
