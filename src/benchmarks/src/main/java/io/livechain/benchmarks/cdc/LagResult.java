package io.livechain.benchmarks.cdc;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * One rate of legacy inserts and what arrived of them.
 *
 * @param rows              rows planned (rate × seconds), one distinct sku each
 * @param committed         rows whose insert returned (committed: autocommit)
 * @param insertedPerSecond committed ÷ time from the first due insert to the last commit
 * @param levels            changes whose level event arrived (first one per sku)
 * @param missingSkus       committed rows whose level had not arrived when the wait ended
 * @param complete          every committed row's level arrived before the drain limit
 * @param lagMicros         commit → level stored, per change
 * @param insertMicros      executeUpdate (with its commit), per row
 * @param cpuMillis         CPU of each stack process from the first insert to the last level (+ a settle)
 * @param skusChecked       skus whose on-hand was read: all, or an evenly spread sample of them
 * @param skusRead          of those, the ones the read API answered (all when none failed)
 * @param onHandSum         the sum of the read API's on-hand over the skus read
 * @param expectedOnHand    rows committed of the skus checked (1 each)
 * @param wrongSkus         skus whose on-hand is not what was committed for them, e.g. "sku: 0 (expected 1)"
 * @param checkMillis       how long reading the checked skus' on-hand took
 */
record LagResult(
        String label,
        int offeredPerSecond,
        int rows,
        int committed,
        int failedInserts,
        double insertedPerSecond,
        int levels,
        List<String> missingSkus,
        int duplicateLevels,
        boolean complete,
        Histogram lagMicros,
        Histogram insertMicros,
        Map<String, Double> cpuMillis,
        int skusChecked,
        int skusRead,
        BigDecimal onHandSum,
        long expectedOnHand,
        List<String> wrongSkus,
        long checkMillis) {

    int missing() {
        return missingSkus.size();
    }

    /** Σ on-hand equals the rows committed, every sku read and none off (a loss and a double would cancel out). */
    boolean exact() {
        return skusRead == skusChecked
                && wrongSkus.isEmpty()
                && onHandSum.compareTo(BigDecimal.valueOf(expectedOnHand)) == 0;
    }

    /** CPU milliseconds per change arrived, summed over every process of the stack. */
    double cpuPerChange() {
        return levels == 0 ? Double.NaN : totalCpuMillis() / levels;
    }

    double totalCpuMillis() {
        return cpuMillis.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
