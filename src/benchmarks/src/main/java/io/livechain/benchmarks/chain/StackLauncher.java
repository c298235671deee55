package io.livechain.benchmarks.chain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Starts a checkout's local stack the way its README does ({@code mvnw package -Plocal-stack}, here
 * for {@code src/local-stack} and what it needs only, tests skipped), on the benchmark's ports and a
 * fresh data dir, and waits until {@code /q/health/ready} answers 200. The checkout's own command, so
 * the JVM settings of its stand-in are measured as its users get them; Maven itself is not measured.
 */
public final class StackLauncher {

    /** Written into a data dir the benchmark created, so it only ever empties its own. */
    private static final String MARKER = ".livechain-bench-data";

    private static final String READY_LINE = "Press Ctrl-C to stop.";
    private static final Pattern FUNCTION_LINE = Pattern.compile("^ {2}(\\S+)\\s+http://localhost:(\\d+)$");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private StackLauncher() {}

    private static Path functionProperties(ChainOptions options) throws IOException {
        StringBuilder properties = new StringBuilder();
        io.livechain.benchmarks.limits.ColdChainLatency.stackProperties(
                        io.livechain.benchmarks.limits.ColdChainLatency.DEFAULT_WEBHOOK_PORT)
                .forEach((key, value) ->
                        properties.append(key).append('=').append(value).append('\n'));
        return Files.writeString(options.outDir().resolve("stack-functions.properties"), properties.toString());
    }

    public static StackHandle start(ChainOptions options) throws IOException, InterruptedException {
        checkPortsFree(options);
        freshDataDir(options.dataDir());
        return launch(options);
    }

    /**
     * Starts the stack again on its data dir as it was left, as a user's next start does: after a
     * SIGKILL, what the killed stand-in left running still holds the ports until the new one stops it.
     */
    public static StackHandle restart(ChainOptions options) throws IOException, InterruptedException {
        return launch(options);
    }

    private static StackHandle launch(ChainOptions options) throws IOException, InterruptedException {
        Path log = Files.createDirectories(options.outDir()).resolve("stack.log");
        Path functionProperties = functionProperties(options);
        List<String> command =
                new ArrayList<>(List.of(options.home().resolve("mvnw").toString(), "-B", "-q"));
        if (options.mavenOffline()) {
            command.add("-o");
        }
        command.addAll(List.of("-pl", "src/local-stack", "-am", "package", "-DskipTests", "-Plocal-stack"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(options.home().toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // LocalStackConfig reads LIVECHAIN_* too; Maven's -D would not reach the forked stack JVM.
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("LIVECHAIN_"));
        env.put("LIVECHAIN_HOME", options.home().toString());
        env.put("LIVECHAIN_DATA_DIR", options.dataDir().toString());
        env.put("LIVECHAIN_HTTP_PORT", Integer.toString(options.httpPort()));
        env.put("LIVECHAIN_FUNCTION_PORT_BASE", Integer.toString(options.functionPortBase()));
        env.put("LIVECHAIN_KAFKA_PORT", Integer.toString(options.kafkaPort()));
        env.put("LIVECHAIN_POSTGRES_PORT", Integer.toString(options.postgresPort()));
        // notify's webhook channel for the cold-chain section, as a user's local-stack.properties would set it.
        env.put("LIVECHAIN_FUNCTION_PROPERTIES", functionProperties.toString());
        Progress.say(
                "starting the local stack of %s: %s (output in %s)", options.home(), String.join(" ", command), log);
        Process launcher = builder.start();
        StackProcesses processes = new StackProcesses(launcher.pid(), options.dataDir());
        try {
            awaitReady(options, launcher, log);
            return new StackHandle(launcher, processes, options, functionPorts(log), log);
        } catch (IOException | InterruptedException | RuntimeException e) {
            new StackHandle(launcher, processes, options, Map.of(), log).close();
            throw e;
        }
    }

    private static void awaitReady(ChainOptions options, Process launcher, Path log)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        long deadline = start + options.startLimit().toNanos();
        long nextNote = start + Duration.ofSeconds(15).toNanos();
        URI ready = URI.create("http://localhost:" + options.httpPort() + "/q/health/ready");
        while (!(isReady(ready) && Files.readString(log).contains(READY_LINE))) {
            if (!launcher.isAlive()) {
                throw new IllegalStateException(
                        "the local stack exited with " + launcher.exitValue() + ":\n" + tail(log));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        "the local stack was not ready after " + options.startLimit() + ":\n" + tail(log));
            }
            if (System.nanoTime() > nextNote) {
                Progress.say("  ... %s", lastLine(log));
                nextNote += Duration.ofSeconds(15).toNanos();
            }
            Thread.sleep(500); // polling the condition above
        }
        Progress.say("stack ready in %.0f s", (System.nanoTime() - start) / 1e9);
    }

    private static boolean isReady(URI uri) {
        try {
            return HTTP.send(
                                    HttpRequest.newBuilder(uri)
                                            .timeout(Duration.ofSeconds(5))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The functions' ports from the endpoint list the stack prints when ready. */
    private static Map<String, Integer> functionPorts(Path log) throws IOException {
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (String line : Files.readAllLines(log)) {
            Matcher m = FUNCTION_LINE.matcher(line);
            if (m.matches()) {
                ports.put(m.group(1), Integer.valueOf(m.group(2)));
            }
        }
        return ports;
    }

    /** A stack already on these ports would answer for ours: refuse instead of measuring it. */
    private static void checkPortsFree(ChainOptions options) {
        List<Integer> ports = new ArrayList<>(
                List.of(options.httpPort(), options.kafkaPort(), options.kafkaPort() + 1, options.postgresPort()));
        for (int i = 0; i < 10; i++) {
            ports.add(options.functionPortBase() + i);
        }
        for (int port : ports) {
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                socket.setReuseAddress(true);
            } catch (IOException e) {
                throw new IllegalStateException(
                        "port " + port + " is in use: stop what runs there or choose other"
                                + " ports (-Dbench.http-port, -Dbench.function-port-base, -Dbench.kafka-port, -Dbench.postgres-port)");
            }
        }
    }

    private static void freshDataDir(Path dir) throws IOException {
        if (Files.exists(dir)) {
            if (!Files.exists(dir.resolve(MARKER))) {
                try (Stream<Path> entries = Files.list(dir)) {
                    if (entries.findAny().isPresent()) {
                        throw new IllegalStateException(
                                dir + " is not empty and was not made by the benchmark: not deleting it");
                    }
                }
            }
            try (Stream<Path> all = Files.walk(dir)) {
                all.sorted(Comparator.reverseOrder()).forEach(StackLauncher::delete);
            }
        }
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(MARKER), "emptied at the start of each chain benchmark\n");
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    private static String lastLine(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return lines.isEmpty() ? "(no output yet)" : lines.get(lines.size() - 1);
    }
}
