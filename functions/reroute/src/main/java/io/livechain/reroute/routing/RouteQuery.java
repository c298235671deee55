package io.livechain.reroute.routing;

import io.livechain.model.network.Lane;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.Set;

/**
 * One search: from {@code start}, ready to leave at {@code startReady} (epoch seconds, its own
 * handling already counted), to the earliest reachable of {@code targets}.
 *
 * @param reeferOnly only reefer-capable lanes (cold cargo)
 * @param modes lane modes allowed
 * @param bannedLanes lanes not to use (alternatives), may be null
 * @param bannedFacilities facilities not to pass (alternatives), may be null
 */
public record RouteQuery(
        int start,
        long startReady,
        int[] targets,
        boolean reeferOnly,
        Set<Lane.Mode> modes,
        LiveConditions conditions,
        BitSet bannedLanes,
        BitSet bannedFacilities) {

    public static RouteQuery to(
            int start,
            long startReady,
            int target,
            boolean reeferOnly,
            Set<Lane.Mode> modes,
            LiveConditions conditions) {
        return new RouteQuery(
                start,
                startReady,
                new int[] {target},
                reeferOnly,
                modes == null || modes.isEmpty() ? EnumSet.allOf(Lane.Mode.class) : EnumSet.copyOf(modes),
                conditions,
                null,
                null);
    }

    RouteQuery from(int spur, long spurReady, BitSet lanes, BitSet facilities) {
        return new RouteQuery(spur, spurReady, targets, reeferOnly, modes, conditions, lanes, facilities);
    }

    boolean usable(RoutingGraph graph, int lane) {
        return (!reeferOnly || graph.reefer[lane])
                && modes.contains(graph.mode[lane])
                && (bannedLanes == null || !bannedLanes.get(lane))
                && (bannedFacilities == null || !bannedFacilities.get(graph.laneTo[lane]));
    }
}
