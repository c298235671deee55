package io.livechain.benchmarks.faults;

import io.livechain.benchmarks.chain.BrokerBacklog;
import io.livechain.benchmarks.chain.ChainOptions;
import io.livechain.benchmarks.chain.InventoryTotals;
import io.livechain.benchmarks.chain.Progress;
import io.livechain.benchmarks.chain.StackHandle;
import io.livechain.benchmarks.chain.StackLauncher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The long faults, against a local stack of real processes, each checked by exact totals afterwards
 * (the short ones run in the test suite, src/e2e-tests): the stand-in killed with SIGKILL
 * mid-stream and started again, and the stack stopped (SIGTERM) with a backlog of 50,000 scans.
 * Writes {@code <out>/faults-report.md}.
 */
public final class FaultRun {

    private static final int SKUS = 100;
    private static final Duration DRAIN_LIMIT = Duration.ofMinutes(10);

    private final ChainOptions options;
    private final List<String> rows = new ArrayList<>();

    private FaultRun(ChainOptions options) {
        this.options = options;
    }

    public static void run(ChainOptions options) throws Exception {
        FaultRun run = new FaultRun(options);
        StackHandle stack = StackLauncher.start(options);
        try {
            stack = run.standInKilledMidStream(stack, Integer.getInteger("bench.faults.kill-scans", 20_000));
            stack = run.stoppedWithABacklog(stack, Integer.getInteger("bench.faults.backlog", 50_000));
        } finally {
            stack.close();
        }
        run.report();
    }

    /** SIGKILL to the stand-in after a quarter of the scans; started again; senders resend what was refused. */
    private StackHandle standInKilledMidStream(StackHandle stack, int scans) throws Exception {
        Progress.say("fault 1: the stand-in killed with SIGKILL mid-stream (%d scans at about 1,000/s)", scans);
        RetryingSender sender = new RetryingSender(stack.ingress(), "KILL", SKUS);
        Thread sending = sender.start(scans, 8, Duration.ofMillis(8));
        while (sender.accepted() < scans / 4) {
            Thread.sleep(50);
        }
        stack.killStandIn();
        Instant killed = Instant.now();
        StackHandle again = StackLauncher.restart(options);
        Duration restart = Duration.between(killed, Instant.now());
        sending.join();
        Duration exact = awaitExact(again, sender, killed);
        rows.add(row(
                "stand-in SIGKILL after " + scans / 4 + " of " + scans + " scans, started again",
                scans,
                sender,
                "ready again %.0f s after the kill; totals exact %.0f s after it"
                        .formatted(seconds(restart), seconds(exact))));
        return again;
    }

    /** As many scans as the ingress takes, then SIGTERM while the chain is far behind; started again. */
    private StackHandle stoppedWithABacklog(StackHandle stack, int scans) throws Exception {
        Progress.say("fault 2: the stack stopped (SIGTERM) with a backlog of %d scans", scans);
        RetryingSender sender = new RetryingSender(stack.ingress(), "BACKLOG", SKUS);
        sender.start(scans, 32, Duration.ZERO).join();
        long behind = BrokerBacklog.awaitDrained(stack.kafkaBootstrap(), Duration.ZERO);
        stack.close();
        Duration stop = stack.stoppedIn().orElseThrow();
        Instant stopped = Instant.now();
        StackHandle again = StackLauncher.restart(options);
        Duration exact = awaitExact(again, sender, stopped);
        rows.add(row(
                "SIGTERM with %,d deliveries queued (all %,d scans accepted first)".formatted(behind, scans),
                scans,
                sender,
                "stopped in %.1f s; totals exact %.0f s after the restart began"
                        .formatted(seconds(stop), seconds(exact))));
        return again;
    }

    /** Polls the read API until every sku's total equals what the sender got accepted. */
    private Duration awaitExact(StackHandle stack, RetryingSender sender, Instant since) throws Exception {
        InventoryTotals totals = new InventoryTotals(stack.url(), stack.bearerToken());
        Map<String, Long> expected = sender.sentBySku();
        Instant deadline = Instant.now().plus(DRAIN_LIMIT);
        List<String> wrong = totals.mismatches(expected);
        while (!wrong.isEmpty()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(
                        "not exact after " + DRAIN_LIMIT + ": " + wrong.subList(0, Math.min(5, wrong.size())));
            }
            Thread.sleep(1_000);
            wrong = totals.mismatches(expected);
        }
        Duration exact = Duration.between(since, Instant.now());
        Thread.sleep(3_000); // and stays exact: no late redelivery counts a scan twice
        List<String> later = totals.mismatches(expected);
        if (!later.isEmpty()) {
            throw new IllegalStateException(
                    "counted twice after being exact: " + later.subList(0, Math.min(5, later.size())));
        }
        return exact;
    }

    private static String row(String fault, int sent, RetryingSender sender, String recovery) {
        long accepted = sender.accepted();
        return "| %s | %,d | %,d (%,d refusals resent) | %,d | 0 | 0 | %s |"
                .formatted(fault, sent, accepted, sender.refusals(), accepted, recovery);
    }

    private void report() throws IOException {
        StringBuilder md = new StringBuilder("# Faults\n\n")
                .append("`-Dbench.args=faults`, ")
                .append(Instant.now())
                .append(", ")
                .append(SKUS)
                .append(
                        " skus; applied = the sum of the read API's totals, which equalled what was accepted per sku.\n\n")
                .append("| fault | sent | accepted | applied | lost | doubled | recovery |\n")
                .append("|---|---:|---:|---:|---:|---:|---|\n");
        rows.forEach(r -> md.append(r).append('\n'));
        Path file = Files.createDirectories(options.outDir()).resolve("faults-report.md");
        Files.writeString(file, md.toString());
        Progress.say("%s%nreport: %s", md, file);
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }
}
