package io.livechain.kit;

import io.opentelemetry.api.trace.Span;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Continues an event's trace through a function. Quarkus' OpenTelemetry starts the server span of each
 * request as a child of its W3C {@code traceparent} header (Knative's dispatcher, and the local broker,
 * send it beside the event's {@code ce-traceparent}); this edge names the event on that span (the
 * CloudEvents semantic conventions) and makes the input's {@code ce-traceparent} name that span, so
 * what the function decides from it ({@link Replies}, outbox events, {@link BrokerSink} posts) carries
 * the span that made it. Binary mode only: a structured event's extensions are in its body, which this
 * edge does not parse (its trace still continues, one level flatter). With tracing off there is no
 * current span and nothing changes: the input's own traceparent is passed on as it came.
 */
@ApplicationScoped
public class HandlingSpan {

    static final String CE_TRACEPARENT = "ce-" + TraceParent.EXTENSION;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 2).handler(this::continueTrace);
    }

    private void continueTrace(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String id = request.getHeader("ce-id");
        if (id != null && request.method() == HttpMethod.POST) {
            Span span = Span.current();
            String handling = TraceParent.of(span.getSpanContext());
            if (handling != null) {
                span.setAttribute("cloudevents.event_id", id);
                span.setAttribute("cloudevents.event_type", String.valueOf(request.getHeader("ce-type")));
                span.setAttribute("cloudevents.event_source", String.valueOf(request.getHeader("ce-source")));
                request.headers().set(CE_TRACEPARENT, handling);
            }
        }
        ctx.next();
    }
}
