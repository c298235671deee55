package io.livechain.reroute.handlers;

import io.livechain.model.Itinerary;
import io.livechain.model.Position;
import io.livechain.model.network.Coordinates;
import io.livechain.reroute.Cause;
import io.livechain.reroute.ConditionStore;
import io.livechain.reroute.Replanner;
import io.livechain.reroute.RerouteConfig;
import io.livechain.reroute.RoutingNetwork;
import io.livechain.reroute.ShipmentStore;
import io.livechain.reroute.routing.RoutingGraph;
import io.livechain.reroute.state.Shipment;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * A GPS fix moves the shipment along its route: within the arrival radius of a facility ahead it
 * is there, and the rest of its route is timed from the fix. A fix older than the last one is
 * dropped (it arrived late); nothing is announced.
 */
@ApplicationScoped
public class PositionHandler {

    private final RoutingNetwork network;
    private final RerouteConfig config;
    private final Replanner replanner;
    private final ShipmentStore shipments;
    private final ConditionStore conditions;

    public PositionHandler(
            RoutingNetwork network,
            RerouteConfig config,
            Replanner replanner,
            ShipmentStore shipments,
            ConditionStore conditions) {
        this.network = network;
        this.config = config;
        this.replanner = replanner;
        this.shipments = shipments;
        this.conditions = conditions;
    }

    public Uni<Void> handle(Position position, Cause cause) {
        Instant at = position.time() != null ? position.time() : cause.time();
        Coordinates fix = new Coordinates(position.latitude(), position.longitude());
        return OncePerEvent.handle(
                cause,
                () -> shipments
                        .lock(position.shipmentId())
                        .chain(shipment -> isNewer(shipment, at) ? move(shipment, fix, at) : OncePerEvent.nothing()));
    }

    /** False for an unknown shipment, or a fix older than the one we have. */
    private static boolean isNewer(Shipment shipment, Instant at) {
        return shipment != null && (shipment.positionAt == null || !at.isBefore(shipment.positionAt));
    }

    private Uni<Void> move(Shipment shipment, Coordinates fix, Instant at) {
        shipment.positionLatitude = fix.latitude();
        shipment.positionLongitude = fix.longitude();
        shipment.positionAt = at;
        shipment.updatedAt = at;
        Itinerary route = shipments.route(shipment);
        int reached = reachedStop(route, shipment.nextStop, fix);
        if (reached < 0) {
            return onTheWay(shipment, route);
        }
        shipment.nextStop = reached;
        if (reached == route.facilityIds().size() - 1) {
            shipment.status = Shipment.DELIVERED;
            shipment.eta = at;
            return shipments.unwatch(shipment);
        }
        if (reached > 0) {
            shipment.status = Shipment.IN_TRANSIT;
        }
        return retimeFrom(shipment, route, at);
    }

    /** The first facility of the route from {@code nextStop} on within the arrival radius; -1 if none. */
    private int reachedStop(Itinerary route, int nextStop, Coordinates fix) {
        RoutingGraph graph = network.graph();
        for (int i = nextStop; i < route.facilityIds().size(); i++) {
            int f = graph.facility(route.facilityIds().get(i));
            if (f >= 0 && graph.facilityAt(f).position().kilometresTo(fix) <= config.arrivalRadiusKm()) {
                return i;
            }
        }
        return -1;
    }

    /** Between facilities: a planned shipment has left the origin and is on the first lane. */
    private Uni<Void> onTheWay(Shipment shipment, Itinerary route) {
        if (!Shipment.PLANNED.equals(shipment.status)) {
            return OncePerEvent.nothing();
        }
        shipment.status = Shipment.IN_TRANSIT;
        shipment.nextStop = Math.max(shipment.nextStop, 1);
        return shipments.watch(shipment, route);
    }

    /** There now: the rest of the route is timed from this fix. */
    private Uni<Void> retimeFrom(Shipment shipment, Itinerary route, Instant at) {
        return conditions
                .liveAt(at)
                .invoke(live -> replanner
                        .retime(shipments.state(shipment), at, live.compiled())
                        .ifPresent(retimed -> shipments.setRoute(shipment, retimed, at)))
                .chain(() -> shipments.watch(shipment, route));
    }
}
