package io.livechain.localstack.cdc;

import io.livechain.localstack.ChildProcess;
import io.livechain.localstack.LocalStackConfig;
import io.livechain.localstack.knative.Manifests;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stand-in for the Debezium Server Deployment of {@code knative/cdc/}: runs the capture module
 * ({@code src/cdc-capture}, the Debezium embedded engine in its own JVM, since Debezium's Kafka client
 * is not Quarkus') with the very application.properties of the manifest's ConfigMap, its cluster
 * addresses replaced by the local PostgreSQL and Kafka. {@code DEBEZIUM_*} environment variables still
 * override it, as they do Debezium Server's. A capture that dies is started again, as its pod would be.
 */
public final class LegacyCapture implements AutoCloseable {

    public static final String CONFIG_MAP = "livechain-legacy-wms-capture";
    private static final String NAME = "legacy-wms-capture";
    private static final long RESTART_AFTER_MILLIS = 2_000;

    private final Path properties;
    private final Path jar;
    private final Path log;
    private final AtomicInteger restarts = new AtomicInteger();
    private final ScheduledExecutorService watchdog =
            Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "legacy-capture-restarts"));
    private volatile ChildProcess process;
    private volatile boolean closing;
    private long deadSince;

    private LegacyCapture(Path properties, Path jar, Path log) {
        this.properties = properties;
        this.jar = jar;
        this.log = log;
    }

    public static LegacyCapture start(LocalStackConfig config, Manifests manifests) {
        Path jar = config.home().resolve("src/cdc-capture/target/cdc-capture-app/cdc-capture.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(
                    "no build of the capture at " + jar + "; build first: ./mvnw -B package -DskipTests");
        }
        Properties local = localProperties(manifests, config);
        Path file = config.dataDir().resolve("cdc").resolve("application.properties");
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file)) {
                local.store(out, "ConfigMap " + CONFIG_MAP + " of knative/cdc/, addresses of the local stack");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LegacyCapture capture =
                new LegacyCapture(file, jar, config.dataDir().resolve("logs").resolve(NAME + ".log"));
        capture.process = capture.launch();
        capture.watchdog.scheduleWithFixedDelay(capture::restartIfDead, 500, 500, TimeUnit.MILLISECONDS);
        return capture;
    }

    /** The manifest's properties with the cluster's database and Kafka replaced by the local ones. */
    static Properties localProperties(Manifests manifests, LocalStackConfig config) {
        String text = manifests
                .named("ConfigMap", CONFIG_MAP)
                .map(map -> map.path("data").path("application.properties").asText(""))
                .filter(t -> !t.isBlank())
                .orElseThrow(() -> new IllegalStateException(
                        "knative/ has no ConfigMap " + CONFIG_MAP + " with application.properties"));
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String[] postgres = config.postgresAddress().split(":");
        properties.setProperty("debezium.source.database.hostname", postgres[0]);
        properties.setProperty("debezium.source.database.port", postgres[1]);
        properties.setProperty("debezium.source.database.user", config.postgresUser());
        properties.setProperty("debezium.source.database.password", config.postgresPassword());
        properties.setProperty("debezium.source.database.dbname", SampleLegacyWms.DATABASE);
        properties.setProperty("debezium.sink.kafka.producer.bootstrap.servers", config.bootstrapServers());
        if (properties.containsKey("debezium.source.bootstrap.servers")) {
            properties.setProperty("debezium.source.bootstrap.servers", config.bootstrapServers());
        }
        return properties;
    }

    private ChildProcess launch() {
        return ChildProcess.startJava(
                NAME,
                List.of("-Xmx384m", "-XX:+UseSerialGC"),
                List.of("-jar", jar.toString(), properties.toString()),
                log);
    }

    private synchronized void restartIfDead() {
        if (closing || process.isAlive()) {
            deadSince = 0;
            return;
        }
        long now = System.currentTimeMillis();
        if (deadSince == 0) {
            deadSince = now;
            System.err.printf(
                    "legacy capture exited (code %d, see %s); restarting in %d s%n",
                    process.exitCode(), log, RESTART_AFTER_MILLIS / 1000);
        } else if (now - deadSince >= RESTART_AFTER_MILLIS) {
            process = launch();
            restarts.incrementAndGet();
            deadSince = 0;
        }
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    /** The capture's process, e.g. for a fault test to kill it as a node failure would. */
    public Optional<ProcessHandle> process() {
        return process.isAlive() ? Optional.of(process.handle()) : Optional.empty();
    }

    public int restarts() {
        return restarts.get();
    }

    public String describe() {
        return "Debezium (" + properties + ", log " + log + ")";
    }

    @Override
    public synchronized void close() {
        closing = true;
        watchdog.shutdownNow();
        process.close();
    }
}
