package io.livechain.readapi.network;

import io.livechain.model.network.Network;
import io.livechain.model.network.NetworkFile;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The network file (the livechain-network ConfigMap in the cluster), read once at start-up: a changed
 * file takes a restart, as it does for the reroute function that routes over it.
 */
@Startup
@ApplicationScoped
public class NetworkCatalog {

    private static final Logger LOG = Logger.getLogger(NetworkCatalog.class);

    private final Path file;
    private final Network network;

    @Inject
    NetworkCatalog(@ConfigProperty(name = "livechain.read-api.network-file") String file) {
        this(Path.of(file));
    }

    NetworkCatalog(Path file) {
        this.file = file;
        // Missing only disables /api/network; an invalid or unreadable file is a broken deployment: start-up fails.
        if (Files.notExists(file)) {
            LOG.warnf("no network file at %s: /api/network answers 503 until it is there and read-api restarts", file);
            this.network = null;
        } else {
            this.network = NetworkFile.read(file);
            LOG.infof(
                    "network %s read from %s: %d facilities, %d lanes",
                    network.name(),
                    file,
                    network.facilities().size(),
                    network.lanes().size());
        }
    }

    /** Fails with {@link NoNetworkFileException} when there was no file at start-up. */
    public Network network() {
        if (network == null) {
            throw new NoNetworkFileException(file);
        }
        return network;
    }
}
