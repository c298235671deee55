package io.livechain.benchmarks.chain;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.livechain.model.EventType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads the broker topic from its end, as one more consumer beside the Triggers, and hands every
 * {@code io.livechain.inventory.level.v1} record's key field ({@code causeId} for scans, {@code sku}
 * for CDC changes, whose movement ids the benchmark cannot know) and Kafka timestamp (when the
 * stand-in stored the level) to the ledger. Assigned, not subscribed: no group, no commits.
 */
public final class LevelWatcher implements AutoCloseable {

    private static final byte[] LEVEL_TYPE = EventType.Types.INVENTORY_LEVEL.getBytes(StandardCharsets.UTF_8);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final String keyField;
    private final ScanLedger ledger;
    private final Thread thread;
    private volatile boolean running = true;

    private LevelWatcher(KafkaConsumer<byte[], byte[]> consumer, String keyField, ScanLedger ledger) {
        this.consumer = consumer;
        this.keyField = keyField;
        this.ledger = ledger;
        this.thread = new Thread(this::poll, "level-watcher");
        this.thread.setDaemon(true);
    }

    /**
     * Positioned at the topic's end when this returns, so every level after it is seen.
     *
     * @param keyField the field of the level's data the ledger tracks its events by
     */
    public static LevelWatcher start(String bootstrap, String topic, String keyField, ScanLedger ledger) {
        KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrap,
                        ConsumerConfig.CLIENT_ID_CONFIG,
                        "livechain-bench-level-watcher",
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false,
                        // Large, patient fetches: the timestamps are the stand-in's, so reading late costs no
                        // accuracy, and a watcher that fetches often would add to the Kafka CPU it measures.
                        ConsumerConfig.FETCH_MIN_BYTES_CONFIG,
                        256 * 1024,
                        ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG,
                        200,
                        ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                        10_000),
                new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(topic, p.partition()))
                .toList();
        if (partitions.isEmpty()) {
            consumer.close();
            throw new IllegalStateException("no topic " + topic + " (set -Dbench.topic)");
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // resolves the lazy seek now, before any scan is sent
        LevelWatcher watcher = new LevelWatcher(consumer, keyField, ledger);
        watcher.thread.start();
        Progress.say("watching %s (%d partitions) for %s", topic, partitions.size(), EventType.Types.INVENTORY_LEVEL);
        return watcher;
    }

    private void poll() {
        try {
            while (running) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    Header type = record.headers().lastHeader("ce_type");
                    if (type != null && Arrays.equals(type.value(), LEVEL_TYPE)) {
                        ledger.levelStored(key(record.value()), record.timestamp());
                    }
                }
            }
        } catch (WakeupException e) {
            // close() asked to stop
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private String key(byte[] data) {
        try {
            return JSON.readTree(data).path(keyField).asText(null);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join(10_000);
    }
}
