package io.livechain.benchmarks.chain;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * How far the broker's consumers are behind: every consumer group on the stack's Kafka (one per
 * Trigger, one per KafkaSource) against the end of the partitions it committed on. A section that
 * measures latency waits until this is 0, or it would measure the previous section's backlog instead
 * of its own load (the stand-in commits every second, so a drained stack reaches 0 within a second).
 */
public final class BrokerBacklog {

    private static final Duration POLL = Duration.ofMillis(500);
    private static final long ADMIN_TIMEOUT_SECONDS = 30;

    private BrokerBacklog() {}

    /**
     * Waits until no group is behind, at most {@code limit}; returns the events the slowest group on each
     * partition is still behind, summed over partitions (0 when drained).
     */
    public static long awaitDrained(String bootstrap, Duration limit) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            long deadline = System.nanoTime() + limit.toNanos();
            long behind = behind(admin);
            while (behind > 0 && System.nanoTime() < deadline) {
                Thread.sleep(POLL.toMillis());
                behind = behind(admin);
            }
            return behind;
        }
    }

    private static long behind(Admin admin) throws Exception {
        Map<TopicPartition, Long> committed = new HashMap<>();
        for (ConsumerGroupListing group :
                admin.listConsumerGroups().all().get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group.groupId())
                    .partitionsToOffsetAndMetadata()
                    .get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            offsets.forEach((partition, offset) -> {
                if (offset != null) { // the slowest group on each partition
                    committed.merge(partition, offset.offset(), Math::min);
                }
            });
        }
        if (committed.isEmpty()) {
            return 0;
        }
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        committed.keySet().forEach(partition -> latest.put(partition, OffsetSpec.latest()));
        Map<TopicPartition, Long> end = new HashMap<>();
        admin.listOffsets(latest)
                .all()
                .get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .forEach((partition, info) -> end.put(partition, info.offset()));
        return committed.entrySet().stream()
                .mapToLong(e -> Math.max(0, end.getOrDefault(e.getKey(), 0L) - e.getValue()))
                .sum();
    }
}
