package io.livechain.benchmarks.chain;

import io.livechain.kit.ReplyIds;
import io.livechain.model.Functions;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import org.HdrHistogram.Histogram;

/**
 * One step: distinct {@code receiving} scans (quantity 1..5) over its own skus × locations at a fixed
 * rate, then waits for every accepted scan's level, then checks each sku's total on the read API.
 */
final class ScanStep {

    /** Lets the level's consumers (threshold) finish the last levels inside the step's CPU window. */
    private static final Duration SETTLE = Duration.ofSeconds(1);

    private final ChainOptions options;
    private final StackHandle stack;
    private final OpenLoopGenerator generator;
    private final ScanLedger ledger;
    private final String run;

    ScanStep(ChainOptions options, StackHandle stack, OpenLoopGenerator generator, ScanLedger ledger, String run) {
        this.options = options;
        this.stack = stack;
        this.generator = generator;
        this.ledger = ledger;
        this.run = run;
    }

    StepResult run(String label, int step, int perSecond, Duration length) throws InterruptedException {
        int count = (int) (perSecond * length.toMillis() / 1000);
        String skuPrefix = "BENCH-" + run + "-s" + step + "-";
        StepStats stats = new StepStats(options.skus());
        List<Planned> plan = plan(count, perSecond, skuPrefix, stats);
        Progress.say(
                "%s: %d scans at %d/s over %d skus × %d locations (sku prefix %s)",
                label, count, perSecond, options.skus(), options.locations(), skuPrefix);

        CpuSample cpuBefore = stack.cpu();
        double benchBefore = StackProcesses.ownCpuMillis();
        long firstDueEpochMillis = System.currentTimeMillis();
        CompletableFuture<Histogram> sent =
                generator.send(count, perSecond, i -> plan.get(i).scan(), (i, ok, micros) -> {
                    Planned scan = plan.get(i);
                    stats.answered(ok, micros, scan.sku(), scan.quantity());
                    if (ok) {
                        scan.tracked().accepted(System.currentTimeMillis());
                    } else {
                        scan.tracked().failed();
                    }
                });
        boolean complete = stats.awaitLevels(label, sent, options.stallLimit(), options.drainLimit());
        Thread.sleep(SETTLE.toMillis());
        CpuSample cpuAfter = stack.cpu();
        double benchMillis = StackProcesses.ownCpuMillis() - benchBefore;

        Map<String, Long> expected = new LinkedHashMap<>();
        for (int sku = 0; sku < options.skus(); sku++) {
            expected.put(skuName(skuPrefix, sku), stats.acceptedQuantityBySku.get(sku));
        }
        List<String> mismatches = new InventoryTotals(stack.url(), stack.bearerToken()).mismatches(expected);
        StepResult result = new StepResult(
                label,
                perSecond,
                count,
                stats.accepted.get(),
                stats.failed.get(),
                stats.levels.get(),
                stats.duplicateLevels.get(),
                StepStats.perSecond(stats.accepted.get(), firstDueEpochMillis, stats.lastAnswerEpochMillis.get()),
                StepStats.perSecond(stats.levels.get(), firstDueEpochMillis, stats.lastLevelEpochMillis.get()),
                stats.ingressMicros,
                stats.chainMicros,
                sent.join(),
                complete,
                mismatches,
                cpuAfter.millisSince(cpuBefore),
                benchMillis,
                cpuAfter.jitMillis() - cpuBefore.jitMillis());
        Progress.say(
                "%s: accepted %d (failed %d), levels %d, ingress %.0f/s, chain %.0f/s, chain p50 %.0f ms p99 %.0f ms,"
                        + " %s",
                label,
                result.accepted(),
                result.failed(),
                result.levels(),
                result.ingressPerSecond(),
                result.chainPerSecond(),
                stats.chainMicros.getValueAtPercentile(50) / 1000.0,
                stats.chainMicros.getValueAtPercentile(99) / 1000.0,
                result.exact()
                        ? "totals exact"
                        : "NOT exact (" + mismatches.size() + " skus differ" + (complete ? "" : ", levels missing")
                                + ")");
        mismatches.stream().limit(5).forEach(m -> Progress.say("  %s", m));
        return result;
    }

    /** A scan of the step, planned before the clock starts so sending costs only the send. */
    private record Planned(OpenLoopGenerator.Scan scan, int sku, int quantity, ScanLedger.Tracked tracked) {}

    private List<Planned> plan(int count, int perSecond, String skuPrefix, StepStats stats) {
        SplittableRandom random = new SplittableRandom(skuPrefix.hashCode());
        Instant start = Instant.now();
        Planned[] plan = new Planned[count];
        for (int i = 0; i < count; i++) {
            int sku = random.nextInt(options.skus());
            int quantity = 1 + random.nextInt(5);
            String id = skuPrefix + i;
            String data = """
                    {"sku":"%s","location":"DC-%d","quantity":%d,"bizStep":"receiving","eventTime":"%s"}""".formatted(
                            skuName(skuPrefix, sku),
                            random.nextInt(options.locations()),
                            quantity,
                            start.plusMillis(i * 1000L / perSecond));
            String movementId = ReplyIds.replyTo(Functions.SCAN_INGEST, OpenLoopGenerator.SOURCE, id);
            plan[i] = new Planned(new OpenLoopGenerator.Scan(id, data), sku, quantity, ledger.track(movementId, stats));
        }
        return List.of(plan);
    }

    private static String skuName(String prefix, int sku) {
        return prefix + "%04d".formatted(sku);
    }
}
