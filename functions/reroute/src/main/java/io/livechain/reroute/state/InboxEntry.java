package io.livechain.reroute.state;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** The events taken so far, by CloudEvent source and id. */
public final class InboxEntry {

    private InboxEntry() {
    }

    /** True the first time an event is seen in this transaction's view; false for a redelivery. */
    public static Uni<Boolean> firstTime(String source, String id) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("insert into {h-schema}inbox (event_source, event_id) values (?1, ?2) on conflict do nothing")
                .setParameter(1, source).setParameter(2, id).executeUpdate())
                .map(inserted -> inserted == 1);
    }
}
