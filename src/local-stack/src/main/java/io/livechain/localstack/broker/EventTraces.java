package io.livechain.localstack.broker;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The W3C trace context of events through the broker, as Knative's carries it: the CloudEvents
 * distributed-tracing extension {@code traceparent} is kept with the event in Kafka
 * ({@code ce_traceparent}), and each delivery also sends it as the W3C {@code traceparent} HTTP header,
 * which subscribers' tracing (Quarkus' OpenTelemetry) parents their server span on.
 */
final class EventTraces {

    static final String TRACEPARENT = "traceparent";

    private static final Pattern W3C = Pattern.compile("00-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-[0-9a-f]{2}");

    private EventTraces() {}

    /** The event's traceparent, or null. */
    static String of(CloudEvent event) {
        Object traceparent = event.getExtension(TRACEPARENT);
        return traceparent == null ? null : traceparent.toString();
    }

    /**
     * The event as the ingress stores it: its own traceparent if it has one; else the sender's W3C header,
     * if valid, so the event continues the sender's trace; else a new sampled trace starting here, as
     * Knative's ingress starts a span for what arrives untraced. So every event has a trace from the
     * ingress on, whether or not its sender knows of tracing, and each its own.
     */
    static CloudEvent traced(CloudEvent event, String senderHeader) {
        if (event.getExtension(TRACEPARENT) != null) {
            return event;
        }
        String traceparent = senderHeader != null && W3C.matcher(senderHeader).matches() ? senderHeader : started();
        return CloudEventBuilder.v1(event)
                .withExtension(TRACEPARENT, traceparent)
                .build();
    }

    /** A new trace: random trace and span ids, sampled (subscribers' parent-based sampling records it). */
    static String started() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "00-" + hex(random.nextLong() | 1L) + hex(random.nextLong()) + "-" + hex(random.nextLong() | 1L) + "-01";
    }

    private static String hex(long value) {
        String digits = Long.toHexString(value);
        return "0".repeat(16 - digits.length()) + digits;
    }
}
