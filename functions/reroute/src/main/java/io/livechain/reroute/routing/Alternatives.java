package io.livechain.reroute.routing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The k fastest loop-free routes (Yen's algorithm) with the time-dependent search as the spur
 * step: each spur starts at the moment the root path reaches it, so every ETA is exact.
 * (JGraphT's Yen implementation assumes fixed edge weights.)
 */
public final class Alternatives {

    private static final Comparator<Path> BY_ETA = Comparator.comparingLong(Path::eta)
            .thenComparingInt(p -> p.lanes().length)
            .thenComparing(p -> Arrays.toString(p.lanes()));

    private final TimeDependentRouter router;

    public Alternatives(TimeDependentRouter router) {
        this.router = router;
    }

    /** Up to k routes to the query's single target, fastest first; empty when it is unreachable. */
    public List<Path> fastest(RouteQuery query, int k) {
        List<Path> found = new ArrayList<>();
        Optional<Path> best = router.fastest(query);
        if (best.isEmpty()) {
            return found;
        }
        found.add(best.get());
        TreeSet<Path> candidates = new TreeSet<>(BY_ETA);
        RoutingGraph graph = router.graph();
        LiveConditions live = query.conditions();
        while (found.size() < k) {
            Path previous = found.get(found.size() - 1);
            long ready = query.startReady();
            for (int spur = 0; spur < previous.lanes().length; spur++) {
                int[] root = Arrays.copyOf(previous.lanes(), spur);
                BitSet lanes = new BitSet(graph.laneCount());
                for (Path path : found) {
                    if (path.lanes().length > spur && Arrays.equals(Arrays.copyOf(path.lanes(), spur), root)) {
                        lanes.set(path.lanes()[spur]);
                    }
                }
                BitSet facilities = new BitSet(graph.facilityCount());
                for (int i = 0; i <= spur; i++) {
                    facilities.set(previous.facilities()[i]); // no loop back into the root
                }
                int spurFacility = previous.facilities()[spur];
                Optional<Path> tail = router.fastest(query.from(spurFacility, ready, lanes, facilities));
                if (tail.isPresent()) {
                    candidates.add(join(previous, spur, tail.get()));
                }
                // the root grows by one lane: when it is ready to leave the next facility
                int lane = previous.lanes()[spur];
                long arrive = live.arrival(lane, ready, graph.transitSeconds[lane]);
                ready = live.readyAfter(graph.laneTo[lane], arrive, graph.handlingSeconds[graph.laneTo[lane]]);
            }
            candidates.removeIf(found::contains);
            if (candidates.isEmpty()) {
                break;
            }
            found.add(candidates.pollFirst());
        }
        return found;
    }

    private static Path join(Path previous, int spur, Path tail) {
        int[] facilities = new int[spur + tail.facilities().length];
        System.arraycopy(previous.facilities(), 0, facilities, 0, spur);
        System.arraycopy(tail.facilities(), 0, facilities, spur, tail.facilities().length);
        int[] lanes = new int[spur + tail.lanes().length];
        System.arraycopy(previous.lanes(), 0, lanes, 0, spur);
        System.arraycopy(tail.lanes(), 0, lanes, spur, tail.lanes().length);
        return new Path(facilities, lanes, tail.eta());
    }
}
