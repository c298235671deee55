package io.livechain.reroute.routing;

import java.util.Arrays;

/**
 * Lower bounds for A* from a few landmarks (the ALT method: A*, landmarks, triangle inequality).
 * For each landmark L the fastest static times d(L, v) and d(v, L) are computed once, with lane
 * time plus handling at the far end as weight; then for any v and target t,
 * d(v, t) ≥ d(L, t) − d(L, v) and d(v, t) ≥ d(v, L) − d(t, L). Live conditions only add time,
 * except factors below 1, which the router scales the bound by. Landmarks far apart on the
 * globe make the bounds tight for the long trips that a great-circle bound at air speed cannot prune.
 */
final class Landmarks {

    private static final int UNREACHABLE = Integer.MAX_VALUE;

    private final int[][] fromLandmark;
    private final int[][] toLandmark;

    private Landmarks(int[][] fromLandmark, int[][] toLandmark) {
        this.fromLandmark = fromLandmark;
        this.toLandmark = toLandmark;
    }

    static Landmarks of(RoutingGraph graph, int count) {
        int[] chosen = spreadOut(graph, Math.min(count, graph.facilityCount()));
        int[][] from = new int[chosen.length][];
        int[][] to = new int[chosen.length][];
        Reverse reverse = new Reverse(graph);
        for (int k = 0; k < chosen.length; k++) {
            from[k] = staticTimes(graph, chosen[k], graph.firstOut, graph.laneTo, null);
            to[k] = staticTimes(graph, chosen[k], reverse.firstIn, reverse.laneFrom, reverse.lane);
        }
        return new Landmarks(from, to);
    }

    /** A lower bound, in seconds, of the static time from v to t plus the handling at t. */
    long bound(int v, int t) {
        long best = 0;
        for (int k = 0; k < fromLandmark.length; k++) {
            int[] from = fromLandmark[k];
            if (from[t] != UNREACHABLE && from[v] != UNREACHABLE) {
                best = Math.max(best, (long) from[t] - from[v]);
            }
            int[] to = toLandmark[k];
            if (to[v] != UNREACHABLE && to[t] != UNREACHABLE) {
                best = Math.max(best, (long) to[v] - to[t]);
            }
        }
        return best;
    }

    /** Facilities far apart on the globe: each next one the farthest from those chosen so far. */
    private static int[] spreadOut(RoutingGraph graph, int count) {
        int n = graph.facilityCount();
        int[] chosen = new int[count];
        double[] nearest = new double[n];
        Arrays.fill(nearest, Double.MAX_VALUE);
        int next = 0;
        for (int f = 0; f < n; f++) {
            if (graph.kilometres(0, f) > graph.kilometres(0, next)) {
                next = f;
            }
        }
        for (int k = 0; k < count; k++) {
            chosen[k] = next;
            int farthest = 0;
            for (int f = 0; f < n; f++) {
                nearest[f] = Math.min(nearest[f], graph.kilometres(chosen[k], f));
                if (nearest[f] > nearest[farthest]) {
                    farthest = f;
                }
            }
            next = farthest;
        }
        return chosen;
    }

    /**
     * Plain Dijkstra from {@code source} over lane time plus handling at the lane's far end, on the
     * forward lanes or (with {@code laneOf}) on the reversed ones.
     */
    private static int[] staticTimes(RoutingGraph graph, int source, int[] first, int[] other, int[] laneOf) {
        int n = graph.facilityCount();
        long[] best = new long[n];
        Arrays.fill(best, Long.MAX_VALUE);
        best[source] = 0;
        MinHeap open = new MinHeap();
        open.push(0, source);
        while (!open.isEmpty()) {
            long key = open.minKey();
            int u = open.pop();
            if (key != best[u]) {
                continue;
            }
            for (int i = first[u]; i < first[u + 1]; i++) {
                int lane = laneOf == null ? i : laneOf[i];
                int v = other[i];
                int far = laneOf == null ? v : u; // handling counts where the lane ends
                long time = key + graph.transitSeconds[lane] + graph.handlingSeconds[far];
                if (time < best[v]) {
                    best[v] = time;
                    open.push(time, v);
                }
            }
        }
        int[] times = new int[n];
        for (int f = 0; f < n; f++) {
            times[f] = best[f] > Integer.MAX_VALUE - 1 ? UNREACHABLE : (int) best[f];
        }
        return times;
    }

    /** Lanes grouped by the facility they arrive at. */
    private static final class Reverse {
        final int[] firstIn;
        final int[] laneFrom;
        final int[] lane;

        Reverse(RoutingGraph graph) {
            int n = graph.facilityCount();
            int m = graph.laneCount();
            firstIn = new int[n + 1];
            for (int e = 0; e < m; e++) {
                firstIn[graph.laneTo[e] + 1]++;
            }
            for (int f = 0; f < n; f++) {
                firstIn[f + 1] += firstIn[f];
            }
            int[] fill = Arrays.copyOf(firstIn, n);
            laneFrom = new int[m];
            lane = new int[m];
            for (int e = 0; e < m; e++) {
                int slot = fill[graph.laneTo[e]]++;
                laneFrom[slot] = graph.laneFrom[e];
                lane[slot] = e;
            }
        }
    }
}
