package io.livechain.localstack.kafka;

import io.livechain.localstack.ChildProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.Uuid;

/**
 * A real Kafka broker in KRaft mode (combined broker and controller, one node) in a child JVM from
 * the Maven Central jars on this classpath. Storage is formatted once and kept under the data dir.
 */
public final class LocalKafka implements AutoCloseable {

    private final ChildProcess process;
    private final String bootstrap;

    private LocalKafka(ChildProcess process, String bootstrap) {
        this.process = process;
        this.bootstrap = bootstrap;
    }

    public static LocalKafka start(Path dir, int port) {
        Path config = dir.resolve("server.properties");
        Path logs = dir.resolve("data");
        writeConfig(config, logs, port);
        List<String> jvm = List.of(
                "-Xms256m",
                "-Xmx512m",
                "-XX:+UseSerialGC",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
                "-cp",
                System.getProperty("java.class.path"));
        if (!Files.exists(logs.resolve("meta.properties"))) {
            ChildProcess.runJava(
                    "kafka-storage-format",
                    jvm,
                    List.of(
                            "kafka.tools.StorageTool",
                            "format",
                            "--standalone",
                            "-t",
                            Uuid.randomUuid().toString(),
                            "-c",
                            config.toString()),
                    dir.resolve("format.log"));
        }
        ChildProcess kafka = ChildProcess.startJava(
                "kafka", jvm, List.of("kafka.Kafka", config.toString()), dir.resolve("kafka.log"));
        LocalKafka local = new LocalKafka(kafka, "localhost:" + port);
        local.awaitReady(Duration.ofSeconds(60));
        return local;
    }

    private static void writeConfig(Path config, Path logs, int port) {
        String properties = String.join(
                "\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.bootstrap.servers=localhost:" + (port + 1),
                "listeners=PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + (port + 1),
                "advertised.listeners=PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + (port + 1),
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + logs,
                "num.partitions=6",
                // Two cores: a few request threads do the work of the default eleven with less switching.
                "num.network.threads=2",
                "num.io.threads=2",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "auto.create.topics.enable=true",
                "");
        try {
            Files.createDirectories(config.getParent());
            Files.writeString(config, properties);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady(Duration limit) {
        Instant deadline = Instant.now().plus(limit);
        try (KafkaProbe probe = new KafkaProbe(bootstrap)) {
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Kafka exited during start-up; see " + process.log());
                }
                if (probe.isReady()) {
                    return;
                }
                sleep(200);
            }
        }
        throw new IllegalStateException("Kafka not ready after " + limit + "; see " + process.log());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public String bootstrap() {
        return bootstrap;
    }

    @Override
    public void close() {
        process.close();
    }
}
