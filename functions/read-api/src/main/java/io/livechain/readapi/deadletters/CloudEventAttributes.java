package io.livechain.readapi.deadletters;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;

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

    private CloudEventAttributes() {
    }

    /** Returns null when a required attribute (specversion, id, source, type) is missing. */
    static DeadLetter toDeadLetter(Map<String, String> attributes, byte[] data) {
        Map<String, String> rest = new TreeMap<>(attributes);
        String specversion = rest.remove("specversion");
        String id = rest.remove("id");
        String source = rest.remove("source");
        String type = rest.remove("type");
        if (blank(specversion) || blank(id) || blank(source) || blank(type)) {
            return null;
        }
        OffsetDateTime time = parseTime(rest.get("time"));
        if (time != null) {
            rest.remove("time");
        }
        Integer errorCode = parseInt(rest.get(ERROR_CODE));
        if (errorCode != null) {
            rest.remove(ERROR_CODE);
        }
        return new DeadLetter(id, source, type, time, rest.remove("subject"), rest.remove(DATACONTENTTYPE),
                errorCode, rest.remove(ERROR_DEST), KnativeErrorData.decode(rest.remove(ERROR_DATA)), rest, data);
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

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
