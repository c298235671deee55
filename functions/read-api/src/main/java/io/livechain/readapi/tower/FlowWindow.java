package io.livechain.readapi.tower;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Events per CloudEvent type in fixed time buckets over the last minutes, by the Kafka record's
 * timestamp (when the broker stored it). Thread-safe: one thread adds, another reads.
 */
public final class FlowWindow {

    /** Counts per type, oldest bucket first; {@code since} is the start of the oldest bucket. */
    public record Flow(Instant since, int bucketSeconds, Map<String, long[]> types) {}

    private final long bucketMillis;
    private final int buckets;
    private final Map<String, long[]> counts = new TreeMap<>();
    /** Bucket number (epoch millis / bucket) of the newest bucket, the last slot of each array. */
    private long newest;

    public FlowWindow(int bucketSeconds, int buckets) {
        this.bucketMillis = bucketSeconds * 1000L;
        this.buckets = buckets;
    }

    /** Counts one event of {@code type} stored at {@code timestampMillis}; older than the window is ignored. */
    public synchronized void add(String type, long timestampMillis) {
        long bucket = Math.floorDiv(timestampMillis, bucketMillis);
        if (bucket > newest) {
            shiftTo(bucket);
        }
        long age = newest - bucket;
        if (age < buckets) {
            counts.computeIfAbsent(type, t -> new long[buckets])[(int) (buckets - 1 - age)]++;
        }
    }

    /** The window ending with the bucket that holds {@code nowMillis}. */
    public synchronized Flow at(long nowMillis) {
        long bucket = Math.floorDiv(nowMillis, bucketMillis);
        if (bucket > newest) {
            shiftTo(bucket);
        }
        Map<String, long[]> copy = new LinkedHashMap<>();
        counts.forEach((type, values) -> copy.put(type, values.clone()));
        return new Flow(Instant.ofEpochMilli((newest - buckets + 1) * bucketMillis), (int) (bucketMillis / 1000), copy);
    }

    public synchronized void clear() {
        counts.clear();
        newest = 0;
    }

    private void shiftTo(long bucket) {
        long shift = bucket - newest;
        for (long[] values : counts.values()) {
            if (shift >= buckets) {
                Arrays.fill(values, 0);
            } else {
                System.arraycopy(values, (int) shift, values, 0, buckets - (int) shift);
                Arrays.fill(values, buckets - (int) shift, buckets, 0);
            }
        }
        counts.values().removeIf(values -> Arrays.stream(values).allMatch(v -> v == 0));
        newest = bucket;
    }
}
