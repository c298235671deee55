package io.livechain.localstack.broker;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.format.EventDeserializationException;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.http.vertx.VertxMessageFactory;
import io.cloudevents.jackson.JsonFormat;
import io.cloudevents.rw.CloudEventRWException;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.common.errors.RecordTooLargeException;

/**
 * The broker's HTTP ingress: takes CloudEvents in binary, structured or JSON batch mode and answers
 * 202 only once Kafka stored every event of the request, 400 for a request that is no valid
 * CloudEvent, 413 for one larger than the ingress or Kafka takes (final: retrying cannot help), 429
 * with {@code Retry-After} when a source sends more than its rate limit allows, 503 when Kafka cannot
 * store it (the sender retries). Every event stored carries a {@code traceparent} ({@link EventTraces}).
 */
public final class BrokerIngress {

    static final int ACCEPTED = 202;
    static final int BAD_REQUEST = 400;
    static final int UNAVAILABLE = 503;
    public static final int TOO_LARGE = 413;
    static final int TOO_MANY_REQUESTS = 429;
    private static final String BATCH = "application/cloudevents-batch+json";

    private final EventLog log;
    private final String topic;
    private final SourceRateLimit rateLimit;

    public BrokerIngress(EventLog log, String topic, SourceRateLimit rateLimit) {
        this.log = log;
        this.topic = topic;
        this.rateLimit = rateLimit;
    }

    /** Handles a POST whose body the router has already read. */
    public void handle(RoutingContext ctx) {
        List<CloudEvent> events;
        try {
            events = read(ctx);
        } catch (CloudEventRWException
                | EventDeserializationException
                | IllegalArgumentException
                | IllegalStateException
                | ClassCastException
                | io.vertx.core.json.DecodeException e) {
            answer(ctx, BAD_REQUEST, "not a valid CloudEvent: " + e.getMessage());
            return;
        }
        if (rateLimit.enabled() && overLimit(ctx, events)) {
            return;
        }
        String senderTrace = ctx.request().getHeader(EventTraces.TRACEPARENT);
        CompletableFuture.allOf(events.stream()
                        .map(e -> log.append(topic, EventTraces.traced(e, senderTrace)))
                        .toArray(CompletableFuture[]::new))
                .whenComplete((ok, error) -> {
                    if (error != null && causedBy(error, RecordTooLargeException.class)) {
                        answer(ctx, TOO_LARGE, "the event is larger than Kafka takes: " + error.getMessage());
                    } else if (error != null) {
                        answer(ctx, UNAVAILABLE, "cannot store the event in Kafka: " + error.getMessage());
                    } else {
                        ctx.response().setStatusCode(ACCEPTED).end();
                    }
                });
    }

    /** Answers 429 and returns true when a source of {@code events} is over its limit. */
    private boolean overLimit(RoutingContext ctx, List<CloudEvent> events) {
        Map<String, Integer> perSource = new HashMap<>();
        events.forEach(e -> perSource.merge(e.getSource().toString(), 1, Integer::sum));
        for (Map.Entry<String, Integer> source : perSource.entrySet()) {
            long retryAfter = rateLimit.take(source.getKey(), source.getValue());
            if (retryAfter > 0) {
                ctx.response().putHeader("Retry-After", Long.toString(retryAfter));
                answer(
                        ctx,
                        TOO_MANY_REQUESTS,
                        "source " + source.getKey() + " sends more than " + rateLimit.perSecond()
                                + " events a second (LIVECHAIN_RATE_LIMIT_PER_SOURCE); retry after " + retryAfter
                                + " s");
                return true;
            }
        }
        return false;
    }

    private static List<CloudEvent> read(RoutingContext ctx) {
        Buffer body = ctx.body().buffer() == null ? Buffer.buffer() : ctx.body().buffer();
        String contentType = ctx.request().getHeader("Content-Type");
        if (contentType != null && contentType.startsWith(BATCH)) {
            return readBatch(body);
        }
        CloudEvent event =
                VertxMessageFactory.createReader(ctx.request().headers(), body).toEvent();
        requireCore(event);
        return List.of(event);
    }

    private static List<CloudEvent> readBatch(Buffer body) {
        JsonArray array = new JsonArray(body);
        if (array.isEmpty()) {
            throw new IllegalArgumentException("empty batch");
        }
        var format = EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE);
        List<CloudEvent> events = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (!(array.getValue(i) instanceof JsonObject element)) {
                throw new IllegalArgumentException("batch element " + i + " is no JSON object");
            }
            CloudEvent event = format.deserialize(element.toBuffer().getBytes());
            requireCore(event);
            events.add(event);
        }
        return events;
    }

    /** The SDK accepts an empty id or type; Knative does not. */
    private static void requireCore(CloudEvent event) {
        if (event.getId() == null
                || event.getId().isBlank()
                || event.getType() == null
                || event.getType().isBlank()
                || event.getSource() == null
                || event.getSource().toString().isBlank()) {
            throw new IllegalArgumentException("id, source and type must not be empty");
        }
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** The 413 for a request beyond the body limit, in the ingress' error shape. */
    public static void tooLarge(RoutingContext ctx, String message) {
        answer(ctx, TOO_LARGE, message);
    }

    private static void answer(RoutingContext ctx, int status, String message) {
        ctx.response()
                .setStatusCode(status)
                .putHeader("Content-Type", "application/json")
                .end(new JsonObject()
                        .put("status", status)
                        .put("message", message)
                        .encode());
    }
}
