package io.livechain.benchmarks.chain;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import org.HdrHistogram.Histogram;

/**
 * What one step has seen so far, written by the generator's event loop and the level watcher's
 * thread: answers of the ingress, levels stored, both latencies, and the quantity accepted per sku.
 */
final class StepStats {

    final Histogram ingressMicros = new Histogram(TimeUnit.MINUTES.toMicros(10), 3);
    final Histogram chainMicros = new Histogram(TimeUnit.MINUTES.toMicros(10), 3);
    final AtomicInteger accepted = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    final AtomicInteger levels = new AtomicInteger();
    final AtomicInteger duplicateLevels = new AtomicInteger();
    final AtomicLong lastAnswerEpochMillis = new AtomicLong();
    final AtomicLong lastLevelEpochMillis = new AtomicLong();
    final AtomicLongArray acceptedQuantityBySku;

    StepStats(int skus) {
        acceptedQuantityBySku = new AtomicLongArray(skus);
    }

    void answered(boolean ok, long latencyMicros, int sku, int quantity) {
        synchronized (ingressMicros) {
            ingressMicros.recordValue(Math.min(latencyMicros, ingressMicros.getHighestTrackableValue()));
        }
        if (ok) {
            accepted.incrementAndGet();
            acceptedQuantityBySku.addAndGet(sku, quantity);
        } else {
            failed.incrementAndGet();
        }
        lastAnswerEpochMillis.accumulateAndGet(System.currentTimeMillis(), Math::max);
    }

    /** A level for an accepted scan: stored {@code millis} after the ingress accepted the scan. */
    void levelStored(long storedEpochMillis, long millis) {
        // The level can be in Kafka before this JVM has read the 202 (its event loop is busy): count that as 0.
        long micros = TimeUnit.MILLISECONDS.toMicros(Math.max(0, millis));
        synchronized (chainMicros) {
            chainMicros.recordValue(Math.min(micros, chainMicros.getHighestTrackableValue()));
        }
        levels.incrementAndGet();
        lastLevelEpochMillis.accumulateAndGet(storedEpochMillis, Math::max);
    }
}
