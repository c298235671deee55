package io.livechain.benchmarks.limits;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The echo function ({@code src/benchmarks/echo-function}) in its own JVM, with the heap and GC
 * flags the local stack gives every function, so the two JVMs differ only in the function.
 */
final class EchoFunctionProcess implements AutoCloseable {

    /** As {@code FunctionProcesses} of the local stack starts functions. */
    static final List<String> FUNCTION_JVM_FLAGS = List.of("-Xms64m", "-Xmx256m", "-XX:+UseSerialGC");

    private static final Path JAR = Path.of("src/benchmarks/echo-function/target/quarkus-app/quarkus-run.jar");

    private final Process process;
    private final int port;

    private EchoFunctionProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts it on a free port and waits until it listens; fails when the module is not built. */
    static EchoFunctionProcess start(Path log) throws IOException, InterruptedException {
        Path jar = checkout().resolve(JAR);
        if (!Files.exists(jar)) {
            throw new IllegalStateException("no build of the echo function at " + jar
                    + "; build it: ./mvnw -B -q -pl src/benchmarks/echo-function package");
        }
        int port = freePort();
        List<String> command = new java.util.ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(FUNCTION_JVM_FLAGS);
        command.addAll(List.of("-Dquarkus.http.port=" + port, "-jar", jar.toString()));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        EchoFunctionProcess echo = new EchoFunctionProcess(process, port);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!listening(port)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                echo.close();
                throw new IllegalStateException("echo function did not start, see " + log);
            }
            Thread.sleep(100);
        }
        return echo;
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    /** The folder holding {@code src/benchmarks/echo-function}, from the working directory upwards. */
    private static Path checkout() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("src/benchmarks/echo-function"))) {
                return dir;
            }
        }
        throw new IllegalStateException("run from the Livechain checkout (no src/benchmarks/echo-function above "
                + Path.of("").toAbsolutePath() + ")");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket("localhost", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
