package io.livechain.benchmarks.chain;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every scan sent, by the id of the movement scan-ingest makes of it (the {@code causeId} of its
 * level event), so a level read from Kafka finds its scan, whichever of the 202 and the level is
 * seen first. The CDC lag benchmark tracks its legacy rows here too, by their sku, with the commit
 * as "accepted".
 */
public final class ScanLedger {

    private final Map<String, Tracked> byKey = new ConcurrentHashMap<>();

    /** One scan: set once by the ingress' answer and once by its level, in either order. */
    public static final class Tracked {
        private final StepStats step;
        private long acceptedEpochMillis = -1;
        private long storedEpochMillis = -1;
        private boolean failed;

        Tracked(StepStats step) {
            this.step = step;
        }

        public synchronized void accepted(long epochMillis) {
            acceptedEpochMillis = epochMillis;
            if (storedEpochMillis >= 0) {
                step.levelStored(storedEpochMillis, storedEpochMillis - acceptedEpochMillis);
            }
        }

        public synchronized void failed() {
            failed = true;
        }

        /** Accepted, and its level has not arrived (yet). */
        public synchronized boolean awaitsLevel() {
            return acceptedEpochMillis >= 0 && !failed && storedEpochMillis < 0;
        }

        synchronized void stored(long epochMillis) {
            if (storedEpochMillis >= 0) {
                step.duplicateLevels.incrementAndGet(); // a redelivered movement replies again
                return;
            }
            storedEpochMillis = epochMillis;
            if (acceptedEpochMillis >= 0 && !failed) {
                step.levelStored(storedEpochMillis, storedEpochMillis - acceptedEpochMillis);
            }
        }
    }

    /** @param key what its level event will carry in the watcher's key field (causeId, or sku) */
    public Tracked track(String key, StepStats step) {
        Tracked tracked = new Tracked(step);
        byKey.put(key, tracked);
        return tracked;
    }

    /** A level event with {@code key} (the movement's causeId, or its sku), stored in Kafka at {@code epochMillis}. */
    public void levelStored(String key, long epochMillis) {
        Tracked tracked = key == null ? null : byKey.get(key);
        if (tracked != null) {
            tracked.stored(epochMillis);
        }
    }
}
