package io.livechain.benchmarks.chain;

import io.vertx.core.Vertx;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The whole chain under load, in one command: starts a checkout's local stack, measures it idle, then
 * drives distinct scans into the broker ingress at fixed rates and at the maximum, times each from
 * the ingress' 202 to its inventory level in Kafka, checks every sku's total on the read API, reads
 * each process' CPU from /proc, runs the further report sections against the same stack, stops it,
 * and writes report.md and latency.png. Settings: {@link ChainOptions}.
 */
public final class ChainBenchmark {

    private static final int WARMUP_RATE = 200;
    private static final Duration IDLE_SETTLE = Duration.ofSeconds(5);
    /** How long a section waits for the previous one's events to drain before it measures anyway. */
    private static final Duration BACKLOG_LIMIT = Duration.ofMinutes(2);

    private ChainBenchmark() {}

    public static void run(ChainOptions options, List<ReportSection> sections) throws Exception {
        Progress.say(
                "chain benchmark: rates %s/s × %d s, max %d/s × %d s; report in %s",
                options.rates(),
                options.stepLength().toSeconds(),
                options.maxRate(),
                options.maxLength().toSeconds(),
                options.outDir());
        Files.createDirectories(options.outDir());
        String run = UUID.randomUUID().toString().substring(0, 6);
        List<StepResult> steps = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<ReportWriter.Section> extra = new ArrayList<>();
        Instant started = Instant.now();
        IdleUsage idle;
        double startSeconds;
        StackHandle stack = StackLauncher.start(options);
        try {
            startSeconds = Progress.elapsedSeconds();
            runSteps(options, stack, run, steps, skipped);
            // Idle after the load: the JVMs have compiled their hot paths, as in a stack that has run a while.
            idle = IdleUsage.measure(stack, IDLE_SETTLE, options.idle());
            for (ReportSection section : sections) {
                extra.add(runSection(section, stack));
            }
        } finally {
            stack.close();
        }
        Path png = options.outDir().resolve("latency.png");
        boolean chart = drawChart(png, steps);
        String header = header(options, started, startSeconds, stack);
        Path report = options.outDir().resolve("report.md");
        System.out.println();
        System.out.println(new ReportWriter().write(report, header, steps, skipped, idle, chart, extra));
        Progress.say("wrote %s%s in %.1f min", report, chart ? " and " + png : "", Progress.elapsedSeconds() / 60);
    }

    private static void runSteps(
            ChainOptions options, StackHandle stack, String run, List<StepResult> steps, List<String> skipped)
            throws InterruptedException {
        Vertx vertx = Vertx.vertx();
        ScanLedger ledger = new ScanLedger();
        try (OpenLoopGenerator generator = new OpenLoopGenerator(vertx, stack.ingress(), options.connections());
                LevelWatcher watcher = LevelWatcher.start(stack.kafkaBootstrap(), options.topic(), "causeId", ledger)) {
            ScanStep step = new ScanStep(options, stack, generator, ledger, run);
            if (!options.warmup().isZero()) {
                step.run("warm-up", 0, WARMUP_RATE, options.warmup());
            }
            List<Integer> rates = new ArrayList<>(options.rates());
            if (options.maxRate() > 0) {
                rates.add(options.maxRate());
            }
            for (int i = 0; i < rates.size(); i++) {
                boolean max = options.maxRate() > 0 && i == rates.size() - 1;
                String label = String.format(Locale.ROOT, "%,d%s", rates.get(i), max ? " (max)" : "");
                if (!steps.isEmpty() && !steps.get(steps.size() - 1).complete()) {
                    skipped.add(label); // its levels would queue behind the backlog: it would measure that
                    continue;
                }
                steps.add(step.run(label, i + 1, rates.get(i), max ? options.maxLength() : options.stepLength()));
            }
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }

    private static ReportWriter.Section runSection(ReportSection section, StackHandle stack) {
        Progress.say("section: %s: waiting for the broker's backlog to drain ...", section.title());
        try {
            long began = System.nanoTime();
            long behind = BrokerBacklog.awaitDrained(stack.kafkaBootstrap(), BACKLOG_LIMIT);
            String start = behind == 0
                    ? String.format(
                            Locale.ROOT,
                            "Started once the broker's backlog had drained (after %.0f s).%n%n",
                            (System.nanoTime() - began) / 1e9)
                    : String.format(
                            Locale.ROOT,
                            "Started with %,d events still queued in the broker after %d s: the figures include that backlog.%n%n",
                            behind,
                            BACKLOG_LIMIT.toSeconds());
            Progress.say("section: %s", section.title());
            return new ReportWriter.Section(section.title(), start + section.run(stack));
        } catch (Exception e) {
            Progress.say("section %s failed: %s", section.title(), e);
            return new ReportWriter.Section(section.title(), "Failed: `" + e + "`");
        }
    }

    private static boolean drawChart(Path png, List<StepResult> steps) {
        try {
            LatencyChart.write(png, steps);
            return true;
        } catch (IOException | RuntimeException | Error e) { // e.g. no fonts for headless AWT
            Progress.say("no chart: %s", e);
            return false;
        }
    }

    private static String header(ChainOptions o, Instant started, double startSeconds, StackHandle stack) {
        return String.format(
                Locale.ROOT,
                """
                - Run %s, %d cores, Java %s; checkout `%s` at %s.
                - Local stack on http %d, functions from %d, Kafka %d, PostgreSQL %d; ready %.0f s after the \
                command started (Maven build check included), stopped in %.1f s.
                - Load: open loop (fixed arrival schedule; latency counts from each scan's due time), %d HTTP/1.1 \
                connections, distinct `io.livechain.scan.v1` scans (binary mode, `receiving`, quantity 1..5) over \
                %,d skus × %d locations, new skus per step; %d s warm-up at %d/s first (not shown).
                - chain = ingress 202 → Kafka timestamp of the scan's `io.livechain.inventory.level.v1` (matched by \
                `causeId`); /s = scans accepted (ingress) or levels stored (chain) ÷ time from the first send.
                - CPU: utime+stime from /proc per process from a step's first send to its last level + 1 s, ÷ levels \
                stored; exact = every sku's `GET /api/inventory/{sku}` total equals the quantities accepted. The \
                benchmark reads the broker topic itself: one consumer more than the Triggers' groups, in kafka's CPU.
                """,
                started.truncatedTo(ChronoUnit.SECONDS),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                o.home(),
                GitRevision.of(o.home()),
                o.httpPort(),
                o.functionPortBase(),
                o.kafkaPort(),
                o.postgresPort(),
                startSeconds,
                stack.stoppedIn().map(d -> d.toMillis() / 1000.0).orElse(Double.NaN),
                o.connections(),
                o.skus(),
                o.locations(),
                o.warmup().toSeconds(),
                WARMUP_RATE);
    }
}
