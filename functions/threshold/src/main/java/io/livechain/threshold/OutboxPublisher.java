package io.livechain.threshold;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.livechain.model.Functions;
import io.livechain.model.http.BrokerSink;
import io.livechain.threshold.state.OutboxEvent;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.VertxContextSupport;

/**
 * Posts outbox events to the broker as structured CloudEvents and deletes each once the broker
 * answered 2xx. Each handled event posts the rows it decided (a redelivery of it, the rows still
 * pending); a periodic flush takes rows left behind for longer. A post may repeat after a crash,
 * with the same event id, which consumers drop as a duplicate.
 */
@ApplicationScoped
public class OutboxPublisher {

    private static final Logger LOG = Logger.getLogger(OutboxPublisher.class);
    private static final int BATCH = 200;
    /** Rows older than this are the periodic flush's; younger ones belong to a request still running. */
    private static final Duration LEFT_BEHIND = Duration.ofSeconds(10);

    private final ObjectMapper mapper;
    private final BrokerSink sink;

    public OutboxPublisher(ThresholdConfig config, ObjectMapper mapper) {
        this.mapper = mapper;
        this.sink = new BrokerSink(config.sink(), config.sinkTimeout(), mapper);
    }

    /** Posts the events decided by handling (causeSource, causeId); fails with 503 semantics if the broker did not take one. */
    public void flush(String causeSource, String causeId) throws Throwable {
        post(VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> OutboxEvent.<OutboxEvent> find(
                "causeSource = ?1 and causeId = ?2 order by createdAt, eventId", causeSource, causeId).list())));
    }

    @Scheduled(every = "5s", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void flushLeftBehind() {
        try {
            Instant before = Instant.now().minus(LEFT_BEHIND);
            post(VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> OutboxEvent.<OutboxEvent> find(
                    "createdAt < ?1 order by createdAt, eventId", before).page(0, BATCH).list())));
        } catch (Throwable e) {
            LOG.warnf("outbox not flushed: %s", e.getMessage());
        }
    }

    private void post(List<OutboxEvent> pending) throws Throwable {
        BrokerSink.Outcome outcome = sink.postInOrder(pending.stream().map(this::event).toList());
        if (!outcome.posted().isEmpty()) {
            VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(
                    () -> OutboxEvent.delete("eventId in ?1", outcome.posted())));
        }
        if (outcome.failure() != null) {
            throw outcome.failure();
        }
    }

    private BrokerSink.Event event(OutboxEvent event) {
        try {
            return new BrokerSink.Event(event.eventId, event.eventType, Functions.source(Functions.THRESHOLD),
                    event.partitionKey, event.createdAt, "application/json", mapper.readTree(event.payload));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("outbox row " + event.eventId + " holds no JSON", e);
        }
    }
}
