package io.livechain.localstack.knative;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Optional;

/**
 * A Trigger's {@code spec.delivery}, falling back to the Broker's: how often and how patiently to
 * retry, and where an event goes when the subscriber will not take it.
 *
 * @param deadLetterSink name of a KafkaSink, if the dead-letter sink is one
 * @param deadLetterAddress the dead-letter sink when it is HTTP instead (a Service or a URI)
 */
public record DeliverySpec(
        int retry,
        boolean exponential,
        Duration backoffDelay,
        Duration timeout,
        Optional<String> deadLetterSink,
        Optional<SinkAddress> deadLetterAddress) {

    /** Dead letters to a KafkaSink, or nowhere. */
    public DeliverySpec(
            int retry, boolean exponential, Duration backoffDelay, Duration timeout, Optional<String> deadLetterSink) {
        this(retry, exponential, backoffDelay, timeout, deadLetterSink, Optional.empty());
    }

    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    static DeliverySpec from(JsonNode delivery, JsonNode brokerDelivery) {
        JsonNode d = delivery.isMissingNode() || delivery.isEmpty() ? brokerDelivery : delivery;
        JsonNode sink = d.path("deadLetterSink").path("ref");
        Optional<String> sinkName = "KafkaSink".equals(sink.path("kind").asText())
                ? Optional.of(sink.path("name").asText())
                : Optional.empty();
        Optional<SinkAddress> address =
                sinkName.isPresent() ? Optional.empty() : SinkAddress.from(d.path("deadLetterSink"));
        return new DeliverySpec(
                d.path("retry").asInt(0),
                !"linear".equalsIgnoreCase(d.path("backoffPolicy").asText("exponential")),
                Duration.parse(d.path("backoffDelay").asText("PT0.2S")),
                d.hasNonNull("timeout") ? Duration.parse(d.path("timeout").asText()) : DEFAULT_TIMEOUT,
                sinkName,
                address);
    }

    /** Whether events the subscriber will not take go anywhere (else Knative drops them after the retries). */
    public boolean hasDeadLetterSink() {
        return deadLetterSink.isPresent() || deadLetterAddress.isPresent();
    }

    /** Wait before retry {@code attempt} (1-based): delay·2^(n-1) exponential, delay·n linear. */
    public Duration backoff(int attempt) {
        return exponential
                ? backoffDelay.multipliedBy(1L << Math.min(attempt - 1, 20))
                : backoffDelay.multipliedBy(attempt);
    }
}
