package io.livechain.localstack.broker;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * How many events each CloudEvent {@code source} may send: {@code perSecond} on average, in bursts of
 * up to one second's worth (a token bucket per source). Written here rather than taken from
 * resilience4j's RateLimiterRegistry because sources are chosen by senders: a bucket must be
 * forgotten once it is full again (it then equals a new one), or a sender inventing sources would
 * grow the registry without bound.
 */
public final class SourceRateLimit {

    /** Above this many sources tracked, full buckets are dropped. */
    static final int FORGET_ABOVE = 10_000;

    private final double perSecond;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    SourceRateLimit(double perSecond, LongSupplier nanoTime) {
        this.perSecond = perSecond;
        this.nanoTime = nanoTime;
    }

    /** {@code perSecond} events a second per source; 0 or less: no limit. */
    public static SourceRateLimit of(int perSecond) {
        return new SourceRateLimit(perSecond, System::nanoTime);
    }

    public boolean enabled() {
        return perSecond > 0;
    }

    public int perSecond() {
        return (int) perSecond;
    }

    /**
     * Takes {@code events} of {@code source} if its bucket allows; otherwise takes nothing and returns
     * the whole seconds to wait before trying again (for {@code Retry-After}). 0 means taken.
     */
    public long take(String source, int events) {
        if (!enabled()) {
            return 0;
        }
        long now = nanoTime.getAsLong();
        if (buckets.size() > FORGET_ABOVE) {
            buckets.values().removeIf(bucket -> bucket.fullAt(now));
        }
        return buckets.computeIfAbsent(source, s -> new Bucket(now)).take(events, now);
    }

    int tracked() {
        return buckets.size();
    }

    private final class Bucket {
        private double tokens = perSecond;
        private long refilledAt;

        Bucket(long now) {
            refilledAt = now;
        }

        synchronized long take(int events, long now) {
            refill(now);
            // A batch larger than a burst goes through when the bucket is full, leaving a debt.
            double needed = Math.min(events, perSecond);
            if (tokens >= needed) {
                tokens -= events;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((needed - tokens) / perSecond));
        }

        synchronized boolean fullAt(long now) {
            refill(now);
            return tokens >= perSecond;
        }

        private void refill(long now) {
            tokens = Math.min(perSecond, tokens + (now - refilledAt) / 1e9 * perSecond);
            refilledAt = now;
        }
    }
}
