package io.livechain.benchmarks.cdc;

import static io.livechain.benchmarks.chain.Figures.f2;
import static io.livechain.benchmarks.chain.Figures.maxMs;
import static io.livechain.benchmarks.chain.Figures.ms;

import io.livechain.benchmarks.chain.ChainOptions;
import io.livechain.benchmarks.chain.GitRevision;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** cdc-lag-report.md: how it was measured, one row per rate, then each rate's notes. */
final class LagReport {

    private LagReport() {}

    static String markdown(
            ChainOptions o,
            Instant started,
            Duration length,
            int checkSkus,
            List<LagResult> results,
            List<String> skipped) {
        StringBuilder md = new StringBuilder("# Livechain: capture lag of the legacy WMS\n\n")
                .append(header(o, started, length, checkSkus))
                .append("\n| offered /s | rows committed | inserted /s | arrived | missing |")
                .append(
                        " lag p50 / p90 / p99 / max ms | CPU ms/change | Σ onHand / rows of the skus checked | exact |\n")
                .append("|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (LagResult r : results) {
            md.append("| %,d | %,d | %,.0f | %,d | %,d | %s / %s / %s / %s | %s | %s / %,d | %s |\n"
                    .formatted(
                            r.offeredPerSecond(),
                            r.committed(),
                            r.insertedPerSecond(),
                            r.levels(),
                            r.missing(),
                            ms(r.lagMicros(), 50),
                            ms(r.lagMicros(), 90),
                            ms(r.lagMicros(), 99),
                            maxMs(r.lagMicros()),
                            f2(r.cpuPerChange()),
                            r.onHandSum().toPlainString(),
                            r.expectedOnHand(),
                            r.exact() ? "yes" : "**no**"));
        }
        skipped.forEach(rate -> md.append("| ").append(rate).append(" | skipped: an earlier rate left a backlog |\n"));
        md.append('\n');
        results.forEach(r ->
                md.append("- ").append(r.label()).append(": ").append(notes(r)).append('\n'));
        return md.toString();
    }

    private static String header(ChainOptions o, Instant started, Duration length, int checkSkus) {
        return String.format(
                Locale.ROOT,
                """
                - Run %s, %d cores, Java %s; checkout `%s` at %s. `-Dbench.args=cdc-lag`, a fresh local stack \
                (http %d, Kafka %d, PostgreSQL %d) with its sample legacy database `%s` and Debezium.
                - Load: inserts into `%s.goods_receipts` over JDBC, each its own transaction (autocommit), %s, \
                paced by a fixed schedule; one new sku per row (`LAG-<rate>-<n>`), quantity 1 at %s; %d s per rate, \
                after the sample's snapshot was applied and %d s of warm-up at %d/s (not shown).
                - lag = commit (clock read right after `executeUpdate` returned) → Kafka timestamp of the sku's \
                `io.livechain.inventory.level.v1` on `%s` (when the stand-in stored inventory's reply): Debezium → \
                `legacy_wms.changes` → KafkaSource → cdc-adapter → broker → inventory. The benchmark's own consumer \
                reads the level from there in batches (up to 200 ms later); that delay is not in the lag.
                - arrived = the first level per sku; missing = committed rows without a level %d s after the last insert.
                - CPU: utime+stime from /proc of every process of the stack (PostgreSQL with its backends, so the \
                legacy inserts too; Kafka, stand-in, Debezium, functions) from the first insert to the last level \
                + 1 s, ÷ changes arrived; what the stack spends idle in that window is included.
                - exact: `GET /api/inventory/{sku}/%s` for the rate's skus, all or, above %,d, an evenly spread \
                sample of %,d (`-Dbench.cdc-check-skus`); yes = all read, each 1 (0 for a failed insert) and Σ onHand = \
                the rows committed of those skus.
                """,
                started.truncatedTo(ChronoUnit.SECONDS),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                o.home(),
                GitRevision.of(o.home()),
                o.httpPort(),
                o.kafkaPort(),
                o.postgresPort(),
                LegacyInserts.DATABASE,
                LegacyInserts.DATABASE,
                LegacyInserts.CONNECTIONS + " connections",
                CdcLagRun.WAREHOUSE,
                length.toSeconds(),
                o.warmup().toSeconds(),
                CdcLagRun.WARMUP_RATE,
                o.topic(),
                o.drainLimit().toSeconds(),
                CdcLagRun.WAREHOUSE,
                checkSkus,
                checkSkus);
    }

    private static String notes(LagResult r) {
        StringBuilder notes = new StringBuilder();
        if (r.failedInserts() > 0) {
            notes.append(r.failedInserts()).append(" inserts failed (not in the rows); ");
        }
        if (!r.missingSkus().isEmpty()) {
            notes.append("missing e.g. ")
                    .append(String.join(
                            ", ",
                            r.missingSkus()
                                    .subList(0, Math.min(5, r.missingSkus().size()))))
                    .append("; ");
        }
        if (r.duplicateLevels() > 0) {
            notes.append(r.duplicateLevels()).append(" duplicate levels (redelivered changes); ");
        }
        if (!r.wrongSkus().isEmpty()) {
            notes.append(r.wrongSkus().size())
                    .append(" skus off, e.g. ")
                    .append(String.join(
                            "; ",
                            r.wrongSkus().subList(0, Math.min(3, r.wrongSkus().size()))))
                    .append("; ");
        }
        if (r.skusRead() < r.skusChecked()) {
            notes.append(r.skusChecked() - r.skusRead()).append(" skus unreadable on the read API; ");
        }
        notes.append("insert p50 / p99 ")
                .append(ms(r.insertMicros(), 50))
                .append(" / ")
                .append(ms(r.insertMicros(), 99))
                .append(" ms; on-hand of %,d of %,d skus read in %.1f s; CPU ms/change by process: "
                        .formatted(r.skusChecked(), r.rows(), r.checkMillis() / 1000.0))
                .append(r.cpuMillis().entrySet().stream()
                        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                        .filter(e -> e.getValue() > 0)
                        .map(e -> e.getKey() + " " + f2(r.levels() == 0 ? Double.NaN : e.getValue() / r.levels()))
                        .collect(Collectors.joining(", ")));
        return notes.toString();
    }
}
