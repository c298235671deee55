package io.livechain.reroute.handlers;

import io.livechain.model.Itinerary;
import io.livechain.model.RerouteRequested;
import io.livechain.reroute.Cause;
import io.livechain.reroute.ConditionStore;
import io.livechain.reroute.Replanner;
import io.livechain.reroute.Reroute;
import io.livechain.reroute.RoutingNetwork;
import io.livechain.reroute.ShipmentStore;
import io.livechain.reroute.state.Shipment;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * A reroute request changes an active shipment's course at once. With a required capability (a
 * cold-chain alert asks for cold-storage) it diverts the shipment to the facility with that capability
 * it reaches earliest, which becomes its destination. Without one (an agent or a person asking) it
 * replans to the destination under the live conditions and takes the fastest route whenever it is
 * faster at all: an explicit request is the decision the min-improvement margin otherwise waits for.
 * Who asked is the request's CloudEvent source, kept with the plan ({@code plans_v2.requested_by}).
 */
@ApplicationScoped
public class RerouteRequestHandler {

    private static final Logger LOG = Logger.getLogger(RerouteRequestHandler.class);

    private final RoutingNetwork network;
    private final Replanner replanner;
    private final ShipmentStore shipments;
    private final ConditionStore conditions;

    public RerouteRequestHandler(
            RoutingNetwork network, Replanner replanner, ShipmentStore shipments, ConditionStore conditions) {
        this.network = network;
        this.replanner = replanner;
        this.shipments = shipments;
        this.conditions = conditions;
    }

    public Uni<Void> handle(RerouteRequested request, Cause cause) {
        return OncePerEvent.handle(
                cause,
                () -> shipments
                        .lock(request.shipmentId())
                        .chain(shipment -> rerouteIfActive(shipment, request, cause)));
    }

    private Uni<Void> rerouteIfActive(Shipment shipment, RerouteRequested request, Cause cause) {
        if (shipment == null || !shipment.active()) {
            LOG.infof(
                    "reroute request for %s from %s: no active shipment of that id",
                    request.shipmentId(), cause.source());
            return OncePerEvent.nothing();
        }
        return conditions
                .liveAt(cause.time())
                .chain(live -> request.requiredCapability() == null
                        ? replan(shipment, request, live, cause)
                        : divert(shipment, request, live, cause));
    }

    private Uni<Void> divert(Shipment shipment, RerouteRequested request, ConditionStore.Live live, Cause cause) {
        String capability = request.requiredCapability();
        Optional<Replanner.Decision> decided =
                replanner.divert(shipments.state(shipment), cause.time(), live.compiled(), capability);
        if (decided.isEmpty() || !decided.get().changed()) {
            LOG.infof(
                    "reroute request for %s from %s: %s",
                    shipment.shipmentId,
                    cause.source(),
                    decided.isEmpty() ? "no " + capability + " facility reachable" : "already heading there");
            return OncePerEvent.nothing();
        }
        Replanner.Decision decision = decided.get();
        String to = last(decision.route().facilityIds());
        String reason = Reasons.diversion(request, capability, to, facilityName(to));
        return apply(shipment, decision, reason, to, live, cause);
    }

    private Uni<Void> replan(Shipment shipment, RerouteRequested request, ConditionStore.Live live, Cause cause) {
        Optional<Replanner.Decision> decided =
                replanner.replanAsked(shipments.state(shipment), cause.time(), live.compiled());
        if (decided.isEmpty() || !decided.get().changed()) {
            LOG.infof(
                    "reroute request for %s from %s: %s",
                    shipment.shipmentId,
                    cause.source(),
                    decided.isEmpty() ? "nothing left to choose" : "the current route is already the fastest");
            return OncePerEvent.nothing();
        }
        Replanner.Decision decision = decided.get();
        return apply(shipment, decision, Reasons.requestedReplan(request, decision), null, live, cause);
    }

    /** Makes the decided route the shipment's and records the reroute; {@code to}: its new destination, if any. */
    private Uni<Void> apply(
            Shipment shipment,
            Replanner.Decision decision,
            String reason,
            String to,
            ConditionStore.Live live,
            Cause cause) {
        Itinerary old = shipments.route(shipment);
        if (to != null) {
            shipment.destination = to;
        }
        shipments.setRoute(shipment, decision.route(), cause.time());
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
