package io.livechain.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Processes a stand-in killed with SIGKILL left running: its children (Kafka, functions) live on in
 * sessions of their own, and PostgreSQL's postmaster is a daemon. Each child's pid and start time sit
 * in a {@code .pid} file beside its log; the next start stops what is still running under them, as
 * Kubernetes would have stopped a dead pod's containers, before it binds the same ports again.
 */
final class Leftovers {

    private static final Duration GRACE = Duration.ofSeconds(15);

    private Leftovers() {}

    static Path pidFile(Path log) {
        return log.resolveSibling(log.getFileName() + ".pid");
    }

    /** Notes a started child: "pid startInstant". */
    static void record(Path log, ProcessHandle process) {
        String started = process.info().startInstant().map(Instant::toString).orElse("-");
        try {
            Files.writeString(pidFile(log), process.pid() + " " + started + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void forget(Path log) {
        try {
            Files.deleteIfExists(pidFile(log));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes {@code dataDir} this stand-in's: fails if another live stand-in holds it; else stops what a
     * dead one left running there (its children, then its PostgreSQL) and answers what it stopped.
     */
    static List<String> claim(Path dataDir, Path pgData) {
        Path standIn = dataDir.resolve("stand-in.log.pid");
        try {
            if (Files.exists(standIn)) {
                Optional<ProcessHandle> other = running(standIn);
                if (other.isPresent()
                        && other.get().pid() != ProcessHandle.current().pid()) {
                    throw new IllegalStateException(
                            "another local stack (pid " + other.get().pid() + ") runs on " + dataDir
                                    + "; stop it first, or give this one another data-dir");
                }
                Files.delete(standIn);
            }
            List<String> stopped = stopChildren(dataDir);
            if (stopPostmaster(pgData)) {
                stopped.add("postgres");
            }
            Files.createDirectories(dataDir);
            record(dataDir.resolve("stand-in.log"), ProcessHandle.current());
            return stopped;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Releases {@code dataDir} at a clean stop. */
    static void release(Path dataDir) {
        forget(dataDir.resolve("stand-in.log"));
    }

    /** Stops the children a previous stand-in left under {@code dataDir}; answers their names. */
    private static List<String> stopChildren(Path dataDir) {
        List<String> stopped = new ArrayList<>();
        if (!Files.isDirectory(dataDir)) {
            return stopped;
        }
        try (Stream<Path> files = Files.walk(dataDir, 3)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".log.pid"))
                    .toList()) {
                running(file).ifPresent(process -> {
                    stop(process);
                    stopped.add(file.getFileName().toString().replace(".log.pid", ""));
                });
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stopped;
    }

    /** The process a pid file names, if it still runs and is the same one (pids are reused). */
    private static Optional<ProcessHandle> running(Path pidFile) throws IOException {
        String[] fields = Files.readString(pidFile).trim().split(" ");
        return ProcessHandle.of(Long.parseLong(fields[0]))
                .filter(ProcessHandle::isAlive)
                .filter(process -> fields.length < 2
                        || process.info()
                                .startInstant()
                                .map(Instant::toString)
                                .map(fields[1]::equals)
                                .orElse(false));
    }

    /**
     * Stops the postmaster still running on {@code pgData} (its {@code postmaster.pid}); a stale file
     * of a dead one PostgreSQL handles itself.
     */
    private static boolean stopPostmaster(Path pgData) {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return false;
        }
        try {
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            Optional<ProcessHandle> postmaster = ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().orElse("").contains("postgres"));
            postmaster.ifPresent(Leftovers::stop);
            return postmaster.isPresent();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** SIGTERM, then SIGKILL after the grace period. */
    private static void stop(ProcessHandle process) {
        process.destroy();
        try {
            process.onExit().get(GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
            process.onExit()
                    .orTimeout(5, TimeUnit.SECONDS)
                    .exceptionally(t -> null)
                    .join();
        }
    }
}
