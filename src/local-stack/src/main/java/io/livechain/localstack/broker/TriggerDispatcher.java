package io.livechain.localstack.broker;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.livechain.localstack.knative.TriggerSpec;

/**
 * One Trigger's consumer group on the broker topic, dispatching as Knative's Kafka broker does:
 * unordered Triggers keep up to {@link #MAX_IN_FLIGHT} deliveries in flight and go on polling while
 * they run; ordered ones keep one in flight per partition. A record the filter does not want is
 * passed over on its headers alone. Offsets are committed asynchronously every
 * {@link #COMMIT_INTERVAL}, never past a record not yet delivered or dead-lettered (at-least-once);
 * a delivery whose outcome Kafka could not store is tried again, so nothing is dropped.
 */
public final class TriggerDispatcher implements AutoCloseable {

    /** Knative's default {@code max.poll.records}: the in-flight limit of an unordered Trigger. */
    static final int MAX_IN_FLIGHT = 50;
    private static final int MAX_POLL_RECORDS = 500;
    static final Duration COMMIT_INTERVAL = Duration.ofSeconds(1);
    /** On stop, how long deliveries in flight may finish before what is done is committed. */
    static final Duration DRAIN_LIMIT = Duration.ofSeconds(3);
    private static final Duration RETRY_STORE_AFTER = Duration.ofSeconds(1);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration THROTTLED_POLL = Duration.ofMillis(10);
    /**
     * Every Trigger reads the whole topic, and each fetch costs Kafka and this process a request. After
     * a poll that brought records, the next waits this long, so under load a fetch carries what came
     * meanwhile (a few ms more latency per hop); idle, the fetch long-polls as before.
     */
    static final Duration FETCH_PACING = Duration.ofMillis(10);

    private final TriggerSpec trigger;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Delivery delivery;
    private final String subscriberUrl;
    private final Thread thread;
    private final Map<TopicPartition, PartitionOffsets> offsets = new ConcurrentHashMap<>();
    private final Map<TopicPartition, DeliveryLane<Pending>> lanes = new ConcurrentHashMap<>();
    private final DeliveryLane<Pending> unorderedLane;
    private volatile boolean running = true;
    private volatile boolean assigned;
    private long lastCommit = System.nanoTime();
    /** What was last committed per partition: an idle Trigger commits nothing. */
    private final Map<TopicPartition, Long> committed = new HashMap<>();

    /** A record to deliver, with the offsets of the partition it came from. */
    private record Pending(ConsumerRecord<byte[], byte[]> record, CloudEvent event, PartitionOffsets offsets) {
    }

    TriggerDispatcher(TriggerSpec trigger, String bootstrap, String topic, Delivery delivery, String subscriberUrl) {
        this.trigger = trigger;
        this.delivery = delivery;
        this.subscriberUrl = subscriberUrl;
        this.unorderedLane = new DeliveryLane<>(MAX_IN_FLIGHT, this::start);
        this.consumer = new KafkaConsumer<>(consumerConfig(trigger, bootstrap), new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
        this.consumer.subscribe(Set.of(topic), new Rebalance());
        this.thread = new Thread(this::run, "trigger-" + trigger.name());
    }

    private static Properties consumerConfig(TriggerSpec trigger, String bootstrap) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, trigger.consumerGroup());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // A new Trigger starts at the oldest event, so what arrived while the stack started is not lost.
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // Large polls: most records of the broker topic are for other Triggers and cost only a header look.
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, MAX_POLL_RECORDS);
        config.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, 600_000);
        return config;
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
                boolean throttled = applyBackpressure();
                // A poll returns as soon as records come; its timeout only paces commits and backpressure.
                ConsumerRecords<byte[], byte[]> records = consumer.poll(throttled ? THROTTLED_POLL : POLL);
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    accept(record);
                }
                if (!records.isEmpty() && records.count() < MAX_POLL_RECORDS) {
                    pause(FETCH_PACING);
                }
                if (System.nanoTime() - lastCommit >= COMMIT_INTERVAL.toNanos()) {
                    commit(false);
                }
            }
        } catch (WakeupException stopping) {
            // stop() woke the poll up
        } catch (RuntimeException e) {
            System.err.printf("trigger=%s stopped: %s%n", trigger.name(), e);
        } finally {
            drainThenCommit();
            consumer.close(Duration.ofSeconds(2));
        }
    }

    /**
     * Pauses the partitions whose deliveries queue up beyond a poll's worth, so a slow subscriber
     * does not fill the memory, and resumes them once they caught up. Returns whether any is paused.
     */
    private boolean applyBackpressure() {
        Set<TopicPartition> paused = consumer.paused();
        for (TopicPartition partition : consumer.assignment()) {
            DeliveryLane<Pending> lane = laneOf(partition);
            boolean full = lane.queued() >= MAX_IN_FLIGHT;
            if (full && !paused.contains(partition)) {
                consumer.pause(Set.of(partition));
            } else if (!full && paused.contains(partition)) {
                consumer.resume(Set.of(partition));
            }
        }
        return !consumer.paused().isEmpty();
    }

    private DeliveryLane<Pending> laneOf(TopicPartition partition) {
        return trigger.ordered() ? lanes.computeIfAbsent(partition, p -> new DeliveryLane<>(1, this::start))
                : unorderedLane;
    }

    private void accept(ConsumerRecord<byte[], byte[]> record) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        PartitionOffsets partitionOffsets = offsets.computeIfAbsent(partition, p -> new PartitionOffsets(record.offset()));
        CloudEvent event;
        try {
            RecordAttributes attributes = RecordAttributes.of(record);
            if (attributes != null && !trigger.filter().test(attributes)) {
                partitionOffsets.passed(record.offset());
                return;
            }
            // The SDK's reader, not its deserializer: an event without data is a record with a null value.
            event = KafkaMessageFactory.createReader(record).toEvent();
            if (attributes == null && !trigger.filter().test(event)) {
                partitionOffsets.passed(record.offset());
                return;
            }
        } catch (RuntimeException e) {
            // A record that is no readable CloudEvent never stops the events behind it.
            System.err.printf("trigger=%s partition=%d offset=%d record skipped: %s%n", trigger.name(),
                    record.partition(), record.offset(), e);
            partitionOffsets.passed(record.offset());
            return;
        }
        partitionOffsets.opened(record.offset());
        laneOf(partition).submit(new Pending(record, event, partitionOffsets));
    }

    /** Delivers until the outcome is stored: a reply or dead letter Kafka refused is tried again later. */
    private void start(Pending pending, Runnable done) {
        delivery.deliver(pending.event(), subscriberUrl).whenComplete((ok, error) -> {
            if (error == null) {
                pending.offsets().completed(pending.record().offset());
                done.run();
            } else if (!running) {
                done.run(); // stopping: left uncommitted, so it is delivered again after the restart
            } else {
                System.err.printf("trigger=%s partition=%d offset=%d outcome not stored, retrying: %s%n",
                        trigger.name(), pending.record().partition(), pending.record().offset(), error);
                CompletableFuture.delayedExecutor(RETRY_STORE_AFTER.toMillis(), TimeUnit.MILLISECONDS)
                        .execute(() -> start(pending, done));
            }
        });
    }

    private void commit(boolean sync) {
        lastCommit = System.nanoTime();
        Map<TopicPartition, OffsetAndMetadata> commits = new HashMap<>();
        offsets.forEach((partition, o) -> {
            long position = o.committable();
            if (!Long.valueOf(position).equals(committed.get(partition))) {
                commits.put(partition, new OffsetAndMetadata(position));
            }
        });
        if (commits.isEmpty()) {
            return;
        }
        commits.forEach((partition, offset) -> committed.put(partition, offset.offset()));
        if (sync) {
            consumer.commitSync(commits);
        } else {
            consumer.commitAsync(commits, (committed, error) -> {
                if (error != null) {
                    System.err.printf("trigger=%s commit failed (retried at the next interval): %s%n",
                            trigger.name(), error);
                }
            });
        }
    }

    /** On stop: lets deliveries in flight finish for a moment, then commits what is done. */
    private void drainThenCommit() {
        // Queued deliveries are not started (redelivered after the restart); those in flight may finish.
        unorderedLane.drainQueued(p -> { });
        lanes.values().forEach(lane -> lane.drainQueued(p -> { }));
        long deadline = System.nanoTime() + DRAIN_LIMIT.toNanos();
        while (offsets.values().stream().anyMatch(o -> o.openCount() > 0) && System.nanoTime() < deadline) {
            pause(Duration.ofMillis(20));
        }
        try {
            try {
                commit(true);
            } catch (WakeupException pendingFromStop) {
                commit(true); // stop()'s wakeup hit this call instead of a poll; it fires only once
            }
        } catch (RuntimeException e) {
            System.err.printf("trigger=%s final commit failed (redelivery after restart): %s%n", trigger.name(), e);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops polling; deliveries in flight get {@link #DRAIN_LIMIT} to finish. Returns at once. */
    void stop() {
        running = false;
        consumer.wakeup();
    }

    @Override
    public void close() {
        stop();
        try {
            thread.join(DRAIN_LIMIT.plusSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** On a rebalance, commits what is done of the partitions taken away and forgets them. */
    private final class Rebalance implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            Map<TopicPartition, OffsetAndMetadata> commits = new HashMap<>();
            for (TopicPartition partition : partitions) {
                committed.remove(partition);
                PartitionOffsets o = offsets.remove(partition);
                if (o != null) {
                    commits.put(partition, new OffsetAndMetadata(o.committable()));
                }
                DeliveryLane<Pending> lane = lanes.remove(partition);
                if (lane != null) {
                    lane.drainQueued(p -> { });
                }
            }
            if (!commits.isEmpty()) {
                consumer.commitSync(commits);
            }
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            for (TopicPartition partition : partitions) {
                offsets.put(partition, new PartitionOffsets(consumer.position(partition)));
            }
            assigned = true;
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
