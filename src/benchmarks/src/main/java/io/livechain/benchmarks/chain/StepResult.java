package io.livechain.benchmarks.chain;

import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * One step of scans through the chain.
 *
 * @param offeredPerSecond the arrival rate of the schedule
 * @param ingressPerSecond scans accepted / time from the first due send to the last answer
 * @param chainPerSecond   levels stored / time from the first due send to the last level
 * @param sendLagMicros    how late the generator handed each scan to the HTTP client (its own lag, which the
 *                         ingress latency includes)
 * @param complete         every accepted scan's level arrived before the stall or drain limit
 * @param mismatches       skus whose read-API total differs from the sum of accepted scans (empty: exact;
 *                         a scan the ingress did not accept counts in {@code failed}, not here)
 * @param cpuMillis        CPU of each stack process from the step's start to its last level (+ a settle)
 * @param benchCpuMillis   CPU of the benchmark's own JVM (generator, watcher) in the same window
 * @param jitCpuMillis     the part of {@code cpuMillis} the stack's JIT compiler threads used
 */
record StepResult(
        String label,
        double offeredPerSecond,
        int sent,
        int accepted,
        int failed,
        int levels,
        int duplicateLevels,
        double ingressPerSecond,
        double chainPerSecond,
        Histogram ingressMicros,
        Histogram chainMicros,
        Histogram sendLagMicros,
        boolean complete,
        List<String> mismatches,
        Map<String, Double> cpuMillis,
        double benchCpuMillis,
        double jitCpuMillis) {

    boolean exact() {
        return complete && mismatches.isEmpty();
    }

    /** CPU milliseconds per level stored of one process (or the sum of several). */
    double cpuPerScan(double millis) {
        return levels == 0 ? Double.NaN : millis / levels;
    }
}
