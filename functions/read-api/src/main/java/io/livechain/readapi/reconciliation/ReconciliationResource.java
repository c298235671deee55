package io.livechain.readapi.reconciliation;

import io.livechain.readapi.access.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The legacy WMS's book stock against Livechain's, per position, newest drift first: optionally only the
 * positions that differ, at one location or of one sku; 100 unless a limit is given, at most 1000. 400
 * naming the parameter for a value not understood; 503 while a read view it joins is missing.
 */
@RolesAllowed(Roles.VIEWER)
@Path("/api/reconciliation")
@Produces(MediaType.APPLICATION_JSON)
public class ReconciliationResource {

    private final ReconciliationQueries queries;

    public ReconciliationResource(ReconciliationQueries queries) {
        this.queries = queries;
    }

    @GET
    public Uni<Reconciliation> reconcile(
            @RestQuery String onlyDifferent,
            @RestQuery String location,
            @RestQuery String sku,
            @RestQuery String limit) {
        return queries.reconcile(ReconciliationFilter.of(onlyDifferent, location, sku, limit));
    }
}
