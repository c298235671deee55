package io.livechain.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A real Kafka for {@code @QuarkusTest}s, no Docker needed: one KRaft node acting as broker and
 * controller inside the test JVM, data under {@code target/}. Hands Quarkus
 * {@code kafka.bootstrap.servers}.
 */
public class EmbeddedKafkaResource implements QuarkusTestResourceLifecycleManager {

    /** Held strongly: the log manager forgets levels set on loggers nobody references. */
    private static final List<Logger> QUIET = List.of("kafka", "org.apache.kafka", "state.change.logger").stream()
            .map(Logger::getLogger)
            .toList();

    private KafkaClusterTestKit cluster;

    @Override
    public Map<String, String> start() {
        // A broker logs its whole configuration and every partition it creates at INFO.
        QUIET.forEach(logger -> logger.setLevel(Level.WARNING));
        try {
            Path baseDir =
                    Files.createDirectories(Path.of("target", "embedded-kafka")).toAbsolutePath();
            TestKitNodes nodes = new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .setBaseDirectory(Files.createTempDirectory(baseDir, "kraft-"))
                    .build();
            // One node: internal topics cannot be replicated any further than it.
            cluster = new KafkaClusterTestKit.Builder(nodes)
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
        } catch (Exception e) {
            stop();
            throw new IllegalStateException("embedded Kafka did not start", e);
        }
        return Map.of("kafka.bootstrap.servers", cluster.bootstrapServers());
    }

    @Override
    public void stop() {
        if (cluster != null) {
            try {
                cluster.close();
            } catch (Exception e) {
                throw new IllegalStateException("embedded Kafka did not stop", e);
            } finally {
                cluster = null;
            }
        }
    }
}
