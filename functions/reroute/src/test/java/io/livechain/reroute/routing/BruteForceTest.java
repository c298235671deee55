package io.livechain.reroute.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechain.model.Condition;
import io.livechain.model.network.Lane;
import io.livechain.model.network.Network;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.AllDirectedPaths;
import org.jgrapht.graph.DirectedMultigraph;
import org.junit.jupiter.api.Test;

/**
 * The search against exhaustive enumeration: on random small networks with random delays,
 * factors (some below 1) and closures, every loop-free route is listed by JGraphT and timed; the
 * search's ETA must equal the best of them, and Yen's k alternatives the k best.
 */
class BruteForceTest {

    private static final int GRAPHS = 300;

    @Test
    void fastestRouteEqualsTheBestOfAllLoopFreeRoutes() {
        Random random = new Random(20261127);
        int compared = 0;
        for (int g = 0; g < GRAPHS; g++) {
            Network network = Networks.random(random, 5 + random.nextInt(4), 0.35);
            RoutingGraph graph = RoutingGraph.of(network);
            List<Condition> conditions = new ArrayList<>(Networks.randomConditions(random, network, random.nextInt(6)));
            if (g % 3 == 0) {
                conditions.addAll(Networks.stackedSpeedUps(random, network, 2)); // bounds must still hold
            }
            LiveConditions live = LiveConditions.of(graph, conditions);
            boolean reefer = random.nextBoolean();
            Set<Lane.Mode> modes =
                    random.nextInt(4) == 0 ? EnumSet.of(Lane.Mode.ROAD, Lane.Mode.SEA) : EnumSet.allOf(Lane.Mode.class);
            int start = 0;
            int target = graph.facilityCount() - 1;
            long startReady = Networks.T0.getEpochSecond() + random.nextInt(300) * 60L;
            List<Long> all = allRouteEtas(graph, live, start, target, reefer, modes, startReady);
            RouteQuery query = RouteQuery.to(start, startReady, target, reefer, modes, live);
            Optional<Path> found = new TimeDependentRouter(graph).fastest(query);
            if (all.isEmpty()) {
                assertTrue(found.isEmpty(), "graph " + g + ": no route exists, search found " + found);
                continue;
            }
            compared++;
            assertEquals(all.get(0), found.orElseThrow().eta(), "graph " + g);
            assertEquals(
                    found.get().eta(),
                    Schedule.of(graph, live, found.get().lanes(), startReady).eta(),
                    "graph " + g + ": the schedule of the found route ends at its ETA");
            List<Path> k = new Alternatives(new TimeDependentRouter(graph)).fastest(query, 4);
            assertEquals(
                    all.subList(0, Math.min(4, all.size())),
                    k.stream().map(Path::eta).toList(),
                    "graph " + g);
        }
        assertTrue(compared > GRAPHS / 2, "most random graphs have a route: " + compared);
    }

    private static List<Long> allRouteEtas(
            RoutingGraph routing,
            LiveConditions live,
            int start,
            int target,
            boolean reefer,
            Set<Lane.Mode> modes,
            long startReady) {
        Graph<Integer, Integer> graph = new DirectedMultigraph<>(null, null, false);
        for (int f = 0; f < routing.facilityCount(); f++) {
            graph.addVertex(f);
        }
        for (int e = 0; e < routing.laneCount(); e++) {
            Lane lane = routing.laneAt(e);
            if ((!reefer || lane.reefer()) && modes.contains(lane.mode())) {
                graph.addEdge(routing.from(e), routing.to(e), e);
            }
        }
        List<Long> etas = new ArrayList<>();
        for (GraphPath<Integer, Integer> path : new AllDirectedPaths<>(graph).getAllPaths(start, target, true, null)) {
            int[] lanes =
                    path.getEdgeList().stream().mapToInt(Integer::intValue).toArray();
            Schedule schedule = Schedule.of(routing, live, lanes, startReady);
            if (schedule.feasible()) {
                etas.add(schedule.eta());
            }
        }
        etas.sort(null);
        return etas;
    }
}
