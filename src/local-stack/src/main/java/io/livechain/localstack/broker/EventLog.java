package io.livechain.localstack.broker;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.message.Encoding;
import io.cloudevents.kafka.CloudEventSerializer;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes CloudEvents to Kafka topics in binary content mode, as the Knative Kafka broker and
 * KafkaSink do; the {@code partitionkey} extension is the record key. A write completes only once
 * every in-sync replica has it (acks=all, idempotent).
 */
public final class EventLog implements AutoCloseable {

    public static final String PARTITION_KEY = "partitionkey";

    private final KafkaProducer<String, CloudEvent> producer;
    private final String bootstrap;

    public EventLog(String bootstrap) {
        this.bootstrap = bootstrap;
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // A few ms of batching: one produce request carries many events (Kafka's cost is per request).
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        config.put(CloudEventSerializer.ENCODING_CONFIG, Encoding.BINARY);
        this.producer = new KafkaProducer<>(config, new StringSerializer(), new CloudEventSerializer());
    }

    /**
     * Creates the topics that do not exist yet (replication factor 1: one local node), and adds
     * partitions to one that has fewer than asked (a data dir kept from an older manifest).
     */
    public void ensureTopics(Map<String, Integer> partitionsByTopic) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            for (Map.Entry<String, Integer> topic : partitionsByTopic.entrySet()) {
                if (!existing.contains(topic.getKey())) {
                    create(admin, new NewTopic(topic.getKey(), topic.getValue(), (short) 1));
                } else {
                    grow(admin, topic.getKey(), topic.getValue());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot list Kafka topics at " + bootstrap, e);
        }
    }

    private static void create(Admin admin, NewTopic topic) throws InterruptedException, TimeoutException {
        try {
            admin.createTopics(Set.of(topic)).all().get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create topic " + topic.name(), e.getCause());
            }
        }
    }

    private static void grow(Admin admin, String topic, int partitions)
            throws InterruptedException, ExecutionException, TimeoutException {
        int current = admin.describeTopics(Set.of(topic))
                .allTopicNames()
                .get(10, TimeUnit.SECONDS)
                .get(topic)
                .partitions()
                .size();
        if (current < partitions) {
            admin.createPartitions(Map.of(topic, NewPartitions.increaseTo(partitions)))
                    .all()
                    .get(10, TimeUnit.SECONDS);
        }
    }

    /** Completes when Kafka has stored the event; fails when it could not. */
    public CompletableFuture<Void> append(String topic, CloudEvent event) {
        Object key = event.getExtension(PARTITION_KEY);
        CompletableFuture<Void> stored = new CompletableFuture<>();
        try {
            producer.send(new ProducerRecord<>(topic, key == null ? null : key.toString(), event), (meta, error) -> {
                if (error != null) {
                    stored.completeExceptionally(error);
                } else {
                    stored.complete(null);
                }
            });
        } catch (RuntimeException e) {
            stored.completeExceptionally(e);
        }
        return stored;
    }

    @Override
    public void close() {
        producer.close(java.time.Duration.ofSeconds(5));
    }
}
