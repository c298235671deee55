package io.livechain.model.epcis;

import com.fasterxml.jackson.databind.JsonNode;
import io.livechain.model.InvalidEventException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Reading single EPCIS values; an unreadable one fails with the JSON path of the field. */
final class EpcisValues {

    private static final String CBV_URN = "urn:epcglobal:cbv:";
    private static final String CBV_WEB = "https://ref.gs1.org/cbv/";

    private EpcisValues() {}

    /** Text of a string field, null when absent or not a string. */
    static String text(JsonNode node) {
        return node != null && node.isTextual() ? node.asText().trim() : null;
    }

    static Instant time(JsonNode node, String path) {
        String text = text(node);
        if (text == null) {
            throw new InvalidEventException(path, "must be a date-time with offset");
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidEventException(path, "'" + text + "' is not a date-time with offset");
        }
    }

    /** The number exactly as written, without trailing zeros ({@code 26.0} is {@code 26}). */
    static BigDecimal decimal(JsonNode node, String path) {
        if (node == null || !node.isNumber()) {
            throw new InvalidEventException(path, "must be a number");
        }
        return plain(node.decimalValue());
    }

    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /**
     * The bare CBV name of a vocabulary value written bare, as CBV 1.x URN or as CBV 2.0 web URI
     * ({@code urn:epcglobal:cbv:bizstep:shipping}, {@code https://ref.gs1.org/cbv/BizStep-shipping} → {@code shipping});
     * other URIs (private vocabularies) are returned unchanged.
     */
    static String bareCbv(String value) {
        if (value == null) {
            return null;
        }
        if (value.startsWith(CBV_URN)) {
            return value.substring(value.lastIndexOf(':') + 1);
        }
        if (value.startsWith(CBV_WEB) || value.startsWith("cbv:")) {
            return value.substring(value.indexOf('-') + 1);
        }
        return value;
    }
}
