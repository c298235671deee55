package io.livechain.reroute;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;


import io.livechain.model.Condition;
import io.livechain.model.InvalidEventException;
import io.livechain.model.Itinerary;
import io.livechain.model.Position;
import io.livechain.model.RerouteRequested;
import io.livechain.model.RoutePlanned;
import io.livechain.model.ShipmentCreated;
import io.livechain.model.network.Coordinates;
import io.livechain.model.network.Lane;
import io.livechain.reroute.routing.LiveConditions;
import io.livechain.reroute.routing.RoutingGraph;
import io.livechain.reroute.state.InboxEntry;
import io.livechain.reroute.state.RouteStops;
import io.livechain.reroute.state.Shipment;
import io.livechain.reroute.state.StoredCondition;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * One transaction per event: drop a redelivery (inbox), lock each shipment concerned, decide
 * with the {@link Replanner}, store the route and record each plan or reroute with the event
 * that announces it ({@link PlanHistory}; posted after commit by {@link PlanPublisher}).
 */
@ApplicationScoped
public class RerouteService {

    private static final Logger LOG = Logger.getLogger(RerouteService.class);

    private final RoutingNetwork network;
    private final Replanner replanner;
    private final RerouteConfig config;
    private final PlanHistory history;
    private final JsonText json;

    public RerouteService(RoutingNetwork network, Replanner replanner, RerouteConfig config, PlanHistory history,
            JsonText json) {
        this.network = network;
        this.replanner = replanner;
        this.config = config;
        this.history = history;
        this.json = json;
    }

    /** What can be refused before any state is touched: unknown facilities, no route at all. */
    public void validate(ShipmentCreated created) {
        RoutingGraph graph = network.graph();
        if (graph.facility(created.origin()) < 0) {
            throw new InvalidEventException("origin", "names no facility of the network: " + created.origin());
        }
        if (graph.facility(created.destination()) < 0) {
            throw new InvalidEventException("destination", "names no facility of the network: " + created.destination());
        }
        if (created.origin().equals(created.destination())) {
            throw new InvalidEventException("destination", "equals origin");
        }
    }

    public void validate(Condition condition) {
        if (condition.facilityId() != null && network.graph().facility(condition.facilityId()) < 0) {
            throw new InvalidEventException("facilityId", "names no facility of the network: " + condition.facilityId());
        }
        if (condition.laneId() != null && network.graph().lane(condition.laneId()) < 0) {
            throw new InvalidEventException("laneId", "names no lane of the network: " + condition.laneId());
        }
        if (!condition.validUntil().isAfter(condition.validFrom())) {
            throw new InvalidEventException("validUntil", "must be after validFrom");
        }
    }

    public Uni<Void> onShipmentCreated(ShipmentCreated created, Instant eventTime, String source, String id) {
        Instant readyAt = created.readyAt() != null ? created.readyAt() : eventTime;
        return Panache.withTransaction(() -> InboxEntry.firstTime(source, id).chain(first -> !first
                ? Uni.createFrom().voidItem()
                : Shipment.<Shipment> findById(created.shipmentId()).chain(existing -> {
                    if (existing != null) {
                        LOG.infof("shipment %s exists already; %s %s changes nothing", created.shipmentId(), source, id);
                        return Uni.createFrom().voidItem();
                    }
                    return liveAt(readyAt).chain(live -> plan(created, readyAt, eventTime, live, source, id));
                })));
    }

    private Uni<Void> plan(ShipmentCreated created, Instant readyAt, Instant now, Live live, String source, String id) {
        int alternatives = created.alternatives() == null ? 0 : created.alternatives();
        Replanner.FirstPlan plan = replanner.plan(created.origin(), created.destination(), created.reeferRequired(),
                modes(created), readyAt, created.deadline(), alternatives, live.conditions())
                // closures end, so live conditions never cut a route: this is the network and the constraints
                .orElseThrow(() -> new InvalidEventException("destination", "no route from " + created.origin()
                        + " to " + created.destination()
                        + (created.reeferRequired() ? " over reefer-capable lanes" : "")
                        + (created.modes() == null ? "" : " by " + created.modes().stream().map(Lane.Mode::label).toList())));
        Shipment shipment = new Shipment();
        shipment.shipmentId = created.shipmentId();
        shipment.origin = created.origin();
        shipment.destination = created.destination();
        shipment.originalDestination = created.destination();
        shipment.cargoProfile = created.cargoProfile();
        shipment.reeferRequired = created.reeferRequired();
        shipment.modes = created.modes() == null ? null
                : created.modes().stream().map(Lane.Mode::label).collect(Collectors.joining(","));
        shipment.deadline = created.deadline();
        shipment.readyAt = readyAt;
        shipment.status = Shipment.PLANNED;
        shipment.createdAt = now;
        setRoute(shipment, plan.route(), now);
        Boolean deadlineMet = created.deadline() == null ? null : !plan.route().eta().isAfter(created.deadline());
        RoutePlanned event = new RoutePlanned(created.shipmentId(), plan.route(), plan.alternatives(),
                created.deadline(), deadlineMet, plan.conditionIds());
        String reason = "fastest route" + (plan.conditionIds().isEmpty() ? "" : " under conditions " + plan.conditionIds())
                + (Boolean.FALSE.equals(deadlineMet) ? "; misses the deadline by "
                        + minutes(created.deadline(), plan.route().eta()) + " min" : "");
        return shipment.persistAndFlush().chain(() -> watch(shipment, plan.route()))
                .chain(() -> history.planned(shipment.shipmentId, event, reason, now, source, id));
    }

    public Uni<Void> onPosition(Position position, Instant eventTime, String source, String id) {
        Instant at = position.time() != null ? position.time() : eventTime;
        return Panache.withTransaction(() -> InboxEntry.firstTime(source, id).chain(first -> !first
                ? Uni.createFrom().voidItem()
                : Shipment.lock(position.shipmentId()).chain(shipment -> {
                    if (shipment == null || (shipment.positionAt != null && at.isBefore(shipment.positionAt))) {
                        return Uni.createFrom().voidItem(); // unknown, or older than the fix we have
                    }
                    return move(shipment, new Coordinates(position.latitude(), position.longitude()), at);
                })));
    }

    /** Records the fix; within the arrival radius of a facility ahead, the shipment is there. */
    private Uni<Void> move(Shipment shipment, Coordinates fix, Instant at) {
        shipment.positionLatitude = fix.latitude();
        shipment.positionLongitude = fix.longitude();
        shipment.positionAt = at;
        shipment.updatedAt = at;
        Itinerary route = read(shipment.route);
        int reached = -1;
        for (int i = shipment.nextStop; i < route.facilityIds().size(); i++) {
            int f = network.graph().facility(route.facilityIds().get(i));
            if (f >= 0 && network.graph().facilityAt(f).position().kilometresTo(fix) <= config.arrivalRadiusKm()) {
                reached = i;
                break;
            }
        }
        if (reached < 0) {
            if (Shipment.PLANNED.equals(shipment.status)) {
                shipment.status = Shipment.IN_TRANSIT; // left the origin, on the first lane
                shipment.nextStop = Math.max(shipment.nextStop, 1);
                return watch(shipment, route);
            }
            return Uni.createFrom().voidItem();
        }
        shipment.nextStop = reached;
        if (reached == route.facilityIds().size() - 1) {
            shipment.status = Shipment.DELIVERED;
            shipment.eta = at;
            return RouteStops.replace(shipment.shipmentId, List.of());
        }
        if (reached > 0) {
            shipment.status = Shipment.IN_TRANSIT;
        }
        // there now: the rest of the route is timed from this fix
        return liveAt(at).invoke(live -> replanner.retime(state(shipment), at, live.conditions())
                .ifPresent(retimed -> setRoute(shipment, retimed, at)))
                .chain(() -> watch(shipment, route));
    }

    public Uni<Void> onCondition(Condition condition, Instant eventTime, String source, String id) {
        List<String> refs = new ArrayList<>();
        if (condition.facilityId() != null) {
            refs.add(condition.facilityId());
        }
        if (condition.laneId() != null) {
            refs.add(condition.laneId());
        }
        return Panache.withTransaction(() -> InboxEntry.firstTime(source, id).chain(first -> !first
                ? Uni.createFrom().voidItem()
                : StoredCondition.upsert(condition, eventTime).chain(stored -> !stored
                        ? Uni.createFrom().voidItem() // a newer version of this condition is known
                        : RouteStops.shipmentsAhead(refs).chain(ids -> ids.isEmpty()
                                ? Uni.createFrom().voidItem() // touches no shipment: no conditions to load
                                : liveAt(eventTime).chain(live -> replanEach(ids, condition, live, eventTime, source,
                                        id))))));
    }

    private Uni<Void> replanEach(List<String> shipmentIds, Condition condition, Live live, Instant now, String source,
            String id) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (String shipmentId : shipmentIds) {
            chain = chain.chain(() -> Shipment.lock(shipmentId).chain(shipment -> shipment == null || !shipment.active()
                    ? Uni.createFrom().voidItem()
                    : replan(shipment, condition, live, now, source, id)));
        }
        return chain;
    }

    private Uni<Void> replan(Shipment shipment, Condition condition, Live live, Instant now, String source, String id) {
        Itinerary old = read(shipment.route);
        var decision = replanner.replan(state(shipment), now, live.conditions());
        if (decision.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        setRoute(shipment, decision.get().route(), now);
        if (decision.get().changed()) {
            shipment.watched = shipment.watched == null ? target(condition) : shipment.watched + "," + target(condition);
        }
        Uni<Void> stops = watch(shipment, decision.get().route());
        if (!decision.get().changed()) {
            return stops; // kept (re-timed): the new route does not win by the margin
        }
        String reason = describe(condition) + (decision.get().oldEta() == null
                ? ": the current route can no longer be driven"
                : ": the new route arrives " + minutes(decision.get().newEta(), decision.get().oldEta())
                        + " min earlier than the current one under the same conditions (margin "
                        + config.minImprovement().toMinutes() + " min)")
                + (missesDeadline(shipment.deadline, decision.get().oldEta())
                        && !missesDeadline(shipment.deadline, decision.get().newEta()) ? "; it meets the deadline" : "");
        return stops.chain(() -> rerouted(shipment, old, decision.get(), "condition", reason, null, live, now, source,
                id));
    }

    public Uni<Void> onRerouteRequested(RerouteRequested request, Instant eventTime, String source, String id) {
        String capability = request.requiredCapability() != null ? request.requiredCapability()
                : config.defaultCapability();
        return Panache.withTransaction(() -> InboxEntry.firstTime(source, id).chain(first -> !first
                ? Uni.createFrom().voidItem()
                : Shipment.lock(request.shipmentId()).chain(shipment -> {
                    if (shipment == null || !shipment.active()) {
                        LOG.infof("reroute request for %s: no active shipment of that id", request.shipmentId());
                        return Uni.createFrom().voidItem();
                    }
                    return liveAt(eventTime).chain(live -> divert(shipment, request, capability, live, eventTime,
                            source, id));
                })));
    }

    private Uni<Void> divert(Shipment shipment, RerouteRequested request, String capability, Live live, Instant now,
            String source, String id) {
        Itinerary old = read(shipment.route);
        var decision = replanner.divert(state(shipment), now, live.conditions(), capability);
        if (decision.isEmpty() || !decision.get().changed()) {
            LOG.infof("reroute request for %s: %s", shipment.shipmentId,
                    decision.isEmpty() ? "no " + capability + " facility reachable" : "already heading there");
            return Uni.createFrom().voidItem();
        }
        Itinerary route = decision.get().route();
        String to = route.facilityIds().get(route.facilityIds().size() - 1);
        shipment.destination = to;
        setRoute(shipment, route, now);
        String reason = (request.reason() == null ? "cold-chain alert" : request.reason())
                + (request.rule() == null ? "" : " (" + request.rule() + " on " + request.assetId() + ")")
                + ": diverted to the nearest reachable " + capability + " facility " + to + " ("
                + network.graph().facilityAt(network.graph().facility(to)).name() + ")";
        return watch(shipment, route)
                .chain(() -> rerouted(shipment, old, decision.get(), "reroute-requested", reason, to, live, now, source,
                        id));
    }

    private Uni<Void> rerouted(Shipment shipment, Itinerary old, Replanner.Decision decision, String trigger,
            String reason, String newDestination, Live live, Instant now, String source, String id) {
        List<Condition> used = live.stored().stream().map(StoredCondition::toCondition)
                .filter(c -> decision.conditionIds().contains(c.conditionId())).toList();
        return history.rerouted(shipment.shipmentId, old, decision.route(), decision.oldEta(), trigger, reason,
                newDestination, used, now, source, id);
    }

    /** The conditions valid at or after {@code at}, stored and compiled for the search. */
    private Uni<Live> liveAt(Instant at) {
        return StoredCondition.validAfter(at).map(stored -> new Live(stored, LiveConditions.of(network.graph(),
                stored.stream().map(StoredCondition::toCondition).toList())));
    }

    private record Live(List<StoredCondition> stored, LiveConditions conditions) {
    }

    private void setRoute(Shipment shipment, Itinerary route, Instant now) {
        shipment.route = json.write(route);
        shipment.eta = route.eta();
        shipment.updatedAt = now;
    }

    private ShipmentState state(Shipment s) {
        Coordinates position = s.positionLatitude == null ? null
                : new Coordinates(s.positionLatitude, s.positionLongitude);
        return new ShipmentState(s.shipmentId, s.destination, s.reeferRequired, modes(s.modes), s.readyAt, s.deadline,
                read(s.route), s.nextStop, position, s.positionAt);
    }

    /**
     * Lets conditions find the shipment: on what lies ahead on its route, and on what it was
     * rerouted away from (when that condition ends early, the old way may win again).
     */
    private static Uni<Void> watch(Shipment shipment, Itinerary route) {
        List<String> refs = ahead(route, shipment.nextStop);
        if (shipment.watched != null) {
            refs.addAll(List.of(shipment.watched.split(",")));
        }
        return RouteStops.replace(shipment.shipmentId, refs);
    }

    private static String target(Condition condition) {
        return condition.facilityId() != null ? condition.facilityId() : condition.laneId();
    }

    /** The facilities and lanes from the route's facility {@code stop} on. */
    private static List<String> ahead(Itinerary route, int stop) {
        List<String> refs = new ArrayList<>(route.facilityIds().subList(stop, route.facilityIds().size()));
        refs.addAll(route.laneIds().subList(Math.min(stop, route.laneIds().size()), route.laneIds().size()));
        return refs;
    }

    private static Set<Lane.Mode> modes(ShipmentCreated created) {
        return created.modes() == null || created.modes().isEmpty() ? EnumSet.allOf(Lane.Mode.class)
                : EnumSet.copyOf(created.modes());
    }

    private static Set<Lane.Mode> modes(String stored) {
        return stored == null ? EnumSet.allOf(Lane.Mode.class) : Arrays.stream(stored.split(","))
                .map(m -> Lane.Mode.valueOf(m.toUpperCase(java.util.Locale.ROOT)))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Lane.Mode.class)));
    }

    private static String describe(Condition c) {
        String target = c.facilityId() != null ? "at " + c.facilityId() : "on " + c.laneId();
        String effect = c.extraDelayMinutes() != null ? "+" + c.extraDelayMinutes() + " min"
                : c.factor() != null ? "×" + c.factor().toPlainString() : "closed";
        return c.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + target + " (" + effect + " until "
                + c.validUntil() + ", " + c.source() + ")";
    }

    private static boolean missesDeadline(Instant deadline, Instant eta) {
        return deadline != null && eta != null && eta.isAfter(deadline);
    }

    private static long minutes(Instant from, Instant to) {
        return Duration.between(from, to).toMinutes();
    }

    private Itinerary read(String route) {
        return json.read(route, Itinerary.class);
    }
}
