package io.livechain.localstack.functions;

import java.time.Duration;
import java.time.Instant;

/**
 * When to restart a function whose process died, as Kubernetes restarts a crashed container: at once
 * the first time, then after a back-off that doubles from {@link #FIRST_DELAY} up to {@link #MAX_DELAY},
 * and back to at once after it ran {@link #RESET_AFTER} without crashing.
 */
final class RestartBackoff {

    static final Duration FIRST_DELAY = Duration.ofSeconds(10);
    static final Duration MAX_DELAY = Duration.ofMinutes(5);
    static final Duration RESET_AFTER = Duration.ofMinutes(10);

    private int restarts;
    private Instant startedAt;

    RestartBackoff(Instant startedAt) {
        this.startedAt = startedAt;
    }

    /** How long after an exit at {@code exitedAt} the next start is due. */
    Duration delayAfterExitAt(Instant exitedAt) {
        if (Duration.between(startedAt, exitedAt).compareTo(RESET_AFTER) >= 0) {
            restarts = 0;
        }
        if (restarts == 0) {
            return Duration.ZERO;
        }
        Duration delay = FIRST_DELAY.multipliedBy(1L << Math.min(restarts - 1, 10));
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    void restartedAt(Instant at) {
        restarts++;
        startedAt = at;
    }

    int restarts() {
        return restarts;
    }
}
