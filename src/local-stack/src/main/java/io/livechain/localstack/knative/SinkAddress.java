package io.livechain.localstack.knative;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.function.Function;

/**
 * An HTTP destination as Knative writes one ({@code ref} to a Service, optionally with a {@code uri}
 * path on it, or an absolute {@code uri}): a Trigger's subscriber, a dead-letter sink that is no
 * KafkaSink.
 */
public record SinkAddress(Optional<String> service, Optional<String> uri) {

    /** The destination at {@code destination} ({@code ref}/{@code uri}), if it is HTTP. */
    static Optional<SinkAddress> from(JsonNode destination) {
        JsonNode ref = destination.path("ref");
        Optional<String> service = "Service".equals(ref.path("kind").asText())
                ? Optional.of(ref.path("name").asText())
                : Optional.empty();
        Optional<String> uri = destination.hasNonNull("uri")
                ? Optional.of(destination.path("uri").asText())
                : Optional.empty();
        return service.isEmpty() && uri.isEmpty() ? Optional.empty() : Optional.of(new SinkAddress(service, uri));
    }

    /** The URL: a named Service's address plus any path, or the URI itself. */
    public String url(Function<String, String> serviceUrl) {
        String path = uri.orElse("");
        if (service.isEmpty()) {
            return path;
        }
        String base = serviceUrl.apply(service.get());
        return path.isEmpty() ? base + "/" : base + (path.startsWith("/") ? path : "/" + path);
    }
}
