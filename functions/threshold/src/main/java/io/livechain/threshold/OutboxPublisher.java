package io.livechain.threshold;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.livechain.model.DownstreamUnavailableException;
import io.livechain.model.Functions;
import io.livechain.threshold.state.OutboxEvent;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.VertxContextSupport;

/**
 * Posts outbox events to the broker as structured CloudEvents and deletes each once the broker
 * answered 2xx. Runs after every handled event and every few seconds; a post may repeat after a
 * crash, with the same event id, which consumers drop as a duplicate.
 */
@ApplicationScoped
public class OutboxPublisher {

    private static final Logger LOG = Logger.getLogger(OutboxPublisher.class);
    private static final int BATCH = 200;

    private final ThresholdConfig config;
    private final ObjectMapper mapper;
    private final HttpClient http;

    public OutboxPublisher(ThresholdConfig config, ObjectMapper mapper) {
        this.config = config;
        this.mapper = mapper;
        this.http = HttpClient.newBuilder().connectTimeout(config.sinkTimeout()).build();
    }

    /** Posts every pending event; fails with 503 semantics when the broker did not take one. */
    public void flush() throws Throwable {
        List<OutboxEvent> pending = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(
                () -> OutboxEvent.<OutboxEvent> find("order by createdAt, eventId").page(0, BATCH).list()));
        List<String> posted = new ArrayList<>();
        DownstreamUnavailableException failure = null;
        for (OutboxEvent event : pending) {
            try {
                post(event);
                posted.add(event.eventId);
            } catch (DownstreamUnavailableException e) {
                failure = e;
                break;
            }
        }
        if (!posted.isEmpty()) {
            VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(
                    () -> OutboxEvent.delete("eventId in ?1", posted)));
        }
        if (failure != null) {
            throw failure;
        }
    }

    @Scheduled(every = "5s", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void flushPeriodically() {
        try {
            flush();
        } catch (Throwable e) {
            LOG.warnf("outbox not flushed: %s", e.getMessage());
        }
    }

    private void post(OutboxEvent event) {
        ObjectNode envelope = mapper.createObjectNode()
                .put("specversion", "1.0")
                .put("id", event.eventId)
                .put("source", Functions.source(Functions.THRESHOLD))
                .put("type", event.eventType)
                .put("time", event.createdAt.toString())
                .put("datacontenttype", "application/json")
                .put("partitionkey", event.partitionKey);
        try {
            envelope.set("data", mapper.readTree(event.payload));
            HttpRequest request = HttpRequest.newBuilder(URI.create(config.sink())).timeout(config.sinkTimeout())
                    .header("Content-Type", "application/cloudevents+json")
                    .POST(HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(envelope))).build();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 != 2) {
                throw new DownstreamUnavailableException("broker answered " + status + " for ce-id " + event.eventId);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DownstreamUnavailableException("interrupted posting ce-id " + event.eventId, e);
        } catch (java.io.IOException e) {
            throw new DownstreamUnavailableException("broker unreachable at " + URI.create(config.sink()).getHost()
                    + " for ce-id " + event.eventId + ": " + e.getMessage(), e);
        }
    }
}
