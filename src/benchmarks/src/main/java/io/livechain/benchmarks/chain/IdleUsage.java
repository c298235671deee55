package io.livechain.benchmarks.chain;

import java.time.Duration;
import java.util.Map;

/**
 * CPU of each stack process over a window with no traffic, as % of one core.
 *
 * @param window       the measured wall-clock time
 * @param cpuMillis    CPU of each process in the window
 */
record IdleUsage(Duration window, Map<String, Double> cpuMillis) {

    /** Waits {@code settle}, then measures {@code window} of a stack that nobody sends anything to. */
    static IdleUsage measure(StackHandle stack, Duration settle, Duration window) throws InterruptedException {
        Progress.say("idle: settling %d s, then %d s without traffic", settle.toSeconds(), window.toSeconds());
        Thread.sleep(settle.toMillis());
        CpuSample before = stack.cpu();
        Thread.sleep(window.toMillis()); // the measurement window itself
        CpuSample after = stack.cpu();
        IdleUsage idle =
                new IdleUsage(Duration.ofNanos(after.nanoTime() - before.nanoTime()), after.millisSince(before));
        Progress.say(
                "idle: %.1f%% of one core in total %s",
                idle.percentOfCore(idle.totalMillis()), idle.cpuMillis().keySet());
        return idle;
    }

    double totalMillis() {
        return cpuMillis.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    double percentOfCore(double millis) {
        return 100.0 * millis / window.toMillis();
    }
}
