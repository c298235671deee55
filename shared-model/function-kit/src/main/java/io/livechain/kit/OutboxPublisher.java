package io.livechain.kit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.livechain.model.Functions;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The sending half of a transactional outbox: after commit, posts the decided events to the broker in
 * order, marks those the broker took and fails with the broker's failure for the rest (the function
 * answers 503, the broker redelivers the input, and its redelivery posts what is still pending). A
 * periodic {@link #sweep} posts events whose handling ended before posting them (broker down, crash).
 * A post may repeat after a crash, with the same event id, which consumers drop as a duplicate.
 */
public final class OutboxPublisher {

    /** Events stored longer ago than this are the sweep's; younger ones belong to a handling still running. */
    public static final Duration LEFT_BEHIND = Duration.ofSeconds(10);
    /** Most events one sweep posts; the next sweep takes the rest. */
    public static final int SWEEP_BATCH = 200;

    private static final Duration SWEEP_TIMEOUT = Duration.ofMinutes(1);
    private static final Logger LOG = Logger.getLogger(OutboxPublisher.class);

    private final String source;
    private final BrokerSink sink;
    private final ObjectMapper mapper;
    private final OutboxStore store;

    /** Posts {@code store}'s events through {@code sink} as events of {@code function}. */
    public OutboxPublisher(String function, BrokerSink sink, ObjectMapper mapper, OutboxStore store) {
        this.source = Functions.source(function);
        this.sink = sink;
        this.mapper = mapper;
        this.store = store;
    }

    /** Posts events known in memory (a first handling's, in post order): no query when there are none. */
    public Uni<Void> post(List<OutboxEvent> pending) {
        if (pending.isEmpty()) {
            return Uni.createFrom().voidItem(); // most handlings decide nothing: nothing to set up
        }
        return Uni.createFrom().deferred(() -> post(pending, Vertx.currentContext()));
    }

    /** Posts what handling input (source, id) decided and is still pending: for its redelivery. */
    public Uni<Void> postDecidedBy(String causeSource, String causeId) {
        return Uni.createFrom().deferred(() -> {
            Context caller = Vertx.currentContext();
            return store.decidedBy(causeSource, causeId).chain(pending -> post(pending, caller));
        });
    }

    /** Posts a batch of events left behind; logs rather than fails, the next sweep tries again. */
    public Uni<Void> sweep() {
        return Uni.createFrom()
                .deferred(() -> {
                    Context caller = Vertx.currentContext();
                    return store.leftBehind(Instant.now().minus(LEFT_BEHIND), SWEEP_BATCH)
                            .chain(pending -> post(pending, caller));
                })
                .ifNoItem()
                .after(SWEEP_TIMEOUT)
                .fail()
                .onFailure()
                .invoke(e -> LOG.warnf("outbox events not posted: %s", e.getMessage()))
                .onFailure()
                .recoverWithNull();
    }

    private Uni<Void> post(List<OutboxEvent> pending, Context caller) {
        if (pending.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        // BrokerSink blocks on HTTP: off the event loop.
        Uni<BrokerSink.Outcome> posting = Uni.createFrom()
                .item(() -> sink.postInOrder(events(pending)))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        if (caller != null) {
            // Back on the caller's Vert.x context: Hibernate Reactive stores only run there.
            posting = posting.emitOn(task -> caller.runOnContext(ignored -> task.run()));
        }
        return posting.chain(outcome -> (outcome.posted().isEmpty()
                        ? Uni.createFrom().voidItem()
                        : store.markPosted(outcome.posted()))
                .chain(() -> outcome.failure() == null
                        ? Uni.createFrom().voidItem()
                        : Uni.createFrom().<Void>failure(outcome.failure())));
    }

    private List<BrokerSink.Event> events(List<OutboxEvent> pending) {
        return pending.stream().map(this::event).toList();
    }

    private BrokerSink.Event event(OutboxEvent event) {
        try {
            return new BrokerSink.Event(
                    event.id(),
                    event.type(),
                    source,
                    event.partitionKey(),
                    event.time(),
                    "application/json",
                    mapper.readTree(event.payload()),
                    event.traceparent());
        } catch (IOException e) {
            throw new IllegalStateException("outbox event " + event.id() + " holds no JSON", e);
        }
    }
}
