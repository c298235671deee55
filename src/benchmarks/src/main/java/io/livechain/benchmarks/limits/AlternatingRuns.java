package io.livechain.benchmarks.limits;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.HdrHistogram.Histogram;

/**
 * A function and its limit loaded the same way, in turns A, B, A, B after a warm-up of each, so
 * whatever else the machine does at the time hits both. Reads each side's processes' CPU from
 * /proc around its own turns only.
 */
final class AlternatingRuns {

    /** One side: what it runs and whose CPU it pays with (label → processes); totals over its turns. */
    static final class Side {
        final String name;
        final Supplier<Future<Boolean>> operation;
        final Map<String, Supplier<List<Long>>> processes;
        final Histogram latencyMicros = new Histogram(TimeUnit.MINUTES.toMicros(1), 3);
        final Map<String, Long> cpuMillis = new LinkedHashMap<>();
        final List<Double> turnRates = new ArrayList<>();
        long done;
        long failed;
        long nanos;

        Side(String name, Supplier<Future<Boolean>> operation, Map<String, Supplier<List<Long>>> processes) {
            this.name = name;
            this.operation = operation;
            this.processes = processes;
        }

        double perSecond() {
            return done * 1e9 / nanos;
        }

        double cpuPerEvent(String process) {
            return cpuMillis.getOrDefault(process, 0L) / (double) Math.max(1, done);
        }
    }

    private AlternatingRuns() {}

    static void run(Vertx vertx, int concurrency, Duration warmUp, Duration turn, int turns, Side a, Side b)
            throws InterruptedException {
        for (Side side : List.of(a, b)) {
            ClosedLoop.Result warm = ClosedLoop.run(vertx, concurrency, warmUp, side.operation);
            progress("warm-up %s: %.0f /s, %d failed", side.name, warm.perSecond(), warm.failed());
        }
        for (int i = 0; i < turns; i++) {
            for (Side side : List.of(a, b)) {
                Map<String, Long> before = cpu(side);
                ClosedLoop.Result result = ClosedLoop.run(vertx, concurrency, turn, side.operation);
                cpu(side).forEach((label, after) -> side.cpuMillis.merge(label, after - before.get(label), Long::sum));
                side.done += result.done();
                side.failed += result.failed();
                side.nanos += result.nanos();
                side.latencyMicros.add(result.latencyMicros());
                side.turnRates.add(result.perSecond());
                progress(
                        "turn %d %s: %.0f /s, p99 %.1f ms, %d failed",
                        i + 1,
                        side.name,
                        result.perSecond(),
                        result.latencyMicros().getValueAtPercentile(99) / 1000.0,
                        result.failed());
            }
        }
    }

    /** A markdown table, one row per side: rate per turn, latency, failures, CPU per event per process. */
    static String table(String unit, List<String> processes, Side... sides) {
        StringBuilder table = new StringBuilder("| target | " + unit + "/s (each turn) | p50 ms | p99 ms | failed | "
                + processes.stream()
                        .map(p -> "CPU ms/" + singular(unit) + " " + p)
                        .collect(Collectors.joining(" | "))
                + " |\n|---|---|---|---|---|" + "---|".repeat(processes.size()) + "\n");
        for (Side side : sides) {
            table.append(String.format(
                    Locale.ROOT,
                    "| %s | %.0f (%s) | %.1f | %.1f | %d | %s |%n",
                    side.name,
                    side.perSecond(),
                    side.turnRates.stream()
                            .map(r -> String.format(Locale.ROOT, "%.0f", r))
                            .collect(Collectors.joining(", ")),
                    side.latencyMicros.getValueAtPercentile(50) / 1000.0,
                    side.latencyMicros.getValueAtPercentile(99) / 1000.0,
                    side.failed,
                    processes.stream()
                            .map(p -> side.processes.containsKey(p) && side.done > 0
                                    ? String.format(Locale.ROOT, "%.3f", side.cpuPerEvent(p))
                                    : "–")
                            .collect(Collectors.joining(" | "))));
        }
        return table.toString();
    }

    /** A warning when a side's turns differ by more than half: the machine was busy, the ratio is weak. */
    static String noise(Side... sides) {
        double spread = 1;
        for (Side side : sides) {
            double max = side.turnRates.stream()
                    .mapToDouble(Double::doubleValue)
                    .max()
                    .orElse(0);
            double min = side.turnRates.stream()
                    .mapToDouble(Double::doubleValue)
                    .min()
                    .orElse(0);
            spread = Math.max(spread, min > 0 ? max / min : Double.POSITIVE_INFINITY);
        }
        return spread <= 1.5
                ? ""
                : String.format(
                        Locale.ROOT,
                        " Turns of one side differ up to %.1f× (load average "
                                + "%s): the machine was busy, so repeat the run on a quiet one before trusting the ratio.",
                        spread,
                        loadAverage());
    }

    /** The 1-minute load average from /proc/loadavg, or "?" off Linux. */
    static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                    .split(" ")[0];
        } catch (java.io.IOException | RuntimeException e) {
            return "?";
        }
    }

    static void progress(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[limits] " + format + "%n", args);
    }

    private static String singular(String unit) {
        return unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit;
    }

    private static Map<String, Long> cpu(Side side) {
        Map<String, Long> millis = new LinkedHashMap<>();
        side.processes.forEach((label, pids) -> millis.put(label, ProcessCpu.millis(pids)));
        return millis;
    }
}
