package io.livechain.threshold;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.livechain.model.Functions;
import io.livechain.kit.BrokerSink;
import io.livechain.threshold.store.OutboxRow;
import io.livechain.threshold.store.OutboxStatements;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Posts outbox events to the broker as structured CloudEvents and deletes each once the broker
 * answered 2xx. Each handled event posts the rows it decided (a redelivery of it, the rows still
 * pending); a periodic flush takes rows left behind for longer. A post may repeat after a crash,
 * with the same event id, which consumers drop as a duplicate.
 */
@ApplicationScoped
public class OutboxPublisher {

    private static final Logger LOG = Logger.getLogger(OutboxPublisher.class);
    private static final long BATCH = 200;
    /** Rows older than this are the periodic flush's; younger ones belong to a request still running. */
    private static final Duration LEFT_BEHIND = Duration.ofSeconds(10);

    private final ObjectMapper mapper;
    private final BrokerSink sink;
    private final Pool pool;

    public OutboxPublisher(ThresholdConfig config, ObjectMapper mapper, Pool pool) {
        this.mapper = mapper;
        this.sink = new BrokerSink(config.sink(), config.sinkTimeout(), mapper);
        this.pool = pool;
    }

    /**
     * After commit: posts what a first handling decided (from memory, no query; most events decide
     * nothing), or for a redelivery the rows its first handling left pending. Fails with 503
     * semantics if the broker did not take one.
     */
    public Uni<Void> publish(Handled handled) {
        if (handled.duplicate()) {
            return pool.preparedQuery(OutboxStatements.SELECT_BY_CAUSE).execute(Tuple.of(handled.source(), handled.id()))
                    .chain(rows -> post(rows(rows)));
        }
        return handled.decided().isEmpty() ? Uni.createFrom().voidItem() : post(handled.decided());
    }

    @Scheduled(every = "5s", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void flushLeftBehind() {
        try {
            pool.preparedQuery(OutboxStatements.SELECT_OLDER)
                    .execute(OutboxStatements.olderThan(Instant.now().minus(LEFT_BEHIND), BATCH))
                    .chain(rows -> post(rows(rows))).await().atMost(Duration.ofMinutes(1));
        } catch (RuntimeException e) {
            LOG.warnf("outbox not flushed: %s", e.getMessage());
        }
    }

    private Uni<Void> post(List<OutboxRow> pending) {
        if (pending.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        // BrokerSink blocks on HTTP: keep it off the event loop.
        return Uni.createFrom().item(() -> sink.postInOrder(pending.stream().map(this::event).toList()))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .chain(outcome -> (outcome.posted().isEmpty() ? Uni.createFrom().voidItem()
                        : pool.preparedQuery(OutboxStatements.DELETE).execute(OutboxStatements.delete(outcome.posted()))
                                .replaceWithVoid())
                        .invoke(() -> {
                            if (outcome.failure() != null) {
                                throw outcome.failure();
                            }
                        }));
    }

    private static List<OutboxRow> rows(RowSet<Row> rows) {
        List<OutboxRow> pending = new java.util.ArrayList<>(rows.size());
        rows.forEach(row -> pending.add(OutboxStatements.row(row)));
        return pending;
    }

    private BrokerSink.Event event(OutboxRow row) {
        try {
            return new BrokerSink.Event(row.eventId(), row.eventType(), Functions.source(Functions.THRESHOLD),
                    row.partitionKey(), row.createdAt(), "application/json", mapper.readTree(row.payload()));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("outbox row " + row.eventId() + " holds no JSON", e);
        }
    }
}
