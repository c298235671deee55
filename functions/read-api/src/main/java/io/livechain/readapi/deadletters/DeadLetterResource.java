package io.livechain.readapi.deadletters;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.time.Duration;
import java.util.List;
import org.jboss.resteasy.reactive.RestQuery;

/** Lists the dead letters, newest first, and replays them into the broker once their cause is fixed. */
@RolesAllowed(Roles.VIEWER)
@Path("/api/deadletters")
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {

    static final int MAX_LIMIT = 1000;
    private static final Duration STORE_TIMEOUT = Duration.ofSeconds(30);

    private final DeadLetterStore store;
    private final DeadLetterReplayer replayer;
    private final ObjectMapper mapper;

    public DeadLetterResource(DeadLetterStore store, DeadLetterReplayer replayer, ObjectMapper mapper) {
        this.store = store;
        this.replayer = replayer;
        this.mapper = mapper;
    }

    /** At most {@code limit} letters, 100 unless given; asking for more than 1000 gets 1000. */
    @GET
    public Uni<List<StoredDeadLetter>> newestFirst(@RestQuery @DefaultValue("100") int limit) {
        return store.newestFirst(Math.max(0, Math.min(limit, MAX_LIMIT)));
    }

    /** What a replay did: how many letters the broker took, and whether more match (call again). */
    public record ReplayOutcome(int replayed, boolean more) {}

    /**
     * Posts the letters the request selects and that are not yet replayed back to the broker, oldest
     * first, at most 1000 per call, marking each the broker took. Runs on a worker thread: each post
     * waits for the broker, one after the other, so the order holds. 404 when an id matches nothing left
     * to replay; 503 when the broker refuses one (those before it stay replayed, the rest wait).
     */
    @RolesAllowed(Roles.OPERATOR)
    @POST
    @Path("/replay")
    @Consumes(MediaType.WILDCARD)
    public ReplayOutcome replay(byte[] body) {
        ReplayRequest request = ReplayRequest.parse(body, mapper);
        List<ReplayableLetter> letters =
                store.notReplayed(request, MAX_LIMIT + 1).await().atMost(STORE_TIMEOUT);
        if (letters.isEmpty() && request.id() != null) {
            throw new NoDeadLetterToReplayException(request.id());
        }
        int replayed = 0;
        for (ReplayableLetter letter : letters.subList(0, Math.min(letters.size(), MAX_LIMIT))) {
            try {
                replayer.post(letter.letter());
            } catch (ReplayNotTakenException e) {
                throw new ReplayNotTakenException(
                        e.getMessage() + "; " + replayed + " replayed before it, the rest wait for the next call", e);
            }
            store.markReplayed(letter.seq()).await().atMost(STORE_TIMEOUT);
            replayed++;
        }
        return new ReplayOutcome(replayed, letters.size() > MAX_LIMIT);
    }
}
