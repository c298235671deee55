package io.livechain.reroute.state;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import java.util.List;

/**
 * The facilities and lanes still ahead of each active shipment: which shipments a condition touches.
 * Ids travel as one comma-separated text (the network file's id pattern has no comma).
 */
public final class RouteStops {

    private RouteStops() {}

    /** Replaces the refs ahead of a shipment (none once it is delivered). */
    public static Uni<Void> replace(String shipmentId, List<String> refs) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("delete from {h-schema}route_stops where shipment_id = ?1")
                        .setParameter(1, shipmentId)
                        .executeUpdate()
                        .chain(() -> refs.isEmpty()
                                ? Uni.createFrom().item(0)
                                : session.createNativeQuery(
                                                "insert into {h-schema}route_stops (shipment_id, ref) select ?1, unnest(string_to_array(?2, ','))"
                                                        + " on conflict do nothing")
                                        .setParameter(1, shipmentId)
                                        .setParameter(2, String.join(",", refs))
                                        .executeUpdate()))
                .replaceWithVoid();
    }

    /** Whether the shipment has any of {@code refs} ahead (or watched): whether a condition on them replans it. */
    public static Uni<Boolean> anyAhead(String shipmentId, List<String> refs) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "select count(*) from {h-schema}route_stops where shipment_id = ?1"
                                        + " and ref = any(string_to_array(?2, ','))",
                                Long.class)
                        .setParameter(1, shipmentId)
                        .setParameter(2, String.join(",", refs))
                        .getSingleResult())
                .map(count -> count > 0);
    }

    /** Ids of the shipments with any of {@code refs} ahead, in id order (the order their rows are locked in). */
    @SuppressWarnings("unchecked")
    public static Uni<List<String>> shipmentsAhead(List<String> refs) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "select distinct shipment_id from {h-schema}route_stops where ref = any(string_to_array(?1, ','))"
                                        + " order by shipment_id",
                                String.class)
                        .setParameter(1, String.join(",", refs))
                        .getResultList());
    }
}
