package io.livechain.localstack.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RestartBackoffTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void firstCrashRestartsAtOnceThenTheDelayDoublesUpToFiveMinutes() {
        RestartBackoff backoff = new RestartBackoff(T0);
        Instant now = T0.plusSeconds(30);
        long[] expectedSeconds = {0, 10, 20, 40, 80, 160, 300, 300};
        for (long expected : expectedSeconds) {
            assertEquals(Duration.ofSeconds(expected), backoff.delayAfterExitAt(now));
            now = now.plusSeconds(expected);
            backoff.restartedAt(now);
            now = now.plusSeconds(5);
        }
        assertEquals(expectedSeconds.length, backoff.restarts());
    }

    @Test
    void runningTenMinutesWithoutACrashResetsTheBackoff() {
        RestartBackoff backoff = new RestartBackoff(T0);
        backoff.delayAfterExitAt(T0.plusSeconds(1));
        backoff.restartedAt(T0.plusSeconds(1));
        assertEquals(Duration.ofSeconds(10), backoff.delayAfterExitAt(T0.plusSeconds(2)));

        backoff.restartedAt(T0.plusSeconds(12));
        assertEquals(Duration.ZERO, backoff.delayAfterExitAt(T0.plusSeconds(12).plus(RestartBackoff.RESET_AFTER)));
    }
}
