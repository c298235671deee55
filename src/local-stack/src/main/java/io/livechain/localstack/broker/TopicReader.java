package io.livechain.localstack.broker;

import io.cloudevents.CloudEvent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads the broker topic for Triggers: one fetch serves them all, each record's headers are read
 * once and its event built at most once, however many Triggers want it. Every Trigger of the
 * broker reads every record, so fourteen consumers fetching the same records cost Kafka and this
 * process fourteen times what one costs. While a Trigger has {@link #QUEUE_LIMIT} deliveries
 * queued the shared reader waits (a burst); a Trigger that keeps it waiting for
 * {@link #BEHIND_AFTER} is handed to {@code onBehind} and reads on a reader of its own from where
 * it stood, pausing its partitions while its deliveries queue up, so a slow or hanging subscriber
 * holds up the others for seconds at most. Offsets are not this reader's: each Trigger commits
 * its own consumer group's ({@link TriggerReaders}).
 */
final class TopicReader {

    private static final int MAX_POLL_RECORDS = 500;
    /** Queued deliveries of one Trigger at which the shared reader waits. */
    static final int QUEUE_LIMIT = 1_000;
    /** How long one Trigger may keep the shared reader waiting before it gets a reader of its own. */
    static final Duration BEHIND_AFTER = Duration.ofSeconds(5);

    private static final Duration POLL = Duration.ofMillis(500);
    private static final int IDLE_FETCH_WAIT_MS = 5_000;
    private static final Duration PAUSED_POLL = Duration.ofMillis(10);
    /**
     * After a poll that brought records but not a full batch, the next waits this long, so under
     * load a fetch carries what came meanwhile instead of a record or two.
     */
    private static final Duration FETCH_PACING = Duration.ofMillis(5);

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final List<TriggerDispatcher> triggers;
    private final Consumer<TriggerDispatcher> onBehind;
    private final RecordEvents events;
    private final Thread thread;
    private volatile boolean running = true;
    private TriggerDispatcher waitingFor;
    private long waitingSince;

    private TopicReader(
            String name,
            String bootstrap,
            Map<TopicPartition, Long> positions,
            List<TriggerDispatcher> triggers,
            Consumer<TriggerDispatcher> onBehind,
            RecordEvents events) {
        this.triggers = new CopyOnWriteArrayList<>(triggers);
        this.onBehind = onBehind;
        this.events = events;
        this.consumer =
                new KafkaConsumer<>(config(bootstrap, name), new ByteArrayDeserializer(), new ByteArrayDeserializer());
        consumer.assign(positions.keySet());
        positions.forEach(consumer::seek);
        this.thread = new Thread(this::run, name);
    }

    /** The reader all Triggers share, from {@code positions}; a Trigger that falls behind goes to {@code onBehind}. */
    static TopicReader shared(
            String name,
            String bootstrap,
            Map<TopicPartition, Long> positions,
            List<TriggerDispatcher> triggers,
            Consumer<TriggerDispatcher> onBehind,
            RecordEvents events) {
        return new TopicReader(name, bootstrap, positions, triggers, onBehind, events);
    }

    /** A reader of one Trigger's own, from the records it has not seen yet. */
    static TopicReader own(String bootstrap, TriggerDispatcher trigger, RecordEvents events) {
        return new TopicReader(
                "trigger-" + trigger.trigger().name(), bootstrap, trigger.nextToRead(), List.of(trigger), null, events);
    }

    private static Properties config(String bootstrap, String name) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "livechain-" + name);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // A position the topic no longer holds (retention) starts over at the oldest event, not the newest.
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, MAX_POLL_RECORDS);
        // Kafka answers a waiting fetch as soon as a record arrives, so a long wait costs no latency; it only
        // saves the idle stack the fetch every 500 ms (the default) that Kafka's request threads answer empty.
        config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, IDLE_FETCH_WAIT_MS);
        return config;
    }

    void start() {
        thread.start();
    }

    private void run() {
        try {
            while (running) {
                if (waitForFullTrigger()) {
                    continue;
                }
                boolean paused = onBehind == null && applyBackpressure();
                ConsumerRecords<byte[], byte[]> records = consumer.poll(paused ? PAUSED_POLL : POLL);
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    RecordAttributes attributes = RecordAttributes.of(record);
                    Supplier<CloudEvent> event = new ReadOnce(record, events);
                    for (TriggerDispatcher trigger : triggers) {
                        trigger.offer(record, attributes, event);
                    }
                }
                if (!records.isEmpty() && records.count() < MAX_POLL_RECORDS) {
                    Thread.sleep(FETCH_PACING.toMillis());
                }
            }
        } catch (WakeupException | InterruptedException stopping) {
            // stop() woke the poll up
        } catch (RuntimeException e) {
            System.err.printf("%s stopped: %s%n", thread.getName(), e);
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    /**
     * The shared reader does not poll while a Trigger's deliveries are queued to the limit; one that
     * keeps it waiting too long goes to a reader of its own. Returns whether this turn waited.
     */
    private boolean waitForFullTrigger() throws InterruptedException {
        if (onBehind == null) {
            return false;
        }
        TriggerDispatcher full = triggers.stream()
                .filter(t -> t.queued() >= QUEUE_LIMIT)
                .findFirst()
                .orElse(null);
        if (full == null) {
            if (waitingFor != null) {
                // A burst held every Trigger up for a while: say which Trigger and how long.
                System.out.printf(
                        "%s waited %d ms for trigger=%s (%d deliveries queued)%n",
                        thread.getName(),
                        Duration.ofNanos(System.nanoTime() - waitingSince).toMillis(),
                        waitingFor.trigger().name(),
                        QUEUE_LIMIT);
                waitingFor = null;
            }
            return false;
        }
        if (full != waitingFor) {
            waitingFor = full;
            waitingSince = System.nanoTime();
        } else if (System.nanoTime() - waitingSince >= BEHIND_AFTER.toNanos()) {
            triggers.remove(full);
            waitingFor = null;
            onBehind.accept(full);
            return true;
        }
        Thread.sleep(PAUSED_POLL.toMillis());
        return true;
    }

    /** Pauses the partitions whose deliveries queue up (a reader of one Trigger only); true if any is paused. */
    private boolean applyBackpressure() {
        TriggerDispatcher trigger = triggers.get(0);
        Set<TopicPartition> paused = consumer.paused();
        for (TopicPartition partition : consumer.assignment()) {
            boolean full = trigger.isFull(partition);
            if (full && !paused.contains(partition)) {
                consumer.pause(Set.of(partition));
            } else if (!full && paused.contains(partition)) {
                consumer.resume(Set.of(partition));
            }
        }
        return !consumer.paused().isEmpty();
    }

    boolean isReading() {
        return running && thread.isAlive();
    }

    /** Stops reading: no record is offered once this returns. */
    void stop() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Builds a record's event on first use, once for all the Triggers that want it. */
    private static final class ReadOnce implements Supplier<CloudEvent> {
        private final ConsumerRecord<byte[], byte[]> record;
        private final RecordEvents events;
        private CloudEvent event;

        ReadOnce(ConsumerRecord<byte[], byte[]> record, RecordEvents events) {
            this.record = record;
            this.events = events;
        }

        @Override
        public CloudEvent get() {
            if (event == null) {
                event = events.apply(record);
            }
            return event;
        }
    }
}
