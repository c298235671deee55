package io.livechain.reroute;

import io.livechain.model.Itinerary;
import io.livechain.model.RoutePlanned;
import io.livechain.model.ShipmentCreated;
import io.livechain.reroute.state.PlanRecord;
import io.livechain.reroute.state.RouteStops;
import io.livechain.reroute.state.Shipment;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Shipments and their plans, in the caller's transaction: a locked shipment's changes are saved
 * when the transaction commits; each plan or reroute is recorded with the event announcing it
 * ({@link PlanPublisher} posts it after commit).
 */
@ApplicationScoped
public class ShipmentStore {

    private final JsonText json;
    private final PlanRecords plans;

    public ShipmentStore(JsonText json) {
        this.json = json;
        this.plans = new PlanRecords(json);
    }

    /** The shipment without a lock; null if unknown. */
    public Uni<Shipment> find(String shipmentId) {
        return Shipment.findById(shipmentId);
    }

    /** The shipment, locked: its row lock orders the shipment's events. Null if unknown. */
    public Uni<Shipment> lock(String shipmentId) {
        return Shipment.lock(shipmentId);
    }

    /** Ids of the shipments with any of {@code refs} ahead or watched, in the order to lock them. */
    public Uni<List<String>> watching(List<String> refs) {
        return RouteStops.shipmentsAhead(refs);
    }

    /** Whether a condition on any of {@code refs} reaches the shipment (what {@link #watching} finds). */
    public Uni<Boolean> isWatching(String shipmentId, List<String> refs) {
        return RouteStops.anyAhead(shipmentId, refs);
    }

    /** Inserts the created shipment, planned on {@code route}, and lets conditions on the route find it. */
    public Uni<Void> add(ShipmentCreated created, Instant readyAt, Itinerary route, Instant now) {
        Shipment shipment = ShipmentMapping.newShipment(created, readyAt, now);
        setRoute(shipment, route, now);
        return shipment.persistAndFlush().chain(() -> watch(shipment, route));
    }

    public Itinerary route(Shipment shipment) {
        return json.read(shipment.route, Itinerary.class);
    }

    public void setRoute(Shipment shipment, Itinerary route, Instant now) {
        shipment.route = json.write(route);
        shipment.eta = route.eta();
        shipment.updatedAt = now;
    }

    public ShipmentState state(Shipment shipment) {
        return ShipmentMapping.state(shipment, route(shipment));
    }

    /** Remembers that a condition on {@code ref} rerouted the shipment away: it may come back when that ends. */
    public void watchAlso(Shipment shipment, String ref) {
        shipment.watched = CommaLists.append(shipment.watched, ref);
    }

    /**
     * Lets conditions find the shipment: on what lies ahead on its route, and on what it was
     * rerouted away from (when that condition ends early, the old way may win again).
     */
    public Uni<Void> watch(Shipment shipment, Itinerary route) {
        List<String> refs = ahead(route, shipment.nextStop);
        refs.addAll(CommaLists.ids(shipment.watched));
        return RouteStops.replace(shipment.shipmentId, refs);
    }

    /** A delivered shipment: no condition concerns it any more. */
    public Uni<Void> unwatch(Shipment shipment) {
        return RouteStops.replace(shipment.shipmentId, List.of());
    }

    public Uni<Void> recordPlanned(RoutePlanned event, String reason, Cause cause) {
        return append(plans.planned(event, reason, cause));
    }

    public Uni<Void> recordReroute(Reroute reroute, Cause cause) {
        return append(plans.rerouted(reroute, cause));
    }

    /** Numbers the plan after the shipment's earlier ones. */
    private static Uni<Void> append(PlanRecord plan) {
        return PlanRecord.count("shipmentId", plan.shipmentId).chain(count -> {
            plan.seq = count.intValue() + 1;
            plan.recordedAt = Instant.now();
            return plan.persist().replaceWithVoid();
        });
    }

    /** The facilities and lanes from the route's facility {@code stop} on. */
    private static List<String> ahead(Itinerary route, int stop) {
        List<String> refs = new ArrayList<>(
                route.facilityIds().subList(stop, route.facilityIds().size()));
        refs.addAll(route.laneIds()
                .subList(Math.min(stop, route.laneIds().size()), route.laneIds().size()));
        return refs;
    }
}
