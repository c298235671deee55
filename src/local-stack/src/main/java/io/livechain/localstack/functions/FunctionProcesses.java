package io.livechain.localstack.functions;

import io.livechain.localstack.ChildProcess;
import io.livechain.localstack.LocalStackConfig;
import io.livechain.localstack.knative.Manifests;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Every Knative Service of the manifests as its own Quarkus application (its own JVM, as its own
 * pod in the cluster), run from {@code functions/<name>/target/quarkus-app}, on ports from the
 * configured base, with its manifest's literal env, pointed at the local (or configured) Kafka and
 * PostgreSQL and at each other's local ports ({@link ClusterAddresses}). Once the stack is up
 * ({@link #superviseRestarts}), a process that dies is started again as Kubernetes restarts a crashed
 * pod ({@link RestartBackoff}); meanwhile it is not ready, so the stack's health is DOWN.
 */
public final class FunctionProcesses implements AutoCloseable {

    /**
     * Port of each service = base + its index here. The README and the benchmarks (the defaults of
     * their {@code -Dlivechain.<service>-port}) know these ports, so they never move: add a new
     * service at the end. A service missing here gets the ports after the list, in name order.
     */
    static final List<String> PORT_ORDER =
            List.of("inventory", "notify", "read-api", "scan-ingest", "threshold", "reroute", "cdc-adapter", "mcp");

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private static final Duration WATCH_INTERVAL = Duration.ofMillis(500);

    private final Map<String, Integer> ports;
    private final Map<String, Supplier<ChildProcess>> launchers;
    private final Map<String, ChildProcess> processes = new ConcurrentHashMap<>();
    private final Map<String, RestartBackoff> backoffs = new ConcurrentHashMap<>();
    /** When each dead function is due to start again. */
    private final Map<String, Instant> restartDue = new ConcurrentHashMap<>();

    private final ScheduledExecutorService watchdog =
            Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "function-restarts"));
    private volatile boolean closing;

    private FunctionProcesses(Map<String, Integer> ports, Map<String, Supplier<ChildProcess>> launchers) {
        this.ports = ports;
        this.launchers = launchers;
        Instant now = Instant.now();
        launchers.forEach((name, launcher) -> {
            processes.put(name, launcher.get());
            backoffs.put(name, new RestartBackoff(now));
        });
    }

    public static FunctionProcesses start(LocalStackConfig config, Manifests manifests) {
        Map<String, Integer> ports = ports(config.functionPortBase(), manifests.serviceNames());
        Map<String, Supplier<ChildProcess>> launchers = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> service : ports.entrySet()) {
            String name = service.getKey();
            Path jar = config.home().resolve("functions").resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
            if (!Files.exists(jar)) {
                throw new IllegalStateException(
                        "no build of " + name + " at " + jar + "; build first: ./mvnw -B package -DskipTests");
            }
            // The manifest's env (ConfigMap paths mapped into the checkout, other Services' cluster addresses
            // to their local ports), with its cluster Kafka address replaced: Quarkus builds the Kafka
            // clients' defaults from KAFKA_* variables as well as -D.
            Map<String, String> env = new LinkedHashMap<>();
            manifests
                    .localEnv(name, config.secretsDir())
                    .forEach((key, value) -> env.put(key, ClusterAddresses.local(value, ports)));
            env.put("KAFKA_BOOTSTRAP_SERVERS", config.bootstrapServers());
            // K_SINK as Knative's SinkBinding sets it: functions that post events send them to the broker.
            env.put("K_SINK", "http://localhost:" + config.httpPort() + "/livechain/default");
            List<String> jvmArgs = jvmArgs(config, service.getValue());
            Path log = config.dataDir().resolve("logs").resolve(name + ".log");
            launchers.put(name, () -> ChildProcess.startJava(name, jvmArgs, List.of("-jar", jar.toString()), log, env));
        }
        return new FunctionProcesses(ports, launchers);
    }

    /**
     * From now on a function whose process dies is started again (before, during start-up, a death is a
     * failed start, reported by {@link #exited()}).
     */
    public void superviseRestarts() {
        long interval = WATCH_INTERVAL.toMillis();
        watchdog.scheduleWithFixedDelay(this::restartDead, interval, interval, TimeUnit.MILLISECONDS);
    }

    private void restartDead() {
        Instant now = Instant.now();
        processes.forEach((name, process) -> {
            if (closing || process.isAlive()) {
                return;
            }
            Instant due = restartDue.computeIfAbsent(name, n -> {
                Duration delay = backoffs.get(n).delayAfterExitAt(now);
                System.err.printf(
                        "function %s exited (code %d, see %s); restarting %s%n",
                        n,
                        process.exitCode(),
                        process.log(),
                        delay.isZero() ? "now" : "in " + delay.toSeconds() + " s (back-off)");
                return now.plus(delay);
            });
            if (!now.isBefore(due) && !closing) {
                restartDue.remove(name);
                backoffs.get(name).restartedAt(now);
                processes.put(name, launchers.get(name).get());
                System.err.printf(
                        "function %s restarted (restart %d)%n",
                        name, backoffs.get(name).restarts());
            }
        });
    }

    /** How often each function was restarted after a crash. */
    public Map<String, Integer> restarts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        backoffs.forEach((name, backoff) -> counts.put(name, backoff.restarts()));
        return counts;
    }

    /** The running process of a function (for fault tests: kill it as a node would). */
    public Optional<ProcessHandle> process(String service) {
        return Optional.ofNullable(processes.get(service)).map(ChildProcess::handle);
    }

    /** Each service's port, by {@link #PORT_ORDER}, in port order. */
    static Map<String, Integer> ports(int base, List<String> services) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        services.stream()
                .filter(PORT_ORDER::contains)
                .sorted(Comparator.comparing(PORT_ORDER::indexOf))
                .forEach(service -> ports.put(service, base + PORT_ORDER.indexOf(service)));
        int next = base + PORT_ORDER.size();
        for (String service :
                services.stream().filter(s -> !PORT_ORDER.contains(s)).sorted().toList()) {
            ports.put(service, next++);
        }
        return ports;
    }

    private static List<String> jvmArgs(LocalStackConfig config, int port) {
        String db = config.postgresAddress() + "/" + config.database();
        List<String> args = new ArrayList<>();
        config.functionProperties().forEach((key, value) -> args.add("-D" + key + "=" + value));
        args.addAll(List.of(
                "-Xms64m",
                "-Xmx256m",
                "-XX:+UseSerialGC",
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.datasource.reactive.url=postgresql://" + db,
                "-Dquarkus.datasource.jdbc.url=jdbc:postgresql://" + db,
                "-Dquarkus.datasource.username=" + config.postgresUser(),
                "-Dquarkus.datasource.password=" + config.postgresPassword(),
                "-Dkafka.bootstrap.servers=" + config.bootstrapServers()));
        return args;
    }

    /** Base URL of a service by name. */
    public String url(String service) {
        Integer port = ports.get(service);
        if (port == null) {
            throw new IllegalArgumentException("no Knative Service named " + service + " in the manifests");
        }
        return "http://localhost:" + port;
    }

    public Map<String, Integer> ports() {
        return ports;
    }

    /** Names of the services that are not (yet) ready: process gone or readiness not 200. */
    public List<String> notReady() {
        List<String> waiting = new ArrayList<>();
        processes.forEach((name, process) -> {
            if (!process.isAlive() || !ready(url(name))) {
                waiting.add(name);
            }
        });
        waiting.sort(Comparator.naturalOrder());
        return waiting;
    }

    /** Services whose process has exited, with their logs. */
    public List<String> exited() {
        return processes.values().stream()
                .filter(p -> !p.isAlive())
                .map(p -> p.name() + " (see " + p.log() + firstError(p.log()) + ")")
                .toList();
    }

    /** The log's first ERROR line, so a failed start says why where it is reported (CI output). */
    private static String firstError(Path log) {
        try (java.util.stream.Stream<String> lines = Files.lines(log)) {
            return lines.filter(line -> line.contains(" ERROR "))
                    .findFirst()
                    .map(line -> ": " + line)
                    .orElse("");
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return "";
        }
    }

    private static boolean ready(String baseUrl) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2))
                    .GET()
                    .build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void close() {
        closing = true;
        watchdog.shutdownNow();
        try {
            watchdog.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        processes.values().parallelStream().forEach(ChildProcess::close);
    }
}
