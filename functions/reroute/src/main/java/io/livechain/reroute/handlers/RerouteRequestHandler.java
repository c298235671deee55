package io.livechain.reroute.handlers;

import io.livechain.model.Itinerary;
import io.livechain.model.RerouteRequested;
import io.livechain.reroute.Cause;
import io.livechain.reroute.ConditionStore;
import io.livechain.reroute.Replanner;
import io.livechain.reroute.Reroute;
import io.livechain.reroute.RerouteConfig;
import io.livechain.reroute.RoutingNetwork;
import io.livechain.reroute.ShipmentStore;
import io.livechain.reroute.state.Shipment;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * A cold-chain request diverts an active shipment to the facility with the capability asked for
 * that it reaches earliest; that facility becomes its destination.
 */
@ApplicationScoped
public class RerouteRequestHandler {

    private static final Logger LOG = Logger.getLogger(RerouteRequestHandler.class);

    private final RoutingNetwork network;
    private final RerouteConfig config;
    private final Replanner replanner;
    private final ShipmentStore shipments;
    private final ConditionStore conditions;

    public RerouteRequestHandler(
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

    public Uni<Void> handle(RerouteRequested request, Cause cause) {
        return OncePerEvent.handle(
                cause,
                () -> shipments.lock(request.shipmentId()).chain(shipment -> divertIfActive(shipment, request, cause)));
    }

    private Uni<Void> divertIfActive(Shipment shipment, RerouteRequested request, Cause cause) {
        if (shipment == null || !shipment.active()) {
            LOG.infof("reroute request for %s: no active shipment of that id", request.shipmentId());
            return OncePerEvent.nothing();
        }
        return conditions.liveAt(cause.time()).chain(live -> divert(shipment, request, live, cause));
    }

    private Uni<Void> divert(Shipment shipment, RerouteRequested request, ConditionStore.Live live, Cause cause) {
        String capability =
                request.requiredCapability() != null ? request.requiredCapability() : config.defaultCapability();
        Itinerary old = shipments.route(shipment);
        Optional<Replanner.Decision> decided =
                replanner.divert(shipments.state(shipment), cause.time(), live.compiled(), capability);
        if (decided.isEmpty() || !decided.get().changed()) {
            LOG.infof(
                    "reroute request for %s: %s",
                    shipment.shipmentId,
                    decided.isEmpty() ? "no " + capability + " facility reachable" : "already heading there");
            return OncePerEvent.nothing();
        }
        Replanner.Decision decision = decided.get();
        String to = last(decision.route().facilityIds());
        shipment.destination = to;
        shipments.setRoute(shipment, decision.route(), cause.time());
        String reason = Reasons.diversion(request, capability, to, facilityName(to));
        Reroute reroute = new Reroute(
                shipment.shipmentId,
                old,
                decision,
                Reroute.BY_REQUEST,
                reason,
                to,
                live.named(decision.conditionIds()));
        return shipments.watch(shipment, decision.route()).chain(() -> shipments.recordReroute(reroute, cause));
    }

    private String facilityName(String facilityId) {
        return network.graph().facilityAt(network.graph().facility(facilityId)).name();
    }

    private static String last(List<String> ids) {
        return ids.get(ids.size() - 1);
    }
}
