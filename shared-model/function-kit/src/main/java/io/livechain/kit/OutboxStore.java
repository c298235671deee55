package io.livechain.kit;

import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;

/** A function's outbox table, as {@link OutboxPublisher} reads and marks it. Lists come in post order. */
public interface OutboxStore {

    /** The events the handling of input (source, id) decided that are not posted yet: its redelivery posts them. */
    Uni<List<OutboxEvent>> decidedBy(String causeSource, String causeId);

    /** Up to {@code limit} events not posted yet, stored before {@code before}: left behind by their handling. */
    Uni<List<OutboxEvent>> leftBehind(Instant before, int limit);

    /** The broker took these: never post them again (delete them, or stamp them published). */
    Uni<Void> markPosted(List<String> eventIds);
}
