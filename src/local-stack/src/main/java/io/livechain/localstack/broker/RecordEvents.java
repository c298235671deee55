package io.livechain.localstack.broker;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.cloudevents.rw.CloudEventRWException;
import io.livechain.localstack.knative.KafkaSourceSpec;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** How a reader turns a Kafka record into the CloudEvent it dispatches. */
@FunctionalInterface
interface RecordEvents extends Function<ConsumerRecord<byte[], byte[]>, CloudEvent> {

    /**
     * A broker topic's records are CloudEvents (binary or structured mode). The SDK's reader, not its
     * deserializer: an event without data is a record with a null value. Throws on any other record.
     */
    RecordEvents CLOUD_EVENTS =
            record -> KafkaMessageFactory.createReader(record).toEvent();

    /** Knative's type for a record a KafkaSource reads that is no CloudEvent. */
    String WRAPPED_TYPE = "dev.knative.kafka.event";

    /**
     * As a KafkaSource reads: a CloudEvent record as that event, any other record wrapped as Knative
     * does (type {@value #WRAPPED_TYPE}, id {@code partition:<p>/offset:<o>}, its key and headers as
     * extensions), so a record that is no event still reaches the sink.
     */
    static RecordEvents of(KafkaSourceSpec source) {
        return record -> {
            try {
                return CLOUD_EVENTS.apply(record);
            } catch (CloudEventRWException | IllegalStateException | IllegalArgumentException notAnEvent) {
                return wrapped(record, source);
            }
        };
    }

    private static CloudEvent wrapped(ConsumerRecord<byte[], byte[]> record, KafkaSourceSpec source) {
        CloudEventBuilder event = CloudEventBuilder.v1()
                .withId("partition:" + record.partition() + "/offset:" + record.offset())
                .withSource(URI.create(source.recordSource(record.topic())))
                .withType(WRAPPED_TYPE)
                .withSubject("partition:" + record.partition() + "#" + record.offset())
                .withTime(Instant.ofEpochMilli(record.timestamp()).atOffset(ZoneOffset.UTC));
        if (record.key() != null) {
            event.withExtension("key", new String(record.key(), StandardCharsets.UTF_8));
        }
        for (Header header : record.headers()) {
            String name = "kafkaheader" + header.key().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
            event.withExtension(name, header.value() == null ? "" : new String(header.value(), StandardCharsets.UTF_8));
        }
        Header contentType = record.headers().lastHeader("content-type");
        if (record.value() != null) {
            event.withData(
                    contentType == null ? null : new String(contentType.value(), StandardCharsets.UTF_8),
                    record.value());
        }
        return event.build();
    }
}
