package io.livechain.benchmarks.limits;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * Reading → alert at the on-call webhook, open loop: readings of many assets at a fixed rate into
 * the broker ingress, latency counted from each reading's intended send time (so a stalled chain
 * cannot hide queueing). Every fifth asset alternates a reading beyond the refrigerated hard limit
 * with a normal one, so its hard-limit alert is raised and resolved over and over; the others stay
 * in range. The webhook receiver runs here; the stack's notify must have a webhook channel at it
 * ({@link #stackProperties}). Goal: p99 ≤ 150 ms at 100 readings/s.
 */
public final class ColdChainLatency {

    static final int RATE = 100;
    static final int ASSETS = 400;
    static final Duration WARM_UP = Duration.ofSeconds(20);
    static final Duration MEASURED = Duration.ofSeconds(40);
    /** How long alerts may still arrive after the last reading (longer with {@code -Dlivechain.coldchain.drain-seconds}). */
    static final Duration DRAIN = Duration.ofSeconds(Long.getLong("livechain.coldchain.drain-seconds", 10));
    /**
     * How long the warm-up's own alerts may take to arrive before measuring starts: a function's first
     * events load classes and build query plans (seconds in JVM mode), which is start-up, not the
     * steady latency the goal is about; the report shows the warm-up's latency on a row of its own.
     */
    static final Duration WARM_UP_DRAIN = Duration.ofSeconds(60);

    static final double GOAL_P99_MS = 150;
    /** Where {@link #run(String, Map, String, Path)} listens unless {@code -Dlivechain.webhook-port} says otherwise. */
    public static final int DEFAULT_WEBHOOK_PORT = 19099;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ASSETS_PREFIX = "lim-reefer-";
    private static final String WARM_UP_ASSETS = ASSETS_PREFIX + "w-";

    private final Map<String, Long> intendedAt = new ConcurrentHashMap<>();
    private final Histogram alertMicros = new Histogram(TimeUnit.MINUTES.toMicros(5), 3);
    private final Histogram warmUpMicros = new Histogram(TimeUnit.MINUTES.toMicros(5), 3);
    private final Histogram ingressMicros = new Histogram(TimeUnit.MINUTES.toMicros(5), 3);
    private final AtomicLong ingressFailed = new AtomicLong();
    private final AtomicLong resolved = new AtomicLong();
    private final AtomicLong unmatched = new AtomicLong();
    private Duration warmUpWait = Duration.ZERO;

    private ColdChainLatency() {}

    /** The local-stack properties (the {@code function-properties} file) that point notify at the receiver. */
    public static Map<String, String> stackProperties(int webhookPort) {
        return Map.of(
                "livechain.notify.channels.bench.kind",
                "webhook",
                "livechain.notify.channels.bench.url",
                "http://localhost:" + webhookPort + "/");
    }

    /** As {@link #run(String, int, Path)} on {@code -Dlivechain.webhook-port} (default 19099). */
    public static String run(String httpBaseUrl, Map<String, Integer> functionPorts, String postgres, Path outDir)
            throws Exception {
        return run(httpBaseUrl, Integer.getInteger("livechain.webhook-port", DEFAULT_WEBHOOK_PORT), outDir);
    }

    /** Sends readings to {@code httpBaseUrl}'s ingress, receives alerts on {@code webhookPort}; returns the section. */
    public static String run(String httpBaseUrl, int webhookPort, Path outDir) throws Exception {
        Files.createDirectories(outDir);
        Vertx vertx = Vertx.vertx();
        try {
            String section = new ColdChainLatency().measure(vertx, URI.create(httpBaseUrl + "/"), webhookPort);
            Files.writeString(outDir.resolve("limit-coldchain.md"), section);
            return section;
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }

    private String measure(Vertx vertx, URI ingress, int webhookPort) throws Exception {
        HttpServer webhook = vertx.createHttpServer()
                .requestHandler(request -> request.body().onSuccess(body -> {
                    received(body.getBytes());
                    request.response().setStatusCode(200).end();
                }))
                .listen(webhookPort, "localhost")
                .toCompletionStage()
                .toCompletableFuture()
                .get();
        try (CloudEventPoster poster = new CloudEventPoster(vertx, 64)) {
            String run = UUID.randomUUID().toString().substring(0, 8);
            // Event times in the recent past, one minute apart per asset: a short trip per asset.
            Instant start = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofHours(2));
            AlternatingRuns.progress("cold chain: warm-up %d s at %d readings/s ...", WARM_UP.toSeconds(), RATE);
            long warmUpAlerts = send(poster, ingress, "w-" + run, start, WARM_UP, false);
            long warmUpEnd = System.nanoTime();
            awaitAlerts(warmUpMicros, warmUpAlerts, WARM_UP_DRAIN);
            warmUpWait = Duration.ofNanos(System.nanoTime() - warmUpEnd);
            AlternatingRuns.progress("cold chain: measuring %d s at %d readings/s ...", MEASURED.toSeconds(), RATE);
            long expected = send(poster, ingress, run, start, MEASURED, true);
            awaitAlerts(alertMicros, expected, DRAIN);
            return section(expected, warmUpAlerts);
        } finally {
            webhook.close();
        }
    }

    private static void awaitAlerts(Histogram alerts, long expected, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (count(alerts) < expected && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    /** Sends {@code RATE}/s for {@code duration} on a fixed schedule; returns how many alerts it should raise. */
    private long send(
            CloudEventPoster poster, URI ingress, String run, Instant start, Duration duration, boolean record) {
        long count = duration.toSeconds() * RATE;
        long interval = TimeUnit.SECONDS.toNanos(1) / RATE;
        long begin = System.nanoTime();
        long alerts = 0;
        for (long i = 0; i < count; i++) {
            long intended = begin + i * interval;
            LockSupport.parkNanos(intended - System.nanoTime());
            String asset = ASSETS_PREFIX + run + "-" + (i % ASSETS);
            long minute = i / ASSETS;
            boolean hot = (i % ASSETS) % 5 == 0 && minute % 2 == 0;
            Instant time = start.plus(Duration.ofMinutes(minute));
            if (hot) {
                intendedAt.put(asset + "|" + time, intended);
                alerts++;
            }
            poster.post(ingress, reading(run, i, asset, hot ? 30.0 : 5.0, time)).onComplete(outcome -> {
                if (record) {
                    record(ingressMicros, intended);
                    if (outcome.failed() || !outcome.result()) {
                        ingressFailed.incrementAndGet();
                    }
                }
            });
        }
        return alerts;
    }

    private void received(byte[] body) {
        try {
            JsonNode event = JSON.readTree(body);
            JsonNode data = event.path("data");
            if ("io.livechain.alert.resolved.v1".equals(event.path("type").asText())) {
                resolved.incrementAndGet();
            } else if ("io.livechain.alert.raised.v1".equals(event.path("type").asText())) {
                JsonNode raisedAt = data.path("raisedAt");
                Instant at = raisedAt.isNumber()
                        ? Instant.ofEpochMilli((long) (raisedAt.asDouble() * 1000))
                        : Instant.parse(raisedAt.asText());
                String asset = data.path("assetId").asText();
                Long intended = intendedAt.remove(asset + "|" + at);
                if (intended != null) {
                    record(asset.startsWith(WARM_UP_ASSETS) ? warmUpMicros : alertMicros, intended);
                } else {
                    unmatched.incrementAndGet(); // an earlier run's, still queued in the chain
                }
            }
        } catch (Exception e) {
            System.err.println("[limits] webhook: unreadable body: " + e);
        }
    }

    private String section(long expected, long warmUpExpected) {
        double p99 = alertMicros.getValueAtPercentile(99) / 1000.0;
        return "### Cold chain: reading → alert at the webhook, open loop\n\n"
                + String.format(
                        Locale.ROOT,
                        "`io.livechain.sensor.reading.v1` at %d/s on a fixed schedule into the broker "
                                + "ingress for %d s, %d assets; every fifth asset alternates 30 °C (beyond the "
                                + "refrigerated hard limit) with 5 °C, so %d hard-limit alerts are raised (and as many resolved). "
                                + "Latency from each reading's intended send time. Measured after a %d s warm-up at the same "
                                + "rate on other assets, once the warm-up's alerts had arrived (%.1f s after its last reading; "
                                + "its row shows what the first alerts of a cold JVM cost).%n%n",
                        RATE,
                        MEASURED.toSeconds(),
                        ASSETS,
                        expected,
                        WARM_UP.toSeconds(),
                        warmUpWait.toMillis() / 1000.0)
                + "| path | count | p50 ms | p99 ms | max ms |\n|---|---|---|---|---|\n"
                + row("reading → alert at webhook", alertCount() + " of " + expected, alertMicros)
                + row(
                        "warm-up: reading → alert (cold start)",
                        count(warmUpMicros) + " of " + warmUpExpected,
                        warmUpMicros)
                + row(
                        "ingress 202 (baseline)",
                        ingressMicros.getTotalCount() + " (" + ingressFailed.get() + " failed)",
                        ingressMicros)
                + String.format(
                        Locale.ROOT,
                        "%nReading → webhook p99 **%.1f ms** (goal ≤ %.0f ms at %d/s: %s)%s; "
                                + "%d resolved alerts also arrived%s. Load average %s at the end.%n",
                        p99,
                        GOAL_P99_MS,
                        RATE,
                        p99 <= GOAL_P99_MS && alertCount() == expected ? "met" : "not met",
                        alertCount() == expected
                                ? ""
                                : ", " + (expected - alertCount()) + " alerts missing after " + DRAIN.toSeconds()
                                        + " s",
                        resolved.get(),
                        unmatched.get() == 0
                                ? ""
                                : ", and " + unmatched.get() + " raised alerts of earlier runs (a backlog)",
                        AlternatingRuns.loadAverage());
    }

    private long alertCount() {
        return count(alertMicros);
    }

    private static long count(Histogram alerts) {
        synchronized (alerts) {
            return alerts.getTotalCount();
        }
    }

    private static String row(String name, String count, Histogram micros) {
        synchronized (micros) {
            return String.format(
                    Locale.ROOT,
                    "| %s | %s | %.1f | %.1f | %.1f |%n",
                    name,
                    count,
                    micros.getValueAtPercentile(50) / 1000.0,
                    micros.getValueAtPercentile(99) / 1000.0,
                    micros.getMaxValue() / 1000.0);
        }
    }

    private static void record(Histogram histogram, long intendedNanos) {
        long micros = (System.nanoTime() - intendedNanos) / 1000;
        synchronized (histogram) {
            histogram.recordValue(Math.min(micros, histogram.getHighestTrackableValue()));
        }
    }

    private static CloudEventPoster.Event reading(String run, long i, String asset, double celsius, Instant time) {
        return new CloudEventPoster.Event(
                "lim-r-" + run + "-" + i,
                "io.livechain.sensor.reading.v1",
                "/livechain/benchmarks",
                asset,
                """
                        {"deviceId": "bench", "assetId": "%s", "metric": "temperature", "value": %s, "unit": "CEL", \
                        "time": "%s", "profile": "refrigerated"}""".formatted(asset, celsius, time));
    }
}
