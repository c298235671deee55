package io.livechain.cdcadapter;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import io.livechain.cdcadapter.config.TableMapping;
import io.livechain.model.InvalidEventException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads a catalogue field from a legacy row image through the table's mapping, with an error naming
 * the column (as {@code after.<column>}) when it is missing, null or of the wrong kind: a legacy schema
 * that changed under the mapping becomes a dead letter that says what to fix.
 */
final class Columns {

    /** Most digits of a number in an event: as many as its consumers' JSON parsers read (Jackson's limit). */
    static final int MAX_DIGITS = StreamReadConstraints.DEFAULT_MAX_NUM_LEN;

    /** Longest text of such a number: its digits, sign, point and an exponent. */
    private static final int MAX_NUMBER_TEXT = MAX_DIGITS + 16;

    private final String table;
    private final TableMapping mapping;
    private final String image;
    private final JsonNode row;

    Columns(String table, TableMapping mapping, String image, JsonNode row) {
        this.table = table;
        this.mapping = mapping;
        this.image = image;
        this.row = row;
    }

    /** The row image exists and holds every mapped column (a before image without them is no image). */
    boolean complete() {
        return row.isObject() && mapping.columns().values().stream().allMatch(column -> row.has(column));
    }

    String text(String field) {
        JsonNode value = required(field);
        if (!value.isValueNode() || value.isBinary()) {
            throw invalid(field, "is no text value");
        }
        String text = value.asText();
        if (text.isBlank()) {
            throw invalid(field, "is blank");
        }
        return text;
    }

    Optional<String> optionalText(String field) {
        return present(field).map(value -> value.asText());
    }

    /**
     * Debezium sends numeric columns as strings (decimal.handling.mode=string) or as JSON numbers. The
     * event carries the number written out in full (1E+5 as 100000): one of more digits than a consumer's
     * JSON parser reads (or PostgreSQL's numeric holds) is refused, before any work on it (parsing 250,000
     * digits and stripping their zeros took the event loop for 20 s).
     */
    BigDecimal decimal(String field) {
        JsonNode value = required(field);
        String text = value.isNumber() ? null : value.asText().trim();
        if (text != null && text.length() > MAX_NUMBER_TEXT) {
            throw tooManyDigits(field);
        }
        BigDecimal decimal;
        try {
            decimal = value.isNumber() ? value.decimalValue() : new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw invalid(field, "'" + value.asText() + "' is no number (set decimal.handling.mode=string)");
        }
        if (decimal.precision() > MAX_DIGITS
                || Math.abs((long) decimal.scale()) > MAX_DIGITS
                || writtenOutDigits(decimal.stripTrailingZeros()) > MAX_DIGITS) {
            throw tooManyDigits(field);
        }
        return decimal;
    }

    /** Digits of a number written out in full (1E+5 as 100000, 1E-3 as 0.001), without writing it. */
    private static long writtenOutDigits(BigDecimal decimal) {
        return Math.max((long) decimal.precision() - decimal.scale(), 1) + Math.max(decimal.scale(), 0);
    }

    private InvalidEventException tooManyDigits(String field) {
        return invalid(
                field, "has more than " + MAX_DIGITS + " digits written out: more than an event's number carries");
    }

    /** A timestamptz column arrives as ISO-8601 text; a timestamp without zone has no instant. */
    Instant instant(String field) {
        return parseInstant(field, required(field));
    }

    Optional<Instant> optionalInstant(String field) {
        return present(field).map(value -> parseInstant(field, value));
    }

    Optional<Boolean> optionalBoolean(String field) {
        return present(field).map(value -> {
            if (value.isBoolean()) {
                return value.booleanValue();
            }
            return switch (value.asText().toLowerCase(java.util.Locale.ROOT)) {
                case "true", "t", "yes", "y", "1" -> true;
                case "false", "f", "no", "n", "0" -> false;
                default -> throw invalid(field, "'" + value.asText() + "' is no boolean");
            };
        });
    }

    private Instant parseInstant(String field, JsonNode value) {
        if (!value.isTextual()) {
            throw invalid(field, "is no timestamp with time zone (map a timestamptz column)");
        }
        try {
            return OffsetDateTime.parse(value.asText()).toInstant();
        } catch (DateTimeParseException e) {
            throw invalid(field, "'" + value.asText() + "' is no timestamp with time zone");
        }
    }

    private JsonNode required(String field) {
        return present(field).orElseThrow(() -> invalid(field, "is null"));
    }

    private Optional<JsonNode> present(String field) {
        String column = mapping.columns().get(field);
        if (column == null) {
            return Optional.empty();
        }
        if (!row.isObject() || !row.has(column)) {
            throw new InvalidEventException(
                    image + "." + column,
                    "column missing in " + table + " (the mapping reads " + field + " from it): update the"
                            + " cdc-adapter's mapping for this table");
        }
        JsonNode value = row.get(column);
        return value.isNull() ? Optional.empty() : Optional.of(value);
    }

    private InvalidEventException invalid(String field, String problem) {
        return new InvalidEventException(
                image + "." + mapping.columns().get(field), problem + " (" + field + " of " + table + ")");
    }
}
