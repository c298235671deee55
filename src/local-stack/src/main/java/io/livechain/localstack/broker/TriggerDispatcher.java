package io.livechain.localstack.broker;

import io.cloudevents.CloudEvent;
import io.livechain.localstack.knative.SinkAddress;
import io.livechain.localstack.knative.TriggerSpec;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * One Trigger's deliveries, as Knative's Kafka broker dispatches them: unordered Triggers keep up to
 * {@link #MAX_IN_FLIGHT} deliveries in flight; ordered ones one per partition. Records come from a
 * {@link TopicReader} (shared by all Triggers of the broker, or the Trigger's own once it fell
 * behind). A record the filter does not want is passed over on its headers alone. The offsets to
 * commit for the Trigger's consumer group never pass a record not yet delivered or dead-lettered
 * (at-least-once); a delivery whose outcome Kafka could not store is tried again, so nothing is dropped.
 */
public final class TriggerDispatcher {

    /** Knative's default {@code max.poll.records}: the in-flight limit of an unordered Trigger. */
    static final int MAX_IN_FLIGHT = 50;

    private static final Duration RETRY_STORE_AFTER = Duration.ofSeconds(1);

    private final TriggerSpec trigger;
    private final Delivery delivery;
    private final String subscriberUrl;
    private final Map<TopicPartition, PartitionOffsets> offsets = new ConcurrentHashMap<>();
    private final Map<TopicPartition, DeliveryLane<Pending>> lanes = new ConcurrentHashMap<>();
    private final DeliveryLane<Pending> unorderedLane;
    /** What was last committed per partition: an idle Trigger commits nothing. */
    private final Map<TopicPartition, Long> committed = new ConcurrentHashMap<>();

    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean running = true;

    /** A record to deliver, with the offsets of the partition it came from. */
    private record Pending(ConsumerRecord<byte[], byte[]> record, CloudEvent event, PartitionOffsets offsets) {}

    TriggerDispatcher(TriggerSpec trigger, Delivery delivery, String subscriberUrl) {
        this.trigger = trigger;
        this.delivery = delivery;
        this.subscriberUrl = subscriberUrl;
        this.unorderedLane = new DeliveryLane<>(MAX_IN_FLIGHT, this::start);
    }

    public TriggerSpec trigger() {
        return trigger;
    }

    /** Where the Trigger's consumer group resumes: its committed offsets, or the start for a new group. */
    void startAt(Map<TopicPartition, Long> positions) {
        positions.forEach((partition, position) -> {
            offsets.put(partition, new PartitionOffsets(position));
            committed.put(partition, position);
        });
    }

    /** The next offset per partition this Trigger has not seen yet. */
    Map<TopicPartition, Long> nextToRead() {
        Map<TopicPartition, Long> next = new HashMap<>();
        offsets.forEach((partition, o) -> next.put(partition, o.nextToRead()));
        return next;
    }

    /**
     * Takes one record of the broker topic: delivers it if the filter wants it, otherwise passes it
     * over. A record this Trigger has already seen, or that precedes its consumer group's position,
     * is ignored, so readers may overlap.
     *
     * @param attributes the record's CloudEvent attributes from its headers (null: structured mode)
     * @param event the event, read once however many Triggers want it
     */
    void offer(ConsumerRecord<byte[], byte[]> record, RecordAttributes attributes, Supplier<CloudEvent> event) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        PartitionOffsets partitionOffsets = offsets.get(partition);
        if (partitionOffsets == null || record.offset() < partitionOffsets.nextToRead()) {
            return;
        }
        CloudEvent read;
        try {
            if (attributes != null && !trigger.filter().test(attributes)) {
                partitionOffsets.passed(record.offset());
                return;
            }
            read = event.get();
            if (attributes == null && !trigger.filter().test(read)) {
                partitionOffsets.passed(record.offset());
                return;
            }
        } catch (RuntimeException e) {
            // A record that is no readable CloudEvent never stops the events behind it.
            System.err.printf(
                    "trigger=%s partition=%d offset=%d record skipped: %s%n",
                    trigger.name(), record.partition(), record.offset(), e);
            partitionOffsets.passed(record.offset());
            return;
        }
        partitionOffsets.opened(record.offset());
        laneOf(partition).submit(new Pending(record, read, partitionOffsets));
    }

    /** Deliveries waiting for a free slot, over all partitions. */
    int queued() {
        return trigger.ordered()
                ? lanes.values().stream().mapToInt(DeliveryLane::queued).sum()
                : unorderedLane.queued();
    }

    /** Whether deliveries of {@code partition} wait beyond a poll's worth: its reader should pause it. */
    boolean isFull(TopicPartition partition) {
        return laneOf(partition).queued() >= MAX_IN_FLIGHT;
    }

    private DeliveryLane<Pending> laneOf(TopicPartition partition) {
        return trigger.ordered()
                ? lanes.computeIfAbsent(partition, p -> new DeliveryLane<>(1, this::start))
                : unorderedLane;
    }

    /** Delivers until the outcome is stored: a reply or dead letter Kafka refused is tried again later. */
    private void start(Pending pending, Runnable done) {
        inFlight.incrementAndGet();
        attempt(pending, () -> {
            inFlight.decrementAndGet();
            done.run();
        });
    }

    private void attempt(Pending pending, Runnable done) {
        delivery.deliver(pending.event(), subscriberUrl).whenComplete((ok, error) -> {
            if (error == null) {
                pending.offsets().completed(pending.record().offset());
                done.run();
            } else if (!running) {
                done.run(); // stopping: left uncommitted, so it is delivered again after the restart
            } else {
                System.err.printf(
                        "trigger=%s partition=%d offset=%d outcome not stored, retrying: %s%n",
                        trigger.name(),
                        pending.record().partition(),
                        pending.record().offset(),
                        error);
                CompletableFuture.delayedExecutor(RETRY_STORE_AFTER.toMillis(), TimeUnit.MILLISECONDS)
                        .execute(() -> attempt(pending, done));
            }
        });
    }

    /** The offsets that moved since the last commit, marked as committed (see {@link #commitFailed}). */
    Map<TopicPartition, OffsetAndMetadata> offsetsToCommit() {
        Map<TopicPartition, OffsetAndMetadata> commits = new HashMap<>();
        offsets.forEach((partition, o) -> {
            long position = o.committable();
            if (!Long.valueOf(position).equals(committed.get(partition))) {
                commits.put(partition, new OffsetAndMetadata(position));
                committed.put(partition, position);
            }
        });
        return commits;
    }

    /** Kafka refused a commit: the offsets are committed again at the next interval. */
    void commitFailed(Map<TopicPartition, OffsetAndMetadata> commits) {
        commits.keySet().forEach(committed::remove);
    }

    /** Stops starting deliveries: those queued are dropped (delivered again after a restart). */
    void stop() {
        running = false;
        unorderedLane.drainQueued(p -> {});
        lanes.values().forEach(lane -> lane.drainQueued(p -> {}));
    }

    /** Deliveries still in flight. */
    int inFlight() {
        return inFlight.get();
    }

    /** Resolves a Trigger's subscriber to a URL: a named Service's address plus any path, or the URI itself. */
    static String subscriberUrl(TriggerSpec trigger, Function<String, String> serviceUrl) {
        return new SinkAddress(trigger.subscriberService(), trigger.subscriberUri()).url(serviceUrl);
    }
}
