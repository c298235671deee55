package io.livechain.readapi.tower;

import io.livechain.readapi.access.Roles;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestStreamElementType;

/** The control tower's live feed: a {@link TowerSnapshot} as a server-sent event every second. */
@RolesAllowed(Roles.VIEWER)
@Path("/api/live")
public class LiveResource {

    private final TowerFeed feed;

    public LiveResource(TowerFeed feed) {
        this.feed = feed;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    public Multi<TowerSnapshot> live() {
        return feed.live();
    }
}
