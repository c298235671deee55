package io.livechain.threshold;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.livechain.kit.BrokerSink;
import io.livechain.kit.OutboxEvent;
import io.livechain.kit.OutboxPublisher;
import io.livechain.model.EventType;
import io.livechain.model.Functions;
import io.livechain.threshold.store.OutboxTable;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The transactional outbox: records decided events in the event's transaction, and after commit
 * posts them with the kit's {@link OutboxPublisher}, deleting each row the broker took.
 */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper mapper;
    private final OutboxPublisher publisher;

    public Outbox(ThresholdConfig config, ObjectMapper mapper, Pool pool) {
        this.mapper = mapper;
        this.publisher = new OutboxPublisher(
                Functions.THRESHOLD,
                new BrokerSink(config.sink(), config.sinkTimeout(), mapper),
                mapper,
                new OutboxTable(pool));
    }

    /** Records {@code data} as an event of {@code type}, decided while handling {@code tx}'s event. */
    void add(EventTx tx, EventType type, String eventId, String partitionKey, Record data) {
        try {
            // Truncated as PostgreSQL stores it, so posting from memory orders and stamps as a reload would.
            tx.decide(new OutboxEvent(
                    eventId,
                    type.type(),
                    partitionKey,
                    mapper.writeValueAsString(data),
                    Instant.now().truncatedTo(ChronoUnit.MICROS),
                    tx.traceparent));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + type.type(), e);
        }
    }

    /**
     * After commit: posts what a first handling decided (from memory, no query; most events decide
     * nothing), or for a redelivery the rows its first handling left pending. Fails with 503
     * semantics if the broker did not take one.
     */
    public Uni<Void> publish(Handled handled) {
        return handled.duplicate()
                ? publisher.postDecidedBy(handled.source(), handled.id())
                : publisher.post(handled.decided());
    }

    /** Rows left behind by handlings that did not post them (broker down, crash). */
    @Scheduled(every = "5s", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        publisher.sweep().await().indefinitely();
    }
}
