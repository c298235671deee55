package io.livechain.benchmarks.chain;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import org.HdrHistogram.Histogram;

/**
 * What one step has seen so far, written by the generator's event loop and the level watcher's
 * thread: answers of the ingress, levels stored, both latencies, and the quantity accepted per sku.
 * The CDC lag benchmark uses it too: an answer is then a legacy insert's commit.
 */
public final class StepStats {

    /** How often a step that waits prints where it is. */
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);

    public final Histogram ingressMicros = new Histogram(TimeUnit.MINUTES.toMicros(10), 3);
    public final Histogram chainMicros = new Histogram(TimeUnit.MINUTES.toMicros(10), 3);
    public final AtomicInteger accepted = new AtomicInteger();
    public final AtomicInteger failed = new AtomicInteger();
    public final AtomicInteger levels = new AtomicInteger();
    public final AtomicInteger duplicateLevels = new AtomicInteger();
    public final AtomicLong lastAnswerEpochMillis = new AtomicLong();
    public final AtomicLong lastLevelEpochMillis = new AtomicLong();
    public final AtomicLongArray acceptedQuantityBySku;

    public StepStats(int skus) {
        acceptedQuantityBySku = new AtomicLongArray(skus);
    }

    public void answered(boolean ok, long latencyMicros, int sku, int quantity) {
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

    /** Events per second from {@code fromEpochMillis} to {@code toEpochMillis}; 0 for an empty span. */
    public static double perSecond(int events, long fromEpochMillis, long toEpochMillis) {
        return toEpochMillis <= fromEpochMillis ? 0 : events * 1000.0 / (toEpochMillis - fromEpochMillis);
    }

    /**
     * Waits until everything was sent and every accepted event has its level; false when no level
     * arrived for {@code stallLimit} or {@code drainLimit} after the last send passed.
     */
    public boolean awaitLevels(String label, CompletableFuture<?> sent, Duration stallLimit, Duration drainLimit)
            throws InterruptedException {
        long lastProgress = System.nanoTime();
        long nextNote = lastProgress + PROGRESS_EVERY.toNanos();
        long drainDeadline = Long.MAX_VALUE;
        int seen = 0;
        while (!(sent.isDone() && levels.get() >= accepted.get())) {
            long now = System.nanoTime();
            if (levels.get() > seen) {
                seen = levels.get();
                lastProgress = now;
            }
            if (sent.isDone() && drainDeadline == Long.MAX_VALUE) {
                drainDeadline = now + drainLimit.toNanos();
            }
            if (now - lastProgress > stallLimit.toNanos() || now > drainDeadline) {
                Progress.say(
                        "%s: gave up waiting: %d of %d levels after %s",
                        label,
                        seen,
                        accepted.get(),
                        now > drainDeadline ? "the drain limit " + drainLimit : "no level for " + stallLimit);
                return false;
            }
            if (now > nextNote) {
                Progress.say("  %s: answered %d, levels %d", label, accepted.get() + failed.get(), seen);
                nextNote = now + PROGRESS_EVERY.toNanos();
            }
            Thread.sleep(100); // polling the condition above
        }
        return true;
    }
}
