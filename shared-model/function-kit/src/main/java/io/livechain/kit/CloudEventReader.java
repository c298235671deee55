package io.livechain.kit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.livechain.model.EventSchemas;
import io.livechain.model.EventType;
import io.livechain.model.FieldError;
import io.livechain.model.InvalidEventException;
import io.quarkus.funqy.knative.events.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a function's incoming CloudEvent into its catalogue record: checks the media type, parses
 * the JSON, validates it against the type's schema. Every failure is an {@link InvalidEventException}
 * naming the field, so no function lets a bad event through or answers it with a 500.
 */
@ApplicationScoped
public class CloudEventReader {

    private static final Set<String> SPEC_VERSIONS = Set.of("1.0", "0.3");

    private final ObjectMapper mapper;
    private final EventSchemas schemas = new EventSchemas();

    public CloudEventReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * Returns the validated JSON data; fails on missing attributes, non-JSON media, malformed JSON or
     * schema violations.
     */
    public JsonNode readValid(CloudEvent<JsonNode> event, EventType type) {
        requireAttributes(event);
        String contentType = event.dataContentType();
        if (contentType != null && !isJson(contentType)) {
            throw InvalidEventException.unsupportedMediaType(contentType);
        }
        JsonNode data = parse(event);
        if (data == null || data.isMissingNode() || data.isNull()) {
            throw new InvalidEventException("data", "is required");
        }
        FieldError unfit = unfit(data);
        if (unfit != null) {
            throw new InvalidEventException(List.of(unfit));
        }
        List<FieldError> errors = schemas.validate(type, data);
        if (!errors.isEmpty()) {
            throw new InvalidEventException(errors);
        }
        return data;
    }

    /** Reads, validates and maps the data onto the type's record. */
    public <T extends Record> T read(CloudEvent<JsonNode> event, EventType type, Class<T> record) {
        JsonNode data = readValid(event, type);
        try {
            return mapper.treeToValue(data, record);
        } catch (JsonProcessingException e) {
            String field = e instanceof JsonMappingException mapping
                            && !mapping.getPath().isEmpty()
                    ? dotted(mapping.getPath())
                    : "data";
            throw new InvalidEventException(field, "does not map onto " + type.type() + ": " + e.getOriginalMessage());
        }
    }

    /**
     * The attributes every CloudEvent has (CloudEvents 1.0, required attributes). Funqy passes an event
     * without them, or with a time it cannot parse, on to the function.
     */
    static void requireAttributes(CloudEvent<?> event) {
        List<FieldError> errors = new ArrayList<>();
        if (event.specVersion() == null || event.specVersion().isBlank()) {
            errors.add(new FieldError("specversion", "is required"));
        } else if (!SPEC_VERSIONS.contains(event.specVersion())) {
            errors.add(new FieldError("specversion", "must be 1.0 (or 0.3), was '" + event.specVersion() + "'"));
        }
        if (event.id() == null || event.id().isBlank()) {
            errors.add(new FieldError("id", "is required"));
        }
        if (event.source() == null || event.source().isBlank()) {
            errors.add(new FieldError("source", "is required"));
        }
        try {
            event.time();
        } catch (DateTimeException e) {
            errors.add(new FieldError("time", "is not an RFC 3339 timestamp: " + e.getMessage()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidEventException(errors);
        }
    }

    /** {@code readings[0].value} style. */
    private static String dotted(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference step : path) {
            if (step.getFieldName() != null) {
                field.append(field.length() == 0 ? "" : ".").append(step.getFieldName());
            } else {
                field.append('[').append(step.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    /**
     * The first value in {@code data} that no function can take, or null: a number beyond a double's range
     * (1e400 arrives as infinity, which the schema validator cannot compare with an enum's values: a
     * NumberFormatException, a 500), or text PostgreSQL cannot store (U+0000, an unpaired surrogate: a 500
     * from the insert).
     */
    static FieldError unfit(JsonNode data) {
        Unfit found = unfitBelow(data);
        return found == null ? null : new FieldError(found.path.isEmpty() ? "data" : found.path, found.problem);
    }

    /** Where below a node, and what: the path is built only once found, as every event is searched. */
    private record Unfit(String path, String problem) {
        Unfit under(String step) {
            return new Unfit(step + (path.isEmpty() || path.startsWith("[") ? path : "." + path), problem);
        }
    }

    private static Unfit unfitBelow(JsonNode node) {
        // Fractions and exponents arrive as BigDecimal (ExactNumbers); what no double can hold is refused,
        // as functions that compute in doubles (threshold's readings) would store it as Infinity.
        if ((node.isDouble() || node.isFloat() || node.isBigDecimal()) && !Double.isFinite(node.doubleValue())) {
            return new Unfit("", "is out of range (beyond ±1.7e308)");
        }
        if (node.isTextual() && !storable(node.textValue())) {
            return new Unfit("", "contains U+0000 or an unpaired surrogate, which cannot be stored as text");
        }
        for (int i = 0; node.isArray() && i < node.size(); i++) {
            Unfit below = unfitBelow(node.get(i));
            if (below != null) {
                return below.under("[" + i + "]");
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            Unfit below = storable(field.getKey())
                    ? unfitBelow(field.getValue())
                    : new Unfit("", "has a name that contains U+0000 or an unpaired surrogate");
            if (below != null) {
                return below.under(field.getKey());
            }
        }
        return null;
    }

    /** Text PostgreSQL keeps as sent: no U+0000 (refused) and no unpaired surrogate (it becomes '?'). */
    public static boolean storable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000' || Character.isLowSurrogate(c)) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++; // the pair's low half
            }
        }
        return true;
    }

    /**
     * Parses raw event data in any JSON media type ({@code application/json}, {@code application/ld+json},
     * any {@code +json}); fails with 415 for other media types and 400 for malformed JSON.
     */
    public JsonNode readJson(CloudEvent<byte[]> event) {
        requireAttributes(event);
        String contentType = event.dataContentType();
        if (contentType != null && !isJsonFamily(contentType)) {
            throw InvalidEventException.unsupportedMediaType(contentType);
        }
        byte[] data;
        try {
            data = event.data();
        } catch (NullPointerException e) {
            data = null; // Funqy reads binary-mode data from a body that is not there.
        }
        if (data == null || data.length == 0) {
            throw new InvalidEventException("data", "is required");
        }
        JsonNode json;
        try {
            json = mapper.readTree(data);
        } catch (java.io.IOException e) {
            String detail = e instanceof JsonProcessingException parse ? parse.getOriginalMessage() : e.getMessage();
            throw new InvalidEventException("data", "malformed JSON: " + detail);
        } catch (NumberFormatException e) {
            throw outOfRange(e);
        }
        FieldError unfit = json == null ? null : unfit(json);
        if (unfit != null) {
            throw new InvalidEventException(List.of(unfit));
        }
        return json;
    }

    private static boolean isJsonFamily(String contentType) {
        String base = contentType.split(";", 2)[0].trim().toLowerCase();
        return base.equals("application/json") || base.endsWith("+json");
    }

    private static JsonNode parse(CloudEvent<JsonNode> event) {
        try {
            return event.data();
        } catch (UncheckedIOException e) {
            String detail =
                    e.getCause() instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
            throw new InvalidEventException("data", "malformed JSON: " + detail);
        } catch (NullPointerException e) {
            // Funqy reads binary-mode data from a body that is not there.
            throw new InvalidEventException("data", "is required");
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof NumberFormatException number) {
                    throw outOfRange(number);
                }
            }
            // Funqy cannot decode binary-mode data without a JSON Content-Type.
            throw InvalidEventException.unsupportedMediaType(String.valueOf(event.dataContentType()));
        }
    }

    /** Fractions are read as BigDecimal (ExactNumbers): an exponent beyond ±2^31 fits none. */
    private static InvalidEventException outOfRange(NumberFormatException e) {
        return new InvalidEventException("data", "holds a number out of range: " + e.getMessage());
    }

    private static boolean isJson(String contentType) {
        String base = contentType.split(";", 2)[0].trim().toLowerCase();
        return base.equals("application/json");
    }
}
