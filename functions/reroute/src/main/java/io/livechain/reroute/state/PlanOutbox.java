package io.livechain.reroute.state;

import io.livechain.kit.OutboxEvent;
import io.livechain.kit.OutboxStore;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;

/**
 * The plans table as an outbox, for the kit's publisher: a plan's event is pending while
 * {@code publishedAt} is null, and stamped when the broker took it. Runs on a Vert.x context.
 */
public final class PlanOutbox implements OutboxStore {

    @Override
    public Uni<List<OutboxEvent>> decidedBy(String causeSource, String causeId) {
        return Panache.withSession(() -> PlanRecord.<PlanRecord>find(
                                "causeSource = ?1 and causeId = ?2 and publishedAt is null order by shipmentId, seq",
                                causeSource,
                                causeId)
                        .list())
                .map(PlanOutbox::events);
    }

    @Override
    public Uni<List<OutboxEvent>> leftBehind(Instant before, int limit) {
        return Panache.withSession(() -> PlanRecord.<PlanRecord>find(
                                "publishedAt is null and recordedAt < ?1 order by recordedAt, shipmentId, seq", before)
                        .page(0, limit)
                        .list())
                .map(PlanOutbox::events);
    }

    @Override
    public Uni<Void> markPosted(List<String> eventIds) {
        Instant now = Instant.now();
        return Panache.withTransaction(() -> PlanRecord.update("publishedAt = ?1 where eventId in ?2", now, eventIds))
                .replaceWithVoid();
    }

    private static List<OutboxEvent> events(List<PlanRecord> plans) {
        return plans.stream()
                .map(plan -> new OutboxEvent(
                        plan.eventId, plan.eventType, plan.shipmentId, plan.payload, plan.decidedAt, plan.traceparent))
                .toList();
    }
}
