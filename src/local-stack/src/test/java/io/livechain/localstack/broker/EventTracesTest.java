package io.livechain.localstack.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** Every event the ingress stores has a trace: its own, the sender's, or one started at the ingress. */
class EventTracesTest {

    private static final String SENDERS = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    private static final String W3C = "00-[0-9a-f]{32}-[0-9a-f]{16}-01";

    private static CloudEventBuilder scan() {
        return CloudEventBuilder.v1()
                .withId("scan-1")
                .withSource(URI.create("/e2e/scanner"))
                .withType("io.livechain.scan.v1");
    }

    @Test
    void anEventsOwnTraceparentIsKept() {
        CloudEvent own = scan().withExtension("traceparent", SENDERS).build();

        assertSame(own, EventTraces.traced(own, "00-11111111111111111111111111111111-2222222222222222-01"));
    }

    @Test
    void anUntracedEventContinuesTheSendersW3cHeader() {
        assertEquals(SENDERS, EventTraces.of(EventTraces.traced(scan().build(), SENDERS)));
    }

    @Test
    void withoutEitherEachEventStartsATraceOfItsOwn() {
        String first = EventTraces.of(EventTraces.traced(scan().build(), null));
        String second = EventTraces.of(EventTraces.traced(scan().build(), "not a traceparent"));

        assertTrue(first.matches(W3C), first);
        assertTrue(second.matches(W3C), second);
        assertNotEquals(first.substring(3, 35), second.substring(3, 35), "a new trace id each");
    }
}
