package io.livechain.localstack.broker;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.http.vertx.VertxMessageFactory;
import io.cloudevents.rw.CloudEventRWException;
import io.livechain.localstack.knative.DeliverySpec;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Delivers one event to one subscriber as the Knative Kafka broker's dispatcher does: binary mode
 * POST, with the event's trace also as the W3C {@code traceparent} header; a reply event goes back into the broker (a KafkaSource has no reply topic: replies are dropped); 5xx, 429 and timeouts are retried with backoff;
 * any other 4xx, or retries used up, sends the event to the dead-letter sink (a KafkaSink's topic, or
 * an HTTP sink: a Service or a URI) with the {@code knativeerrorcode}, {@code knativeerrordest} and
 * {@code knativeerrordata} extensions. A dead letter the sink does not take fails the delivery, which
 * is then tried again: none is dropped silently.
 */
final class Delivery {

    private static final int TOO_MANY_REQUESTS = 429;
    private static final int REQUEST_TIMEOUT = 408;

    private final Vertx vertx;
    private final WebClient client;
    private final EventLog log;
    private final Optional<String> replyTopic;
    private final DeliverySpec spec;
    private final Optional<String> deadLetterTopic;
    private final Optional<String> deadLetterUrl;
    private final BrokerMetrics.DeliveryCounts counts;

    /**
     * @param deadLetterTopic the KafkaSink topic dead letters go to, if the sink is a KafkaSink
     * @param deadLetterUrl where dead letters are POSTed, if the sink is HTTP
     */
    Delivery(
            Vertx vertx,
            WebClient client,
            EventLog log,
            Optional<String> replyTopic,
            DeliverySpec spec,
            Optional<String> deadLetterTopic,
            Optional<String> deadLetterUrl,
            BrokerMetrics.DeliveryCounts counts) {
        this.vertx = vertx;
        this.client = client;
        this.log = log;
        this.replyTopic = replyTopic;
        this.spec = spec;
        this.deadLetterTopic = deadLetterTopic;
        this.deadLetterUrl = deadLetterUrl;
        this.counts = counts;
    }

    /** Completes once the event is delivered, or dead-lettered; fails only if Kafka cannot store the outcome. */
    CompletableFuture<Void> deliver(CloudEvent event, String subscriberUrl) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        attempt(event, subscriberUrl, 0, done);
        return done;
    }

    private void attempt(CloudEvent event, String url, int attempt, CompletableFuture<Void> done) {
        var request = traced(client.postAbs(url).timeout(spec.timeout().toMillis()), event);
        VertxMessageFactory.createWriter(request).writeBinary(event).onComplete(result -> {
            Outcome outcome = result.succeeded() ? Outcome.of(result.result()) : Outcome.TIMEOUT_OR_UNREACHABLE;
            if (outcome.status >= 200 && outcome.status < 300) {
                counts.delivered().increment();
                forward(reply(result.result()), done);
            } else if (outcome.retryable() && attempt < spec.retry()) {
                counts.retried().increment();
                vertx.setTimer(
                        Math.max(1, spec.backoff(attempt + 1).toMillis()), t -> attempt(event, url, attempt + 1, done));
            } else if (deadLetterUrl.isPresent()) {
                counts.deadLettered().increment();
                postDeadLetter(withError(event, url, outcome), deadLetterUrl.get(), done);
            } else {
                counts.deadLettered().increment();
                forward(deadLetterTopic.map(topic -> withError(event, url, outcome)), done, deadLetterTopic);
            }
        });
    }

    private void forward(Optional<CloudEvent> reply, CompletableFuture<Void> done) {
        forward(reply, done, replyTopic);
    }

    private void forward(Optional<CloudEvent> event, CompletableFuture<Void> done, Optional<String> topic) {
        if (event.isEmpty() || topic.isEmpty()) {
            done.complete(null);
            return;
        }
        log.append(topic.get(), event.get()).whenComplete((ok, error) -> {
            if (error != null) {
                done.completeExceptionally(error);
            } else {
                done.complete(null);
            }
        });
    }

    private void postDeadLetter(CloudEvent dead, String sinkUrl, CompletableFuture<Void> done) {
        var request = traced(client.postAbs(sinkUrl).timeout(spec.timeout().toMillis()), dead);
        VertxMessageFactory.createWriter(request).writeBinary(dead).onComplete(result -> {
            int status = result.succeeded() ? result.result().statusCode() : 0;
            if (status >= 200 && status < 300) {
                done.complete(null);
            } else {
                done.completeExceptionally(new IllegalStateException("dead-letter sink " + sinkUrl + " answered "
                        + (status == 0 ? String.valueOf(result.cause()) : Integer.toString(status))));
            }
        });
    }

    /**
     * Beside the event's {@code ce-traceparent}, its trace as the W3C {@code traceparent} header, as Knative's
     * dispatcher sends it: a subscriber's tracing parents its span on that header, not on the extension.
     */
    private static HttpRequest<Buffer> traced(HttpRequest<Buffer> request, CloudEvent event) {
        String traceparent = EventTraces.of(event);
        return traceparent == null ? request : request.putHeader(EventTraces.TRACEPARENT, traceparent);
    }

    /** The subscriber's reply event, if its response carries one (binary or structured). */
    private static Optional<CloudEvent> reply(HttpResponse<Buffer> response) {
        String contentType = response.getHeader("Content-Type");
        boolean structured = contentType != null && contentType.startsWith("application/cloudevents+json");
        if (!structured && response.getHeader("ce-id") == null) {
            return Optional.empty();
        }
        Buffer body = response.body() == null ? Buffer.buffer() : response.body();
        try {
            return Optional.of(
                    VertxMessageFactory.createReader(response.headers(), body).toEvent());
        } catch (CloudEventRWException | IllegalStateException e) {
            System.err.printf("ignoring a reply that is no valid CloudEvent: %s%n", e.getMessage());
            return Optional.empty();
        }
    }

    /** The most of a subscriber's error response a dead letter carries in {@code knativeerrordata}. */
    static final int MAX_ERROR_DATA_BYTES = 16 * 1024;

    static CloudEvent withError(CloudEvent event, String url, Outcome outcome) {
        CloudEventBuilder dead = CloudEventBuilder.v1(event).withExtension("knativeerrordest", url);
        if (outcome.status > 0) {
            dead.withExtension("knativeerrorcode", Integer.toString(outcome.status));
        }
        if (outcome.body.length > 0) {
            // Capped: a subscriber's huge error body must not make the dead letter too large for Kafka,
            // which would leave the delivery failing for ever and its partition stuck.
            byte[] kept = Arrays.copyOf(outcome.body, Math.min(outcome.body.length, MAX_ERROR_DATA_BYTES));
            dead.withExtension("knativeerrordata", Base64.getEncoder().encodeToString(kept));
        }
        return dead.build();
    }

    /** An HTTP status (0 for no response) and the response body. */
    record Outcome(int status, byte[] body) {
        static final Outcome TIMEOUT_OR_UNREACHABLE = new Outcome(0, new byte[0]);

        static Outcome of(HttpResponse<Buffer> response) {
            return new Outcome(
                    response.statusCode(),
                    response.body() == null ? new byte[0] : response.body().getBytes());
        }

        boolean retryable() {
            return status == 0 || status >= 500 || status == TOO_MANY_REQUESTS || status == REQUEST_TIMEOUT;
        }
    }
}
