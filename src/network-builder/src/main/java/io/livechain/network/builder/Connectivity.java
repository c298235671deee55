package io.livechain.network.builder;

import io.livechain.model.network.Facility;
import io.livechain.model.network.Lane;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DirectedMultigraph;

/** The network as a JGraphT graph, and whether every facility can reach every other. */
final class Connectivity {

    private Connectivity() {}

    static Graph<String, Lane> graph(Collection<Facility> facilities, Collection<Lane> lanes) {
        Graph<String, Lane> graph = new DirectedMultigraph<>(null, null, false);
        facilities.forEach(f -> graph.addVertex(f.id()));
        lanes.forEach(l -> graph.addEdge(l.from(), l.to(), l));
        return graph;
    }

    /** Strongly connected components, largest first, each sorted, ties by their first id. */
    static List<Set<String>> components(Graph<String, Lane> graph) {
        return new KosarajuStrongConnectivityInspector<>(graph)
                .stronglyConnectedSets().stream()
                        .map(s -> (Set<String>) new TreeSet<>(s))
                        .sorted(Comparator.<Set<String>>comparingInt(Set::size)
                                .reversed()
                                .thenComparing(s -> s.iterator().next()))
                        .toList();
    }

    static boolean stronglyConnected(Graph<String, Lane> graph) {
        return new KosarajuStrongConnectivityInspector<>(graph).isStronglyConnected();
    }
}
