package io.livechain.readapi.deadletters;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Where the KafkaSource on the dead-letter topic delivers (knative/sources/deadletters.yaml): each
 * letter is stored once per (source, id) and answered 202 only after the insert committed, so if
 * PostgreSQL fails the source retries and nothing is lost. A request that is no CloudEvent gets a
 * 400 naming the missing attribute.
 */
// In the cluster only the dead-letter KafkaSource may send here (EventPolicy, knative/policies/).
@PermitAll
@Path("/deadletters")
public class DeadLetterIntake {

    private static final Logger LOG = Logger.getLogger(DeadLetterIntake.class);

    private final DeadLetterReader reader;
    private final DeadLetterStore store;

    public DeadLetterIntake(DeadLetterReader reader, DeadLetterStore store) {
        this.reader = reader;
        this.store = store;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Uni<RestResponse<Void>> receive(@Context HttpHeaders headers, byte[] body) {
        Map<String, String> first = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.getRequestHeaders().forEach((name, values) -> {
            if (!values.isEmpty()) {
                first.put(name, values.get(0));
            }
        });
        DeadLetter letter = reader.read(first, body);
        return store.store(letter).map(stored -> {
            if (stored) {
                LOG.warnf(
                        "dead letter stored ce-id=%s ce-source=%s ce-type=%s errorcode=%s errordest=%s",
                        letter.id(), letter.source(), letter.type(), letter.errorCode(), letter.errorDestination());
            } else {
                LOG.debugf("dead letter already stored ce-id=%s ce-source=%s", letter.id(), letter.source());
            }
            return RestResponse.accepted();
        });
    }
}
