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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Posts events to the broker's ingress ({@code K_SINK}, set by a Knative SinkBinding) as structured
 * CloudEvents, for functions that decide more events than one reply carries. A post completes only
 * when the broker answered 2xx (stored in Kafka); anything else is a {@link DownstreamUnavailableException}.
 */
public final class BrokerSink {

    private final URI sink;
    private final Duration timeout;
    private final ObjectMapper mapper;
    private final HttpClient http;

    public BrokerSink(String sink, Duration timeout, ObjectMapper mapper) {
        this.sink = URI.create(sink);
        this.timeout = timeout;
        this.mapper = mapper;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .build();
    }

    /** One event to post; {@code data} is JSON, {@code dataContentType} a JSON media type. */
    public record Event(
            String id,
            String type,
            String source,
            String partitionKey,
            Instant time,
            String dataContentType,
            JsonNode data) {}

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
        envelope.set("data", event.data());
        try {
            HttpRequest request = HttpRequest.newBuilder(sink)
                    .timeout(timeout)
                    .header("Content-Type", "application/cloudevents+json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(envelope)))
                    .build();
            int status =
                    http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 != 2) {
                throw new DownstreamUnavailableException("broker answered " + status + " for ce-id " + event.id());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DownstreamUnavailableException("interrupted posting ce-id " + event.id(), e);
        } catch (IOException e) {
            throw new DownstreamUnavailableException(
                    "broker unreachable at " + sink.getHost() + " for ce-id " + event.id() + ": " + e.getMessage(), e);
        }
    }
}
