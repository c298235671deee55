package io.livechain.mcp.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.livechain.mcp.McpSettings;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The broker's own record of what happened: its Kafka topic read from a moment on (the offset of that
 * timestamp in each partition) up to its end when asked, with no consumer group, so nothing is
 * committed and nothing is held open between calls. Knative's Kafka broker stores events in binary
 * mode, attributes in {@code ce_} headers, so a type is filtered before any data is parsed.
 */
@ApplicationScoped
public class RecentEvents {

    /** Records looked at in one call, at most: an answer stays quick on a busy topic. */
    static final int MAX_SCANNED = 200_000;
    /** Larger data is left out of the answer (an EPCIS document), marked {@code dataOmitted}. */
    static final int MAX_DATA_BYTES = 8 * 1024;

    static final Duration MAX_TIME = Duration.ofSeconds(5);

    private final String bootstrapServers;
    private final String topic;
    private final ObjectMapper mapper;

    public RecentEvents(
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            McpSettings settings,
            ObjectMapper mapper) {
        this.bootstrapServers = bootstrapServers;
        this.topic = settings.brokerTopic();
        this.mapper = mapper;
    }

    /** The newest {@code limit} events since {@code since}, of {@code type} if given, oldest first. */
    public JsonNode read(Optional<String> type, Instant since, int limit) {
        PriorityQueue<ConsumerRecord<byte[], byte[]>> newest =
                new PriorityQueue<>(Comparator.comparingLong(ConsumerRecord::timestamp));
        int scanned = 0;
        boolean complete = true;
        try (KafkaConsumer<byte[], byte[]> kafka = new KafkaConsumer<>(properties())) {
            List<TopicPartition> partitions = kafka.partitionsFor(topic, MAX_TIME).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            kafka.assign(partitions);
            Map<TopicPartition, Long> end = kafka.endOffsets(partitions, MAX_TIME);
            Map<TopicPartition, Long> sinceQuery = new HashMap<>();
            partitions.forEach(partition -> sinceQuery.put(partition, since.toEpochMilli()));
            Map<TopicPartition, Long> left = new HashMap<>();
            kafka.offsetsForTimes(sinceQuery, MAX_TIME).forEach((partition, offset) -> {
                if (offset != null && offset.offset() < end.get(partition)) {
                    kafka.seek(partition, offset.offset());
                    left.put(partition, end.get(partition));
                }
            });
            kafka.pause(partitions.stream().filter(p -> !left.containsKey(p)).toList());
            Instant deadline = Instant.now().plus(MAX_TIME);
            while (!left.isEmpty()) {
                if (scanned >= MAX_SCANNED || Instant.now().isAfter(deadline)) {
                    complete = false;
                    break;
                }
                for (ConsumerRecord<byte[], byte[]> record : kafka.poll(Duration.ofMillis(200))) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    Long stop = left.get(partition);
                    if (stop == null || record.offset() >= stop) {
                        continue;
                    }
                    scanned++;
                    if (type.isEmpty() || type.get().equals(header(record, "ce_type"))) {
                        newest.add(record);
                        if (newest.size() > limit) {
                            newest.poll();
                        }
                    }
                    if (record.offset() + 1 >= stop) {
                        left.remove(partition);
                        kafka.pause(List.of(partition));
                    }
                }
            }
        }
        List<ConsumerRecord<byte[], byte[]>> ordered = new ArrayList<>(newest);
        ordered.sort(Comparator.comparingLong(ConsumerRecord::timestamp));
        ArrayNode events = mapper.createArrayNode();
        ordered.forEach(record -> events.add(event(record)));
        ObjectNode answer = mapper.createObjectNode().put("since", since.toString());
        type.ifPresent(t -> answer.put("type", t));
        answer.put("scanned", scanned).put("complete", complete).put("count", events.size());
        answer.set("events", events);
        return answer;
    }

    private ObjectNode event(ConsumerRecord<byte[], byte[]> record) {
        ObjectNode event = mapper.createObjectNode();
        for (String attribute : List.of("id", "source", "type", "time", "subject", "partitionkey")) {
            String value = header(record, "ce_" + attribute);
            if (value != null) {
                event.put(attribute, value);
            }
        }
        event.put("storedAt", Instant.ofEpochMilli(record.timestamp()).toString());
        byte[] value = record.value();
        if (value == null) {
            return event;
        }
        if (value.length > MAX_DATA_BYTES) {
            event.put("dataOmitted", value.length + " bytes");
            return event;
        }
        try {
            event.set("data", mapper.readTree(value));
        } catch (IOException e) {
            event.put("data", new String(value, StandardCharsets.UTF_8));
        }
        return event;
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private Properties properties() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "mcp-recent-events");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "10000");
        properties.put(ConsumerConfig.CHECK_CRCS_CONFIG, "false");
        return properties;
    }
}
