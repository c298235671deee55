package io.livechain.readapi.tower;

import io.livechain.model.EventType;
import io.livechain.readapi.tower.TowerSnapshot.TriggerLag;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The event flow per type and each Trigger's lag, read from the broker's own Kafka topic and consumer
 * groups, and only while a control-tower page is open: it reads without a consumer group (nothing to
 * commit, nothing left behind), from a few minutes back, looking at each record's {@code ce_type}
 * header only; so read-api still scales to zero and a closed page costs Kafka nothing.
 */
@ApplicationScoped
public class BrokerTopicWatch {

    private static final Logger LOG = Logger.getLogger(BrokerTopicWatch.class);
    private static final Duration LAG_EVERY = Duration.ofSeconds(5);
    private static final int BUCKET_SECONDS = 10;
    private static final int BUCKETS = 30;

    private final String bootstrapServers;
    private final String topic;
    private final String triggerGroupPrefix;
    private final FlowWindow flow = new FlowWindow(BUCKET_SECONDS, BUCKETS);
    private volatile List<TriggerLag> lag = List.of();
    private volatile KafkaConsumer<byte[], byte[]> consumer;
    private Thread reader;

    public BrokerTopicWatch(
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "livechain.read-api.broker.topic") String topic,
            @ConfigProperty(name = "livechain.read-api.broker.trigger-group-prefix") String triggerGroupPrefix) {
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
        this.triggerGroupPrefix = triggerGroupPrefix;
    }

    public FlowWindow.Flow flow() {
        return flow.at(System.currentTimeMillis());
    }

    /** Newest figures first read every few seconds; empty until then or when Kafka cannot be read. */
    public List<TriggerLag> lag() {
        return lag;
    }

    /** Starts reading unless it already does. */
    public synchronized void start() {
        if (reader != null) {
            return;
        }
        flow.clear();
        lag = List.of();
        reader = new Thread(this::read, "control-tower-broker-watch");
        reader.setDaemon(true);
        reader.start();
    }

    /** Stops reading; the next {@link #start} reads the last minutes again. */
    @PreDestroy
    public synchronized void stop() {
        if (reader == null) {
            return;
        }
        reader = null;
        // A wakeup ends the poll; an interrupt would also break the consumer's orderly close.
        KafkaConsumer<byte[], byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
    }

    private boolean reading() {
        synchronized (this) {
            return reader == Thread.currentThread();
        }
    }

    private void read() {
        while (reading()) {
            try (KafkaConsumer<byte[], byte[]> kafka = new KafkaConsumer<>(consumerProperties());
                    Admin admin = Admin.create(adminProperties())) {
                consumer = kafka;
                List<TopicPartition> partitions = assignFromWindowStart(kafka);
                long nextLag = 0;
                while (reading()) {
                    for (ConsumerRecord<byte[], byte[]> record : kafka.poll(Duration.ofMillis(500))) {
                        flow.add(typeOf(record), record.timestamp());
                    }
                    if (System.currentTimeMillis() >= nextLag) {
                        lag = triggerLag(admin, kafka, partitions);
                        nextLag = System.currentTimeMillis() + LAG_EVERY.toMillis();
                    }
                }
            } catch (WakeupException | InterruptedException stopped) {
                return; // stop() woke it up
            } catch (KafkaException
                    | java.util.concurrent.ExecutionException
                    | java.util.concurrent.TimeoutException e) {
                if (!reading()) {
                    return; // stopped while Kafka was being asked
                }
                LOG.warnf(
                        "control tower cannot read the broker topic %s at %s (%s); trying again",
                        topic, bootstrapServers, e.getMessage());
                if (!pause()) {
                    return;
                }
            } finally {
                consumer = null;
            }
        }
    }

    /** Assigns every partition of the topic, positioned at the start of the flow window. */
    private List<TopicPartition> assignFromWindowStart(KafkaConsumer<byte[], byte[]> kafka)
            throws InterruptedException {
        List<TopicPartition> partitions = List.of();
        while (partitions.isEmpty()) {
            partitions = kafka.partitionsFor(topic, Duration.ofSeconds(5)).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            if (partitions.isEmpty() && !pause()) {
                throw new InterruptedException();
            }
        }
        kafka.assign(partitions);
        long windowStart = System.currentTimeMillis() - (long) BUCKET_SECONDS * BUCKETS * 1000;
        Map<TopicPartition, Long> times = new HashMap<>();
        partitions.forEach(partition -> times.put(partition, windowStart));
        var offsets = kafka.offsetsForTimes(times, Duration.ofSeconds(5));
        for (TopicPartition partition : partitions) {
            var offset = offsets.get(partition);
            if (offset == null) {
                kafka.seekToEnd(List.of(partition)); // nothing stored since the window started
            } else {
                kafka.seek(partition, offset.offset());
            }
        }
        return partitions;
    }

    private List<TriggerLag> triggerLag(
            Admin admin, KafkaConsumer<byte[], byte[]> kafka, List<TopicPartition> partitions)
            throws InterruptedException, java.util.concurrent.ExecutionException,
                    java.util.concurrent.TimeoutException {
        List<String> groups = admin.listGroups().all().get(5, TimeUnit.SECONDS).stream()
                .map(listing -> listing.groupId())
                .filter(group -> group.startsWith(triggerGroupPrefix))
                .toList();
        if (groups.isEmpty()) {
            return List.of();
        }
        Map<String, ListConsumerGroupOffsetsSpec> specs = new HashMap<>();
        groups.forEach(group -> specs.put(group, new ListConsumerGroupOffsetsSpec().topicPartitions(partitions)));
        Map<String, Map<TopicPartition, OffsetAndMetadata>> committed =
                admin.listConsumerGroupOffsets(specs).all().get(5, TimeUnit.SECONDS);
        Map<TopicPartition, Long> ends = kafka.endOffsets(partitions, Duration.ofSeconds(5));
        List<TriggerLag> lags = new ArrayList<>();
        committed.forEach((group, offsets) -> {
            long behind = 0;
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata at = offsets.get(partition);
                // No commit yet: a Trigger's group starts at the end of the topic, so nothing is behind.
                if (at != null) {
                    behind += Math.max(0, ends.getOrDefault(partition, 0L) - at.offset());
                }
            }
            lags.add(new TriggerLag(group.substring(triggerGroupPrefix.length()), behind));
        });
        lags.sort(Comparator.comparing(TriggerLag::trigger));
        return List.copyOf(lags);
    }

    /** The catalogue type of a binary-mode record; anything else counts as "other" (bounded series). */
    private static String typeOf(ConsumerRecord<byte[], byte[]> record) {
        Header type = record.headers().lastHeader("ce_type");
        if (type == null) {
            return "other";
        }
        String name = new String(type.value(), StandardCharsets.UTF_8);
        return EventType.of(name).isPresent() ? name : "other";
    }

    private Properties consumerProperties() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "read-api-control-tower");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        // Large, infrequent fetches: the page needs counts a second old, not each record at once; the
        // broker already checked each batch's CRC when it stored it, and only headers are looked at.
        properties.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, "1048576");
        properties.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "1000");
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "10000");
        properties.put(ConsumerConfig.CHECK_CRCS_CONFIG, "false");
        return properties;
    }

    private Properties adminProperties() {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(AdminClientConfig.CLIENT_ID_CONFIG, "read-api-control-tower-admin");
        return properties;
    }

    private static boolean pause() {
        try {
            Thread.sleep(2_000);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
