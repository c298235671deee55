package io.livechain.benchmarks.cdc;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechain.benchmarks.chain.ChainOptions;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class LagReportTest {

    @Test
    void rowShowsRatesLagCpuAndTheSumAgainstTheRowsCommitted() {
        String md = LagReport.markdown(
                ChainOptions.fromSystemProperties(),
                Instant.parse("2026-12-02T06:00:00Z"),
                Duration.ofSeconds(10),
                1000,
                List.of(result(List.of(), BigDecimal.valueOf(999), List.of())),
                List.of("1000"));

        assertTrue(
                md.contains("| 100 | 999 | 99 | 999 | 0 | 40.0 / 40.0 / 40.0 / 40.0 | 2.00 | 999 / 999 | yes |"), md);
        assertTrue(md.contains("| 1000 | skipped"), md);
        assertTrue(md.contains("cdc-check-skus"), md);
    }

    @Test
    void aLossAndADoubleThatCancelOutAreNotExact() {
        LagResult offsetting = result(List.of(), BigDecimal.valueOf(999), List.of("LAG-100-1: 2 (expected 1)"));
        LagResult missing = result(List.of("LAG-100-7"), BigDecimal.valueOf(999), List.of());

        assertFalse(offsetting.exact());
        assertTrue(missing.exact()); // its level is late, the read API has it: exact, but reported missing
        assertTrue(LagReport.markdown(
                        ChainOptions.fromSystemProperties(),
                        Instant.now(),
                        Duration.ofSeconds(10),
                        1000,
                        List.of(missing),
                        List.of())
                .contains("missing e.g. LAG-100-7"));
    }

    private static LagResult result(List<String> missing, BigDecimal onHandSum, List<String> wrong) {
        Histogram lag = new Histogram(TimeUnit.MINUTES.toMicros(10), 3);
        lag.recordValue(40_000);
        return new LagResult(
                "100/s",
                100,
                1000,
                999,
                1,
                99.4,
                999,
                missing,
                0,
                true,
                lag,
                lag,
                Map.of("postgres", 999.0, "kafka", 999.0),
                999,
                999,
                onHandSum,
                999,
                wrong,
                1200);
    }
}
