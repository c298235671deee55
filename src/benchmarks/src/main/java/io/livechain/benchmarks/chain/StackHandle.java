package io.livechain.benchmarks.chain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A local stack started by the benchmark: its addresses for the load and for report sections, the
 * CPU of its processes, and stopping it (SIGTERM to the stand-in first, whose shutdown stops the
 * functions, Kafka and PostgreSQL in order; then to whatever is left of the tree).
 */
public final class StackHandle implements AutoCloseable {

    private static final Duration ORDERLY_STOP = Duration.ofSeconds(90);
    private static final Duration LEFTOVER_STOP = Duration.ofSeconds(15);

    private final Process launcher;
    private final StackProcesses processes;
    private final ChainOptions options;
    private final Map<String, Integer> functionPorts;
    private final Path log;
    private Duration stoppedIn;

    StackHandle(
            Process launcher,
            StackProcesses processes,
            ChainOptions options,
            Map<String, Integer> functionPorts,
            Path log) {
        this.launcher = launcher;
        this.processes = processes;
        this.options = options;
        this.functionPorts = Map.copyOf(functionPorts);
        this.log = log;
    }

    /** Base URL of the gateway: broker ingress at {@code /}, read API under {@code /api}. */
    public String url() {
        return "http://localhost:" + options.httpPort();
    }

    public URI ingress() {
        return URI.create(url() + "/");
    }

    /** Base URL of a function by its Knative Service name, as the stack printed it. */
    public String functionUrl(String name) {
        Integer port = functionPorts.get(name);
        if (port == null) {
            throw new IllegalArgumentException(
                    "the stack runs no function " + name + "; it runs " + functionPorts.keySet());
        }
        return "http://localhost:" + port;
    }

    public Map<String, Integer> functionPorts() {
        return functionPorts;
    }

    public String kafkaBootstrap() {
        return "localhost:" + options.kafkaPort();
    }

    /** host:port of PostgreSQL (database {@code livechain}, user and password {@code postgres}). */
    public String postgresAddress() {
        return "localhost:" + options.postgresPort();
    }

    public Path home() {
        return options.home();
    }

    public Path dataDir() {
        return options.dataDir();
    }

    /** The read API's bearer token the stack wrote at start; absent for a checkout from before tokens. */
    public Optional<String> bearerToken() {
        Path file = options.dataDir().resolve("token");
        try {
            return Files.exists(file) ? Optional.of(Files.readString(file).strip()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stack's own output (the stand-in's); each function logs under {@code <data-dir>/logs}. */
    public Path log() {
        return log;
    }

    /** CPU time so far of each process of the stack, by name. */
    public CpuSample cpu() {
        return processes.sample();
    }

    /**
     * Kills the stand-in with SIGKILL, as a node failure would, and waits for its launcher to notice;
     * what it started (Kafka, PostgreSQL, functions) is left running, as it is then.
     */
    public void killStandIn() throws InterruptedException {
        ProcessHandle standIn = processes
                .standInPid()
                .flatMap(ProcessHandle::of)
                .orElseThrow(() -> new IllegalStateException("no stand-in running"));
        Progress.say("SIGKILL to the stand-in (pid %d)", standIn.pid());
        standIn.destroyForcibly();
        awaitExit(List.of(standIn), LEFTOVER_STOP);
        if (!launcher.waitFor(LEFTOVER_STOP.toSeconds(), TimeUnit.SECONDS)) {
            launcher.destroyForcibly().waitFor();
        }
        stoppedIn = Duration.ZERO; // nothing left for close() to stop in order
    }

    /** How long the stop took; empty before {@link #close()}. */
    public Optional<Duration> stoppedIn() {
        return Optional.ofNullable(stoppedIn);
    }

    @Override
    public void close() {
        if (stoppedIn != null) {
            return;
        }
        long start = System.nanoTime();
        List<ProcessHandle> tree = new ArrayList<>();
        processes.names().keySet().forEach(pid -> ProcessHandle.of(pid).ifPresent(tree::add));
        launcher.toHandle().descendants().forEach(tree::add);
        processes.standInPid().flatMap(ProcessHandle::of).ifPresent(standIn -> {
            Progress.say("stopping the stack (SIGTERM to the stand-in, pid %d) ...", standIn.pid());
            standIn.destroy();
            awaitExit(List.of(standIn), ORDERLY_STOP);
        });
        List<ProcessHandle> left = tree.stream().filter(ProcessHandle::isAlive).toList();
        if (!left.isEmpty()) {
            Progress.say("SIGTERM to %d processes left of the stack", left.size());
            left.forEach(ProcessHandle::destroy);
            launcher.destroy();
            awaitExit(left, LEFTOVER_STOP);
            left.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        }
        try {
            if (!launcher.waitFor(LEFTOVER_STOP.toSeconds(), TimeUnit.SECONDS)) {
                launcher.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stoppedIn = Duration.ofNanos(System.nanoTime() - start);
        Progress.say("stack stopped in %.1f s", stoppedIn.toMillis() / 1000.0);
    }

    private static void awaitExit(List<ProcessHandle> handles, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        for (ProcessHandle handle : handles) {
            try {
                handle.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                return; // still alive at the deadline: the caller escalates
            }
        }
    }
}
