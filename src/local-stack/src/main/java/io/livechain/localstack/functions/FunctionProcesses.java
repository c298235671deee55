package io.livechain.localstack.functions;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.livechain.localstack.ChildProcess;
import io.livechain.localstack.LocalStackConfig;

/**
 * Every Knative Service of the manifests as its own Quarkus application (its own JVM, as its own
 * pod in the cluster), run from {@code functions/<name>/target/quarkus-app}, on ports from the
 * configured base, pointed at the local (or configured) Kafka and PostgreSQL.
 */
public final class FunctionProcesses implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final Map<String, Integer> ports;
    private final List<ChildProcess> processes;

    private FunctionProcesses(Map<String, Integer> ports, List<ChildProcess> processes) {
        this.ports = ports;
        this.processes = processes;
    }

    public static FunctionProcesses start(LocalStackConfig config, List<String> services) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        List<ChildProcess> processes = new ArrayList<>();
        int port = config.functionPortBase();
        for (String service : services.stream().sorted().toList()) {
            Path jar = config.home().resolve("functions").resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
            if (!Files.exists(jar)) {
                processes.forEach(ChildProcess::close);
                throw new IllegalStateException("no build of " + service + " at " + jar
                        + "; build first: ./mvnw -B package -DskipTests");
            }
            ports.put(service, port);
            // K_SINK as Knative's SinkBinding sets it: functions that post events send them to the broker.
            processes.add(ChildProcess.startJava(service, jvmArgs(config, port), List.of("-jar", jar.toString()),
                    config.dataDir().resolve("logs").resolve(service + ".log"),
                    Map.of("K_SINK", "http://localhost:" + config.httpPort() + "/livechain/default")));
            port++;
        }
        return new FunctionProcesses(ports, processes);
    }

    private static List<String> jvmArgs(LocalStackConfig config, int port) {
        String db = config.postgresAddress() + "/" + config.database();
        List<String> args = new ArrayList<>();
        config.functionProperties().forEach((key, value) -> args.add("-D" + key + "=" + value));
        args.addAll(List.of("-Xms64m", "-Xmx256m", "-XX:+UseSerialGC",
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
        for (ChildProcess process : processes) {
            if (!process.isAlive() || !ready(url(process.name()))) {
                waiting.add(process.name());
            }
        }
        return waiting;
    }

    /** Services whose process has exited, with their logs. */
    public List<String> exited() {
        return processes.stream().filter(p -> !p.isAlive()).map(p -> p.name() + " (see " + p.log() + ")").toList();
    }

    private static boolean ready(String baseUrl) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void close() {
        processes.parallelStream().forEach(ChildProcess::close);
    }
}
