package io.livechain.localstack;

import java.time.Duration;
import java.time.Instant;

/** One line per start-up step with its time, so a newcomer sees what the stack is doing. */
public final class Progress {

    private static final Instant STARTED = Instant.now();

    private Progress() {}

    public static void step(String message) {
        long millis = Duration.between(STARTED, Instant.now()).toMillis();
        System.out.printf("[local-stack %6.1fs] %s%n", millis / 1000.0, message);
    }
}
