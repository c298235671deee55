package io.livechain.kit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.livechain.model.DownstreamUnavailableException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Posts events to the broker's ingress ({@code K_SINK}, set by a Knative SinkBinding): structured
 * CloudEvents with JSON data, for functions that decide more events than one reply carries, or
 * binary ones whose data bytes go as they are (read-api's dead-letter replay). A post completes only
 * when the broker answered 2xx (stored in Kafka); anything else is a {@link DownstreamUnavailableException}.
 */
public final class BrokerSink {

    /**
     * Where Knative's SinkBinding mounts the function's OIDC token for the broker's audience when
     * Eventing's {@code authentication-oidc} is on: the broker's EventPolicies (knative/policies/)
     * then know who sends. Absent otherwise (and locally), and then no token is sent.
     */
    static final Path KNATIVE_OIDC_TOKEN = Path.of("/oidc/token");

    private final URI sink;
    private final Duration timeout;
    private final ObjectMapper mapper;
    private final HttpClient http;
    private final Path oidcTokenFile;

    public BrokerSink(String sink, Duration timeout, ObjectMapper mapper) {
        this(sink, timeout, mapper, KNATIVE_OIDC_TOKEN);
    }

    BrokerSink(String sink, Duration timeout, ObjectMapper mapper, Path oidcTokenFile) {
        this.oidcTokenFile = oidcTokenFile;
        this.sink = URI.create(sink);
        this.timeout = timeout;
        this.mapper = mapper;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .build();
    }

    /**
     * One event to post; {@code data} is JSON, {@code dataContentType} a JSON media type,
     * {@code traceparent} the trace it continues (the handling that decided it; null for none).
     */
    public record Event(
            String id,
            String type,
            String source,
            String partitionKey,
            Instant time,
            String dataContentType,
            JsonNode data,
            String traceparent) {}

    /**
     * An event to post in binary content mode: attributes in {@code ce-} headers, {@code data} (any
     * media type, may be null) as the body. {@code time}, {@code subject} and {@code dataContentType}
     * may be null; {@code extensions} are further attributes by name.
     */
    public record BinaryEvent(
            String id,
            String type,
            String source,
            Instant time,
            String subject,
            String dataContentType,
            Map<String, String> extensions,
            byte[] data) {}

    /** What {@link #postInOrder} got through: the ids the broker took, and why it stopped, if it did. */
    public record Outcome(List<String> posted, DownstreamUnavailableException failure) {}

    /**
     * Posts events one after the other and stops at the first the broker does not take (the rest
     * would most likely fail too, and order is kept): outboxes mark what was posted, then rethrow.
     */
    public Outcome postInOrder(List<Event> events) {
        List<String> posted = new ArrayList<>();
        for (Event event : events) {
            try {
                post(event);
                posted.add(event.id());
            } catch (DownstreamUnavailableException e) {
                return new Outcome(posted, e);
            }
        }
        return new Outcome(posted, null);
    }

    public void post(Event event) {
        ObjectNode envelope = mapper.createObjectNode()
                .put("specversion", "1.0")
                .put("id", event.id())
                .put("source", event.source())
                .put("type", event.type())
                .put("time", event.time().toString())
                .put("datacontenttype", event.dataContentType());
        if (event.partitionKey() != null) {
            envelope.put("partitionkey", event.partitionKey());
        }
        if (event.traceparent() != null) {
            envelope.put(TraceParent.EXTENSION, event.traceparent());
        }
        envelope.set("data", event.data());
        HttpRequest request;
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(sink)
                    .timeout(timeout)
                    .header("Content-Type", "application/cloudevents+json");
            if (event.traceparent() != null) {
                // The broker's ingress parents its own span on the W3C header, as Knative's does.
                builder.header(TraceParent.EXTENSION, event.traceparent());
            }
            request = builder.POST(HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(envelope)))
                    .build();
        } catch (IOException e) {
            throw new DownstreamUnavailableException("cannot write ce-id " + event.id() + ": " + e.getMessage(), e);
        }
        send(request, event.id());
    }

    /** Posts {@code event} in binary content mode, its data bytes untouched. */
    public void postBinary(BinaryEvent event) {
        HttpRequest.Builder request = HttpRequest.newBuilder(sink)
                .timeout(timeout)
                .header("ce-specversion", "1.0")
                .header("ce-id", headerValue(event.id()))
                .header("ce-source", headerValue(event.source()))
                .header("ce-type", headerValue(event.type()));
        if (event.time() != null) {
            request.header("ce-time", event.time().toString());
        }
        if (event.subject() != null) {
            request.header("ce-subject", headerValue(event.subject()));
        }
        event.extensions().forEach((name, value) -> request.header("ce-" + name, headerValue(value)));
        if (event.dataContentType() != null) {
            request.header("Content-Type", event.dataContentType());
        }
        byte[] data = event.data() == null ? new byte[0] : event.data();
        send(request.POST(HttpRequest.BodyPublishers.ofByteArray(data)).build(), event.id());
    }

    private void send(HttpRequest unsigned, String id) {
        HttpRequest request = senderToken()
                .map(token -> HttpRequest.newBuilder(unsigned, (name, value) -> true)
                        .header("Authorization", "Bearer " + token)
                        .build())
                .orElse(unsigned);
        try {
            int status =
                    http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 != 2) {
                throw new DownstreamUnavailableException("the broker answered " + status + " for ce-id " + id);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DownstreamUnavailableException("interrupted posting ce-id " + id, e);
        } catch (IOException e) {
            throw new DownstreamUnavailableException(
                    "the broker is unreachable at " + sink.getHost() + " for ce-id " + id + ": " + e.getMessage(), e);
        }
    }

    /** Read for every post: Knative renews the file before the token expires. */
    private Optional<String> senderToken() {
        if (!Files.isReadable(oidcTokenFile)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(oidcTokenFile).strip()).filter(token -> !token.isEmpty());
        } catch (IOException e) {
            return Optional.empty(); // being renewed: the broker's 401 makes the caller retry
        }
    }

    /** Percent-encodes what an HTTP header cannot carry, as the CloudEvents HTTP binding says. */
    static String headerValue(String value) {
        StringBuilder encoded = new StringBuilder(value.length());
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c <= 0x20 || c >= 0x7f || c == '"' || c == '%') {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
                encoded.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            } else {
                encoded.append((char) c);
            }
        }
        return encoded.toString();
    }
}
