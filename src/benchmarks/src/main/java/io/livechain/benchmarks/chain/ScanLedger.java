package io.livechain.benchmarks.chain;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every scan sent, by the id of the movement scan-ingest makes of it (the {@code causeId} of its
 * level event), so a level read from Kafka finds its scan, whichever of the 202 and the level is
 * seen first.
 */
final class ScanLedger {

    private final Map<String, Tracked> byCauseId = new ConcurrentHashMap<>();

    /** One scan: set once by the ingress' answer and once by its level, in either order. */
    static final class Tracked {
        private final StepStats step;
        private long acceptedEpochMillis = -1;
        private long storedEpochMillis = -1;
        private boolean failed;

        Tracked(StepStats step) {
            this.step = step;
        }

        synchronized void accepted(long epochMillis) {
            acceptedEpochMillis = epochMillis;
            if (storedEpochMillis >= 0) {
                step.levelStored(storedEpochMillis, storedEpochMillis - acceptedEpochMillis);
            }
        }

        synchronized void failed() {
            failed = true;
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

    Tracked track(String causeId, StepStats step) {
        Tracked tracked = new Tracked(step);
        byCauseId.put(causeId, tracked);
        return tracked;
    }

    /** A level event for the movement {@code causeId}, stored in Kafka at {@code epochMillis}. */
    void levelStored(String causeId, long epochMillis) {
        Tracked tracked = causeId == null ? null : byCauseId.get(causeId);
        if (tracked != null) {
            tracked.stored(epochMillis);
        }
    }
}
