package io.livechain.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.livechain.benchmarks.chain.ChainBenchmark;
import io.livechain.benchmarks.chain.ChainOptions;
import io.livechain.benchmarks.chain.ReportSection;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Load benchmarks against a running local stack (start it first). Each prints its figure beside a
 * baseline measured in the same run, as a ratio.
 *
 * <ul>
 * <li>{@code inventory [events] [concurrency]}: movements/s of the inventory function against
 * PostgreSQL, posted straight to its port; baseline: the same load on scan-ingest, which does all
 * the HTTP, CloudEvent and schema work but no database.</li>
 * <li>{@code ingress [events] [concurrency] [skus]}: scans/s end to end: ingress latency (202 =
 * stored in Kafka) and the time until the read API shows every total exact; baseline: the ingress
 * alone (time to 202 for all).</li>
 * <li>{@code threshold [events] [concurrency]}: readings/s of the threshold function against
 * PostgreSQL (in-range refrigerated readings of 200 assets); baseline: the same load on scan-ingest.</li>
 * <li>{@code coldchain [readings] [concurrency]}: reading-to-webhook latency of hard-limit alerts
 * (threshold → outbox → broker → notify → webhook); baseline: the ingress latency of the readings.</li>
 * <li>{@code chain}: starts a local stack itself (no stack needed beforehand) and writes
 * {@code target/bench/report.md} and {@code latency.png}: idle CPU, then scans at fixed rates and at
 * the maximum, ingress-to-level latency, CPU per scan per process, exact totals; settings as
 * {@code -Dbench.*} (see {@code chain.ChainOptions}), further report sections from {@link #chainSections()}.</li>
 * <li>{@code cdc-lag}: starts a local stack itself and writes {@code target/bench/cdc-lag-report.md}:
 * commit of a legacy WMS row → its inventory level, at {@code -Dbench.cdc-rates} inserts/s (see
 * {@code cdc.CdcLagRun}).</li>
 * <li>{@code routing [JMH options]}: no stack needed: JMH latency (p50 … p99.9) of one replan of the
 * reroute function on the sample network file and a synthetic 100,000-facility network; baseline:
 * JGraphT's Dijkstra on the same network and pairs (see {@code routing.RoutingBenchmark}).</li>
 * </ul>
 */
public final class Benchmarks {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String T = "2026-11-27T06:00:00Z";

    public static void main(String[] args) throws Exception {
        String what = args.length > 0 ? args[0] : "inventory";
        if (what.equals("chain")) {
            ChainBenchmark.run(ChainOptions.fromSystemProperties(), chainSections());
            return;
        }
        if (what.equals("faults")) {
            io.livechain.benchmarks.faults.FaultRun.run(ChainOptions.fromSystemProperties());
            return;
        }
        if (what.equals("cdc-lag")) {
            io.livechain.benchmarks.cdc.CdcLagRun.run(ChainOptions.fromSystemProperties());
            return;
        }
        if (what.equals("limits")) {
            io.livechain.benchmarks.limits.LimitSections.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (what.equals("mcp-tools")) {
            io.livechain.benchmarks.agents.McpToolLatency.run();
            return;
        }
        if (what.equals("routing")) {
            io.livechain.benchmarks.routing.RoutingRun.run(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        int events = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : 32;
        String host = System.getProperty("livechain.host", "http://localhost");
        switch (what) {
            case "inventory" ->
                versusScanIngest(
                        host,
                        "inventory",
                        "18080",
                        events,
                        concurrency,
                        (prefix, i) -> movement("m-" + prefix + i, "BENCH-" + prefix + "-" + (i % 200)));
            case "threshold" ->
                versusScanIngest(
                        host,
                        "threshold",
                        "18084",
                        events,
                        concurrency,
                        (prefix, i) -> reading("r-" + prefix + i, "reefer-" + prefix + "-" + (i % 200), i / 200));
            case "threshold-trip" -> io.livechain.benchmarks.threshold.ThresholdTripBenchmark.main(new String[0]);
            case "ingress" -> ingress(host, events, concurrency, args.length > 3 ? Integer.parseInt(args[3]) : 100);
            case "coldchain" ->
                new ColdChainLatency()
                        .run(
                                URI.create(host + ":" + System.getProperty("livechain.http-port", "8080") + "/"),
                                Integer.parseInt(System.getProperty("livechain.webhook-port", "19099")),
                                events,
                                concurrency,
                                UUID.randomUUID().toString().substring(0, 8));
            default ->
                throw new IllegalArgumentException(
                        "unknown benchmark " + what
                                + " (chain | faults | cdc-lag | limits | mcp-tools | inventory | threshold | threshold-trip | ingress | coldchain | routing)");
        }
    }

    /**
     * Further sections of the chain benchmark's report, run in this order against its stack after the
     * scan steps (function-vs-limit comparisons, cold-chain latency, ...).
     */
    /** After the scan steps, each function against its own limit and the cold chain, on the same stack. */
    private static List<ReportSection> chainSections() {
        if (!Boolean.parseBoolean(System.getProperty("bench.sections", "true"))) {
            return List.of(); // -Dbench.sections=false: the scan steps only
        }
        Path out = ChainOptions.fromSystemProperties().outDir();
        return List.of(
                section(
                        "scan-ingest against a bare Funqy echo function",
                        stack -> io.livechain.benchmarks.limits.ScanIngestVsEcho.run(
                                stack.url(), stack.functionPorts(), stack.postgresAddress(), out)),
                section(
                        "inventory against the same PostgreSQL doing only a movement's statements",
                        stack -> io.livechain.benchmarks.limits.InventoryVsPlainSql.run(
                                stack.url(), stack.functionPorts(), stack.postgresAddress(), out)),
                section(
                        "cold chain: sensor reading to alert at the on-call webhook",
                        stack -> io.livechain.benchmarks.limits.ColdChainLatency.run(
                                stack.url(), stack.functionPorts(), stack.postgresAddress(), out)));
    }

    @FunctionalInterface
    private interface SectionRun {
        String run(io.livechain.benchmarks.chain.StackHandle stack) throws Exception;
    }

    private static ReportSection section(String title, SectionRun run) {
        return new ReportSection() {
            @Override
            public String title() {
                return title;
            }

            @Override
            public String run(io.livechain.benchmarks.chain.StackHandle stack) throws Exception {
                return run.run(stack);
            }
        };
    }

    /** Events for a run: {@code prefix} keeps ids and keys apart between warm-up and measurement. */
    @FunctionalInterface
    private interface Events {
        LoadGenerator.Event event(String prefix, int index);
    }

    /**
     * Warms both JVMs, then loads scan-ingest (all the HTTP, CloudEvent and schema work, no database)
     * and the function under test with the same count and concurrency, and prints both and the ratio.
     */
    private static void versusScanIngest(
            String host, String function, String defaultPort, int events, int concurrency, Events load)
            throws Exception {
        LoadGenerator generator = new LoadGenerator();
        String run = UUID.randomUUID().toString().substring(0, 8);
        URI scanIngest = URI.create(host + ":" + System.getProperty("livechain.scan-ingest-port", "18083") + "/");
        URI target = URI.create(host + ":" + System.getProperty("livechain." + function + "-port", defaultPort) + "/");
        generator.run(scanIngest, 2000, concurrency, i -> scan("warm-s-" + run + i, "WARM-" + (i % 50)));
        generator.run(target, 2000, concurrency, i -> load.event("warm-" + run, i));
        var baseline = generator.run(
                scanIngest, events, concurrency, i -> scan("s-" + run + i, "BENCH-" + run + "-" + (i % 200)));
        var measured = generator.run(target, events, concurrency, i -> load.event(run, i));
        System.out.println(baseline.summary("baseline scan-ingest (no DB)"));
        System.out.println(measured.summary(function + " (PostgreSQL)"));
        System.out.printf(
                "ratio %s/baseline throughput: %.2f%n", function, measured.perSecond() / baseline.perSecond());
    }

    /** An in-range refrigerated reading, one minute after the asset's previous one. */
    private static LoadGenerator.Event reading(String id, String asset, int minute) {
        return new LoadGenerator.Event(id, "io.livechain.sensor.reading.v1", """
                {"deviceId": "bench", "assetId": "%s", "metric": "temperature", "value": 5.5, "unit": "CEL",
                 "time": "%s", "profile": "refrigerated"}""".formatted(
                        asset, java.time.Instant.parse(T).plusSeconds(60L * minute)));
    }

    private static void ingress(String host, int events, int concurrency, int skus) throws Exception {
        LoadGenerator load = new LoadGenerator();
        String run = UUID.randomUUID().toString().substring(0, 8);
        URI ingress = URI.create(host + ":" + System.getProperty("livechain.http-port", "8080") + "/");
        Instant start = Instant.now();
        var accepted = load.run(
                ingress, events, concurrency, i -> scan("e-" + run + "-" + i, "E2E-" + run + "-" + (i % skus)));
        long expectedPerSku = events / skus;
        for (int sku = 0; sku < skus; sku++) {
            awaitTotal(
                    load,
                    URI.create(host + ":" + System.getProperty("livechain.http-port", "8080") + "/api/inventory/E2E-"
                            + run + "-" + sku),
                    expectedPerSku + (sku < events % skus ? 1 : 0));
        }
        Duration endToEnd = Duration.between(start, Instant.now());
        double e2ePerSecond = events / (endToEnd.toNanos() / 1e9);
        System.out.println(accepted.summary("baseline ingress (202)"));
        System.out.printf(
                "%-28s %7d scans   %8.0f /s  (all %d totals exact after %.1f s)%n",
                "end to end (read API exact)", events, e2ePerSecond, skus, endToEnd.toMillis() / 1000.0);
        System.out.printf("ratio end-to-end/ingress throughput: %.2f%n", e2ePerSecond / accepted.perSecond());
    }

    private static void awaitTotal(LoadGenerator load, URI uri, long expected) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            var response = load.get(uri, localToken());
            if (response.statusCode() == 200
                    && JSON.readTree(response.body()).path("total").asLong() == expected) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(uri + " never reached " + expected);
    }

    /**
     * The read API's bearer token: {@code -Dlivechain.token}, else the running local stack's
     * {@code .local-stack/token} in this folder or one above it; none for a stack without tokens.
     */
    private static Optional<String> localToken() throws IOException {
        String given = System.getProperty("livechain.token");
        if (given != null) {
            return Optional.of(given);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path file = dir.resolve(".local-stack/token");
            if (Files.exists(file)) {
                return Optional.of(Files.readString(file).strip());
            }
        }
        return Optional.empty();
    }

    private static LoadGenerator.Event scan(String id, String sku) {
        return new LoadGenerator.Event(id, "io.livechain.scan.v1", """
                {"sku": "%s", "location": "DC-1", "quantity": 1, "bizStep": "receiving", "eventTime": "%s"}""".formatted(sku, T));
    }

    private static LoadGenerator.Event movement(String id, String sku) {
        return new LoadGenerator.Event(id, "io.livechain.inventory.movement.v1", """
                {"sku": "%s", "location": "DC-1", "kind": "ADJUSTMENT", "quantity": 1, "bizStep": "receiving",
                 "eventTime": "%s"}""".formatted(sku, T));
    }
}
