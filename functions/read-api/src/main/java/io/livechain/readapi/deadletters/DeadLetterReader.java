package io.livechain.readapi.deadletters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a dead letter as the KafkaSource on the dead-letter topic POSTs it: a CloudEvent over HTTP in
 * binary mode ({@code ce-*} headers, body = data) or structured mode ({@code application/cloudevents+json}
 * envelope). A record on the topic that was no CloudEvent arrives wrapped by the source (type
 * {@code dev.knative.kafka.event}), so it is kept like any other letter.
 */
@ApplicationScoped
public class DeadLetterReader {

    private static final String CONTENT_TYPE = "content-type";
    private static final String STRUCTURED = "application/cloudevents+json";
    private static final String BINARY_PREFIX = "ce-";

    private final ObjectMapper mapper;

    public DeadLetterReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * @param headers the request's headers, first value of each, names in any case
     * @throws InvalidDeadLetterException when the request is no CloudEvent, naming what is missing
     */
    public DeadLetter read(Map<String, String> headers, byte[] body) {
        Map<String, String> lower = new TreeMap<>();
        headers.forEach((name, value) -> lower.put(name.toLowerCase(Locale.ROOT), value));
        String contentType = lower.get(CONTENT_TYPE);
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(STRUCTURED)
                ? structured(body)
                : binary(lower, contentType, body);
    }

    private static DeadLetter binary(Map<String, String> headers, String contentType, byte[] body) {
        Map<String, String> attributes = new TreeMap<>();
        headers.forEach((name, value) -> {
            if (name.startsWith(BINARY_PREFIX)) {
                attributes.put(name.substring(BINARY_PREFIX.length()), percentDecoded(value));
            }
        });
        if (contentType != null) {
            attributes.put(CloudEventAttributes.DATACONTENTTYPE, contentType);
        }
        return CloudEventAttributes.toDeadLetter(
                attributes, body == null || body.length == 0 ? null : body, attribute -> BINARY_PREFIX + attribute);
    }

    private DeadLetter structured(byte[] body) {
        JsonNode envelope;
        try {
            envelope = body == null ? null : mapper.readTree(body);
        } catch (IOException e) {
            throw new InvalidDeadLetterException(
                    "body", "is no JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (envelope == null || !envelope.isObject()) {
            throw new InvalidDeadLetterException("body", "must be a CloudEvents JSON object");
        }
        Map<String, String> attributes = new TreeMap<>();
        envelope.fields().forEachRemaining(field -> {
            JsonNode node = field.getValue();
            if (!StructuredData.isDataField(field.getKey()) && !node.isNull()) {
                attributes.put(field.getKey(), node.isValueNode() ? node.asText() : node.toString());
            }
        });
        return CloudEventAttributes.toDeadLetter(attributes, StructuredData.bytes(envelope, mapper), name -> name);
    }

    /**
     * The HTTP binding percent-encodes header values outside printable ASCII (and {@code %}, {@code "},
     * space). Not {@code URLDecoder}: a {@code +} is a plus here, not a space.
     */
    static String percentDecoded(String value) {
        if (value == null || value.indexOf('%') < 0) {
            return value == null ? "" : value;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < value.length()) {
            int hex = value.charAt(i) == '%' && i + 2 < value.length()
                    ? hexByte(value.charAt(i + 1), value.charAt(i + 2))
                    : -1;
            if (hex >= 0) {
                bytes.write(hex);
                i += 3;
            } else {
                int codePoint = value.codePointAt(i);
                bytes.writeBytes(new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(codePoint);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hexByte(char high, char low) {
        int h = Character.digit(high, 16);
        int l = Character.digit(low, 16);
        return h < 0 || l < 0 ? -1 : h * 16 + l;
    }
}
