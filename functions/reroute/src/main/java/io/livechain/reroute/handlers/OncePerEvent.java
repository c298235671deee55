package io.livechain.reroute.handlers;

import java.util.function.Supplier;

import io.livechain.reroute.Cause;
import io.livechain.reroute.state.InboxEntry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * One transaction per event, with its inbox entry: a redelivery (same CloudEvents source and id)
 * finds the entry and changes nothing; a failure rolls the entry back with the rest.
 */
final class OncePerEvent {

    private OncePerEvent() {
    }

    static Uni<Void> handle(Cause cause, Supplier<Uni<Void>> work) {
        return Panache.withTransaction(() -> InboxEntry.firstTime(cause.source(), cause.id())
                .chain(first -> first ? work.get() : nothing()));
    }

    static Uni<Void> nothing() {
        return Uni.createFrom().voidItem();
    }
}
