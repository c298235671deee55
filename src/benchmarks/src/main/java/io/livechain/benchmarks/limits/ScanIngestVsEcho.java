package io.livechain.benchmarks.limits;

import io.vertx.core.Vertx;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * scan-ingest against its limit: a bare Funqy function that only echoes the event, in a JVM started
 * like the stack's. Both get the same distinct {@code io.livechain.scan.v1} events, posted straight
 * to their port at the same concurrency, in alternating turns. Goal: scan-ingest ≥ 50% of echo.
 */
public final class ScanIngestVsEcho {

    static final int CONCURRENCY = 32;
    static final Duration WARM_UP = Duration.ofSeconds(6);
    static final Duration TURN = Duration.ofSeconds(10);
    static final double GOAL = 0.5;
    private static final String EVENT_TIME = "2026-11-27T06:00:00Z";

    private ScanIngestVsEcho() {}

    /** Runs it against the stack's scan-ingest ({@code functionPorts["scan-ingest"]}); returns the section. */
    public static String run(String httpBaseUrl, Map<String, Integer> functionPorts, String postgres, Path outDir)
            throws Exception {
        int scanIngestPort = functionPorts.get("scan-ingest");
        Files.createDirectories(outDir);
        String run = UUID.randomUUID().toString().substring(0, 8);
        AtomicLong sequence = new AtomicLong();
        Vertx vertx = Vertx.vertx();
        AlternatingRuns.progress("scan-ingest vs echo: starting the echo function ...");
        try (EchoFunctionProcess echo = EchoFunctionProcess.start(outDir.resolve("echo-function.log"));
                CloudEventPoster poster = new CloudEventPoster(vertx, CONCURRENCY)) {
            URI scanIngest = URI.create("http://localhost:" + scanIngestPort + "/");
            URI echoUri = URI.create("http://localhost:" + echo.port() + "/");
            var a = new AlternatingRuns.Side(
                    "scan-ingest",
                    () -> poster.post(scanIngest, scan(run, sequence.getAndIncrement())),
                    Map.of("JVM", ProcessCpu.quarkusOnPort(scanIngestPort)));
            var b = new AlternatingRuns.Side(
                    "echo (bare Funqy)",
                    () -> poster.post(echoUri, scan(run, sequence.getAndIncrement())),
                    Map.of("JVM", ProcessCpu.process(echo.pid())));
            AlternatingRuns.run(vertx, CONCURRENCY, WARM_UP, TURN, 2, a, b);
            String section = section(a, b);
            Files.writeString(outDir.resolve("limit-scan-ingest.md"), section);
            return section;
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }

    private static String section(AlternatingRuns.Side scanIngest, AlternatingRuns.Side echo) {
        double ratio = scanIngest.perSecond() / echo.perSecond();
        return "### scan-ingest against a bare Funqy echo function\n\n"
                + String.format(
                        Locale.ROOT,
                        "Distinct `io.livechain.scan.v1` events (binary mode), %d in flight (closed loop), "
                                + "posted straight to each function's port; %d s warm-up each, then turns of %d s, A/B/A/B. "
                                + "Both JVMs `%s`.%n%n",
                        CONCURRENCY,
                        WARM_UP.toSeconds(),
                        TURN.toSeconds(),
                        String.join(" ", EchoFunctionProcess.FUNCTION_JVM_FLAGS))
                + AlternatingRuns.table("events", List.of("JVM"), scanIngest, echo)
                + String.format(
                        Locale.ROOT,
                        "%nscan-ingest / echo throughput: **%.2f** (goal ≥ %.2f: %s); CPU per event %.2f× echo's.%s%n",
                        ratio,
                        GOAL,
                        ratio >= GOAL ? "met" : "not met",
                        scanIngest.cpuPerEvent("JVM") / echo.cpuPerEvent("JVM"),
                        AlternatingRuns.noise(scanIngest, echo));
    }

    /** A valid scan over 1,000 skus × 10 locations; the id is distinct per event. */
    private static CloudEventPoster.Event scan(String run, long i) {
        return new CloudEventPoster.Event(
                "lim-scan-" + run + "-" + i, "io.livechain.scan.v1", "/livechain/benchmarks", null, """
                        {"sku": "LIM-%s-%d", "location": "DC-%d", "quantity": 1, "bizStep": "receiving", "eventTime": "%s"}""".formatted(
                                run, i % 1000, (i / 1000) % 10, EVENT_TIME));
    }
}
