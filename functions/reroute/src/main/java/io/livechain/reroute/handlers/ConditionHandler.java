package io.livechain.reroute.handlers;

import io.livechain.model.Condition;
import io.livechain.model.InvalidEventException;
import io.livechain.model.Itinerary;
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

/**
 * A live condition replans every active shipment with its facility or lane ahead (or rerouted away
 * from), one at a time under the shipment's lock. An older version of a known condition changes
 * nothing.
 */
@ApplicationScoped
public class ConditionHandler {

    private final RoutingNetwork network;
    private final RerouteConfig config;
    private final Replanner replanner;
    private final ShipmentStore shipments;
    private final ConditionStore conditions;

    public ConditionHandler(
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

    public void validate(Condition condition) {
        if (condition.facilityId() != null && network.graph().facility(condition.facilityId()) < 0) {
            throw new InvalidEventException(
                    "facilityId", "names no facility of the network: " + condition.facilityId());
        }
        if (condition.laneId() != null && network.graph().lane(condition.laneId()) < 0) {
            throw new InvalidEventException("laneId", "names no lane of the network: " + condition.laneId());
        }
        if (!condition.validUntil().isAfter(condition.validFrom())) {
            throw new InvalidEventException("validUntil", "must be after validFrom");
        }
    }

    public Uni<Void> handle(Condition condition, Cause cause) {
        return OncePerEvent.handle(
                cause,
                () -> conditions
                        .record(condition, cause.time())
                        .chain(stored -> replanIfNewest(stored, condition, cause)));
    }

    private Uni<Void> replanIfNewest(boolean stored, Condition condition, Cause cause) {
        if (!stored) {
            return OncePerEvent.nothing(); // a newer version of this condition is known
        }
        return shipments.watching(ConditionStore.refs(condition)).chain(ids -> replanAll(ids, condition, cause));
    }

    /** In id order, so two conditions on the same shipments lock them in the same order. */
    private Uni<Void> replanAll(List<String> shipmentIds, Condition condition, Cause cause) {
        if (shipmentIds.isEmpty()) {
            return OncePerEvent.nothing(); // touches no shipment: no conditions to load
        }
        return conditions.liveAt(cause.time()).chain(live -> {
            Uni<Void> chain = OncePerEvent.nothing();
            for (String shipmentId : shipmentIds) {
                chain = chain.chain(() ->
                        shipments.lock(shipmentId).chain(shipment -> replanIfActive(shipment, condition, live, cause)));
            }
            return chain;
        });
    }

    private Uni<Void> replanIfActive(Shipment shipment, Condition condition, ConditionStore.Live live, Cause cause) {
        if (shipment == null || !shipment.active()) {
            return OncePerEvent.nothing();
        }
        Itinerary old = shipments.route(shipment);
        Optional<Replanner.Decision> decided =
                replanner.replan(shipments.state(shipment), cause.time(), live.compiled());
        if (decided.isEmpty()) {
            return OncePerEvent.nothing();
        }
        Replanner.Decision decision = decided.get();
        shipments.setRoute(shipment, decision.route(), cause.time());
        if (!decision.changed()) {
            return shipments.watch(
                    shipment, decision.route()); // kept (re-timed): the new route does not win by the margin
        }
        shipments.watchAlso(shipment, target(condition));
        String reason = Reasons.conditionReroute(condition, decision, config.minImprovement(), shipment.deadline);
        Reroute reroute = new Reroute(
                shipment.shipmentId,
                old,
                decision,
                Reroute.BY_CONDITION,
                reason,
                null,
                live.named(decision.conditionIds()));
        return shipments.watch(shipment, decision.route()).chain(() -> shipments.recordReroute(reroute, cause));
    }

    private static String target(Condition condition) {
        return condition.facilityId() != null ? condition.facilityId() : condition.laneId();
    }
}
