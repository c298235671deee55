package io.livechain.reroute.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechain.model.Condition;
import io.livechain.model.network.Lane;
import io.livechain.model.network.NetworkFile;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DirectedWeightedMultigraph;
import org.junit.jupiter.api.Test;

/** Routing on the shipped sample network (knative/network/network.json). */
class SampleNetworkTest {

    private static final RoutingGraph GRAPH =
            RoutingGraph.of(NetworkFile.read(java.nio.file.Path.of("../../knative/network/network.json")));
    private static final long T0 = Instant.parse("2026-11-20T08:00:00Z").getEpochSecond();
    private static final EnumSet<Lane.Mode> SURFACE = EnumSet.of(Lane.Mode.SEA, Lane.Mode.RAIL, Lane.Mode.ROAD);

    /**
     * Without conditions, lane time plus handling is a fixed weight, so JGraphT's Dijkstra is exact:
     * the A* search must find routes exactly as fast, for every pair tried.
     */
    @Test
    void withoutConditionsTheSearchMatchesJGraphTsDijkstra() {
        Graph<Integer, Integer> graph = new DirectedWeightedMultigraph<>(null, null);
        for (int f = 0; f < GRAPH.facilityCount(); f++) {
            graph.addVertex(f);
        }
        for (int e = 0; e < GRAPH.laneCount(); e++) {
            graph.addEdge(GRAPH.from(e), GRAPH.to(e), e);
            // handling at the far end counts when passing through; the destination's is taken off below
            graph.setEdgeWeight(e, GRAPH.transitSeconds[e] + GRAPH.handlingSeconds[GRAPH.to(e)]);
        }
        DijkstraShortestPath<Integer, Integer> dijkstra = new DijkstraShortestPath<>(graph);
        TimeDependentRouter router = new TimeDependentRouter(GRAPH);
        Random random = new Random(7);
        for (int i = 0; i < 300; i++) {
            int from = random.nextInt(GRAPH.facilityCount());
            int to = random.nextInt(GRAPH.facilityCount());
            if (from == to) {
                continue;
            }
            long expected = (long) dijkstra.getPathWeight(from, to) - GRAPH.handlingSeconds[to];
            Path found = router.fastest(RouteQuery.to(from, T0, to, false, null, LiveConditions.none()))
                    .orElseThrow();
            assertEquals(
                    expected,
                    found.eta() - T0,
                    GRAPH.facilityAt(from).id() + " → " + GRAPH.facilityAt(to).id());
        }
    }

    @Test
    void congestionAtTheTransshipmentPortMovesAShanghaiToMunichShipmentToAnotherPort() {
        TimeDependentRouter router = new TimeDependentRouter(GRAPH);
        int shanghai = GRAPH.facility("CNSHA-PORT");
        int munich = GRAPH.facility("DEMUC-DC");
        Path planned = router.fastest(RouteQuery.to(shanghai, T0, munich, true, SURFACE, LiveConditions.none()))
                .orElseThrow();
        assertTrue(planned.eta() - T0 > 20 * 86_400, "by sea it takes weeks: " + describe(planned));
        for (int lane : planned.lanes()) {
            assertTrue(
                    GRAPH.reefer[lane] && SURFACE.contains(GRAPH.mode[lane]),
                    GRAPH.laneAt(lane).id());
        }
        // the European port of entry: the last port on the route
        String port = null;
        for (int f : planned.facilities()) {
            if (GRAPH.facilityAt(f).kind() == io.livechain.model.network.Facility.Kind.PORT && f != shanghai) {
                port = GRAPH.facilityAt(f).id();
            }
        }
        assertNotEquals(null, port, "a sea route into Europe: " + describe(planned));
        Condition strike = new Condition(
                "strike",
                Condition.Kind.STRIKE,
                port,
                null,
                null,
                null,
                Instant.ofEpochSecond(T0),
                Instant.ofEpochSecond(T0 + 60 * 86_400),
                "union");
        LiveConditions live = LiveConditions.of(GRAPH, List.of(strike));
        Optional<Path> around = router.fastest(RouteQuery.to(shanghai, T0, munich, true, SURFACE, live));
        assertTrue(around.isPresent());
        for (int f : around.get().facilities()) {
            assertNotEquals(port, GRAPH.facilityAt(f).id(), "avoids the port on strike: " + describe(around.get()));
        }
    }

    private static String describe(Path path) {
        StringBuilder text = new StringBuilder();
        for (int f : path.facilities()) {
            text.append(GRAPH.facilityAt(f).id()).append(' ');
        }
        return text + "eta +" + (path.eta() - T0) / 3600 + " h";
    }
}
