package io.livechain.readapi.network;

import io.livechain.model.network.Network;
import io.livechain.readapi.access.Roles;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The facilities and lanes shipments are routed over, as in the network file; 503 while it is missing. */
@RolesAllowed(Roles.VIEWER)
@Path("/api/network")
@Produces(MediaType.APPLICATION_JSON)
public class NetworkResource {

    private final NetworkCatalog catalog;

    public NetworkResource(NetworkCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @NonBlocking // held in memory since start-up: nothing to wait for
    public Network network() {
        return catalog.network();
    }
}
