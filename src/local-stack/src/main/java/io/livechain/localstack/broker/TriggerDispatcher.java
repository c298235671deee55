package io.livechain.localstack.broker;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.livechain.localstack.knative.TriggerSpec;

/**
 * One Trigger's consumer group on the broker topic. Polls a batch, delivers the events that pass
 * the filter (ordered: one at a time per partition; unordered: all at once), and commits the
 * offsets only after every event of the batch was delivered or dead-lettered: at-least-once.
 */
public final class TriggerDispatcher implements AutoCloseable {

    private final TriggerSpec trigger;
    private final KafkaConsumer<String, byte[]> consumer;
    private final Delivery delivery;
    private final String subscriberUrl;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile boolean assigned;

    TriggerDispatcher(TriggerSpec trigger, String bootstrap, String topic, Delivery delivery, String subscriberUrl) {
        this.trigger = trigger;
        this.delivery = delivery;
        this.subscriberUrl = subscriberUrl;
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, trigger.consumerGroup());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // A new Trigger starts at the oldest event, so what arrived while the stack started is not lost.
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, trigger.ordered() ? 50 : 100);
        config.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, 600_000);
        this.consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        this.consumer.subscribe(Set.of(topic), new ConsumerRebalanceListener() {
            @Override
            public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            }

            @Override
            public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                assigned = true;
            }
        });
        this.thread = new Thread(this::run, "trigger-" + trigger.name());
    }

    void start() {
        thread.start();
    }

    /** Ready once the consumer group has its partitions. */
    public boolean isReady() {
        return assigned && thread.isAlive();
    }

    public TriggerSpec trigger() {
        return trigger;
    }

    private void run() {
        try {
            while (running) {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(200));
                if (!records.isEmpty()) {
                    deliverThenCommit(records);
                }
            }
        } catch (WakeupException stopping) {
            // close() woke the poll up
        } catch (RuntimeException e) {
            System.err.printf("trigger=%s stopped: %s%n", trigger.name(), e);
        } finally {
            consumer.close();
        }
    }

    /**
     * Commits only when every event of the batch was delivered or dead-lettered. If Kafka could not
     * store an outcome (a reply, a dead letter), the batch is read again after a pause: at-least-once.
     */
    private void deliverThenCommit(ConsumerRecords<String, byte[]> records) {
        try {
            dispatch(records).join();
            consumer.commitSync();
        } catch (CompletionException e) {
            System.err.printf("trigger=%s batch to be redelivered: %s%n", trigger.name(), e.getCause());
            for (TopicPartition partition : records.partitions()) {
                consumer.seek(partition, records.records(partition).get(0).offset());
            }
            pause(Duration.ofSeconds(1));
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private CompletableFuture<Void> dispatch(ConsumerRecords<String, byte[]> records) {
        List<CompletableFuture<Void>> work = new ArrayList<>();
        if (trigger.ordered()) {
            for (TopicPartition partition : records.partitions()) {
                CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
                for (ConsumerRecord<String, byte[]> record : records.records(partition)) {
                    chain = chain.thenCompose(done -> deliver(record));
                }
                work.add(chain);
            }
        } else {
            records.forEach(record -> work.add(deliver(record)));
        }
        return CompletableFuture.allOf(work.toArray(CompletableFuture[]::new));
    }

    /**
     * Delivers one record if it passes the filter. A record that is no readable CloudEvent is logged
     * and passed over: a poison event never stops the events behind it (nor the Trigger).
     */
    private CompletableFuture<Void> deliver(ConsumerRecord<String, byte[]> record) {
        try {
            // The SDK's reader, not its deserializer: an event without data is a record with a null value.
            CloudEvent event = KafkaMessageFactory.createReader(record).toEvent();
            if (!trigger.filter().test(event)) {
                return CompletableFuture.completedFuture(null);
            }
            return delivery.deliver(event, subscriberUrl);
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(skipped(record, e));
        }
    }

    private Void skipped(ConsumerRecord<String, byte[]> record, Throwable error) {
        System.err.printf("trigger=%s partition=%d offset=%d record skipped: %s%n", trigger.name(), record.partition(),
                record.offset(), error);
        return null;
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Resolves a Trigger's subscriber to a URL: a named Service's address plus any path, or the URI itself. */
    static String subscriberUrl(TriggerSpec trigger, Function<String, String> serviceUrl) {
        String uri = trigger.subscriberUri().orElse("");
        if (trigger.subscriberService().isEmpty()) {
            return uri;
        }
        String base = serviceUrl.apply(trigger.subscriberService().get());
        return uri.isEmpty() ? base + "/" : base + (uri.startsWith("/") ? uri : "/" + uri);
    }
}
