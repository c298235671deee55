package io.livechain.readapi.deadletters;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Splits a CloudEvent's attributes, whichever content mode carried them, into the dead letter's
 * fields; whatever has no field of its own (or does not parse) stays in {@code extensions}.
 */
final class CloudEventAttributes {

    static final String DATACONTENTTYPE = "datacontenttype";
    /** Knative's dead-letter extensions: the subscriber's HTTP status, its URL, its response body. */
    static final String ERROR_CODE = "knativeerrorcode";

    static final String ERROR_DEST = "knativeerrordest";
    static final String ERROR_DATA = "knativeerrordata";

    private CloudEventAttributes() {}

    /**
     * @param fieldName how the request names an attribute (a header {@code ce-id}, a field {@code id})
     * @throws InvalidDeadLetterException when a required attribute (specversion, id, source, type) is missing
     */
    static DeadLetter toDeadLetter(Map<String, String> attributes, byte[] data, UnaryOperator<String> fieldName) {
        Map<String, String> rest = new TreeMap<>();
        attributes.forEach((name, value) -> rest.put(withoutNul(name), withoutNul(value)));
        String specversion = required(rest, "specversion", fieldName);
        String id = required(rest, "id", fieldName);
        String source = required(rest, "source", fieldName);
        String type = required(rest, "type", fieldName);
        OffsetDateTime time = parseTime(rest.get("time"));
        if (time != null) {
            rest.remove("time");
        }
        Integer errorCode = parseInt(rest.get(ERROR_CODE));
        if (errorCode != null) {
            rest.remove(ERROR_CODE);
        }
        return new DeadLetter(
                id,
                source,
                type,
                time,
                rest.remove("subject"),
                rest.remove(DATACONTENTTYPE),
                errorCode,
                rest.remove(ERROR_DEST),
                withoutNul(KnativeErrorData.decode(rest.remove(ERROR_DATA))),
                rest,
                data);
    }

    /**
     * PostgreSQL's text and jsonb hold no NUL character (a {@code %00} in a header, a {@code \u0000} in an
     * envelope): it is kept as U+FFFD, rather than failing the insert and losing the letter.
     */
    private static String withoutNul(String value) {
        return value == null ? null : value.replace('\u0000', '\uFFFD');
    }

    private static OffsetDateTime parseTime(String value) {
        try {
            return value == null ? null : OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            return null; // kept as given in extensions
        }
    }

    private static Integer parseInt(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null; // kept as given in extensions
        }
    }

    private static String required(Map<String, String> attributes, String name, UnaryOperator<String> fieldName) {
        String value = attributes.remove(name);
        if (value == null || value.isBlank()) {
            throw new InvalidDeadLetterException(fieldName.apply(name), "is required");
        }
        return value;
    }
}
