package io.livechain.localstack.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SourceRateLimitTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final SourceRateLimit limit = new SourceRateLimit(10, now::get);

    private void advanceMillis(long millis) {
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
    }

    @Test
    void aSourceMaySendABurstOfOneSecondsWorthThenWaits() {
        for (int i = 0; i < 10; i++) {
            assertEquals(0, limit.take("/devices/a", 1), "event " + i);
        }
        assertEquals(1, limit.take("/devices/a", 1));
        advanceMillis(100); // one event's worth at 10/s
        assertEquals(0, limit.take("/devices/a", 1));
        assertEquals(1, limit.take("/devices/a", 1));
    }

    @Test
    void eachSourceHasItsOwnBucket() {
        assertEquals(0, limit.take("/devices/a", 10));
        assertEquals(1, limit.take("/devices/a", 1));
        assertEquals(0, limit.take("/devices/b", 10));
    }

    @Test
    void aBatchLargerThanABurstGoesThroughOnAFullBucketAndIsPaidFor() {
        assertEquals(0, limit.take("/devices/a", 35));
        // 25 events of debt plus the next one: 2.6 s at 10/s, rounded up.
        assertEquals(3, limit.take("/devices/a", 1));
        advanceMillis(2_600);
        assertEquals(0, limit.take("/devices/a", 1));
    }

    @Test
    void fullBucketsAreForgottenSoInventedSourcesCannotGrowIt() {
        for (int i = 0; i <= SourceRateLimit.FORGET_ABOVE; i++) {
            limit.take("/invented/" + i, 1);
        }
        advanceMillis(200); // every bucket is full again
        limit.take("/invented/last", 1);
        assertTrue(limit.tracked() <= 2, "still tracking " + limit.tracked());
    }

    @Test
    void zeroMeansNoLimit() {
        SourceRateLimit off = SourceRateLimit.of(0);
        for (int i = 0; i < 100_000; i++) {
            assertEquals(0, off.take("/devices/a", 1));
        }
    }
}
