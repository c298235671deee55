package io.livechain.reroute.routing;

import java.util.Arrays;
import java.util.Optional;

/**
 * Earliest-arrival search over the live network: Dijkstra's label-setting search on
 * time-dependent, FIFO lane times (see {@link LiveConditions}), guided towards a single target by
 * an A* bound (the larger of the great-circle distance at the fastest speed any lane makes and the
 * {@link Landmarks} bound, both scaled by the smallest active factor), stopping as soon as no open
 * label can beat the best arrival found.
 *
 * <p>Why not JGraphT's shortest-path classes: they take a fixed weight per edge, while here a
 * lane's time depends on when the shipment reaches it. JGraphT still checks the network and
 * serves as the brute-force reference in the tests and the plain Dijkstra baseline in the benchmark.
 */
public final class TimeDependentRouter {

    private static final long NEVER = Long.MAX_VALUE;

    private final RoutingGraph graph;

    public TimeDependentRouter(RoutingGraph graph) {
        this.graph = graph;
    }

    public RoutingGraph graph() {
        return graph;
    }

    /** The route reaching one of the query's targets earliest, if any target is reachable. */
    public Optional<Path> fastest(RouteQuery query) {
        int n = graph.facilityCount();
        boolean[] target = new boolean[n];
        for (int t : query.targets()) {
            target[t] = true;
        }
        boolean single = query.targets().length == 1;
        Bound bound = single ? new Bound(query.targets()[0], query.conditions().minFactor(), n) : null;
        if (target[query.start()]) {
            return Optional.of(new Path(new int[] {query.start()}, new int[0], query.startReady()));
        }
        long[] ready = new long[n];
        Arrays.fill(ready, NEVER);
        int[] via = new int[n];
        ready[query.start()] = query.startReady();
        MinHeap open = new MinHeap();
        open.push(query.startReady() + bound(bound, query.start()), query.start());
        long bestEta = NEVER;
        int bestLane = -1;
        LiveConditions live = query.conditions();
        while (!open.isEmpty() && open.minKey() < bestEta) {
            long key = open.minKey();
            int u = open.pop();
            if (key != ready[u] + bound(bound, u)) {
                continue; // stale entry: u was reached earlier since
            }
            for (int lane = graph.firstOut[u]; lane < graph.firstOut[u + 1]; lane++) {
                if (!query.usable(graph, lane)) {
                    continue;
                }
                long arrival = live.arrival(lane, ready[u], graph.transitSeconds[lane]);
                if (arrival == NEVER) {
                    continue;
                }
                int v = graph.laneTo[lane];
                if (target[v]) {
                    long eta = live.readyAfter(v, arrival, 0);
                    if (eta < bestEta) {
                        bestEta = eta;
                        bestLane = lane;
                    }
                    if (single) {
                        continue; // a single destination is never passed through
                    }
                }
                long next = live.readyAfter(v, arrival, graph.handlingSeconds[v]);
                if (next < ready[v]) {
                    ready[v] = next;
                    via[v] = lane;
                    open.push(next + bound(bound, v), v);
                }
            }
        }
        return bestLane < 0 ? Optional.empty() : Optional.of(trace(query.start(), bestLane, via, bestEta));
    }

    private static long bound(Bound bound, int facility) {
        return bound == null ? 0 : bound.at(facility);
    }

    /** A* lower bound in seconds to a single target, computed once per facility touched. */
    private final class Bound {
        private final int goal;
        private final double minFactor;
        private final long[] known;

        Bound(int goal, double minFactor, int facilities) {
            this.goal = goal;
            this.minFactor = minFactor;
            this.known = new long[facilities];
            java.util.Arrays.fill(known, -1);
        }

        long at(int facility) {
            long value = known[facility];
            if (value < 0) {
                double kmPerSecond = graph.maxKmPerSecond / minFactor;
                long flight = kmPerSecond <= 0 ? 0 : (long) Math.floor(graph.kilometres(facility, goal) / kmPerSecond);
                // landmark times include the handling at the goal, which a delivery does not spend
                long statics = Math.max(0, graph.landmarks.bound(facility, goal) - graph.handlingSeconds[goal]);
                value = Math.max(flight, (long) Math.floor(statics * minFactor));
                known[facility] = value;
            }
            return value;
        }
    }

    private Path trace(int start, int lastLane, int[] via, long eta) {
        int count = 1;
        for (int from = graph.laneFrom[lastLane]; from != start; from = graph.laneFrom[via[from]]) {
            count++;
        }
        int[] ordered = new int[count];
        int[] facilities = new int[count + 1];
        int lane = lastLane;
        for (int i = count - 1; i >= 0; i--) {
            ordered[i] = lane;
            facilities[i] = graph.laneFrom[lane];
            lane = i > 0 ? via[facilities[i]] : -1;
        }
        facilities[count] = graph.laneTo[ordered[count - 1]];
        return new Path(facilities, ordered, eta);
    }
}
