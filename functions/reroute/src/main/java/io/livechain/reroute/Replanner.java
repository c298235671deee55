package io.livechain.reroute;

import io.livechain.model.Itinerary;
import io.livechain.model.network.Lane;
import io.livechain.reroute.routing.LiveConditions;
import io.livechain.reroute.routing.Path;
import io.livechain.reroute.routing.RouteQuery;
import io.livechain.reroute.routing.RoutingGraph;
import io.livechain.reroute.routing.Schedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Routing decisions, free of storage and events: the first plan of a shipment, a replan of its
 * remaining route when conditions change (taken only when it wins by the configured margin) or when
 * someone asks (taken when it wins at all), and a diversion to the nearest facility with a capability.
 */
@ApplicationScoped
public class Replanner {

    /** A new or kept route; {@code changed} when it replaces the remaining route. */
    public record Decision(
            Itinerary route, boolean changed, Instant oldEta, Instant newEta, List<String> conditionIds) {}

    /** The first plan and the alternatives asked for. */
    public record FirstPlan(Itinerary route, List<Itinerary> alternatives, List<String> conditionIds) {}

    private final RoutingNetwork network;
    private final Duration minImprovement;
    private final double arrivalRadiusKm;

    @Inject
    public Replanner(RoutingNetwork network, RerouteConfig config) {
        this(network, config.minImprovement(), config.arrivalRadiusKm());
    }

    Replanner(RoutingNetwork network, Duration minImprovement, double arrivalRadiusKm) {
        this.network = network;
        this.minImprovement = minImprovement;
        this.arrivalRadiusKm = arrivalRadiusKm;
    }

    /**
     * The fastest route from origin at readyAt, and up to {@code alternatives} next-fastest ones;
     * with a deadline, only alternatives that meet it (the fastest route is returned either way).
     */
    public Optional<FirstPlan> plan(
            String origin,
            String destination,
            boolean reefer,
            Set<Lane.Mode> modes,
            Instant readyAt,
            Instant deadline,
            int alternatives,
            LiveConditions live) {
        RoutingGraph graph = network.graph();
        int from = graph.facility(origin);
        long start = live.readyAfter(from, readyAt.getEpochSecond(), 0);
        RouteQuery query = RouteQuery.to(from, start, graph.facility(destination), reefer, modes, live);
        List<Path> paths = network.alternatives().fastest(query, 1 + alternatives);
        if (paths.isEmpty()) {
            return Optional.empty();
        }
        List<Itinerary> routes = new ArrayList<>();
        List<String> used = new ArrayList<>();
        for (Path path : paths) {
            Schedule schedule = Schedule.of(graph, live, path.lanes(), start);
            if (!routes.isEmpty() && deadline != null && schedule.eta() > deadline.getEpochSecond()) {
                continue;
            }
            routes.add(Itineraries.join(graph, null, 0, schedule, start));
            if (used.isEmpty()) {
                used.addAll(schedule.conditionIds());
            }
        }
        return Optional.of(new FirstPlan(routes.get(0), routes.subList(1, routes.size()), used));
    }

    /**
     * Replans the rest of the route from the facility the shipment is heading to (or is at): the
     * fastest route replaces it only when it arrives at least {@code minImprovement} earlier, when
     * it meets a deadline the current one now misses, or when the current one can no longer be
     * driven; otherwise the current route is re-timed.
     */
    public Optional<Decision> replan(ShipmentState shipment, Instant now, LiveConditions live) {
        return replan(shipment, now, live, minImprovement.toSeconds());
    }

    /**
     * Replans as asked, not as conditions change: the fastest route replaces the rest of the current
     * one whenever it arrives earlier at all (or the current one can no longer be driven). Someone
     * asked for the best route now, so the margin that keeps routes from flapping does not apply.
     */
    public Optional<Decision> replanAsked(ShipmentState shipment, Instant now, LiveConditions live) {
        return replan(shipment, now, live, 1);
    }

    /** {@code marginSeconds}: how much earlier another route must arrive to replace the current one. */
    private Optional<Decision> replan(ShipmentState shipment, Instant now, LiveConditions live, long marginSeconds) {
        RoutingGraph graph = network.graph();
        int stop = committedStop(shipment, now);
        if (stop >= shipment.route().facilityIds().size() - 1) {
            return Optional.empty(); // at or heading to the destination: nothing left to choose
        }
        int from = graph.facility(shipment.route().facilityIds().get(stop));
        long start = startAt(shipment, stop, from, now, live);
        int[] remaining = Itineraries.lanesFrom(graph, shipment.route(), stop);
        Schedule current = remaining == null ? null : Schedule.of(graph, live, remaining, start);
        Optional<Path> best = network.router()
                .fastest(RouteQuery.to(
                        from,
                        start,
                        graph.facility(shipment.destination()),
                        shipment.reeferRequired(),
                        shipment.modes(),
                        live));
        if (best.isEmpty()) {
            return Optional.empty(); // no way on at all: keep the route; the condition may pass
        }
        Schedule fastest = Schedule.of(graph, live, best.get().lanes(), start);
        boolean currentDrivable = current != null && current.feasible();
        boolean other = !sameLanes(remaining, best.get());
        boolean wins = !currentDrivable
                || other && fastest.eta() + marginSeconds <= current.eta()
                || other && savesDeadline(shipment.deadline(), current.eta(), fastest.eta());
        Schedule chosen = wins ? fastest : current;
        Instant oldEta = currentDrivable ? Instant.ofEpochSecond(current.eta()) : null;
        return Optional.of(new Decision(
                Itineraries.join(graph, shipment.route(), stop, chosen, start),
                wins,
                oldEta,
                Instant.ofEpochSecond(chosen.eta()),
                used(current, fastest)));
    }

    /** The current route, its rest timed from where the shipment is now; empty at the destination. */
    public Optional<Itinerary> retime(ShipmentState shipment, Instant now, LiveConditions live) {
        RoutingGraph graph = network.graph();
        int stop = committedStop(shipment, now);
        int[] remaining = Itineraries.lanesFrom(graph, shipment.route(), stop);
        if (stop >= shipment.route().facilityIds().size() - 1 || remaining == null) {
            return Optional.empty();
        }
        int from = graph.facility(shipment.route().facilityIds().get(stop));
        long start = startAt(shipment, stop, from, now, live);
        Schedule current = Schedule.of(graph, live, remaining, start);
        return current.feasible()
                ? Optional.of(Itineraries.join(graph, shipment.route(), stop, current, start))
                : Optional.empty();
    }

    /**
     * Sends the shipment to the facility with {@code capability} it can reach earliest from where
     * it is heading (which may be that very facility), under its constraints.
     */
    public Optional<Decision> divert(ShipmentState shipment, Instant now, LiveConditions live, String capability) {
        RoutingGraph graph = network.graph();
        int stop = committedStop(shipment, now);
        int from = graph.facility(shipment.route().facilityIds().get(stop));
        int[] targets = IntStream.range(0, graph.facilityCount())
                .filter(f -> graph.facilityAt(f).can(capability))
                .toArray();
        if (targets.length == 0 || from < 0) {
            return Optional.empty();
        }
        long start = startAt(shipment, stop, from, now, live);
        RouteQuery query = RouteQuery.to(from, start, targets[0], shipment.reeferRequired(), shipment.modes(), live);
        Optional<Path> nearest = network.router()
                .fastest(new RouteQuery(from, start, targets, query.reeferOnly(), query.modes(), live, null, null));
        if (nearest.isEmpty()) {
            return Optional.empty();
        }
        int[] remaining = Itineraries.lanesFrom(graph, shipment.route(), stop);
        Schedule current = remaining == null ? null : Schedule.of(graph, live, remaining, start);
        Schedule diversion = Schedule.of(graph, live, nearest.get().lanes(), start);
        Itinerary route = nearest.get().lanes().length == 0
                ? Itineraries.standing(shipment.route(), stop, start)
                : Itineraries.join(graph, shipment.route(), stop, diversion, start);
        boolean changed = !route.facilityIds().equals(shipment.route().facilityIds());
        return Optional.of(new Decision(
                route,
                changed,
                current != null && current.feasible() ? Instant.ofEpochSecond(current.eta()) : null,
                route.eta(),
                used(current, diversion)));
    }

    /**
     * The route's facility from which the shipment can still change course: the one it heads to
     * or is at; at the origin only until its scheduled departure (then it is on the first lane,
     * GPS or not).
     */
    private static int committedStop(ShipmentState shipment, Instant now) {
        Itinerary route = shipment.route();
        if (shipment.nextStop() == 0
                && !route.legs().isEmpty()
                && now.isAfter(route.legs().get(0).departAt())) {
            return 1;
        }
        return shipment.nextStop();
    }

    /** Where the shipment is at the route's facility {@code stop}: the GPS fix there, or its schedule. */
    private long startAt(ShipmentState shipment, int stop, int facility, Instant now, LiveConditions live) {
        RoutingGraph graph = network.graph();
        if (stop == 0) {
            long ready = Math.max(shipment.readyAt().getEpochSecond(), now.getEpochSecond());
            return live.readyAfter(facility, ready, 0);
        }
        long arrival;
        if (shipment.position() != null
                && shipment.positionAt() != null
                && shipment.position().kilometresTo(graph.facilityAt(facility).position()) <= arrivalRadiusKm) {
            arrival = shipment.positionAt().getEpochSecond(); // it is there, since the fix
        } else { // on its way: as scheduled, but not in the past of what we know now
            arrival = Math.max(shipment.route().legs().get(stop - 1).arriveAt().getEpochSecond(), now.getEpochSecond());
        }
        return live.readyAfter(facility, arrival, graph.facilityAt(facility).handlingMinutes() * 60L);
    }

    /** A deadline the current route misses and the new one meets is worth any gain. */
    private static boolean savesDeadline(Instant deadline, long currentEta, long newEta) {
        return deadline != null && currentEta > deadline.getEpochSecond() && newEta <= deadline.getEpochSecond();
    }

    private static boolean sameLanes(int[] remaining, Path path) {
        return remaining != null && java.util.Arrays.equals(remaining, path.lanes());
    }

    private static List<String> used(Schedule current, Schedule chosen) {
        Set<String> ids = new LinkedHashSet<>();
        if (current != null) {
            ids.addAll(current.conditionIds());
        }
        ids.addAll(chosen.conditionIds());
        return List.copyOf(ids);
    }
}
