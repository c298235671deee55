package io.livechain.readapi.inventory;

import io.livechain.readapi.access.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;

/** On-hand queries; 404 when nothing is recorded for what was asked. */
@RolesAllowed(Roles.VIEWER)
@Path("/api/inventory")
@Produces(MediaType.APPLICATION_JSON)
public class InventoryResource {

    private final InventoryQueries queries;

    public InventoryResource(InventoryQueries queries) {
        this.queries = queries;
    }

    @GET
    @Path("/{sku}")
    public Uni<SkuInventory> sku(@RestPath String sku) {
        return queries.bySku(sku);
    }

    @GET
    @Path("/{sku}/{location}")
    public Uni<LocationInventory> skuAt(@RestPath String sku, @RestPath String location) {
        return queries.bySkuAt(sku, location);
    }
}
