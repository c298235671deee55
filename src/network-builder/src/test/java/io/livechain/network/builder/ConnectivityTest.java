package io.livechain.network.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechain.model.network.Lane;
import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.junit.jupiter.api.Test;

/** Every facility reaches every other: a reroute never finds a facility it cannot leave. */
class ConnectivityTest {

    @Test
    void theNetworkIsStronglyConnected() {
        Graph<String, Lane> graph = Connectivity.graph(Sample.NETWORK.facilities(), Sample.NETWORK.lanes());
        var inspector = new KosarajuStrongConnectivityInspector<>(graph);
        assertTrue(inspector.isStronglyConnected(), "components: " + inspector.stronglyConnectedSets());
        assertEquals(Sample.NETWORK.facilities().size(), graph.vertexSet().size());
    }

    @Test
    void aNetworkWithACutOffFacilityIsReported() {
        var facilities = Sample.NETWORK.facilities();
        List<Lane> lanes = Sample.NETWORK.lanes().stream()
                .filter(l -> !l.from().equals("JMKIN-PORT") && !l.to().equals("JMKIN-PORT"))
                .toList();
        var components = Connectivity.components(Connectivity.graph(facilities, lanes));
        assertEquals(2, components.size());
        assertEquals(java.util.Set.of("JMKIN-PORT"), components.get(1));
    }
}
