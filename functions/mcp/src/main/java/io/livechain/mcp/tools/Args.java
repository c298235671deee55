package io.livechain.mcp.tools;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/** A tool call's arguments, read with errors that name the argument (the schema says the same). */
final class Args {

    private final Map<String, Object> values;

    Args(Map<String, Object> values) {
        this.values = values == null ? Map.of() : values;
    }

    String required(String name) {
        return optional(name).orElseThrow(() -> new BadArgumentException(name, "required, a non-empty string"));
    }

    Optional<String> optional(String name) {
        Object value = values.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String text)) {
            throw new BadArgumentException(name, "must be a string, got " + value);
        }
        return text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }

    /** An RFC 3339 date-time with its offset, e.g. 2026-12-01T08:00:00Z. */
    Optional<Instant> instant(String name) {
        return optional(name).map(text -> {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                throw new BadArgumentException(
                        name, "not an RFC 3339 date-time with offset (e.g. 2026-12-01T08:00:00Z): " + text);
            }
        });
    }

    int integer(String name, int fallback, int min, int max) {
        Object value = values.get(name);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Number number) || number.doubleValue() != Math.rint(number.doubleValue())) {
            throw new BadArgumentException(name, "must be a whole number, got " + value);
        }
        long whole = number.longValue();
        if (whole < min || whole > max) {
            throw new BadArgumentException(name, "must be between " + min + " and " + max + ", got " + whole);
        }
        return (int) whole;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> object(String name) {
        Object value = values.get(name);
        if (!(value instanceof Map<?, ?> map)) {
            throw new BadArgumentException(name, value == null ? "required, an object" : "must be an object");
        }
        return (Map<String, Object>) map;
    }
}
