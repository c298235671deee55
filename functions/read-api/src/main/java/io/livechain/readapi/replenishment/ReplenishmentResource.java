package io.livechain.readapi.replenishment;

import io.livechain.readapi.access.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Replenishment positions (threshold's figures from live demand, with the current on-hand), fewest days
 * of cover first; at one location if given, else everywhere.
 */
@RolesAllowed(Roles.VIEWER)
@Path("/api/replenishment")
@Produces(MediaType.APPLICATION_JSON)
public class ReplenishmentResource {

    private final ReplenishmentQueries queries;

    public ReplenishmentResource(ReplenishmentQueries queries) {
        this.queries = queries;
    }

    @GET
    public Uni<Replenishment> positions(@RestQuery String location) {
        return queries.positions(location == null || location.isEmpty() ? null : location);
    }
}
