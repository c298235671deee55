package io.livechain.reroute;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.livechain.model.Functions;
import io.livechain.kit.BrokerSink;
import io.livechain.reroute.state.PlanRecord;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.VertxContextSupport;

/**
 * Announces recorded plans and reroutes: posts each plan's event to the broker and marks it
 * published once the broker answered 2xx. Each handled input posts the plans it decided; a
 * periodic sweep takes those left behind (broker down, crash). A post may repeat after a crash,
 * with the same event id, which consumers drop as a duplicate.
 */
@ApplicationScoped
public class PlanPublisher {

    private static final Logger LOG = Logger.getLogger(PlanPublisher.class);
    private static final int BATCH = 200;
    /** Plans older than this are the sweep's; younger ones belong to a request still running. */
    private static final Duration LEFT_BEHIND = Duration.ofSeconds(10);

    private final ObjectMapper mapper;
    private final BrokerSink sink;

    public PlanPublisher(RerouteConfig config, ObjectMapper mapper) {
        this.mapper = mapper;
        this.sink = new BrokerSink(config.sink(), config.sinkTimeout(), mapper);
    }

    /** Posts what handling (causeSource, causeId) decided; fails with 503 semantics if the broker took not all. */
    public void publish(String causeSource, String causeId) throws Throwable {
        post(VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> PlanRecord.<PlanRecord> find(
                "causeSource = ?1 and causeId = ?2 and publishedAt is null order by shipmentId, seq", causeSource,
                causeId).list())));
    }

    @Scheduled(every = "5s", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        try {
            Instant before = Instant.now().minus(LEFT_BEHIND);
            post(VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> PlanRecord.<PlanRecord> find(
                    "publishedAt is null and recordedAt < ?1 order by recordedAt, shipmentId, seq", before)
                    .page(0, BATCH).list())));
        } catch (Throwable e) {
            LOG.warnf("plans not published: %s", e.getMessage());
        }
    }

    private void post(List<PlanRecord> pending) throws Throwable {
        BrokerSink.Outcome outcome = sink.postInOrder(pending.stream().map(this::event).toList());
        if (!outcome.posted().isEmpty()) {
            Instant now = Instant.now();
            VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(
                    () -> PlanRecord.update("publishedAt = ?1 where eventId in ?2", now, outcome.posted())));
        }
        if (outcome.failure() != null) {
            throw outcome.failure();
        }
    }

    private BrokerSink.Event event(PlanRecord plan) {
        try {
            return new BrokerSink.Event(plan.eventId, plan.eventType, Functions.source(Functions.REROUTE),
                    plan.shipmentId, plan.decidedAt, "application/json", mapper.readTree(plan.payload));
        } catch (IOException e) {
            throw new IllegalStateException("plan " + plan.eventId + " holds no JSON", e);
        }
    }
}
