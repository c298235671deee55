package io.livechain.reroute;

import io.livechain.model.Itinerary;
import io.livechain.model.RouteLeg;
import io.livechain.model.network.Lane;
import io.livechain.reroute.routing.RoutingGraph;
import io.livechain.reroute.routing.Schedule;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Between the search's indexes and the {@link Itinerary} events and the API show. */
final class Itineraries {

    private Itineraries() {}

    /**
     * The route that keeps the first {@code stop} legs of {@code kept} (already driven or under
     * way) and continues with {@code tail}, timed from the kept route's facility {@code stop}.
     */
    static Itinerary join(RoutingGraph graph, Itinerary kept, int stop, Schedule tail, long tailStart) {
        List<String> facilities = new ArrayList<>();
        List<String> lanes = new ArrayList<>();
        List<RouteLeg> legs = new ArrayList<>();
        if (kept != null) {
            facilities.addAll(kept.facilityIds().subList(0, stop + 1));
            lanes.addAll(kept.laneIds().subList(0, stop));
            legs.addAll(kept.legs().subList(0, stop));
        }
        for (Schedule.Leg leg : tail.legs()) {
            Lane lane = graph.laneAt(leg.lane());
            if (facilities.isEmpty()) {
                facilities.add(lane.from());
            }
            facilities.add(lane.to());
            lanes.add(lane.id());
            legs.add(new RouteLeg(
                    lane.id(),
                    lane.from(),
                    lane.to(),
                    lane.mode().label(),
                    Instant.ofEpochSecond(leg.depart()),
                    Instant.ofEpochSecond(leg.arrive())));
        }
        Instant departAt = kept != null && stop > 0
                ? kept.departAt()
                : Instant.ofEpochSecond(
                        legs.isEmpty() ? tailStart : legs.get(0).departAt().getEpochSecond());
        return new Itinerary(facilities, lanes, departAt, Instant.ofEpochSecond(tail.eta()), cost(graph, lanes), legs);
    }

    /** A route of one facility: the shipment is where it must end. */
    static Itinerary standing(Itinerary kept, int stop, long at) {
        Instant when = Instant.ofEpochSecond(at);
        return new Itinerary(
                kept.facilityIds().subList(0, stop + 1),
                kept.laneIds().subList(0, stop),
                kept.departAt(),
                when,
                kept.cost(),
                kept.legs().subList(0, stop));
    }

    private static BigDecimal cost(RoutingGraph graph, List<String> laneIds) {
        BigDecimal total = BigDecimal.ZERO;
        for (String id : laneIds) {
            int lane = graph.lane(id);
            if (lane >= 0 && graph.laneAt(lane).cost() != null) {
                total = total.add(graph.laneAt(lane).cost());
            }
        }
        return total;
    }

    /** Lane indexes of the route from its facility {@code stop} on; null if a lane left the network. */
    static int[] lanesFrom(RoutingGraph graph, Itinerary route, int stop) {
        List<String> ids = route.laneIds()
                .subList(Math.min(stop, route.laneIds().size()), route.laneIds().size());
        int[] lanes = new int[ids.size()];
        for (int i = 0; i < lanes.length; i++) {
            lanes[i] = graph.lane(ids.get(i));
            if (lanes[i] < 0) {
                return null;
            }
        }
        return lanes;
    }
}
