package io.livechain.kit;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.quarkus.funqy.knative.events.CloudEvent;
import java.util.Map;

/**
 * The W3C {@code traceparent} an event carries as its CloudEvents distributed-tracing extension
 * ({@code ce-traceparent} in binary mode), so the next hop continues the same trace. Every event a
 * function emits takes the traceparent of the handling that decided it: {@link HandlingSpan} makes an
 * input's extension name that handling's span on the way in, and {@link Replies}, the outbox and
 * {@link BrokerSink} pass it on.
 */
public final class TraceParent {

    /** The extension's name; its value is a W3C trace-context {@code traceparent}. */
    public static final String EXTENSION = "traceparent";

    private TraceParent() {}

    /** The event's traceparent: inside a function, its handling span (see {@link HandlingSpan}); null if none. */
    public static String of(CloudEvent<?> event) {
        Map<String, String> extensions = event.extensions();
        return extensions == null ? null : extensions.get(EXTENSION);
    }

    /** The traceparent of the span current on this thread; null when there is none (tracing off). */
    public static String current() {
        return of(Span.current().getSpanContext());
    }

    /** {@code 00-<trace id>-<span id>-<flags>}; null for an invalid (not recording, no parent) context. */
    static String of(SpanContext span) {
        if (!span.isValid()) {
            return null;
        }
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-"
                + span.getTraceFlags().asHex();
    }
}
