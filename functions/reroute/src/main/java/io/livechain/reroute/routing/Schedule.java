package io.livechain.reroute.routing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Times a fixed route under live conditions, leg by leg, with the same lane and facility rules
 * as the search (so a searched route's schedule ends exactly at its ETA): how a kept route's ETA
 * moves when conditions change, and the legs a plan announces.
 */
public final class Schedule {

    /** One leg's lane, when it leaves (after any waiting) and when it arrives. */
    public record Leg(int lane, long depart, long arrive) {}

    private final List<Leg> legs;
    private final long eta;
    private final List<String> conditionIds;

    private Schedule(List<Leg> legs, long eta, List<String> conditionIds) {
        this.legs = legs;
        this.eta = eta;
        this.conditionIds = conditionIds;
    }

    /**
     * Times lanes (consecutive in the graph) from {@code startReady} at their first facility;
     * the ETA is Long.MAX_VALUE when a lane is closed for good.
     */
    public static Schedule of(RoutingGraph graph, LiveConditions live, int[] lanes, long startReady) {
        List<Leg> legs = new ArrayList<>(lanes.length);
        Set<String> used = new LinkedHashSet<>();
        long ready = startReady;
        for (int i = 0; i < lanes.length; i++) {
            int lane = lanes[i];
            long base = graph.transitSeconds[lane];
            long depart = live.departure(lane, ready, base);
            long arrive = live.arrival(lane, ready, base);
            if (arrive == Long.MAX_VALUE) {
                return new Schedule(legs, Long.MAX_VALUE, List.copyOf(used));
            }
            used.addAll(live.onFacility(graph.laneFrom[lane], ready - 1, depart + 1));
            used.addAll(live.onLane(lane, ready, depart + 1));
            int to = graph.laneTo[lane];
            boolean last = i == lanes.length - 1;
            long next = live.readyAfter(to, arrive, last ? 0 : graph.handlingSeconds[to]);
            used.addAll(live.onFacility(to, arrive, next + 1));
            legs.add(new Leg(lane, depart, arrive));
            ready = next;
        }
        return new Schedule(legs, ready, List.copyOf(used));
    }

    public List<Leg> legs() {
        return legs;
    }

    /** When the route ends (delivered), epoch seconds; MAX_VALUE if it cannot be driven. */
    public long eta() {
        return eta;
    }

    public boolean feasible() {
        return eta != Long.MAX_VALUE;
    }

    /** Conditions active on the route's lanes or facilities while the shipment is there. */
    public List<String> conditionIds() {
        return conditionIds;
    }
}
