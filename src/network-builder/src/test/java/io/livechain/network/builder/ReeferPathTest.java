package io.livechain.network.builder;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechain.model.network.Facility;
import io.livechain.model.network.Lane;
import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.AsWeightedGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cold cargo can cross the world on reefer-capable lanes alone. */
class ReeferPathTest {

    static final Graph<String, Lane> ALL = Connectivity.graph(Sample.NETWORK.facilities(), Sample.NETWORK.lanes());
    static final Graph<String, Lane> REEFER = new AsWeightedGraph<>(
            new AsSubgraph<>(
                    ALL,
                    ALL.vertexSet(),
                    Sample.NETWORK.lanes().stream().filter(Lane::reefer).collect(java.util.stream.Collectors.toSet())),
            lane -> (double) lane.transitMinutes(),
            false,
            false);

    @ParameterizedTest
    @CsvSource({
        "NLRTM-COLD, CNSHA-COLD", // Europe - China
        "CNSHA-COLD, NLRTM-COLD",
        "KENBO-COLD, NLRTM-COLD", // flowers from Kenya
        "CLSCL-COLD, CNSHA-COLD", // cherries from Chile
        "ECGYE-COLD, DEHAM-COLD", // bananas from Ecuador
        "AUMEL-COLD, SGSIN-COLD",
        "USCHI-COLD, JPOSA-COLD"
    })
    void aReeferPathJoinsFarApartColdHubs(String from, String to) {
        GraphPath<String, Lane> path = DijkstraShortestPath.findPathBetween(REEFER, from, to);
        assertNotNull(path, "no reefer path from " + from + " to " + to);
        List<Lane> lanes = path.getEdgeList();
        assertTrue(lanes.stream().allMatch(Lane::reefer));
        assertTrue(lanes.stream().anyMatch(l -> l.mode() != Lane.Mode.ROAD), "oceans are not crossed by truck");
    }

    @Test
    void everyColdHubReachesEveryOtherOnReeferLanes() {
        List<String> hubs = Sample.NETWORK.facilities().stream()
                .filter(f -> f.kind() == Facility.Kind.COLD_STORAGE_HUB)
                .map(Facility::id)
                .toList();
        var reach = new org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector<>(REEFER);
        var component = reach.stronglyConnectedSets().stream()
                .filter(s -> s.contains(hubs.get(0)))
                .findFirst()
                .orElseThrow();
        assertTrue(
                component.containsAll(hubs),
                "cold hubs cut off from " + hubs.get(0) + ": "
                        + hubs.stream().filter(h -> !component.contains(h)).toList());
    }
}
