package io.livechain.localstack;

import io.livechain.localstack.broker.BrokerMetrics;
import io.livechain.localstack.broker.KnativeKafkaBroker;
import io.livechain.localstack.broker.KnativeKafkaSources;
import io.livechain.localstack.broker.SourceRateLimit;
import io.livechain.localstack.cdc.LegacyCapture;
import io.livechain.localstack.cdc.SampleLegacyWms;
import io.livechain.localstack.functions.FunctionProcesses;
import io.livechain.localstack.gateway.Gateway;
import io.livechain.localstack.jwt.LocalJwt;
import io.livechain.localstack.kafka.KafkaProbe;
import io.livechain.localstack.kafka.LocalKafka;
import io.livechain.localstack.knative.Manifests;
import io.livechain.localstack.postgres.LocalPostgres;
import io.livechain.localstack.simulator.LocalSimulator;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

/**
 * The whole system on one machine with only a JDK: PostgreSQL, Kafka (KRaft), every function as its
 * own Quarkus process, and the Knative Kafka Broker stand-in driven by the manifests in
 * {@code knative/}. Start with {@code main}; Ctrl-C stops everything in reverse order.
 */
public final class LocalStack implements AutoCloseable {

    public static final String BROKER = "default";
    private static final String READ_API = "read-api";
    private static final String MCP = "mcp";

    private final LocalStackConfig config;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private Vertx vertx;
    private Manifests manifests;
    private KafkaProbe kafka;
    private KnativeKafkaBroker broker;
    private KnativeKafkaSources sources;
    private FunctionProcesses functions;
    private Gateway gateway;
    private String token;
    /** Null when the stack uses an external one. */
    private Restartable postgres;

    private Restartable localKafka;
    /** Null when the stack runs no change data capture. */
    private LegacyCapture capture;

    private LocalStack(LocalStackConfig config) {
        this.config = config;
    }

    public static void main(String[] args) throws InterruptedException {
        LocalStack stack = new LocalStack(LocalStackConfig.fromEnvironment());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            Progress.step("stopping ...");
                            stack.close();
                            Progress.step("stopped");
                            stopped.countDown();
                        },
                        "local-stack-shutdown"));
        try {
            stack.start(Duration.ofMinutes(3));
        } catch (RuntimeException e) {
            System.err.println("local stack failed to start: " + e.getMessage());
            System.exit(1);
        }
        stack.printEndpoints();
        stopped.await();
    }

    /** Starts everything and waits until the stack reports ready; fails with what did not come up. */
    public static LocalStack start(LocalStackConfig config, Duration limit) {
        LocalStack stack = new LocalStack(config);
        try {
            stack.start(limit);
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private void start(Duration limit) {
        List<String> leftovers = Leftovers.claim(
                config.dataDir(), config.dataDir().resolve("postgres").resolve("data"));
        if (!leftovers.isEmpty()) {
            Progress.step("stopped what a killed stack left running: " + leftovers);
        }
        started.push(() -> Leftovers.release(config.dataDir()));
        List<java.nio.file.Path> manifestDirs = new ArrayList<>(List.of(config.knativeDir()));
        manifestDirs.addAll(config.extraManifests());
        manifests = Manifests.load(manifestDirs);
        Progress.step("manifests: " + manifests.triggers().size() + " triggers, services " + manifests.serviceNames());
        if (config.postgresHost().isEmpty()) {
            Progress.step("starting PostgreSQL on localhost:" + config.postgresPort() + " ...");
            postgres = new Restartable(
                    "PostgreSQL",
                    () -> LocalPostgres.start(
                            config.dataDir().resolve("postgres"), config.postgresPort(), config.database()));
            started.push(postgres);
        }
        if (config.kafkaBootstrap().isEmpty()) {
            Progress.step("starting Kafka (KRaft) on localhost:" + config.kafkaPort() + " ...");
            localKafka = new Restartable(
                    "Kafka", () -> LocalKafka.start(config.dataDir().resolve("kafka"), config.kafkaPort()));
            started.push(localKafka);
        }
        kafka = new KafkaProbe(config.bootstrapServers());
        started.push(kafka);
        token = issueLocalToken();
        Progress.step("starting functions " + manifests.serviceNames() + " ...");
        functions = FunctionProcesses.start(config, manifests);
        started.push(functions);
        vertx = Vertx.vertx();
        started.push(
                () -> vertx.close().toCompletionStage().toCompletableFuture().join());
        BrokerMetrics metrics = new BrokerMetrics();
        started.push(metrics);
        Progress.step("starting the broker stand-in (Trigger consumer groups) ...");
        broker = KnativeKafkaBroker.start(
                vertx,
                manifests,
                BROKER,
                config.bootstrapServers(),
                functions::url,
                SourceRateLimit.of(config.rateLimitPerSource()),
                metrics);
        started.push(broker);
        gateway = Gateway.start(
                vertx,
                config.httpPort(),
                broker.ingress(),
                config.maxEventBytes(),
                functions.url(READ_API),
                functions.url(MCP),
                this::readiness,
                metrics::scrape);
        started.push(gateway);
        Progress.step("starting the KafkaSource stand-in "
                + manifests.kafkaSources().stream().map(k -> k.name()).toList() + " ...");
        sources = KnativeKafkaSources.start(
                vertx,
                manifests,
                config.bootstrapServers(),
                functions::url,
                broker -> url() + "/livechain/" + broker,
                metrics);
        started.push(sources);
        Map<String, String> groups = new java.util.TreeMap<>();
        manifests.triggers().forEach(t -> groups.put(t.name(), t.consumerGroup()));
        manifests.kafkaSources().forEach(s -> groups.put(s.name(), s.consumerGroup()));
        metrics.watchLag(config.bootstrapServers(), groups);
        if (config.legacyCapture()) {
            if (config.postgresHost().isEmpty()
                    && SampleLegacyWms.ensure(
                            config.postgresAddress(), config.postgresUser(), config.postgresPassword())) {
                Progress.step("created the sample legacy WMS (database " + SampleLegacyWms.DATABASE + ")");
            }
            Progress.step("starting the change data capture of the legacy WMS (Debezium) ...");
            capture = LegacyCapture.start(config, manifests);
            started.push(capture);
        }
        awaitReady(limit);
        functions.superviseRestarts();
        if (config.simulate()) {
            started.push(LocalSimulator.start(config, url() + "/"));
        }
    }

    /**
     * The key pair read-api verifies tokens with (its livechain-jwt Secret, locally a folder) and a
     * token holding every role, also written to {@code <data>/token} for scripts.
     */
    private String issueLocalToken() {
        String issuer = manifests.service(READ_API).env().getOrDefault("LIVECHAIN_JWT_ISSUER", "livechain");
        LocalJwt jwt = LocalJwt.prepare(
                config.dataDir().resolve("jwt"), config.secretsDir().resolve(LocalJwt.SECRET), issuer);
        String fresh = jwt.token("local-admin", LocalJwt.ROLES);
        try {
            Files.writeString(config.dataDir().resolve("token"), fresh + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fresh;
    }

    private void awaitReady(Duration limit) {
        Instant deadline = Instant.now().plus(limit);
        JsonObject health = readiness();
        while (!"UP".equals(health.getString("status"))) {
            if (!functions.exited().isEmpty()) {
                throw new IllegalStateException("exited during start-up: " + functions.exited());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("not ready after " + limit + ": " + health.encode());
            }
            sleep(250);
            health = readiness();
        }
        Progress.step("ready");
    }

    /** Kafka, PostgreSQL, the broker's consumer groups and every function, as one health report. */
    public JsonObject readiness() {
        JsonArray checks = new JsonArray()
                .add(check("kafka", kafka != null && kafka.isReady()))
                .add(check(
                        "postgresql",
                        LocalPostgres.isReady(
                                config.postgresAddress(),
                                config.database(),
                                config.postgresUser(),
                                config.postgresPassword())))
                .add(check("broker", broker != null && broker.isReady()))
                .add(check("kafka sources", sources != null && sources.isReady()));
        if (config.legacyCapture()) {
            checks.add(check("legacy capture", capture != null && capture.isRunning()));
        }
        List<String> waiting = functions == null ? List.of("functions") : functions.notReady();
        if (functions != null) {
            functions.ports().keySet().forEach(name -> checks.add(check("function " + name, !waiting.contains(name))));
        }
        boolean up = checks.stream().allMatch(c -> "UP".equals(((JsonObject) c).getString("status")));
        return new JsonObject().put("status", up ? "UP" : "DOWN").put("checks", checks);
    }

    private static JsonObject check(String name, boolean up) {
        return new JsonObject().put("name", name).put("status", up ? "UP" : "DOWN");
    }

    private void printEndpoints() {
        String base = "http://localhost:" + gateway.port();
        System.out.println();
        System.out.println("Livechain local stack is ready.");
        // The token rides in the fragment, which browsers never send, so it stays out of every log.
        System.out.println("  Control tower      " + base + "/#token=" + token + "   (open in a browser: signed in)");
        System.out.println("  Broker ingress     POST " + base + "/   and   POST " + base + "/livechain/default");
        System.out.println("  Readiness          GET  " + base + "/q/health/ready");
        System.out.println("  Metrics            GET  " + base
                + "/metrics   (the broker stand-in; each function at its port's /q/metrics)");
        System.out.println(
                "  Inventory          GET  " + base + "/api/inventory/{sku}   and   /api/inventory/{sku}/{location}");
        System.out.println("  Alerts             GET  " + base
                + "/api/alerts?status=open|resolved&asset=...   POST /api/alerts/{id}/ack");
        System.out.println("  EPCIS capture      POST " + base + "/api/epcis/capture   GET /api/epcis/capture/{id}");
        System.out.println("  Shipments          GET  " + base + "/api/shipments/{id}");
        System.out.println("  Network            GET  " + base + "/api/network");
        System.out.println("  Dead letters       GET  " + base + "/api/deadletters");
        System.out.println("  MCP for agents     " + base + "/mcp   (Streamable HTTP; Authorization: Bearer <token>)");
        System.out.println("  Kafka              " + config.bootstrapServers()
                + "   (broker topic knative-broker-livechain-default)");
        System.out.println("  PostgreSQL         " + config.postgresAddress() + "/" + config.database() + "   (user "
                + config.postgresUser() + ")");
        functions.ports().forEach((name, port) -> System.out.printf("  %-18s http://localhost:%d%n", name, port));
        // Mounted ConfigMaps are files of the checkout here (e.g. the network file): edit them there.
        manifests
                .generatedConfigMaps()
                .values()
                .forEach(configMap -> System.out.printf(
                        "  %-18s %s   (ConfigMap)%n",
                        configMap.name(),
                        configMap.files().stream().map(Object::toString).collect(Collectors.joining(", "))));
        System.out.println("  Triggers           " + broker.triggerNames());
        sources.describe().forEach(source -> System.out.println("  KafkaSource        " + source));
        if (capture != null) {
            System.out.println("  Legacy WMS         postgresql://" + config.postgresAddress() + "/"
                    + SampleLegacyWms.DATABASE + " captured by " + capture.describe());
            System.out.println("  Reconciliation     GET  " + base + "/api/reconciliation?onlyDifferent=true");
        }
        if (config.simulate()) {
            System.out.println(
                    "  Simulator          sending to " + base + "/   (log " + LocalSimulator.log(config) + ")");
        }
        System.out.println("  Data and logs      " + config.dataDir());
        System.out.println("  Bearer token for " + base + "/api/... (roles " + String.join(", ", LocalJwt.ROLES)
                + "; also in " + config.dataDir().resolve("token") + "):");
        System.out.println(token);
        System.out.println("Press Ctrl-C to stop.");
    }

    /** A function's running process, e.g. for a fault test to kill it as a node failure would. */
    public Optional<ProcessHandle> functionProcess(String service) {
        return functions.process(service);
    }

    /** The change data capture's process, if it runs (fault tests kill it). */
    public Optional<ProcessHandle> captureProcess() {
        return capture == null ? Optional.empty() : capture.process();
    }

    /** How often the capture was started again after its process died. */
    public int captureRestarts() {
        return capture == null ? 0 : capture.restarts();
    }

    /** How often each function was restarted after its process died. */
    public Map<String, Integer> functionRestarts() {
        return functions.restarts();
    }

    /** Fault injection (tests, the fault command): stops the local PostgreSQL until {@link #startPostgres}. */
    public void stopPostgres() {
        local(postgres, "PostgreSQL").stop();
    }

    public void startPostgres() {
        local(postgres, "PostgreSQL").start();
    }

    /** Fault injection: stops the local Kafka broker until {@link #startKafka}. */
    public void stopKafka() {
        local(localKafka, "Kafka").stop();
    }

    public void startKafka() {
        local(localKafka, "Kafka").start();
    }

    private static Restartable local(Restartable part, String name) {
        if (part == null) {
            throw new IllegalStateException(name + " is external: the local stack did not start it");
        }
        return part;
    }

    /** A bearer token holding every role of the read API, valid for 30 days. */
    public String token() {
        return token;
    }

    public String url() {
        return "http://localhost:" + gateway.port();
    }

    /** Where everything of this stack is (its PostgreSQL, for tests that read or change a database). */
    public LocalStackConfig config() {
        return config;
    }

    @Override
    public synchronized void close() {
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                System.err.println("while stopping: " + e);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
