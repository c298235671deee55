package io.livechain.readapi.alerts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.logging.Logger;

/**
 * Asks the threshold function, which owns alerts, to record an ack: {@code POST <url>/alerts/{id}/ack}
 * with {@code {"by": ...}}. 200 means recorded (or recorded before: the first who and when stay), 404
 * that threshold knows no such alert; anything else, or no answer in time, is {@link AckNotTakenException}.
 */
@ApplicationScoped
public class ThresholdAcks {

    static final int RECORDED = 200;
    static final int NO_SUCH_ALERT = 404;
    private static final Logger LOG = Logger.getLogger(ThresholdAcks.class);

    private final ThresholdEndpoint endpoint;
    private final ObjectMapper mapper;
    private final HttpClient http;

    public ThresholdAcks(ThresholdEndpoint endpoint, ObjectMapper mapper) {
        this.endpoint = endpoint;
        this.mapper = mapper;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(endpoint.timeout())
                .build();
    }

    /** Completes once threshold has the ack; fails with {@link NoAlertException} for an unknown alert. */
    public Uni<Void> ack(String alertId, String by) {
        HttpRequest request = HttpRequest.newBuilder(uri(alertId))
                .timeout(endpoint.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body(by)))
                .build();
        return Uni.createFrom()
                .completionStage(() -> http.sendAsync(request, HttpResponse.BodyHandlers.ofString()))
                .onFailure()
                .transform(e -> notTaken(alertId, "unreachable (" + e + ")", e))
                .map(response -> switch (response.statusCode()) {
                    case RECORDED -> null;
                    case NO_SUCH_ALERT -> throw new NoAlertException(alertId);
                    default -> throw notTaken(alertId, "HTTP " + response.statusCode(), null);
                });
    }

    private URI uri(String alertId) {
        String base = endpoint.url().endsWith("/")
                ? endpoint.url().substring(0, endpoint.url().length() - 1)
                : endpoint.url();
        // A path segment: URLEncoder writes form encoding, whose '+' for a space means '+' in a path.
        return URI.create(base + "/alerts/"
                + URLEncoder.encode(alertId, StandardCharsets.UTF_8).replace("+", "%20") + "/ack");
    }

    private byte[] body(String by) {
        try {
            return mapper.writeValueAsBytes(new AckRequest(by));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // a record of one string always serialises
        }
    }

    private static AckNotTakenException notTaken(String alertId, String why, Throwable cause) {
        AckNotTakenException failure = new AckNotTakenException(alertId, why, cause);
        LOG.warnf(cause, "ack not taken by threshold alertId=%s reason=%s", alertId, why);
        return failure;
    }
}
