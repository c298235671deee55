package io.livechain.readapi.inventory;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * An event-time query parameter, RFC 3339 (e.g. 2026-11-27T06:00:00Z or 2026-11-27T07:00:00.5+01:00).
 * Java's ISO parser alone would also take times without seconds or offsets RFC 3339 does not allow, so
 * the shape is checked first and the parser then checks the calendar.
 */
final class EventTimeParameter {

    private static final Pattern RFC_3339 =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?([Zz]|[+-]\\d{2}:\\d{2})");

    private EventTimeParameter() {}

    /** Null when not given; fails with {@link InvalidInventoryParameterException} naming {@code name}. */
    static Instant parse(String name, String value) {
        if (value == null) {
            return null;
        }
        if (!RFC_3339.matcher(value).matches()) {
            throw invalid(name, value);
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw invalid(name, value);
        }
    }

    private static InvalidInventoryParameterException invalid(String name, String value) {
        return new InvalidInventoryParameterException(
                name, "not an RFC 3339 date-time (e.g. 2026-11-27T06:00:00Z): " + value);
    }
}
