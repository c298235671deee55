package io.livechain.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A child JVM on this process' classpath or a jar, its output in a log file; stopped with SIGTERM. */
public final class ChildProcess implements AutoCloseable {

    /**
     * A terminal's Ctrl-C signals its whole foreground process group: run in the stand-in's group, Kafka
     * and every function would start dying at once, under the stand-in's orderly stop (functions,
     * then Kafka, then PostgreSQL), which then waits on what is gone. A session of its own for each
     * child leaves Ctrl-C to the stand-in. util-linux {@code setsid} execs in place (same pid); where it
     * is missing (macOS), children stay in the group.
     */
    private static final List<String> OWN_SESSION = Stream.of("/usr/bin/setsid", "/bin/setsid")
            .filter(path -> Files.isExecutable(Path.of(path)))
            .limit(1)
            .toList();

    private final String name;
    private final Process process;
    private final Path log;

    private ChildProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /** Starts {@code java <jvmArgs> <mainArgs>}, appending output to {@code log}. */
    /**
     * Flags every JVM of the stack gets. No hsperfdata: its sampler wakes each JVM every 50 ms, a fifth
     * of a percent of a core per idle JVM, twelve of them here (jcmd PID still attaches; jps no longer lists them).
     */
    static final List<String> EVERY_JVM = List.of("-XX:-UsePerfData");

    public static ChildProcess startJava(String name, List<String> jvmArgs, List<String> mainArgs, Path log) {
        return startJava(name, jvmArgs, mainArgs, log, Map.of());
    }

    /** As above, with extra environment variables (e.g. Knative's K_SINK). */
    public static ChildProcess startJava(
            String name, List<String> jvmArgs, List<String> mainArgs, Path log, Map<String, String> env) {
        List<String> command = new ArrayList<>(OWN_SESSION);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(EVERY_JVM);
        command.addAll(jvmArgs);
        command.addAll(mainArgs);
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(env);
            Process process = builder.start();
            Leftovers.record(log, process.toHandle());
            return new ChildProcess(name, process, log);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + name, e);
        }
    }

    /** Runs a short-lived Java tool to completion; fails with its log when it exits non-zero. */
    public static void runJava(String name, List<String> jvmArgs, List<String> mainArgs, Path log) {
        ChildProcess tool = startJava(name, jvmArgs, mainArgs, log);
        try {
            if (!tool.process.waitFor(120, TimeUnit.SECONDS) || tool.process.exitValue() != 0) {
                throw new IllegalStateException(name + " failed; see " + log);
            }
            Leftovers.forget(log);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(name + " interrupted", e);
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The exit code once it exited (137 after SIGKILL), -1 while it runs. */
    public int exitCode() {
        return process.isAlive() ? -1 : process.exitValue();
    }

    public ProcessHandle handle() {
        return process.toHandle();
    }

    public String name() {
        return name;
    }

    public Path log() {
        return log;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        if (!process.isAlive()) {
            Leftovers.forget(log);
        }
    }
}
