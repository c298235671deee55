package io.livechain.readapi.deadletters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a dead-letter topic record as a CloudEvent in Kafka binary mode ({@code ce_*} headers, value
 * = data) or structured mode ({@code application/cloudevents+json} envelope). Never fails: a record
 * that is neither is still returned, as type {@value #UNKNOWN_TYPE} named after its topic position
 * with its headers as extensions, so a malformed record is kept and never blocks those behind it.
 */
@ApplicationScoped
public class DeadLetterReader {

    static final String UNKNOWN_TYPE = "unknown";
    private static final String CONTENT_TYPE = "content-type";
    private static final String STRUCTURED = "application/cloudevents+json";
    private static final String BINARY_PREFIX = "ce_";

    private final ObjectMapper mapper;

    public DeadLetterReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public DeadLetter read(ConsumerRecord<byte[], byte[]> record) {
        try {
            String contentType = header(record, CONTENT_TYPE);
            DeadLetter letter = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(STRUCTURED)
                    ? structured(record.value())
                    : binary(record, contentType);
            return letter != null ? letter : unknown(record);
        } catch (RuntimeException e) {
            return unknown(record);
        }
    }

    private DeadLetter binary(ConsumerRecord<byte[], byte[]> record, String contentType) {
        Map<String, String> attributes = new TreeMap<>();
        for (Header header : record.headers()) {
            if (header.key().startsWith(BINARY_PREFIX)) {
                attributes.put(header.key().substring(BINARY_PREFIX.length()), text(header));
            }
        }
        if (contentType != null) {
            attributes.put(CloudEventAttributes.DATACONTENTTYPE, contentType);
        }
        return CloudEventAttributes.toDeadLetter(attributes, record.value());
    }

    private DeadLetter structured(byte[] value) {
        JsonNode envelope;
        try {
            envelope = mapper.readTree(value);
        } catch (IOException e) {
            return null;
        }
        if (envelope == null || !envelope.isObject()) {
            return null;
        }
        Map<String, String> attributes = new TreeMap<>();
        envelope.fields().forEachRemaining(field -> {
            JsonNode node = field.getValue();
            if (!StructuredData.isDataField(field.getKey()) && !node.isNull()) {
                attributes.put(field.getKey(), node.isValueNode() ? node.asText() : node.toString());
            }
        });
        return CloudEventAttributes.toDeadLetter(attributes, StructuredData.bytes(envelope, mapper));
    }

    private static DeadLetter unknown(ConsumerRecord<byte[], byte[]> record) {
        Map<String, String> headers = new TreeMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), text(header));
        }
        String id = record.topic() + "-" + record.partition() + "-" + record.offset();
        return new DeadLetter(id, "kafka:" + record.topic(), UNKNOWN_TYPE, null, null, headers.get(CONTENT_TYPE),
                null, null, null, headers, record.value());
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : text(header);
    }

    /** A header without a value reads as empty text, so attribute maps never hold null. */
    private static String text(Header header) {
        return header.value() == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
