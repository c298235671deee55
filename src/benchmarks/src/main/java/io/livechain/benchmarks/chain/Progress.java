package io.livechain.benchmarks.chain;

/** Progress lines on stdout, stamped with the time since the benchmark started: the run is long. */
public final class Progress {

    private static final long STARTED = System.nanoTime();

    private Progress() {}

    public static void say(String format, Object... args) {
        long seconds = (System.nanoTime() - STARTED) / 1_000_000_000L;
        System.out.printf(
                "[%02d:%02d] %s%n", seconds / 60, seconds % 60, args.length == 0 ? format : format.formatted(args));
    }

    /** Seconds since the benchmark started. */
    static double elapsedSeconds() {
        return (System.nanoTime() - STARTED) / 1e9;
    }
}
