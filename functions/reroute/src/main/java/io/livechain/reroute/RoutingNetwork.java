package io.livechain.reroute;

import io.livechain.model.network.Network;
import io.livechain.model.network.NetworkFile;
import io.livechain.reroute.routing.Alternatives;
import io.livechain.reroute.routing.RoutingGraph;
import io.livechain.reroute.routing.TimeDependentRouter;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import org.jboss.logging.Logger;

/**
 * The network file, read and compiled once at start-up. Without a valid network this function
 * cannot route anything, so a missing or invalid file fails the start (and the readiness probe).
 */
@Startup
@ApplicationScoped
public class RoutingNetwork {

    private static final Logger LOG = Logger.getLogger(RoutingNetwork.class);

    private final Network network;
    private final RoutingGraph graph;
    private final TimeDependentRouter router;
    private final Alternatives alternatives;

    public RoutingNetwork(RerouteConfig config) {
        network = NetworkFile.read(Path.of(config.networkFile()));
        graph = RoutingGraph.of(network);
        router = new TimeDependentRouter(graph);
        alternatives = new Alternatives(router);
        LOG.infof(
                "network %s: %d facilities, %d lanes from %s",
                network.name(), graph.facilityCount(), graph.laneCount(), config.networkFile());
    }

    public Network network() {
        return network;
    }

    public RoutingGraph graph() {
        return graph;
    }

    public TimeDependentRouter router() {
        return router;
    }

    public Alternatives alternatives() {
        return alternatives;
    }
}
