package io.livechain.benchmarks.cdc;

import io.livechain.benchmarks.chain.BrokerBacklog;
import io.livechain.benchmarks.chain.ChainOptions;
import io.livechain.benchmarks.chain.CpuSample;
import io.livechain.benchmarks.chain.InventoryTotals;
import io.livechain.benchmarks.chain.LevelWatcher;
import io.livechain.benchmarks.chain.Progress;
import io.livechain.benchmarks.chain.ScanLedger;
import io.livechain.benchmarks.chain.StackHandle;
import io.livechain.benchmarks.chain.StackLauncher;
import io.livechain.benchmarks.chain.StepStats;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * Capture lag of the legacy WMS: starts a local stack, waits for the sample's snapshot, then inserts
 * goods receipts into {@code legacy_wms} over JDBC at each rate of {@code -Dbench.cdc-rates} for
 * {@code -Dbench.cdc-seconds}, and times each row from its commit to its sku's
 * {@code io.livechain.inventory.level.v1} on the broker topic (Debezium → Kafka → KafkaSource → cdc-adapter
 * → inventory). Checks each sku's on-hand on the read API; writes {@code <out>/cdc-lag-report.md}.
 */
public final class CdcLagRun {

    /** One warehouse of the sample: the rows' skus are new, so its own stock does not matter. */
    static final String WAREHOUSE = "WH-ROTTERDAM";

    static final int WARMUP_RATE = 100;
    /** The seed's LW-0020 at WH-ROTTERDAM: 120 counted + 200 received − 20 dispatched, only once all three arrived. */
    private static final String SNAPSHOT_SKU = "LW-0020";

    private static final BigDecimal SNAPSHOT_ON_HAND = BigDecimal.valueOf(300);
    private static final Duration BACKLOG_LIMIT = Duration.ofMinutes(2);
    /** Lets the last levels' other consumers finish inside the CPU window, as the chain's steps do. */
    private static final Duration SETTLE = Duration.ofSeconds(1);

    private final ChainOptions options;
    private final StackHandle stack;
    private final ScanLedger ledger = new ScanLedger();
    private final LegacyInserts inserts;
    private final InventoryTotals readApi;
    private final int checkSkus;

    private CdcLagRun(ChainOptions options, StackHandle stack, int checkSkus) {
        this.options = options;
        this.stack = stack;
        this.checkSkus = checkSkus;
        this.inserts = new LegacyInserts(stack.postgresAddress());
        this.readApi = new InventoryTotals(stack.url(), stack.bearerToken());
    }

    public static void run(ChainOptions options) throws Exception {
        List<Integer> rates = ChainOptions.integers("cdc-rates", "100,1000");
        Duration length = ChainOptions.seconds("cdc-seconds", 30);
        // The read API answers a few hundred skus a second through the gateway here: above this, a sample.
        int checkSkus = ChainOptions.number("cdc-check-skus", 1000);
        Progress.say("cdc-lag: rates %s/s × %d s; report in %s", rates, length.toSeconds(), options.outDir());
        Instant started = Instant.now();
        List<LagResult> results = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        StackHandle stack = StackLauncher.start(options);
        try {
            CdcLagRun run = new CdcLagRun(options, stack, checkSkus);
            run.awaitSnapshot();
            try (LevelWatcher watcher =
                    LevelWatcher.start(stack.kafkaBootstrap(), options.topic(), "sku", run.ledger)) {
                if (!options.warmup().isZero()) {
                    run.step("warm-up", "LAG-WARMUP-", WARMUP_RATE, options.warmup());
                }
                for (int rate : rates) {
                    if (!results.isEmpty() && !results.get(results.size() - 1).complete()) {
                        skipped.add(Integer.toString(rate)); // it would queue behind the backlog and measure that
                        continue;
                    }
                    results.add(run.step(rate + "/s", "LAG-" + rate + "-", rate, length));
                }
            }
        } finally {
            stack.close();
        }
        String md = LagReport.markdown(options, started, length, checkSkus, results, skipped);
        Path file = Files.createDirectories(options.outDir()).resolve("cdc-lag-report.md");
        Files.writeString(file, md);
        System.out.println();
        System.out.println(md);
        Progress.say("report: %s", file);
    }

    /** Until the sample's snapshot has been applied and the broker has nothing left queued. */
    private void awaitSnapshot() throws Exception {
        Progress.say("waiting for the sample's snapshot: %s at %s = %s", SNAPSHOT_SKU, WAREHOUSE, SNAPSHOT_ON_HAND);
        long deadline = System.nanoTime() + options.startLimit().toNanos();
        while (!snapshotApplied()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the sample's snapshot was not applied after " + options.startLimit()
                        + "; see " + stack.dataDir().resolve("logs"));
            }
            Thread.sleep(500); // polling the condition above
        }
        long behind = BrokerBacklog.awaitDrained(stack.kafkaBootstrap(), BACKLOG_LIMIT);
        Progress.say("snapshot applied%s", behind == 0 ? "; broker drained" : "; " + behind + " events still queued");
    }

    private boolean snapshotApplied() throws InterruptedException {
        BigDecimal onHand = readApi.onHandAt(List.of(SNAPSHOT_SKU), WAREHOUSE).get(SNAPSHOT_SKU);
        return onHand != null && onHand.compareTo(SNAPSHOT_ON_HAND) == 0; // absent: the read failed, try again
    }

    /** One rate: every row a new sku, quantity 1; waits for the levels, then reads every sku's on-hand. */
    private LagResult step(String label, String skuPrefix, int perSecond, Duration length) throws Exception {
        int rows = (int) (perSecond * length.toSeconds());
        List<String> skus =
                IntStream.range(0, rows).mapToObj(n -> skuPrefix + n).toList();
        StepStats stats = new StepStats(1);
        List<ScanLedger.Tracked> tracked =
                skus.stream().map(sku -> ledger.track(sku, stats)).toList();
        Set<String> failed = ConcurrentHashMap.newKeySet();
        Progress.say(
                "%s: %d inserts at %d/s (skus %s0..%d at %s)", label, rows, perSecond, skuPrefix, rows - 1, WAREHOUSE);

        CpuSample cpuBefore = stack.cpu();
        LegacyInserts.Schedule inserted =
                inserts.insert(skus, WAREHOUSE, perSecond, (i, committed, micros, commitEpochMillis) -> {
                    stats.answered(committed, micros, 0, 1);
                    if (committed) {
                        tracked.get(i).accepted(commitEpochMillis);
                    } else {
                        failed.add(skus.get(i));
                        tracked.get(i).failed();
                    }
                });
        // Only the tail bound: a change may wait behind Debezium's batches without being lost.
        boolean complete = stats.awaitLevels(label, inserted.done(), options.drainLimit(), options.drainLimit());
        Thread.sleep(SETTLE.toMillis());
        CpuSample cpuAfter = stack.cpu();
        inserted.done().join(); // a worker that lost its connection fails the run here
        List<String> missing = IntStream.range(0, rows)
                .filter(i -> tracked.get(i).awaitsLevel())
                .mapToObj(skus::get)
                .toList();

        List<String> checked = evenlySpread(skus, checkSkus);
        long checkStart = System.nanoTime();
        Map<String, BigDecimal> onHand = readApi.onHandAt(checked, WAREHOUSE);
        long checkMillis = (System.nanoTime() - checkStart) / 1_000_000;
        List<String> wrong = checked.stream()
                .filter(onHand::containsKey)
                .filter(sku -> onHand.get(sku).compareTo(failed.contains(sku) ? BigDecimal.ZERO : BigDecimal.ONE) != 0)
                .map(sku -> "%s: %s (expected %d)"
                        .formatted(sku, onHand.get(sku).toPlainString(), failed.contains(sku) ? 0 : 1))
                .toList();
        LagResult result = new LagResult(
                label,
                perSecond,
                rows,
                stats.accepted.get(),
                stats.failed.get(),
                StepStats.perSecond(
                        stats.accepted.get(), inserted.firstDueEpochMillis(), stats.lastAnswerEpochMillis.get()),
                stats.levels.get(),
                missing,
                stats.duplicateLevels.get(),
                complete,
                stats.chainMicros,
                stats.ingressMicros,
                cpuAfter.millisSince(cpuBefore),
                checked.size(),
                onHand.size(),
                onHand.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add),
                checked.stream().filter(sku -> !failed.contains(sku)).count(),
                wrong,
                checkMillis);
        Progress.say(
                "%s: committed %d (failed %d) at %.0f/s, arrived %d (missing %d), lag p50 %.0f ms p99 %.0f ms, "
                        + "Σ onHand %s of %d over %d skus read in %.1f s: %s",
                label,
                result.committed(),
                result.failedInserts(),
                result.insertedPerSecond(),
                result.levels(),
                result.missing(),
                result.lagMicros().getValueAtPercentile(50) / 1000.0,
                result.lagMicros().getValueAtPercentile(99) / 1000.0,
                result.onHandSum().toPlainString(),
                result.expectedOnHand(),
                result.skusRead(),
                checkMillis / 1000.0,
                result.exact() ? "exact" : "NOT exact");
        wrong.stream().limit(5).forEach(w -> Progress.say("  %s", w));
        return result;
    }

    /** At most {@code limit} of {@code all} (all for 0), every k-th, so the sample spans the whole run. */
    private static List<String> evenlySpread(List<String> all, int limit) {
        if (limit <= 0) {
            return all;
        }
        int every = Math.max(1, (all.size() + limit - 1) / limit);
        return IntStream.range(0, all.size())
                .filter(i -> i % every == 0)
                .mapToObj(all::get)
                .toList();
    }
}
