package io.livechain.readapi.inventory;

import io.livechain.readapi.access.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * On-hand queries, now or as of an event time, and a position's movements; 404 when nothing is recorded
 * for what was asked, 400 naming a query parameter that cannot be read.
 */
@RolesAllowed(Roles.VIEWER)
@Path("/api/inventory")
@Produces(MediaType.APPLICATION_JSON)
public class InventoryResource {

    private final InventoryQueries queries;
    private final HistoryQueries history;

    public InventoryResource(InventoryQueries queries, HistoryQueries history) {
        this.queries = queries;
        this.history = history;
    }

    @GET
    @Path("/{sku}")
    public Uni<SkuInventory> sku(@RestPath String sku) {
        return queries.bySku(sku);
    }

    @GET
    @Path("/{sku}/{location}")
    public Uni<LocationInventory> skuAt(@RestPath String sku, @RestPath String location, @RestQuery String asOf) {
        Instant time = EventTimeParameter.parse("asOf", asOf);
        return time == null ? queries.bySkuAt(sku, location) : queries.bySkuAtAsOf(sku, location, time);
    }

    @GET
    @Path("/{sku}/{location}/history")
    public Uni<PositionHistory> history(
            @RestPath String sku,
            @RestPath String location,
            @RestQuery String from,
            @RestQuery String to,
            @RestQuery String limit) {
        return history.history(sku, location, HistoryWindow.of(from, to, limit));
    }
}
