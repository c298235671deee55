package io.livechain.localstack.broker;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;

/**
 * Feeds a broker's Triggers from its topic and commits each Trigger's consumer group: one
 * {@link TopicReader} shared by all, plus one of its own for each Trigger that fell behind. Every
 * {@link #COMMIT_INTERVAL} it commits, asynchronously through the admin client, the offsets of the
 * groups that moved (never past a record still on its way). A group resumes where it was committed,
 * so a restart redelivers only what was not done, and each Trigger keeps its own position.
 */
final class TriggerReaders implements AutoCloseable {

    static final Duration COMMIT_INTERVAL = Duration.ofSeconds(1);
    /** On stop, how long deliveries in flight may finish before what is done is committed. */
    static final Duration DRAIN_LIMIT = Duration.ofSeconds(3);

    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);

    private final String bootstrap;
    private final RecordEvents events;
    private final List<TriggerDispatcher> triggers;
    private final Admin admin;
    private final TopicReader shared;
    private final List<TopicReader> own = new CopyOnWriteArrayList<>();
    private final List<String> onOwnReader = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService committer =
            Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "trigger-offset-commits"));
    /** The last commit error per consumer group, logged once until the group commits again. */
    private final Map<String, String> commitErrors = new ConcurrentHashMap<>();

    private TriggerReaders(String bootstrap, List<String> topics, List<TriggerDispatcher> triggers, RecordEvents events)
            throws Exception {
        this.bootstrap = bootstrap;
        this.events = events;
        this.triggers = List.copyOf(triggers);
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
        Map<TopicPartition, Long> oldest = oldestOffsets(topics);
        Map<TopicPartition, Long> from = new HashMap<>();
        for (TriggerDispatcher trigger : triggers) {
            Map<TopicPartition, Long> positions = resumeAt(trigger, oldest);
            trigger.startAt(positions);
            positions.forEach((partition, position) -> from.merge(partition, position, Math::min));
        }
        this.shared = TopicReader.shared(
                "reader-" + String.join("-", topics), bootstrap, from, triggers, this::readOnItsOwn, events);
    }

    /**
     * Positions every Trigger at its group's committed offsets and starts reading {@code topics}.
     *
     * @param events how a record becomes the event delivered
     */
    static TriggerReaders start(
            String bootstrap, List<String> topics, List<TriggerDispatcher> triggers, RecordEvents events) {
        try {
            TriggerReaders readers = new TriggerReaders(bootstrap, topics, triggers, events);
            readers.shared.start();
            long interval = COMMIT_INTERVAL.toMillis();
            readers.committer.scheduleWithFixedDelay(
                    () -> readers.commit(false), interval, interval, TimeUnit.MILLISECONDS);
            return readers;
        } catch (Exception e) {
            throw new IllegalStateException("cannot position the Triggers on " + topics + ": " + e.getMessage(), e);
        }
    }

    private Map<TopicPartition, Long> oldestOffsets(List<String> topics) throws Exception {
        Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
        admin.describeTopics(topics)
                .allTopicNames()
                .get(ADMIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                .forEach((topic, description) -> description
                        .partitions()
                        .forEach(p -> earliest.put(new TopicPartition(topic, p.partition()), OffsetSpec.earliest())));
        return admin.listOffsets(earliest).all().get(ADMIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    /** The group's committed offsets; a new Trigger starts at the oldest event, so nothing sent meanwhile is lost. */
    private Map<TopicPartition, Long> resumeAt(TriggerDispatcher trigger, Map<TopicPartition, Long> oldest)
            throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(
                        trigger.trigger().consumerGroup())
                .partitionsToOffsetAndMetadata()
                .get(ADMIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        Map<TopicPartition, Long> positions = new HashMap<>();
        oldest.forEach((partition, first) -> {
            OffsetAndMetadata offset = committed.get(partition);
            positions.put(partition, offset == null ? first : Math.max(first, offset.offset()));
        });
        return positions;
    }

    /** Called on the shared reader's thread when {@code trigger} fell behind. */
    private void readOnItsOwn(TriggerDispatcher trigger) {
        System.out.printf(
                "trigger=%s is %d deliveries behind: it reads on a consumer of its own from now on%n",
                trigger.trigger().name(), trigger.queued());
        TopicReader reader = TopicReader.own(bootstrap, trigger, events);
        own.add(reader);
        onOwnReader.add(trigger.trigger().name());
        reader.start();
    }

    private void commit(boolean wait) {
        for (TriggerDispatcher trigger : triggers) {
            Map<TopicPartition, OffsetAndMetadata> commits = trigger.offsetsToCommit();
            if (commits.isEmpty()) {
                continue;
            }
            String group = trigger.trigger().consumerGroup();
            KafkaFuture<Void> done = admin.alterConsumerGroupOffsets(group, commits)
                    .all()
                    .whenComplete((ok, error) -> {
                        if (error == null) {
                            commitErrors.remove(group);
                            return;
                        }
                        trigger.commitFailed(commits);
                        if (!Objects.equals(commitErrors.put(group, String.valueOf(error)), String.valueOf(error))) {
                            System.err.printf(
                                    "trigger=%s commit failed (retried every %d s): %s%n",
                                    trigger.trigger().name(), COMMIT_INTERVAL.toSeconds(), error);
                        }
                    });
            if (wait) {
                try {
                    done.get(5, TimeUnit.SECONDS);
                } catch (Exception e) {
                    System.err.printf(
                            "trigger=%s final commit failed (redelivery after restart): %s%n",
                            trigger.trigger().name(), e);
                }
            }
        }
    }

    /** The Triggers that fell behind and read on their own. */
    List<String> onOwnReader() {
        return List.copyOf(onOwnReader);
    }

    /** Whether the shared reader is fetching (it stops only on close or an error it cannot get past). */
    boolean isReading() {
        return shared.isReading();
    }

    /**
     * Stops reading at once, drops the queued deliveries, lets those in flight finish for up to
     * {@link #DRAIN_LIMIT}, then commits what is done: the rest is delivered again after a restart.
     */
    @Override
    public void close() {
        shared.stop();
        own.forEach(TopicReader::stop);
        triggers.forEach(TriggerDispatcher::stop);
        long deadline = System.nanoTime() + DRAIN_LIMIT.toNanos();
        while (triggers.stream().anyMatch(t -> t.inFlight() > 0) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        committer.shutdown();
        try {
            committer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        commit(true);
        admin.close(Duration.ofSeconds(2));
    }
}
