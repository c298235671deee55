package io.livechain.reroute.handlers;

import io.livechain.kit.Inbox;
import io.livechain.reroute.Cause;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import java.util.function.Supplier;

/**
 * One transaction per event, with its entry in the kit's {@link Inbox}: a redelivery (same
 * CloudEvents source and id) finds the entry and changes nothing; a failure rolls the entry back
 * with the rest.
 */
final class OncePerEvent {

    private OncePerEvent() {}

    static Uni<Void> handle(Cause cause, Supplier<Uni<Void>> work) {
        return Panache.withTransaction(() -> firstTime(cause).chain(first -> first ? work.get() : nothing()));
    }

    static Uni<Void> nothing() {
        return Uni.createFrom().voidItem();
    }

    /** True the first time an event is seen in this transaction's view; false for a redelivery. */
    private static Uni<Boolean> firstTime(Cause cause) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(Inbox.FIRST_TIME_NATIVE)
                        .setParameter(1, cause.source())
                        .setParameter(2, cause.id())
                        .executeUpdate())
                .map(inserted -> inserted == 1);
    }
}
