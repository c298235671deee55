package io.livechain.readapi.deadletters;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.resteasy.reactive.RestQuery;

/** Lists the dead letters, newest first. */
@Path("/api/deadletters")
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {

    static final int MAX_LIMIT = 1000;

    private final DeadLetterStore store;

    public DeadLetterResource(DeadLetterStore store) {
        this.store = store;
    }

    /** At most {@code limit} letters, 100 unless given; asking for more than 1000 gets 1000. */
    @GET
    public Uni<List<StoredDeadLetter>> newestFirst(@RestQuery @DefaultValue("100") int limit) {
        return store.newestFirst(Math.max(0, Math.min(limit, MAX_LIMIT)));
    }
}
