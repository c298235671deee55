package io.livechain.kit;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An outbox in memory: pending events in post order, and what the publisher asked of it. */
final class FakeOutboxStore implements OutboxStore {

    final List<OutboxEvent> pending = new CopyOnWriteArrayList<>();
    final List<List<String>> marked = new CopyOnWriteArrayList<>();
    final List<String> queries = new CopyOnWriteArrayList<>();
    volatile Instant leftBehindBefore;
    volatile Context markedOn;

    @Override
    public Uni<List<OutboxEvent>> decidedBy(String causeSource, String causeId) {
        queries.add("decidedBy " + causeSource + " " + causeId);
        return Uni.createFrom().item(() -> List.copyOf(pending));
    }

    @Override
    public Uni<List<OutboxEvent>> leftBehind(Instant before, int limit) {
        queries.add("leftBehind " + limit);
        leftBehindBefore = before;
        return Uni.createFrom().item(() -> List.copyOf(pending));
    }

    @Override
    public Uni<Void> markPosted(List<String> eventIds) {
        return Uni.createFrom().item(() -> {
            markedOn = Vertx.currentContext();
            marked.add(List.copyOf(eventIds));
            pending.removeIf(event -> eventIds.contains(event.id()));
            return null;
        });
    }

    List<String> pendingIds() {
        return new ArrayList<>(pending.stream().map(OutboxEvent::id).toList());
    }
}
