package io.livechain.notify.channel;

import io.livechain.notify.Notice;
import io.livechain.notify.config.NotifyConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Posts notices to channels with the JDK's HTTP client (no extra dependency, works in native
 * images). Every request is bounded by the configured timeout, so a dead channel costs at most that.
 */
@ApplicationScoped
public class ChannelClient {

    private final HttpClient http;
    private final Duration timeout;

    @Inject
    public ChannelClient(NotifyConfig config) {
        this(config.timeout());
    }

    public ChannelClient(Duration timeout) {
        this.timeout = timeout;
        // HTTP/1.1: what every webhook receiver speaks; redirects are not followed (a moved hook is a failure).
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .build();
    }

    /**
     * Posts {@code notice} to all {@code channels} at once and waits for them; returns one result per
     * channel, in their order. Never fails: a channel that does not answer 2xx is a result too.
     */
    public List<DeliveryResult> deliver(Notice notice, List<Channel> channels) {
        List<CompletableFuture<DeliveryResult>> sent =
                channels.stream().map(channel -> send(notice, channel)).toList();
        return sent.stream().map(CompletableFuture::join).toList();
    }

    private CompletableFuture<DeliveryResult> send(Notice notice, Channel channel) {
        Payload payload = channel.kind().payload();
        HttpRequest request = HttpRequest.newBuilder(channel.url())
                .timeout(timeout)
                .header("Content-Type", payload.contentType())
                .POST(HttpRequest.BodyPublishers.ofString(payload.body(notice, channel)))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .handle((response, failure) -> failure == null
                        ? DeliveryResult.answered(channel, response.statusCode())
                        : DeliveryResult.unanswered(channel, describe(failure)));
    }

    /** Names the kind of failure only: I/O messages can carry the URL, whose path is a secret. */
    private String describe(Throwable failure) {
        Throwable cause =
                failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof HttpConnectTimeoutException) {
            return "no connection within " + timeout.toMillis() + " ms";
        }
        if (cause instanceof HttpTimeoutException) {
            return "no answer within " + timeout.toMillis() + " ms";
        }
        if (cause instanceof ConnectException) {
            return "connection refused";
        }
        if (cause instanceof IOException) {
            return "I/O error (" + cause.getClass().getSimpleName() + ")";
        }
        return "request failed (" + cause.getClass().getSimpleName() + ")";
    }
}
