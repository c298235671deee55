package io.livechain.localstack.broker;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * The broker stand-in's metrics, as Knative's data plane reports them (Prometheus text at the
 * gateway's {@code GET /metrics}): per Trigger and KafkaSource, deliveries by outcome
 * ({@code livechain_broker_deliveries_total}: delivered, retried, dead_lettered) and the consumer
 * group's lag in records ({@code livechain_trigger_lag_records}, every {@value #LAG_EVERY_SECONDS} s).
 */
public final class BrokerMetrics implements AutoCloseable {

    static final int LAG_EVERY_SECONDS = 5;

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Map<String, AtomicLong> lags = new ConcurrentHashMap<>();
    private final ScheduledExecutorService lagReader =
            Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "trigger-lag"));
    private Admin admin;

    /** The counters of one subscription's deliveries. */
    record DeliveryCounts(Counter delivered, Counter retried, Counter deadLettered) {}

    DeliveryCounts deliveries(String subscription) {
        return new DeliveryCounts(
                counter(subscription, "delivered"),
                counter(subscription, "retried"),
                counter(subscription, "dead_lettered"));
    }

    private Counter counter(String subscription, String outcome) {
        return Counter.builder("livechain.broker.deliveries")
                .description("Deliveries of the broker stand-in by Trigger or KafkaSource and outcome")
                .tags("trigger", subscription, "outcome", outcome)
                .register(registry);
    }

    /** Reads each consumer group's lag on its topics every few seconds: records not yet committed. */
    public void watchLag(String bootstrap, Map<String, String> groupBySubscription) {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, "livechain-trigger-lag");
        admin = Admin.create(config);
        groupBySubscription.forEach((subscription, group) -> {
            AtomicLong lag = lags.computeIfAbsent(subscription, s -> new AtomicLong());
            Gauge.builder("livechain.trigger.lag", lag, AtomicLong::get)
                    .description("Records of the topic a Trigger or KafkaSource has not yet committed")
                    .tags("trigger", subscription)
                    .baseUnit("records")
                    .register(registry);
        });
        lagReader.scheduleWithFixedDelay(() -> readLags(groupBySubscription), 1, LAG_EVERY_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * Every group's committed offsets in one request and the topics' ends in another: one call per group
     * cost Kafka's request handlers and coordinator most of what the idle stack spent there.
     */
    private void readLags(Map<String, String> groupBySubscription) {
        try {
            Map<String, ListConsumerGroupOffsetsSpec> specs = new HashMap<>();
            groupBySubscription.values().forEach(group -> specs.put(group, new ListConsumerGroupOffsetsSpec()));
            var committedByGroup = admin.listConsumerGroupOffsets(specs).all().get(LAG_EVERY_SECONDS, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            committedByGroup
                    .values()
                    .forEach(committed ->
                            committed.keySet().forEach(partition -> latest.put(partition, OffsetSpec.latest())));
            if (latest.isEmpty()) {
                return;
            }
            var ends = admin.listOffsets(latest).all().get(LAG_EVERY_SECONDS, TimeUnit.SECONDS);
            groupBySubscription.forEach((subscription, group) -> {
                Map<TopicPartition, OffsetAndMetadata> committed = committedByGroup.getOrDefault(group, Map.of());
                if (!committed.isEmpty()) {
                    lags.get(subscription).set(lag(committed, ends));
                }
            });
        } catch (Exception e) {
            // Kafka away (a fault test): the gauges keep their last values until Kafka answers again.
        }
    }

    private static long lag(
            Map<TopicPartition, OffsetAndMetadata> committed, Map<TopicPartition, ListOffsetsResultInfo> ends) {
        long lag = 0;
        for (var entry : committed.entrySet()) {
            if (entry.getValue() != null && ends.containsKey(entry.getKey())) {
                lag += Math.max(
                        0, ends.get(entry.getKey()).offset() - entry.getValue().offset());
            }
        }
        return lag;
    }

    /** Prometheus text format. */
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        lagReader.shutdownNow();
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
        registry.close();
    }
}
