package io.livechain.cdc;

import static io.livechain.cdc.TestPostgres.insertReceipt;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The production path against a real (in-process, KRaft, same 4.3.0) Kafka: KafkaRecordSink,
 * the Kafka offset store Debezium Server uses in a cluster, and CaptureMain as its own process.
 */
class KafkaCaptureEndToEndTest {

    private static KafkaClusterTestKit kafka;
    private static TestPostgres postgres;

    @BeforeAll
    static void start() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "capture-kafka")).toAbsolutePath();
        kafka = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                        .setCombined(true)
                        .setNumBrokerNodes(1)
                        .setNumControllerNodes(1)
                        .setBaseDirectory(Files.createTempDirectory(dir, "kraft-"))
                        .build())
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .build();
        kafka.format();
        kafka.startup();
        kafka.waitForReadyBrokers();
        postgres = TestPostgres.start();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
        kafka.close();
    }

    /** The test file with the sink and the Kafka offset store pointed at the test broker. */
    private static CaptureConfig kafkaConfig(String db) throws Exception {
        Properties file = TestCaptures.testProperties();
        file.setProperty("debezium.source.offset.storage", "org.apache.kafka.connect.storage.KafkaOffsetBackingStore");
        file.setProperty("debezium.source.offset.storage.topic", "capture-offsets-" + db);
        file.setProperty("debezium.source.offset.storage.partitions", "1");
        file.setProperty("debezium.source.offset.storage.replication.factor", "1");
        file.setProperty("debezium.source.bootstrap.servers", kafka.bootstrapServers());
        Map<String, String> env = TestCaptures.env(postgres, db, Path.of("unused"));
        env.put("DEBEZIUM_SINK_KAFKA_PRODUCER_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        return CaptureConfig.from(file, env);
    }

    private static final String TOPIC = "legacy_wms.public.goods_receipts";

    @Test
    void recordsReachKafkaWithContentTypeAndOffsetsLiveInKafka() throws Exception {
        String db = "wms_kafka";
        postgres.createLegacyWms(db);
        postgres.execute(db, insertReceipt(1), insertReceipt(2));
        CaptureConfig config = kafkaConfig(db);
        List<ConsumerRecord<String, String>> seen = new CopyOnWriteArrayList<>();

        try (KafkaConsumer<String, String> consumer = consumer()) {
            try (TestCaptures.Running capture = new TestCaptures.Running(config, sink(config))) {
                awaitRecords(consumer, seen, 2);
                assertTrue(capture.stop());
            }
            ConsumerRecord<String, String> first = seen.get(0);
            assertEquals("{\"id\":1}", first.key());
            assertEquals("r", TestCaptures.json(first.value()).path("op").asText());
            assertEquals(
                    "application/json",
                    new String(first.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8));

            postgres.execute(db, insertReceipt(3));
            try (TestCaptures.Running capture = new TestCaptures.Running(config, sink(config))) {
                awaitRecords(consumer, seen, 3);
                assertTrue(capture.stop());
            }
        }
        // Resumed from the offsets in Kafka: no second snapshot.
        assertEquals(
                List.of("r", "r", "c"),
                seen.stream()
                        .map(r -> TestCaptures.json(r.value()).path("op").asText())
                        .toList());
    }

    @Test
    void mainRunsAsItsOwnProcessAndExitsZeroOnSigterm() throws Exception {
        String db = "wms_main";
        postgres.createLegacyWms(db);
        Path dir = Files.createTempDirectory(Path.of("target"), "main-");
        Path file = dir.resolve("application.properties");
        try (OutputStream out = Files.newOutputStream(file)) {
            TestCaptures.testProperties().store(out, null);
        }
        Map<String, String> env = TestCaptures.env(postgres, db, dir.resolve("offsets.dat"));
        env.put("DEBEZIUM_SINK_KAFKA_PRODUCER_BOOTSTRAP_SERVERS", kafka.bootstrapServers());

        Path log = dir.resolve("capture.log");
        Process process = captureProcess(file, log, env).start();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> Files.readString(log).contains("Capture started"));
            postgres.execute(db, insertReceipt(10));
            List<ConsumerRecord<String, String>> seen = new CopyOnWriteArrayList<>();
            awaitRecords(consumer, seen, r -> r.key().equals("{\"id\":10}"));
        } finally {
            process.destroy(); // SIGTERM
        }
        assertTrue(process.waitFor(20, TimeUnit.SECONDS));
        String output = Files.readString(log);
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("Capture stopped"), output);

        // A configuration error ends it at once with exit code 2.
        Path wrongLog = dir.resolve("wrong.log");
        Process wrong = captureProcess(file, wrongLog, Map.of("DEBEZIUM_SINK_TYPE", "http"))
                .start();
        assertTrue(wrong.waitFor(20, TimeUnit.SECONDS));
        assertEquals(2, wrong.exitValue());
        assertTrue(Files.readString(wrongLog).contains("debezium.sink.type must be 'kafka'"));
    }

    /** CaptureMain in a JVM of its own, on this test's class path (the jar is packaged after the tests). */
    private static ProcessBuilder captureProcess(Path file, Path log, Map<String, String> env) {
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        CaptureMain.class.getName(),
                        file.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(env);
        return builder;
    }

    private static KafkaRecordSink sink(CaptureConfig config) {
        return new KafkaRecordSink(config.producerProperties(), config.deliveryTimeout());
    }

    private static KafkaConsumer<String, String> consumer() {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                Map.of("bootstrap.servers", kafka.bootstrapServers()),
                new StringDeserializer(),
                new StringDeserializer());
        consumer.assign(List.of(new TopicPartition(TOPIC, 0)));
        consumer.seekToBeginning(consumer.assignment());
        return consumer;
    }

    private static void awaitRecords(
            KafkaConsumer<String, String> consumer, List<ConsumerRecord<String, String>> seen, int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            return seen.size() >= count;
        });
    }

    private static void awaitRecords(
            KafkaConsumer<String, String> consumer,
            List<ConsumerRecord<String, String>> seen,
            Predicate<ConsumerRecord<String, String>> wanted) {
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            return seen.stream().anyMatch(wanted);
        });
    }
}
