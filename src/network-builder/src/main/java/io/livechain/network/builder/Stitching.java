package io.livechain.network.builder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.Pseudograph;

/**
 * The last rule: where the others leave a group of facilities cut off (a city whose nearest
 * neighbour is beyond the truck limit, say), one road link joins the group to the nearest facility
 * outside it that a truck can reach. A group no road leads out of fails the build: places.csv then
 * needs a port or an airport there.
 */
final class Stitching {

    private Stitching() {}

    static List<Link> links(List<Place> places, List<Link> links) {
        List<Link> all = new ArrayList<>(links);
        List<Link> added = new ArrayList<>();
        for (List<Set<String>> groups = groups(places, all); groups.size() > 1; groups = groups(places, all)) {
            Set<String> group = groups.get(groups.size() - 1);
            Span nearest = null;
            for (Place inside : places) {
                if (!group.contains(inside.id())) {
                    continue;
                }
                for (Place outside : places) {
                    if (group.contains(outside.id())) {
                        continue;
                    }
                    double km = RoadRule.overlandKm(inside, outside);
                    Span span = Span.of(inside, outside, km);
                    if (km < Double.POSITIVE_INFINITY
                            && (nearest == null
                                    || km < nearest.km()
                                    || km == nearest.km() && span.key().compareTo(nearest.key()) < 0)) {
                        nearest = span;
                    }
                }
            }
            if (nearest == null) {
                throw new IllegalStateException("no lane and no road joins " + group
                        + " to the rest of the network: add a port or an airport to places.csv there");
            }
            Link link = RoadRule.link(nearest);
            all.add(link);
            added.add(link);
        }
        return added;
    }

    /** Groups of places joined by links (each link runs both ways), largest first. */
    private static List<Set<String>> groups(List<Place> places, List<Link> links) {
        Graph<String, Link> graph = new Pseudograph<>(null, null, false);
        places.forEach(p -> graph.addVertex(p.id()));
        links.forEach(l -> graph.addEdge(l.a().id(), l.b().id(), l));
        return new ConnectivityInspector<>(graph)
                .connectedSets().stream()
                        .map(s -> (Set<String>) new TreeSet<>(s))
                        .sorted(Comparator.<Set<String>>comparingInt(Set::size)
                                .reversed()
                                .thenComparing(s -> s.iterator().next()))
                        .toList();
    }
}
