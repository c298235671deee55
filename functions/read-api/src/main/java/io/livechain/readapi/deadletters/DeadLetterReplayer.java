package io.livechain.readapi.deadletters;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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

    private final URI sink;
    private final HttpClient http;

    public DeadLetterReplayer(@ConfigProperty(name = "livechain.read-api.sink") String sink) {
        this.sink = URI.create(sink);
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(TIMEOUT)
                .build();
    }

    /** Blocks until the broker took the event; a {@link ReplayNotTakenException} otherwise. */
    public void post(DeadLetter letter) {
        HttpRequest.Builder request = HttpRequest.newBuilder(sink)
                .timeout(TIMEOUT)
                .header("ce-specversion", "1.0")
                .header("ce-id", headerValue(letter.id()))
                .header("ce-source", headerValue(letter.source()))
                .header("ce-type", headerValue(letter.type()));
        if (letter.time() != null) {
            request.header("ce-time", letter.time().toInstant().toString());
        }
        if (letter.subject() != null) {
            request.header("ce-subject", headerValue(letter.subject()));
        }
        letter.extensions().forEach((name, value) -> request.header("ce-" + name, headerValue(value)));
        if (letter.datacontenttype() != null) {
            request.header("Content-Type", letter.datacontenttype());
        }
        byte[] data = letter.data() == null ? new byte[0] : letter.data();
        try {
            int status = http.send(
                            request.POST(HttpRequest.BodyPublishers.ofByteArray(data))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            if (status / 100 != 2) {
                throw new ReplayNotTakenException("the broker answered " + status + " for ce-id " + letter.id(), null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReplayNotTakenException("interrupted replaying ce-id " + letter.id(), e);
        } catch (IOException e) {
            throw new ReplayNotTakenException(
                    "the broker is unreachable at " + sink.getHost() + ": " + e.getMessage(), e);
        }
    }

    /** Percent-encodes what an HTTP header cannot carry, as the CloudEvents HTTP binding says. */
    static String headerValue(String value) {
        StringBuilder encoded = new StringBuilder(value.length());
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c <= 0x20 || c >= 0x7f || c == '"' || c == '%') {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
                encoded.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            } else {
                encoded.append((char) c);
            }
        }
        return encoded.toString();
    }
}
