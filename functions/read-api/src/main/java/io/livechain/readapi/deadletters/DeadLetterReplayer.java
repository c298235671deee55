package io.livechain.readapi.deadletters;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.livechain.kit.BrokerSink;
import io.livechain.model.DownstreamUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Posts a dead letter back to the broker ({@code K_SINK}) as it was first sent: binary content mode,
 * its own id, source, type, time, subject and extensions (not the knativeerror* ones, which belonged
 * to its death), its data bytes untouched. Keeping the id is what makes a replay safe: a Trigger
 * whose subscriber applied the event already drops it as a duplicate, the one that failed applies it.
 */
@ApplicationScoped
public class DeadLetterReplayer {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final BrokerSink sink;

    public DeadLetterReplayer(@ConfigProperty(name = "livechain.read-api.sink") String sink, ObjectMapper mapper) {
        this.sink = new BrokerSink(sink, TIMEOUT, mapper);
    }

    /** Blocks until the broker took the event; a {@link ReplayNotTakenException} otherwise. */
    public void post(DeadLetter letter) {
        try {
            sink.postBinary(new BrokerSink.BinaryEvent(
                    letter.id(),
                    letter.type(),
                    letter.source(),
                    letter.time() == null ? null : letter.time().toInstant(),
                    letter.subject(),
                    letter.datacontenttype(),
                    letter.extensions(),
                    letter.data()));
        } catch (DownstreamUnavailableException e) {
            throw new ReplayNotTakenException(e.getMessage(), e);
        }
    }
}
