package io.livechain.localstack.broker;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * A CloudEvent's attributes read straight from the headers of a binary-mode Kafka record
 * ({@code ce_type}, {@code ce_source}, extensions as {@code ce_<name>}, {@code content-type}), so a
 * Trigger's filter can pass over the records it does not want without building an event.
 */
final class RecordAttributes implements Function<String, String> {

    private static final String PREFIX = "ce_";
    private static final String SPEC_VERSION = PREFIX + "specversion";

    private final ConsumerRecord<?, ?> record;

    private RecordAttributes(ConsumerRecord<?, ?> record) {
        this.record = record;
    }

    /** The attributes of a binary-mode record; null for a structured one, which must be parsed whole. */
    static RecordAttributes of(ConsumerRecord<?, ?> record) {
        return record.headers().lastHeader(SPEC_VERSION) == null ? null : new RecordAttributes(record);
    }

    @Override
    public String apply(String attribute) {
        String name = "datacontenttype".equals(attribute) ? "content-type" : PREFIX + attribute;
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
