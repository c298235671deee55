package io.livechain.benchmarks.limits;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * CPU time of processes from {@code /proc} (Linux): {@code utime+stime} plus {@code cutime+cstime},
 * so a PostgreSQL backend that exits during a run still counts (its time moves to the postmaster).
 * Several stacks may share the machine, so processes are found by the port they serve.
 */
final class ProcessCpu {

    /** USER_HZ: clock ticks per second of the /proc figures; 100 on every common Linux build. */
    private static final double MILLIS_PER_TICK = 10.0;

    private ProcessCpu() {}

    /** The Quarkus JVM started with {@code -Dquarkus.http.port=port} (how the stack starts functions). */
    static Supplier<List<Long>> quarkusOnPort(int port) {
        String flag = "-Dquarkus.http.port=" + port;
        return () -> matching(args -> args.contains(flag));
    }

    /** One process by id. */
    static Supplier<List<Long>> process(long pid) {
        return () -> List.of(pid);
    }

    /** The postmaster started with {@code -p port} and all its children (backends, writers). */
    static Supplier<List<Long>> postgresOnPort(int port) {
        return () -> {
            List<Long> postmasters = matching(args -> args.size() > 2
                    && args.get(0).endsWith("/postgres")
                    && args.contains("-p")
                    && args.get(args.indexOf("-p") + 1).equals(String.valueOf(port)));
            List<Long> all = new ArrayList<>(postmasters);
            for (long pid : allPids()) {
                long[] stat = stat(pid);
                if (stat != null && postmasters.contains(stat[1])) {
                    all.add(pid);
                }
            }
            return all;
        };
    }

    /** CPU milliseconds used so far by the processes the supplier names now. */
    static long millis(Supplier<List<Long>> processes) {
        long ticks = 0;
        for (long pid : processes.get()) {
            long[] stat = stat(pid);
            if (stat != null) {
                ticks += stat[11] + stat[12] + stat[13] + stat[14];
            }
        }
        return Math.round(ticks * MILLIS_PER_TICK);
    }

    private static List<Long> matching(java.util.function.Predicate<List<String>> test) {
        List<Long> pids = new ArrayList<>();
        for (long pid : allPids()) {
            try {
                String raw = Files.readString(Path.of("/proc", String.valueOf(pid), "cmdline"));
                if (!raw.isEmpty() && test.test(Arrays.asList(raw.split("\0")))) {
                    pids.add(pid);
                }
            } catch (IOException | RuntimeException gone) {
                // the process ended while we looked
            }
        }
        return pids;
    }

    private static List<Long> allPids() {
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            return entries.map(p -> p.getFileName().toString())
                    .filter(n -> n.chars().allMatch(Character::isDigit))
                    .map(Long::valueOf)
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list /proc (Linux only)", e);
        }
    }

    /** Fields after the command name: [0] state, [1] ppid, ... [11] utime, [12] stime, [13] cutime, [14] cstime. */
    private static long[] stat(long pid) {
        try {
            String line = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            long[] values = new long[15];
            for (int i = 1; i < values.length; i++) {
                values[i] = Long.parseLong(fields[i]);
            }
            return values;
        } catch (IOException | RuntimeException gone) {
            return null;
        }
    }
}
