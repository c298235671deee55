package io.livechain.benchmarks.limits;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.net.URI;

/**
 * Posts binary-mode CloudEvents over kept-alive HTTP/1.1 connections from one event loop, so the
 * load generator's own CPU stays small and the same for every target it is compared across.
 */
final class CloudEventPoster implements AutoCloseable {

    /** One event: its attributes and JSON data; {@code partitionKey} may be null. */
    record Event(String id, String type, String source, String partitionKey, String json) {}

    private final HttpClient client;

    CloudEventPoster(Vertx vertx, int connections) {
        client = vertx.createHttpClient(
                new HttpClientOptions().setKeepAlive(true).setConnectTimeout(2000),
                new PoolOptions().setHttp1MaxSize(connections).setMaxWaitQueueSize(-1));
    }

    /** Completes with true for a 2xx answer, false for any other status. */
    Future<Boolean> post(URI target, Event event) {
        RequestOptions request = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setHost(target.getHost())
                .setPort(target.getPort())
                .setURI(target.getPath().isEmpty() ? "/" : target.getPath())
                .setIdleTimeout(30_000)
                .putHeader("ce-specversion", "1.0")
                .putHeader("ce-id", event.id())
                .putHeader("ce-source", event.source())
                .putHeader("ce-type", event.type())
                .putHeader("content-type", "application/json");
        if (event.partitionKey() != null) {
            request.putHeader("ce-partitionkey", event.partitionKey());
        }
        return client.request(request)
                .compose(r -> r.send(Buffer.buffer(event.json())))
                .compose(response -> response.body().map(body -> response.statusCode() / 100 == 2));
    }

    @Override
    public void close() {
        client.close();
    }
}
