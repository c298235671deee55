package io.livechain.reroute.handlers;

import io.livechain.model.InvalidEventException;
import io.livechain.model.RoutePlanned;
import io.livechain.model.ShipmentCreated;
import io.livechain.model.network.Lane;
import io.livechain.reroute.Cause;
import io.livechain.reroute.ConditionStore;
import io.livechain.reroute.Replanner;
import io.livechain.reroute.RoutingNetwork;
import io.livechain.reroute.ShipmentStore;
import io.livechain.reroute.state.Shipment;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.jboss.logging.Logger;

/** A new shipment: planned once on the fastest route under live conditions; a second creation changes nothing. */
@ApplicationScoped
public class ShipmentCreatedHandler {

    private static final Logger LOG = Logger.getLogger(ShipmentCreatedHandler.class);

    private final RoutingNetwork network;
    private final Replanner replanner;
    private final ShipmentStore shipments;
    private final ConditionStore conditions;

    public ShipmentCreatedHandler(
            RoutingNetwork network, Replanner replanner, ShipmentStore shipments, ConditionStore conditions) {
        this.network = network;
        this.replanner = replanner;
        this.shipments = shipments;
        this.conditions = conditions;
    }

    /** What can be refused before any state is touched: unknown facilities, origin as destination. */
    public void validate(ShipmentCreated created) {
        if (network.graph().facility(created.origin()) < 0) {
            throw new InvalidEventException("origin", "names no facility of the network: " + created.origin());
        }
        if (network.graph().facility(created.destination()) < 0) {
            throw new InvalidEventException(
                    "destination", "names no facility of the network: " + created.destination());
        }
        if (created.origin().equals(created.destination())) {
            throw new InvalidEventException("destination", "equals origin");
        }
    }

    /** Fails with {@link InvalidEventException} when no route connects origin and destination. */
    public Uni<Void> handle(ShipmentCreated created, Cause cause) {
        return OncePerEvent.handle(
                cause,
                () -> shipments
                        .find(created.shipmentId())
                        .chain(existing -> planUnlessKnown(existing, created, cause)));
    }

    private Uni<Void> planUnlessKnown(Shipment existing, ShipmentCreated created, Cause cause) {
        if (existing != null) {
            LOG.infof(
                    "shipment %s exists already; %s %s changes nothing",
                    created.shipmentId(), cause.source(), cause.id());
            return OncePerEvent.nothing();
        }
        Instant readyAt = created.readyAt() != null ? created.readyAt() : cause.time();
        return conditions.liveAt(readyAt).chain(live -> plan(created, readyAt, live, cause));
    }

    private Uni<Void> plan(ShipmentCreated created, Instant readyAt, ConditionStore.Live live, Cause cause) {
        int alternatives = created.alternatives() == null ? 0 : created.alternatives();
        Replanner.FirstPlan plan = replanner
                .plan(
                        created.origin(),
                        created.destination(),
                        created.reeferRequired(),
                        modes(created),
                        readyAt,
                        created.deadline(),
                        alternatives,
                        live.compiled())
                // closures end, so live conditions never cut a route: this is the network and the constraints
                .orElseThrow(() -> noRoute(created));
        Boolean deadlineMet =
                created.deadline() == null ? null : !plan.route().eta().isAfter(created.deadline());
        RoutePlanned event = new RoutePlanned(
                created.shipmentId(),
                plan.route(),
                plan.alternatives(),
                created.deadline(),
                deadlineMet,
                plan.conditionIds());
        return shipments
                .add(created, readyAt, plan.route(), cause.time())
                .chain(() -> shipments.recordPlanned(event, Reasons.firstPlan(plan, created.deadline()), cause));
    }

    private static InvalidEventException noRoute(ShipmentCreated created) {
        return new InvalidEventException(
                "destination",
                "no route from " + created.origin() + " to "
                        + created.destination() + (created.reeferRequired() ? " over reefer-capable lanes" : "")
                        + (created.modes() == null
                                ? ""
                                : " by "
                                        + created.modes().stream()
                                                .map(Lane.Mode::label)
                                                .toList()));
    }

    private static Set<Lane.Mode> modes(ShipmentCreated created) {
        return created.modes() == null || created.modes().isEmpty()
                ? EnumSet.allOf(Lane.Mode.class)
                : EnumSet.copyOf(created.modes());
    }
}
