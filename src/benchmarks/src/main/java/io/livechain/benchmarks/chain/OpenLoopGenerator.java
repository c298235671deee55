package io.livechain.benchmarks.chain;

import io.livechain.model.EventType;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.HdrHistogram.Histogram;

/**
 * Sends binary-mode scans to the broker ingress on a fixed arrival schedule (open loop): request i is
 * due at start + i / rate whether or not earlier ones were answered, and its latency counts from
 * that due time, so a stalled ingress shows as latency instead of as fewer requests (no coordinated
 * omission). Requests beyond the connection pool wait in the client's queue, on the clock.
 */
final class OpenLoopGenerator implements AutoCloseable {

    static final String SOURCE = "/livechain/benchmarks/chain";
    private static final long TIMEOUT_MILLIS = 30_000;

    /** One scan to send: its CloudEvent id and JSON data. */
    record Scan(String id, String data) {}

    /** Told of every answer, on the client's event loop. */
    interface Listener {
        /**
         * @param accepted      2xx from the ingress (202: stored in Kafka)
         * @param latencyMicros from the request's due time to its answer (or error)
         */
        void answered(int index, boolean accepted, long latencyMicros);
    }

    private final Vertx vertx;
    private final WebClient client;
    private final String ingress;

    OpenLoopGenerator(Vertx vertx, URI ingress, int connections) {
        this.vertx = vertx;
        this.ingress = ingress.toString();
        this.client = WebClient.create(
                vertx,
                new WebClientOptions()
                        .setMaxPoolSize(connections)
                        .setKeepAlive(true)
                        .setMaxWaitQueueSize(-1));
    }

    /**
     * Sends {@code count} scans at {@code perSecond}; completes when every one has been answered, with
     * how late each was handed to the HTTP client (the generator's own lag, in microseconds).
     */
    CompletableFuture<Histogram> send(int count, double perSecond, IntFunction<Scan> scans, Listener listener) {
        Histogram lagMicros = new Histogram(TimeUnit.MINUTES.toMicros(10), 3);
        CompletableFuture<Histogram> done = new CompletableFuture<>();
        if (count == 0) {
            done.complete(lagMicros);
            return done;
        }
        double intervalNanos = TimeUnit.SECONDS.toNanos(1) / perSecond;
        long start = System.nanoTime();
        int[] next = {0};
        int[] answered = {0};
        // A 1 ms tick sends every request that has come due: the schedule, not the answers, sets the pace.
        vertx.setPeriodic(1, timer -> {
            long now = System.nanoTime();
            while (next[0] < count && start + (long) (next[0] * intervalNanos) <= now) {
                int index = next[0]++;
                long due = start + (long) (index * intervalNanos);
                Scan scan = scans.apply(index);
                lagMicros.recordValue(Math.min((now - due) / 1000, lagMicros.getHighestTrackableValue()));
                client.postAbs(ingress)
                        .timeout(TIMEOUT_MILLIS)
                        .putHeader("ce-specversion", "1.0")
                        .putHeader("ce-id", scan.id())
                        .putHeader("ce-source", SOURCE)
                        .putHeader("ce-type", EventType.Types.SCAN)
                        .putHeader("content-type", "application/json")
                        .sendBuffer(Buffer.buffer(scan.data()))
                        .onComplete(result -> {
                            boolean accepted =
                                    result.succeeded() && result.result().statusCode() / 100 == 2;
                            listener.answered(index, accepted, (System.nanoTime() - due) / 1000);
                            if (++answered[0] == count) {
                                done.complete(lagMicros);
                            }
                        });
            }
            if (next[0] == count) {
                vertx.cancelTimer(timer);
            }
        });
        return done;
    }

    @Override
    public void close() {
        client.close();
    }
}
