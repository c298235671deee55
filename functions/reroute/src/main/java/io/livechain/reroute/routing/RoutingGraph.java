package io.livechain.reroute.routing;

import io.livechain.model.network.Facility;
import io.livechain.model.network.Lane;
import io.livechain.model.network.Network;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The network compiled for search: facilities become ints and lanes a compressed sparse row
 * (each facility's outgoing lanes side by side in plain arrays). A search then touches arrays
 * only, no maps or boxed numbers, which keeps a replan on 100,000 facilities within budget.
 * Immutable; shared by every search.
 */
public final class RoutingGraph {

    private static final int LANDMARKS = 8;

    final Facility[] facilities;
    final Lane[] lanes;
    /** Lanes leaving facility f are {@code firstOut[f] .. firstOut[f + 1] - 1}. */
    final int[] firstOut;

    final int[] laneTo;
    final int[] laneFrom;
    final long[] transitSeconds;
    final long[] handlingSeconds;
    final boolean[] reefer;
    final Lane.Mode[] mode;
    final double[] latitude;
    final double[] longitude;
    /** Fastest great-circle progress any lane makes (km per second): an A* bound that never overestimates. */
    final double maxKmPerSecond;
    /** Static times to and from a few landmarks: the tighter A* bound on long trips. */
    final Landmarks landmarks;

    private final Map<String, Integer> facilityIndex;
    private final Map<String, Integer> laneIndex;

    private RoutingGraph(Network network) {
        List<Facility> fs = network.facilities();
        int n = fs.size();
        facilities = fs.toArray(Facility[]::new);
        facilityIndex = new HashMap<>(n * 2);
        latitude = new double[n];
        longitude = new double[n];
        handlingSeconds = new long[n];
        for (int f = 0; f < n; f++) {
            facilityIndex.put(facilities[f].id(), f);
            latitude[f] = facilities[f].position().latitude();
            longitude[f] = facilities[f].position().longitude();
            handlingSeconds[f] = 60L * facilities[f].handlingMinutes();
        }
        Lane[] sorted = network.lanes().toArray(Lane[]::new);
        Arrays.sort(sorted, (a, b) -> Integer.compare(facilityIndex.get(a.from()), facilityIndex.get(b.from())));
        int m = sorted.length;
        lanes = sorted;
        firstOut = new int[n + 1];
        laneTo = new int[m];
        laneFrom = new int[m];
        transitSeconds = new long[m];
        reefer = new boolean[m];
        mode = new Lane.Mode[m];
        laneIndex = new HashMap<>(m * 2);
        double fastest = 0;
        for (int e = 0; e < m; e++) {
            Lane lane = sorted[e];
            laneFrom[e] = facilityIndex.get(lane.from());
            laneTo[e] = facilityIndex.get(lane.to());
            firstOut[laneFrom[e] + 1]++;
            transitSeconds[e] = 60L * lane.transitMinutes();
            reefer[e] = lane.reefer();
            mode[e] = lane.mode();
            laneIndex.put(lane.id(), e);
            fastest = Math.max(fastest, kilometres(laneFrom[e], laneTo[e]) / transitSeconds[e]);
        }
        for (int f = 0; f < n; f++) {
            firstOut[f + 1] += firstOut[f];
        }
        maxKmPerSecond = fastest;
        landmarks = Landmarks.of(this, LANDMARKS);
    }

    /** Compiles a network that {@code NetworkFile} accepted (every lane between known facilities). */
    public static RoutingGraph of(Network network) {
        return new RoutingGraph(network);
    }

    public int facilityCount() {
        return facilities.length;
    }

    public int laneCount() {
        return lanes.length;
    }

    /** Index of a facility id, or -1. */
    public int facility(String id) {
        Integer index = facilityIndex.get(id);
        return index == null ? -1 : index;
    }

    /** Index of a lane id, or -1. */
    public int lane(String id) {
        Integer index = laneIndex.get(id);
        return index == null ? -1 : index;
    }

    public Facility facilityAt(int f) {
        return facilities[f];
    }

    public Lane laneAt(int e) {
        return lanes[e];
    }

    int from(int e) {
        return laneFrom[e];
    }

    int to(int e) {
        return laneTo[e];
    }

    /** Great-circle kilometres between two facilities (haversine, as {@code Coordinates} computes it). */
    double kilometres(int a, int b) {
        return facilities[a].position().kilometresTo(facilities[b].position());
    }
}
