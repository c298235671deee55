package io.livechain.readapi.alerts;

import io.livechain.readapi.access.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The threshold function's alerts: listed, one by id, and acknowledged (threshold records the ack; 503
 * when it cannot be reached or does not take it); 404 for an unknown id.
 */
@RolesAllowed(Roles.VIEWER)
@Path("/api/alerts")
@Produces(MediaType.APPLICATION_JSON)
public class AlertResource {

    static final int MAX_LIMIT = 1000;

    private final AlertQueries queries;

    public AlertResource(AlertQueries queries) {
        this.queries = queries;
    }

    /** Newest first, optionally only one status (open, resolved) or asset; 100 unless given, at most 1000. */
    @GET
    public Uni<List<Alert>> list(
            @RestQuery String status, @RestQuery String asset, @RestQuery @DefaultValue("100") int limit) {
        return queries.list(status, asset, Math.max(0, Math.min(limit, MAX_LIMIT)));
    }

    @GET
    @Path("/{id}")
    public Uni<Alert> one(@RestPath String id) {
        return queries.byId(id);
    }

    /** Idempotent: acking again answers the alert as first acked, whoever acks. */
    @RolesAllowed(Roles.OPERATOR)
    @POST
    @Path("/{id}/ack")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Alert> ack(@RestPath String id, AckRequest body) {
        return queries.ack(id, AckRequest.who(body));
    }

    // The body is optional, and a POST without one often still has a content type (curl -d '' sends a form's).
    @RolesAllowed(Roles.OPERATOR)
    @POST
    @Path("/{id}/ack")
    public Uni<Alert> ackWithoutBody(@RestPath String id) {
        return ack(id, null);
    }
}
