package io.livechain.readapi.shipments;

import io.livechain.readapi.access.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;

/** The reroute function's shipments, one by id with its route and plan history; 404 for an unknown id. */
@RolesAllowed(Roles.VIEWER)
@Path("/api/shipments")
@Produces(MediaType.APPLICATION_JSON)
public class ShipmentResource {

    private final ShipmentQueries queries;

    public ShipmentResource(ShipmentQueries queries) {
        this.queries = queries;
    }

    @GET
    @Path("/{id}")
    public Uni<Shipment> one(@RestPath String id) {
        return queries.byId(id);
    }
}
