package io.livechain.notify;

import io.livechain.notify.channel.DeliveryResult;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Which channels already took which CloudEvent, in PostgreSQL ({@code notify.deliveries}). */
@ApplicationScoped
public class DeliveryLog {

    /** Returns the names of the channels that took the event {@code eventSource} + {@code eventId}. */
    public Uni<Set<String>> deliveredChannels(String eventSource, String eventId) {
        return Panache.withSession(() ->
                        Delivery.<Delivery>list("key.eventSource = ?1 and key.eventId = ?2", eventSource, eventId))
                .map(rows -> rows.stream().map(row -> row.key.channel()).collect(Collectors.toSet()));
    }

    /** Returns the names of the channels that were told the alert {@code incident} was raised. */
    public Uni<Set<String>> openedChannels(String incident) {
        return Panache.withSession(() -> Delivery.getSession()
                        .chain(session -> session.createNativeQuery(
                                        "select channel from {h-schema}deliveries where incident = ?1 and action = ?2",
                                        String.class)
                                .setParameter(1, incident)
                                .setParameter(2, Notice.Action.TRIGGER.name())
                                .getResultList()))
                .map(Set::copyOf);
    }

    /** Records that each of {@code delivered} took the notice's event, in one transaction. */
    public Uni<Void> record(Notice notice, List<DeliveryResult> delivered) {
        return Panache.withTransaction(() -> {
            Uni<Void> inserts = Uni.createFrom().voidItem();
            for (DeliveryResult result : delivered) {
                inserts = inserts.chain(() -> insert(notice, result));
            }
            return inserts;
        });
    }

    /** Keeps a row already there: two deliveries of one event racing each other both succeeded. */
    private static Uni<Void> insert(Notice notice, DeliveryResult result) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("insert into {h-schema}deliveries (event_source,"
                                + " event_id, channel, delivered_at, status_code, incident, action)"
                                + " values (?1, ?2, ?3, now(), ?4, ?5, ?6) on conflict do nothing")
                        .setParameter(1, notice.event().source())
                        .setParameter(2, notice.event().id())
                        .setParameter(3, result.channel().name())
                        .setParameter(4, result.status())
                        .setParameter(5, notice.incident())
                        .setParameter(6, notice.action().name())
                        .executeUpdate())
                .replaceWithVoid();
    }
}
